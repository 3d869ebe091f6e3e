using KnowledgeSite.Articles;

namespace KnowledgeSite.Anchoring;

/// <summary>One place a quote was found: the unit of article text and the character range in it.</summary>
public sealed record QuoteLocation(Article Article, TextUnit Unit, int Start, int Length)
{
    public Paragraph? Paragraph => Unit.Paragraph;
}

/// <summary>The outcome of resolving a quote: its locations, or why it has none that fit.</summary>
/// <param name="Absent">True when the failure is that the words occur nowhere in the articles searched.</param>
public sealed record QuoteResolution(IReadOnlyList<QuoteLocation> Locations, string? Problem, string? Fix, bool Absent = false)
{
    public bool Succeeded => Problem is null;
}

/// <summary>
/// Finds a quote in the articles. A quote must lie within one unit of text (a paragraph,
/// heading, caption, the title or the source line) and, unless many occurrences are allowed,
/// match exactly one place once the prefix and suffix are taken into account.
/// </summary>
public static class QuoteResolver
{
    /// <summary>
    /// Resolves a quote inside its own article only. When it is not there, says which other
    /// article it does occur in, since the file is then most likely in the wrong folder.
    /// </summary>
    public static QuoteResolution ResolveIn(Article own, IReadOnlyList<Article> all, QuoteSelector quote, bool allowMany = false)
    {
        var resolution = Resolve([own], quote, allowMany);
        if (!resolution.Absent) return resolution;
        var elsewhere = all.Where(a => a != own && Resolve([a], quote, allowMany: true).Succeeded).ToList();
        if (elsewhere.Count == 0) return resolution;
        var names = string.Join("; ", elsewhere.Take(3).Select(a => $"\"{a.Title}\" (id {a.Slug})")) + (elsewhere.Count > 3 ? $" and {elsewhere.Count - 3} more" : "");
        return resolution with
        {
            Problem = $"the quote is not in its own article \"{own.Title}\" (id {own.Slug}), but it occurs in {names}.",
            Fix = $"quotes resolve only inside their own article: move the file to the folder of the article it is about (input/articles/{elsewhere[0].Slug}/…), or quote {own.Slug}'s own words.",
        };
    }

    public static QuoteResolution Resolve(IReadOnlyList<Article> articles, QuoteSelector quote, bool allowMany = false)
    {
        if (quote.Exact.Length == 0)
            return Fail("the quote is empty.", "copy the exact words from the article into the quote.");

        var all = new List<QuoteLocation>();
        foreach (var article in articles)
            foreach (var unit in article.Units)
                for (var at = unit.Text.IndexOf(quote.Exact, StringComparison.Ordinal); at >= 0; at = unit.Text.IndexOf(quote.Exact, at + 1, StringComparison.Ordinal))
                    all.Add(new QuoteLocation(article, unit, at, quote.Exact.Length));

        var fitting = all.Where(l => FitsContext(l, quote)).ToList();
        if (fitting.Count == 1 || (allowMany && fitting.Count > 0))
            return new QuoteResolution(fitting, null, null);

        if (fitting.Count > 1)
            return Fail($"the quote occurs {fitting.Count} times ({Places(fitting)}).",
                "add a 'prefix' (the words just before the quote) or a 'suffix' (the words just after) that only one occurrence has.");

        if (all.Count > 0)
            return Fail($"the quote occurs in the article ({Places(all)}) but not with the given prefix/suffix.",
                "copy the prefix and suffix exactly from the words around the quote, or remove them.");

        if (CrossedUnits(articles, quote.Exact) is { } crossed)
            return Fail($"the quote runs across two paragraphs or blocks ({crossed}); a quote must stay inside one.",
                "split it into two quotes, one per paragraph.");

        var near = Nearest(articles, quote.Exact);
        return Fail("the quote is not in the article." + (near is null ? "" : $" The closest text is in {near.Value.Place}: \"{near.Value.Text}\"."),
            "copy the words exactly from the article page (case, punctuation and typos included); whitespace may differ.") with { Absent = true };
    }

    private static QuoteResolution Fail(string problem, string fix) => new([], problem, fix);

    private static bool FitsContext(QuoteLocation l, QuoteSelector q) =>
        (q.Prefix is null || l.Unit.Text.AsSpan(0, l.Start).EndsWith(q.Prefix, StringComparison.Ordinal))
        && (q.Suffix is null || l.Unit.Text.AsSpan(l.Start + l.Length).StartsWith(q.Suffix, StringComparison.Ordinal));

    private static string Places(IEnumerable<QuoteLocation> locations) =>
        string.Join(", ", locations.Select(l => l.Unit.Label).Distinct());

    /// <summary>Which two consecutive units the quote would span, if it spans any.</summary>
    private static string? CrossedUnits(IReadOnlyList<Article> articles, string exact)
    {
        foreach (var article in articles)
        {
            var units = article.Units;
            for (var i = 0; i + 1 < units.Count; i++)
            {
                var joined = units[i].Text + " " + units[i + 1].Text;
                var at = joined.IndexOf(exact, StringComparison.Ordinal);
                if (at >= 0 && at < units[i].Text.Length && at + exact.Length > units[i].Text.Length + 1)
                    return $"{units[i].Label} and {units[i + 1].Label}";
            }
        }
        return null;
    }

    /// <summary>The unit sharing the longest run of words with the quote, to help spot a typo.</summary>
    private static (string Place, string Text)? Nearest(IReadOnlyList<Article> articles, string exact)
    {
        var words = exact.Split(' ');
        (string, string)? best = null;
        var bestLength = 0;
        foreach (var unit in articles.SelectMany(a => a.Units))
            for (var start = 0; start < words.Length; start++)
                for (var end = words.Length; end - start > bestLength; end--)
                {
                    var run = string.Join(' ', words[start..end]);
                    var at = unit.Text.IndexOf(run, StringComparison.Ordinal);
                    if (at < 0) continue;
                    bestLength = end - start;
                    var from = Math.Max(0, at - 20);
                    best = (unit.Label, (from > 0 ? "…" : "") + unit.Text[from..Math.Min(unit.Text.Length, at + exact.Length + 20)] + "…");
                    break;
                }
        return bestLength >= Math.Min(2, words.Length) ? best : null;
    }
}
