namespace KnowledgeSite.Cleaning;

/// <summary>
/// Second cleaning pass: if the content occurs twice, keeps one copy. Lines both copies share
/// are kept once (the first copy's), lines only one copy has are kept in place, and a line that
/// one copy has cut short is replaced by the complete one.
/// </summary>
public static class CopyMerger
{
    public sealed record Result(IReadOnlyList<int> KeptIndexes, IReadOnlyDictionary<int, LineVerdict> Dropped, CopyRanges? Copies);

    /// <param name="lines">All raw lines, whitespace-normalised.</param>
    /// <param name="content">Indexes of content lines, in order.</param>
    /// <param name="segmentStarts">Positions in <paramref name="content"/> where content resumes after metadata.</param>
    public static Result Merge(IReadOnlyList<string> lines, IReadOnlyList<int> content, IReadOnlyCollection<int> segmentStarts)
    {
        var texts = content.Select(i => lines[i]).ToList();
        var split = CopyDetector.Find(texts, segmentStarts);
        if (split is null)
            return new Result(content, new Dictionary<int, LineVerdict>(), null);

        var first = content.Take(split.SecondCopyStart).ToList();
        var second = content.Skip(split.SecondCopyStart).ToList();
        var alignment = LineAligner.Align(first.Select(i => lines[i]).ToList(), second.Select(i => lines[i]).ToList());

        var kept = new List<int>();
        var dropped = new Dictionary<int, LineVerdict>();
        var onlyFirst = new List<int>();
        var onlySecond = new List<int>();

        foreach (var pair in alignment)
        {
            if (pair is { First: { } a, Second: { } b })
            {
                FlushGap();
                kept.Add(first[a]);
                dropped[second[b]] = Duplicate(second[b], first[a], $"second copy of line {first[a] + 1}");
            }
            else if (pair.First is { } onlyA) onlyFirst.Add(first[onlyA]);
            else if (pair.Second is { } onlyB) onlySecond.Add(second[onlyB]);
        }
        FlushGap();

        var copies = new CopyRanges(first[0] + 1, first[^1] + 1, second[0] + 1, second[^1] + 1, split.MatchedLines);
        return new Result(kept, dropped, copies);

        // Between two shared lines: pair lines that are the same paragraph cut at different
        // lengths, keep the longer; keep every other line, first copy's before second copy's.
        void FlushGap()
        {
            foreach (var a in onlyFirst)
            {
                var match = onlySecond.FirstOrDefault(b => IsTruncationOf(lines[a], lines[b]) || IsTruncationOf(lines[b], lines[a]), -1);
                if (match < 0) { kept.Add(a); continue; }
                onlySecond.Remove(match);
                var (longer, shorter) = lines[match].Length > lines[a].Length ? (match, a) : (a, match);
                kept.Add(longer);
                dropped[shorter] = Duplicate(shorter, longer, $"same paragraph as line {longer + 1}, which is complete; this copy is cut short");
            }
            kept.AddRange(onlySecond);
            onlyFirst.Clear();
            onlySecond.Clear();
        }

        LineVerdict Duplicate(int index, int keptIndex, string reason) =>
            new(index + 1, lines[index], LineRole.Duplicate, reason, keptIndex + 1);
    }

    private static bool IsTruncationOf(string shorter, string longer) =>
        shorter.Length >= 20 && longer.Length > shorter.Length && longer.StartsWith(shorter, StringComparison.Ordinal);
}
