namespace KnowledgeSite.Cleaning;

/// <summary>Where the second copy of an article starts, and how well the two copies agree.</summary>
public sealed record CopySplit(int SecondCopyStart, int MatchedLines);

/// <summary>
/// Finds whether a scrape carries the article twice. The content lines are tried at a few
/// likely split points (where the scraper's metadata sat between runs of content, and where an
/// opening line recurs); the split whose halves share the most lines wins if the halves agree on
/// most of the shorter one. An article that merely repeats a line or two is not split.
/// </summary>
public static class CopyDetector
{
    public const double MinAgreement = 0.6;

    /// <param name="lines">Whitespace-normalised content lines, in order.</param>
    /// <param name="segmentStarts">Indexes where content resumes after metadata or boilerplate.</param>
    public static CopySplit? Find(IReadOnlyList<string> lines, IReadOnlyCollection<int> segmentStarts)
    {
        var openers = lines.Take(3).ToHashSet(StringComparer.Ordinal);
        var candidates = segmentStarts
            .Concat(Enumerable.Range(1, Math.Max(0, lines.Count - 1)).Where(k => openers.Contains(lines[k])))
            .Where(k => k > 0 && k < lines.Count)
            .Distinct()
            .Order();

        CopySplit? best = null;
        foreach (var k in candidates)
        {
            var first = lines.Take(k).ToList();
            var second = lines.Skip(k).ToList();
            var matched = LineAligner.CommonCount(first, second);
            var shorter = Math.Min(first.Count, second.Count);
            var atBoundary = segmentStarts.Contains(k);
            var agrees = matched >= MinAgreement * shorter && (matched >= 2 || atBoundary && matched >= 1);
            if (agrees && (best is null || matched > best.MatchedLines))
                best = new CopySplit(k, matched);
        }
        return best;
    }
}
