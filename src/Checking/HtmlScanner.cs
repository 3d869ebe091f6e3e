using System.Buffers;
using System.Text;

namespace KnowledgeSite.Checking;

/// <summary>
/// Reads a written page once, front to back, and gathers what the check's rules need (<see cref="ParsedPage"/>):
/// its markup errors with line and column, title, lang, &lt;h1&gt; count, element ids and references.
/// No document tree is built; <see cref="OpenElements"/> keeps only the elements open at the current position.
/// <para>
/// It refuses everything an HTML5 parser reports as a parse error in the markup our templates and Markdown can
/// produce, and is stricter on purpose where HTML5 quietly repairs the markup:
/// every element other than a void one needs its end tag, properly nested (HTML5 lets p, li, td, option … end
/// implicitly); the page must spell out &lt;!DOCTYPE html&gt; (no other doctype), &lt;html&gt;, &lt;head&gt; and
/// &lt;body&gt; with their end tags, with nothing but whitespace and comments between them; a &lt;td&gt; or &lt;th&gt;
/// must be in a &lt;tr&gt; (HTML5 would invent the tr and tbody); a heading may not be anywhere inside another one;
/// &lt;option&gt; holds only text; a comment may not contain "--" or end in "-"; an inline script may not contain
/// "&lt;!--" (it can swallow the script's end tag); a tag name is letters, digits and - : _ . only; character
/// references follow <see cref="CharacterReferences"/>; frameset, frame, plaintext, image and isindex are refused.
/// Inside SVG and MathML, tags may close themselves and must nest; HTML elements that would end the foreign content are refused.
/// </para>
/// </summary>
internal sealed class HtmlScanner
{
    private static readonly SearchValues<byte> TextStops = SearchValues.Create("<&\0"u8);
    internal static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\n\r\f"u8);
    private static readonly SearchValues<byte> TagNameEnd = SearchValues.Create(" \t\n\r\f/>"u8);
    private static readonly SearchValues<byte> TagNameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-:_."u8);

    private static readonly Dictionary<string, int> ReferenceKindOrder =
        ReferenceKind.All.Select((kind, order) => (kind.Element, order)).ToDictionary(k => k.Element, k => k.order, StringComparer.Ordinal);

    private static readonly byte[][] ReferenceAttributes = [.. ReferenceKind.All.Select(k => Encoding.ASCII.GetBytes(k.Attribute))];

    private readonly byte[] _page;
    private readonly SourcePositions _positions;
    private readonly OpenElements _open;
    private readonly TagAttributes _attributes;
    private readonly List<(int Offset, string Message)> _errors = [];
    private bool _pastPrologue;

    private string? _title;
    private string? _lang;
    private int _h1Count;
    private bool _hasBaseHref;
    private readonly List<ElementId> _ids = [];
    private readonly List<(int Order, PageReference Reference)> _references = [];

    private HtmlScanner(byte[] page)
    {
        _page = page;
        _positions = new SourcePositions(page);
        _open = new OpenElements(Error, _positions.LineAt);
        _attributes = new TagAttributes(page, Error, CheckReferences);
    }

    public static ParsedPage Scan(string path, byte[] page) => new HtmlScanner(page).Run(path);

    private ParsedPage Run(string path)
    {
        var at = 0;
        while (at < _page.Length)
        {
            var stop = _page.AsSpan(at).IndexOfAny(TextStops);
            var textEnd = stop < 0 ? _page.Length : at + stop;
            if (textEnd > at) Text(at, textEnd);
            if (stop < 0) break;
            at = _page[textEnd] switch
            {
                (byte)'<' => Markup(textEnd),
                (byte)'&' => Reference(textEnd),
                _ => NullCharacter(textEnd),
            };
        }
        if (!_pastPrologue) Error(_page.Length, "the page has no <!DOCTYPE html>");
        _open.Finish(_page.Length);

        var errors = _errors.Select(e => new MarkupError(_positions.LineAt(e.Offset), _positions.ColumnAt(e.Offset), e.Message)).ToList();
        var references = _references.OrderBy(r => r.Order).Select(r => r.Reference).ToList();
        return new ParsedPage(path, errors, _title, _lang, _h1Count, _ids, references, _hasBaseHref);
    }

    private void Error(int offset, string message) => _errors.Add((offset, message));

    private void EndPrologue(int offset)
    {
        if (_pastPrologue) return;
        _pastPrologue = true;
        Error(offset, "the page must start with <!DOCTYPE html>");
    }

    private void Text(int start, int end)
    {
        if (_pastPrologue && _open.TextAllowed) return;
        var visible = _page.AsSpan(start, end - start).IndexOfAnyExcept(Whitespace);
        if (visible >= 0) VisibleText(start + visible);
    }

    private void VisibleText(int offset)
    {
        EndPrologue(offset);
        if (!_open.TextAllowed) Error(offset, _open.TextProblem);
    }

    private int NullCharacter(int offset)
    {
        Error(offset, "the page holds a NUL character");
        return offset + 1;
    }

    private int Reference(int offset)
    {
        if (!_pastPrologue || !_open.TextAllowed) VisibleText(offset);
        return CheckReference(offset, _page.Length);
    }

    private int CheckReference(int offset, int limit)
    {
        var (end, problem) = CharacterReferences.Read(_page.AsSpan(0, limit), offset);
        if (problem is not null) Error(offset, problem);
        return end;
    }

    private void CheckReferences(int start, int end)
    {
        for (var at = start; at < end;)
        {
            var amp = _page.AsSpan(at, end - at).IndexOf((byte)'&');
            if (amp < 0) return;
            at = CheckReference(at + amp, end);
        }
    }

    private int Markup(int offset)
    {
        var next = At(offset + 1);
        if (char.IsAsciiLetter((char)next)) return StartTag(offset);
        if (next == '/')
        {
            var after = At(offset + 2);
            if (char.IsAsciiLetter((char)after)) return EndTag(offset);
            Error(offset, after == '>' ? "\"</>\" is not a tag" : "\"</\" must be followed by a tag name; write &lt; for a literal '<'");
            return SkipPast((byte)'>', offset + 2);
        }
        if (next == '!')
        {
            var rest = _page.AsSpan(offset);
            if (rest.StartsWith("<!--"u8)) return Comment(offset);
            if (rest.Length >= 9 && Ascii.EqualsIgnoreCase(rest[..9], "<!doctype"u8)) return Doctype(offset);
            if (rest.StartsWith("<![CDATA["u8) && _open.InForeignContent) return CData(offset);
            Error(offset, "\"<!\" starts neither a comment nor the doctype");
            return SkipPast((byte)'>', offset + 2);
        }
        if (next == '?')
        {
            Error(offset, "\"<?\" starts nothing in HTML (processing instructions are XML)");
            return SkipPast((byte)'>', offset + 2);
        }
        VisibleText(offset);
        Error(offset, "'<' is followed by neither a tag name nor '/' or '!'; write &lt; for a literal '<'");
        return offset + 1;
    }

    private int At(int offset) => offset < _page.Length ? _page[offset] : -1;

    private int SkipPast(byte b, int from)
    {
        var found = _page.AsSpan(from).IndexOf(b);
        return found < 0 ? _page.Length : from + found + 1;
    }

    private int Comment(int offset)
    {
        var bodyStart = offset + 4;
        if (At(bodyStart) == '>' || (At(bodyStart) == '-' && At(bodyStart + 1) == '>'))
        {
            Error(offset, "a comment cannot start with '>' or '->'");
            return At(bodyStart) == '>' ? bodyStart + 1 : bodyStart + 2;
        }
        var close = _page.AsSpan(bodyStart).IndexOf("-->"u8);
        if (close < 0)
        {
            Error(offset, "the comment is never closed with -->");
            return _page.Length;
        }
        var body = _page.AsSpan(bodyStart, close);
        var doubleDash = body.IndexOf("--"u8);
        if (doubleDash >= 0) Error(bodyStart + doubleDash, "a comment cannot contain \"--\"");
        else if (body.EndsWith("-"u8)) Error(bodyStart + close - 1, "a comment cannot end with '-' before its -->");
        return bodyStart + close + 3;
    }

    private int Doctype(int offset)
    {
        var close = _page.AsSpan(offset).IndexOf((byte)'>');
        if (close < 0)
        {
            Error(offset, "the page ends inside <!DOCTYPE");
            return _page.Length;
        }
        var content = _page.AsSpan(offset + 9, close - 9);
        if (_pastPrologue) Error(offset, "<!DOCTYPE> may only be the first thing in the page");
        else if (content.Length == 0 || !Whitespace.Contains(content[0]) || !Ascii.EqualsIgnoreCase(content.Trim(" \t\n\r\f"u8), "html"u8))
            Error(offset, "the doctype must be exactly <!DOCTYPE html>");
        _pastPrologue = true;
        return offset + close + 1;
    }

    private int CData(int offset)
    {
        var close = _page.AsSpan(offset).IndexOf("]]>"u8);
        if (close >= 0) return offset + close + 3;
        Error(offset, "the CDATA section is never closed with ]]>");
        return _page.Length;
    }

    private int StartTag(int offset)
    {
        EndPrologue(offset);
        var (name, traits, nameEnd) = TagName(offset + 1);
        var (complete, selfClosing, end) = _attributes.Read(nameEnd);
        if (!complete)
        {
            Error(offset, $"the page ends inside the <{name}> tag");
            return _page.Length;
        }
        var foreignContext = _open.InForeignContent;
        if (name == "html" && !foreignContext && !_open.SawHtml) _lang = _attributes.Value("lang"u8);
        if (_open.OpenTemplates == 0) Gather(name, offset);

        if (!_open.Start(name, traits, offset, selfClosing) || foreignContext) return end;
        if ((traits & ElementTraits.RawText) != 0) return RawText(name, end);
        if ((traits & ElementTraits.EscapableRawText) != 0) return EscapableRawText(name, end);
        return end;
    }

    private int EndTag(int offset)
    {
        EndPrologue(offset);
        var (name, traits, at) = TagName(offset + 2);
        while (at < _page.Length && Whitespace.Contains(_page[at])) at++;
        if (At(at) != '>')
        {
            Error(at, $"the end tag </{name}> may hold nothing but its name");
            var close = _page.AsSpan(at).IndexOf((byte)'>');
            if (close < 0)
            {
                Error(offset, $"the page ends inside the </{name}> tag");
                return _page.Length;
            }
            at += close;
        }
        _open.End(name, traits, offset);
        return at + 1;
    }

    private (string Name, ElementTraits Traits, int End) TagName(int start)
    {
        var length = _page.AsSpan(start).IndexOfAny(TagNameEnd);
        var end = length < 0 ? _page.Length : start + length;
        var raw = _page.AsSpan(start, end - start);
        var bad = raw.IndexOfAnyExcept(TagNameChars);
        if (bad >= 0) Error(start + bad, $"\"{Encoding.UTF8.GetString(raw)}\" is not a tag name (letters, digits and - : _ . only)");

        if (raw.Length > 64) return (Encoding.UTF8.GetString(raw).ToLowerInvariant(), ElementTraits.None, end);
        Span<char> lower = stackalloc char[raw.Length];
        for (var i = 0; i < raw.Length; i++) lower[i] = char.ToLowerInvariant((char)raw[i]);
        var (name, traits) = HtmlElements.Lookup(bad >= 0 ? Encoding.UTF8.GetString(raw).ToLowerInvariant() : lower);
        return (name, traits, end);
    }

    private void Gather(string name, int offset)
    {
        if (_attributes.Count == 0 && name != "h1") return;
        if (_attributes.Value("id"u8) is { } id) _ids.Add(new ElementId(id, _positions.LineAt(offset)));
        if (name == "h1") _h1Count++;
        else if (name == "base" && _attributes.Has("href"u8)) _hasBaseHref = true;
        else if (ReferenceKindOrder.TryGetValue(name, out var order) && _attributes.Value(ReferenceAttributes[order]) is { } target)
            _references.Add((order, new PageReference(ReferenceKind.All[order], target, _positions.LineAt(offset), name == "link" ? _attributes.Value("rel"u8) : null)));
    }

    private int RawText(string name, int contentStart)
    {
        var end = FindEndTag(name, contentStart);
        if (name == "script" && _page.AsSpan(contentStart, end - contentStart).IndexOf("<!--"u8) is var comment and >= 0)
            Error(contentStart + comment, "an inline <script> may not contain \"<!--\"; HTML can then miss the script's end tag");
        return end;
    }

    private int EscapableRawText(string name, int contentStart)
    {
        var end = FindEndTag(name, contentStart);
        CheckReferences(contentStart, end);
        if (name == "title" && _title is null && _open.OpenTemplates == 0)
            _title = CharacterReferences.Decode(_page.AsSpan(contentStart, end - contentStart));
        return end;
    }

    /// <summary>Where the end tag of a raw-text element starts, or the end of the page (the element then stays open).</summary>
    private int FindEndTag(string name, int from)
    {
        for (var at = from; ;)
        {
            var found = _page.AsSpan(at).IndexOf("</"u8);
            if (found < 0) return _page.Length;
            at += found;
            var nameEnd = at + 2 + name.Length;
            if (nameEnd <= _page.Length
                && Ascii.EqualsIgnoreCase(_page.AsSpan(at + 2, name.Length), name)
                && (nameEnd == _page.Length || TagNameEnd.Contains(_page[nameEnd])))
                return at;
            at += 2;
        }
    }
}
