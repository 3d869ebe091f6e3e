using KnowledgeSite.Knowledge.Glossary;

namespace KnowledgeSite.Linking;

/// <summary>A piece of article text as the theme draws it.</summary>
public abstract record InlineNode;

public sealed record TextNode(string Text) : InlineNode;

/// <summary>
/// A glossary link around its words (which may hold a noted phrase); a <paramref name="Repeat"/>
/// is a later occurrence of a term already linked, shown as plain text unless the reader asks.
/// </summary>
public sealed record TermNode(GlossaryTerm Term, IReadOnlyList<InlineNode> Children, bool Repeat = false) : InlineNode;

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
    /// <param name="Order">Its place in the input (notes, then links, then repeats), which breaks ties when sorting.</param>
    private sealed record Range(int Start, int End, GlossaryTerm? Term, NoteMark? Mark, bool Repeat = false, int Order = 0)
    {
        public List<Range>? Children { get; set; }
    }

    /// <param name="repeats">Later occurrences of linked terms; they nest like links.</param>
    public static IReadOnlyList<InlineNode> Build(string text, IReadOnlyList<(int Start, int Length, GlossaryTerm Term)> links, IReadOnlyList<NoteMark> marks,
        IReadOnlyList<(int Start, int Length, GlossaryTerm Term)>? repeats = null)
    {
        repeats ??= [];
        // Written without LINQ: every unit of every article page comes through here.
        var ranges = new List<Range>(marks.Count + links.Count + repeats.Count);
        foreach (var m in marks) ranges.Add(new Range(m.Location.Start, m.Location.Start + m.Location.Length, null, m, Order: ranges.Count));
        var noteCount = ranges.Count;
        foreach (var (start, length, term) in links) AddTerm(new Range(start, start + length, term, null, Order: ranges.Count));
        foreach (var (start, length, term) in repeats) AddTerm(new Range(start, start + length, term, null, Repeat: true, Order: ranges.Count));

        // Outer ranges first: earlier start, then longer; on equal words the link goes outside.
        ranges.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.End != b.End ? b.End.CompareTo(a.End)
            : (a.Term is null ? 1 : 0) != (b.Term is null ? 1 : 0) ? (a.Term is null ? 1 : 0).CompareTo(b.Term is null ? 1 : 0)
            : a.Order.CompareTo(b.Order));
        var root = new Range(0, text.Length, null, null);
        var stack = new Stack<Range>([root]);
        foreach (var range in ranges)
        {
            while (stack.Peek() != root && range.Start >= stack.Peek().End) stack.Pop();
            (stack.Peek().Children ??= []).Add(range);
            stack.Push(range);
        }
        return Render(text, root, insideLink: false, out _);

        void AddTerm(Range term)
        {
            for (var n = 0; n < noteCount; n++)
                if (Crosses(term, ranges[n])) return;
            ranges.Add(term);
        }
    }

    private static bool Crosses(Range a, Range b) => Crosses(a.Start, a.End, b.Start, b.End);

    /// <summary>True when two ranges of text overlap and neither holds the other, so they cannot nest.</summary>
    public static bool Crosses(int aStart, int aEnd, int bStart, int bEnd) =>
        aStart < bEnd && bStart < aEnd                        // they overlap
        && !(aStart <= bStart && bEnd <= aEnd)               // and neither holds the other
        && !(bStart <= aStart && aEnd <= bEnd);

    /// <param name="pending">Markers that could not be placed inside a link and must follow it.</param>
    private static List<InlineNode> Render(string text, Range range, bool insideLink, out List<InlineNode> pending)
    {
        pending = [];
        var nodes = new List<InlineNode>();
        var at = range.Start;
        foreach (var child in range.Children ?? [])
        {
            if (child.Start > at) nodes.Add(new TextNode(text[at..child.Start]));
            var inner = Render(text, child, insideLink || child.Term is not null, out var innerPending);
            if (child.Term is { } term)
            {
                nodes.Add(new TermNode(term, inner, child.Repeat));
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
