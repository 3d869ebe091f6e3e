using KnowledgeSite.Knowledge;
using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.SiteModel;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeSite.Linking;

/// <summary>
/// Adds glossary links to an editorial body's Markdown tree: in the text of each paragraph, list
/// item and table cell, never in headings, links, code or on the term's own page; like the
/// article, at the first occurrence of each term per section (the body's headings start
/// sections), or once in the body for a term marked "once per article". Later occurrences stay text.
/// </summary>
public static class MarkdownTermLinker
{
    public static IReadOnlyList<TermMatch> Link(EditorialBody body, TermMatcher matcher, IReadOnlyDictionary<string, GlossaryTerm> terms, string? ownTermId)
    {
        var all = new List<TermMatch>();
        var first = new FirstOccurrences(terms);
        foreach (var block in body.Document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock) first.StartSection();
            if (block is HeadingBlock || block.Inline is null) continue;
            var literals = TextLiterals(block.Inline).ToList();
            // Matches are placed in the paragraph, not in their literal: a match is a value, and the
            // same form at the same place in two literals would otherwise be one match, linked twice.
            var found = new List<(LiteralInline Literal, int Offset, TermMatch Match)>();
            var offset = 0;
            foreach (var literal in literals)
            {
                var text = literal.Content.ToString();
                found.AddRange(matcher.FindAll(text).Select(m => (literal, offset, m with { Start = offset + m.Start })));
                offset += text.Length;
            }
            all.AddRange(found.Select(f => f.Match));

            var chosen = TermLinkPolicy.SelectLinks(found.Select(f => f.Match).ToList(), firstPerTerm: false, skipTermId: ownTermId)
                .Where(m => first.Claim(m.TermId)).ToHashSet();
            foreach (var group in found.Where(f => chosen.Contains(f.Match)).GroupBy(f => f.Literal))
                Split(group.Key, group.Select(g => g.Match with { Start = g.Match.Start - g.Offset }).ToList(), body.PagePath, terms);
        }
        return all;
    }

    /// <summary>The literal text runs a reader sees as prose: not inside links, code or raw HTML. Adjacent runs are merged first.</summary>
    private static IEnumerable<LiteralInline> TextLiterals(ContainerInline container)
    {
        MergeAdjacentLiterals(container);
        foreach (var inline in container.ToList())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    yield return literal;
                    break;
                case LinkInline or AutolinkInline or CodeInline or HtmlInline or TermLinkInline:
                    break;
                case ContainerInline nested:
                    foreach (var inner in TextLiterals(nested)) yield return inner;
                    break;
            }
        }
    }

    private static void MergeAdjacentLiterals(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            while (inline is LiteralInline literal && literal.NextSibling is LiteralInline next)
            {
                literal.Content = new Markdig.Helpers.StringSlice(literal.Content.ToString() + next.Content.ToString());
                next.Remove();
            }
        }
    }

    private static void Split(LiteralInline literal, IReadOnlyList<TermMatch> matches, string pagePath, IReadOnlyDictionary<string, GlossaryTerm> terms)
    {
        var text = literal.Content.ToString();
        var pieces = new List<Inline>();
        var at = 0;
        foreach (var match in matches.OrderBy(m => m.Start))
        {
            if (match.Start > at) pieces.Add(new LiteralInline(text[at..match.Start]));
            var term = terms[match.TermId];
            pieces.Add(new TermLinkInline(text.Substring(match.Start, match.Length), term, RelativeUrl.Between(pagePath, SitePaths.Term(term.Id))));
            at = match.Start + match.Length;
        }
        if (at < text.Length) pieces.Add(new LiteralInline(text[at..]));
        InlineSplice.Replace(literal, pieces);
    }
}
