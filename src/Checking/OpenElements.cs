namespace KnowledgeSite.Checking;

/// <summary>
/// The elements open at the scanner's position, and the HTML5 tree rules each new tag, end tag or text must keep
/// there. Where HTML5 would quietly close or create an element (an open &lt;p&gt; before a &lt;div&gt;, a missing
/// &lt;tbody&gt;'s &lt;tr&gt;), this demands the markup say so itself; see <see cref="HtmlScanner"/> for the list.
/// </summary>
internal sealed class OpenElements(Action<int, string> error, Func<int, int> lineAt)
{
    private readonly record struct Open(string Name, ElementTraits Traits, int Offset, bool Foreign, bool IntegrationPoint);

    private readonly List<Open> _stack = [];
    private bool _sawHtml, _sawHead, _sawBody;

    /// <summary>How many &lt;template&gt; elements are open; their content is not part of the document.</summary>
    public int OpenTemplates { get; private set; }

    /// <summary>Inside SVG or MathML, where tags follow XML-like rules, except within an HTML integration point.</summary>
    public bool InForeignContent => _stack.Count > 0 && _stack[^1] is { Foreign: true, IntegrationPoint: false };

    public bool SawHtml => _sawHtml;

    public bool TextAllowed
    {
        get
        {
            if (_stack.Count == 0) return false;
            var top = _stack[^1];
            return top.Foreign || ((top.Traits & ElementTraits.NoText) == 0 && !IsNoscriptInHead(_stack.Count - 1));
        }
    }

    /// <summary>Why text may not stand here, for the message.</summary>
    public string TextProblem =>
        _stack.Count == 0 ? (_sawHtml ? "text after </html>" : "text before <html>") : $"text cannot be directly inside <{_stack[^1].Name}>";

    /// <summary>Checks a start tag in its place and opens the element unless it is void or self-closed.</summary>
    /// <returns>True if the element is now open, so its content and end tag follow.</returns>
    public bool Start(string name, ElementTraits traits, int offset, bool selfClosing)
    {
        var foreignContext = InForeignContent;
        if (foreignContext)
        {
            if ((traits & ElementTraits.LeavesForeignContent) != 0)
                error(offset, $"<{name}> cannot be inside <{ForeignRoot()}>: an HTML element there ends the SVG or MathML before its end tag");
        }
        else if (!Place(name, traits, offset))
            return false;

        var foreign = foreignContext || name is "svg" or "math";
        if (selfClosing)
        {
            if (!foreign && (traits & ElementTraits.Void) == 0)
                error(offset, $"<{name}/> does not close itself in HTML (only void elements like <br> may end in '/>'); write <{name}></{name}>");
            return false;
        }
        if (!foreign && (traits & ElementTraits.Void) != 0) return false;

        _stack.Add(new Open(name, traits, offset, foreign, foreign && name is "foreignobject" or "desc" or "title" or "mi" or "mo" or "mn" or "ms" or "mtext" or "annotation-xml"));
        if (!foreign && name == "template") OpenTemplates++;
        return true;
    }

    public void End(string name, ElementTraits traits, int offset)
    {
        if (!InForeignContent && (traits & ElementTraits.Void) != 0)
        {
            error(offset, $"<{name}> is a void element and takes no end tag; remove </{name}>");
            return;
        }
        if (_stack.Count > 0 && _stack[^1].Name == name)
        {
            Pop();
            return;
        }
        // A loop, not FindLastIndex with a lambda: the lambda's closure over the name was allocated on every end tag.
        var index = _stack.Count - 1;
        while (index >= 0 && _stack[index].Name != name) index--;
        if (index < 0)
        {
            error(offset, $"</{name}> has no open <{name}> to close");
            return;
        }
        var inner = _stack[^1];
        error(offset, $"</{name}> closes the <{name}> of line {lineAt(_stack[index].Offset)} while the <{inner.Name}> of line {lineAt(inner.Offset)} inside it is still open");
        while (_stack.Count > index) Pop();
    }

    /// <summary>Called at the end of the page.</summary>
    public void Finish(int endOffset)
    {
        if (_stack.Count > 0)
        {
            var inner = _stack[^1];
            error(inner.Offset, $"<{inner.Name}> is never closed; the page ends with {string.Join(" ", _stack.Select(e => $"<{e.Name}>"))} still open");
        }
        else if (!_sawHtml) error(endOffset, "the page has no <html> element");
        else if (!_sawBody) error(endOffset, "the page has no <body> element");
    }

    private void Pop()
    {
        if (_stack[^1] is { Name: "template", Foreign: false }) OpenTemplates--;
        _stack.RemoveAt(_stack.Count - 1);
    }

    /// <returns>False if the tag is to be ignored.</returns>
    private bool Place(string name, ElementTraits traits, int offset)
    {
        if (_stack.Count == 0)
        {
            if (name == "html" && !_sawHtml) return _sawHtml = true;
            if (_sawHtml)
            {
                error(offset, $"<{name}> comes after </html>");
                return false;
            }
            error(offset, $"<{name}> comes before <html>; a page starts <!DOCTYPE html><html>");
            _sawHtml = true;
            _stack.Add(new Open("html", HtmlElements.Of("html"), offset, false, false));
            if (name == "html") return true;
        }

        if (_stack[^1] is { Name: "html", Foreign: false })
        {
            if (name == "head" && !_sawHead) return _sawHead = true;
            if (name == "body" && !_sawBody)
            {
                if (!_sawHead) error(offset, "<body> comes without a <head> before it");
                return _sawHead = _sawBody = true;
            }
            error(offset, _sawBody ? $"<{name}> comes after </body>" : $"<{name}> cannot be directly inside <html>; put it in <head> or <body>");
            if (_sawBody || name is "html" or "head" or "body") return false;
            var implied = !_sawHead && (traits & ElementTraits.HeadContent) != 0 ? "head" : "body";
            _sawHead = true;
            _sawBody = implied == "body";
            _stack.Add(new Open(implied, HtmlElements.Of(implied), offset, false, false));
        }

        if (name is "html" or "head" or "body")
        {
            error(offset, $"<{name}> appears a second time");
            return false;
        }
        if ((traits & ElementTraits.Refused) != 0)
            error(offset, $"<{name}> is not allowed in the site's pages");

        var parent = _stack[^1];
        if (parent is { Name: "head", Foreign: false })
        {
            if ((traits & ElementTraits.HeadContent) == 0) error(offset, $"<{name}> cannot be inside <head>");
            return true;
        }
        if (IsNoscriptInHead(_stack.Count - 1))
        {
            if (name is not ("link" or "meta" or "style")) error(offset, $"<{name}> cannot be inside a <noscript> in <head>");
            return true;
        }

        if (!ParentAllows(parent.Name, name))
            error(offset, RequiredParents(name) is { } wanted
                ? $"<{name}> cannot be directly inside <{parent.Name}>; put it in a <{wanted[0]}>"
                : $"<{name}> cannot be directly inside <{parent.Name}>");
        else if (RequiredParents(name) is { } parents && !parents.Contains(parent.Name))
            error(offset, $"<{name}> must be directly inside <{parents[0]}>, not <{parent.Name}>");

        CheckImplicitClosing(name, traits, offset);
        return true;
    }

    /// <summary>The start tags that make HTML5 close an open element the markup never closed.</summary>
    private void CheckImplicitClosing(string name, ElementTraits traits, int offset)
    {
        if ((traits & ElementTraits.ClosesParagraph) != 0 && FindInScope("p", ElementTraits.ScopeBoundary, alsoStopAtButton: true) is { } p)
            error(offset, $"<{name}> cannot be inside the open <p> of line {lineAt(p.Offset)}: HTML closes the paragraph before it, so the later </p> closes nothing; close the <p> first");
        if (name == "li" && FindSibling(e => e == "li") is { } li)
            error(offset, $"<li> inside the open <li> of line {lineAt(li.Offset)}, with no list between them, closes that <li>; end it with </li> first");
        if (name is "dd" or "dt" && FindSibling(e => e is "dd" or "dt") is { } term)
            error(offset, $"<{name}> inside the open <{term.Name}> of line {lineAt(term.Offset)} closes it; end it with </{term.Name}> first");
        if (name == "a" && FindInScope("a", ElementTraits.FormattingMarker) is { } a)
            error(offset, $"<a> cannot be inside the open <a> of line {lineAt(a.Offset)}");
        if (name == "form" && FindUntilTemplate("form") is { } form)
            error(offset, $"<form> cannot be inside the open <form> of line {lineAt(form.Offset)}");
        if (name is "button" or "nobr" && FindInScope(name, ElementTraits.ScopeBoundary) is { } same)
            error(offset, $"<{name}> cannot be inside the open <{name}> of line {lineAt(same.Offset)}");
        if ((traits & ElementTraits.Heading) != 0 && FindHeadingInScope() is { } heading)
            error(offset, $"<{name}> cannot be inside the open <{heading.Name}> of line {lineAt(heading.Offset)}");
    }

    private Open? FindInScope(string name, ElementTraits boundary, bool alsoStopAtButton = false)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var e = _stack[i];
            if (e.Foreign) return null;
            if (e.Name == name) return e;
            if ((e.Traits & boundary) != 0 || (alsoStopAtButton && e.Name == "button")) return null;
        }
        return null;
    }

    private Open? FindHeadingInScope()
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var e = _stack[i];
            if (e.Foreign) return null;
            if ((e.Traits & ElementTraits.Heading) != 0) return e;
            if ((e.Traits & ElementTraits.ScopeBoundary) != 0) return null;
        }
        return null;
    }

    /// <summary>HTML5's search for an open li, dd or dt: it stops at the first special element other than address, div and p.</summary>
    private Open? FindSibling(Func<string, bool> isSibling)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var e = _stack[i];
            if (e.Foreign) return null;
            if (isSibling(e.Name)) return e;
            if ((e.Traits & ElementTraits.Special) != 0 && e.Name is not ("address" or "div" or "p")) return null;
        }
        return null;
    }

    private Open? FindUntilTemplate(string name)
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].Name == name && !_stack[i].Foreign) return _stack[i];
            if (_stack[i] is { Name: "template", Foreign: false }) return null;
        }
        return null;
    }

    private bool IsNoscriptInHead(int index) =>
        index >= 1 && _stack[index] is { Name: "noscript", Foreign: false } && _stack[index - 1] is { Name: "head", Foreign: false };

    private string ForeignRoot() => _stack.FindLast(e => e.Name is "svg" or "math").Name ?? "svg";

    /// <summary>What the table and select elements may hold directly; anything else HTML5 moves elsewhere or drops.</summary>
    private static bool ParentAllows(string parent, string child) => parent switch
    {
        "table" => child is "caption" or "colgroup" or "col" or "thead" or "tbody" or "tfoot" or "tr" or "script" or "style" or "template",
        "thead" or "tbody" or "tfoot" => child is "tr" or "script" or "style" or "template",
        "tr" => child is "td" or "th" or "script" or "style" or "template",
        "colgroup" => child is "col" or "template",
        "select" => child is "option" or "optgroup" or "script" or "template",
        "optgroup" => child is "option" or "script" or "template",
        "option" => false,
        _ => true,
    };

    /// <summary>Table parts must sit in their own parent; HTML5 would invent the missing one (or drop the tag).</summary>
    private static string[]? RequiredParents(string child) => child switch
    {
        "tr" => RowParents,
        "td" or "th" => CellParents,
        "thead" or "tbody" or "tfoot" or "caption" or "colgroup" => TablePartParents,
        "col" => ColumnParents,
        _ => null,
    };

    private static readonly string[] RowParents = ["tbody", "thead", "tfoot", "table", "template"];
    private static readonly string[] CellParents = ["tr", "template"];
    private static readonly string[] TablePartParents = ["table", "template"];
    private static readonly string[] ColumnParents = ["colgroup", "table", "template"];
}
