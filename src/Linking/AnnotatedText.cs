using KnowledgeSite.Knowledge.Glossary;

namespace KnowledgeSite.Linking;

/// <summary>A piece of article text as the theme draws it.</summary>
public abstract record InlineNode;

public sealed record TextNode(string Text) : InlineNode;

/// <summary>A glossary link around its words (which may hold a noted phrase).</summary>
public sealed record TermNode(GlossaryTerm Term, IReadOnlyList<InlineNode> Children) : InlineNode;

/// <summary>A phrase a translation note explains; the theme can show the note's better rendering instead.</summary>
public sealed record NotedNode(NoteMark Mark, IReadOnlyList<InlineNode> Children) : InlineNode;

/// <summary>The numbered marker after a noted phrase.</summary>
public sealed record MarkerNode(NoteMark Mark) : InlineNode;

/// <summary>
/// Combines glossary links and note occurrences in one run of text into properly nested pieces.
/// Notes win: a term link that would cross a noted phrase's edge is left out. A link and a
/// phrase over the same words nest with the link outside. A marker never sits inside a link
/// (a link inside a link is invalid HTML), so it follows the link that holds its phrase.
/// </summary>
public static class AnnotatedText
{
    private sealed record Range(int Start, int End, GlossaryTerm? Term, NoteMark? Mark)
    {
        public List<Range> Children { get; } = [];
    }

    public static IReadOnlyList<InlineNode> Build(string text, IReadOnlyList<(int Start, int Length, GlossaryTerm Term)> links, IReadOnlyList<NoteMark> marks)
    {
        var notes = marks.Select(m => new Range(m.Location.Start, m.Location.Start + m.Location.Length, null, m)).ToList();
        var terms = links.Select(l => new Range(l.Start, l.Start + l.Length, l.Term, null))
            .Where(t => notes.All(n => !Crosses(t, n)));

        // Outer ranges first: earlier start, then longer; on equal words the link goes outside.
        var ordered = notes.Concat(terms)
            .OrderBy(r => r.Start).ThenByDescending(r => r.End).ThenBy(r => r.Term is null ? 1 : 0).ToList();
        var root = new Range(0, text.Length, null, null);
        var stack = new Stack<Range>([root]);
        foreach (var range in ordered)
        {
            while (stack.Peek() != root && range.Start >= stack.Peek().End) stack.Pop();
            stack.Peek().Children.Add(range);
            stack.Push(range);
        }
        return Render(text, root, insideLink: false, out _);
    }

    private static bool Crosses(Range a, Range b) =>
        a.Start < b.End && b.Start < a.End                    // they overlap
        && !(a.Start <= b.Start && b.End <= a.End)           // and neither holds the other
        && !(b.Start <= a.Start && a.End <= b.End);

    /// <param name="pending">Markers that could not be placed inside a link and must follow it.</param>
    private static List<InlineNode> Render(string text, Range range, bool insideLink, out List<InlineNode> pending)
    {
        pending = [];
        var nodes = new List<InlineNode>();
        var at = range.Start;
        foreach (var child in range.Children)
        {
            if (child.Start > at) nodes.Add(new TextNode(text[at..child.Start]));
            var inner = Render(text, child, insideLink || child.Term is not null, out var innerPending);
            if (child.Term is { } term)
            {
                nodes.Add(new TermNode(term, inner));
                nodes.AddRange(innerPending);              // markers of phrases inside the link follow it
            }
            else
            {
                nodes.Add(new NotedNode(child.Mark!, inner));
                var marker = innerPending.Append(new MarkerNode(child.Mark!));
                if (insideLink) pending.AddRange(marker); else nodes.AddRange(marker);
            }
            at = child.End;
        }
        if (at < range.End) nodes.Add(new TextNode(text[at..range.End]));
        return nodes;
    }
}
