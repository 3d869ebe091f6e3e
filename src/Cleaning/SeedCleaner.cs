namespace KnowledgeSite.Cleaning;

/// <summary>
/// Cleans one scraped seed in three passes — metadata and boilerplate, duplicate copy, block
/// kinds — and records a verdict for every raw line.
/// </summary>
public static class SeedCleaner
{
    public static CleanedSeed Clean(string seedPath, string text)
    {
        var lines = text.Split('\n').Select(SeedPatterns.NormaliseSpace).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0 && text.EndsWith('\n'))
            lines.RemoveAt(lines.Count - 1); // the final newline ends the last line; it is not a line of its own

        var meta = MetadataFinder.Mark(lines);
        var verdicts = meta.Verdicts;

        var content = new List<int>();
        var segmentStarts = new HashSet<int>();
        var afterMetadata = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (verdicts[i] is null)
            {
                if (afterMetadata && content.Count > 0) segmentStarts.Add(content.Count);
                afterMetadata = false;
                content.Add(i);
            }
            else if (verdicts[i]!.Role != LineRole.Blank)
            {
                afterMetadata = true;
            }
        }

        var merged = CopyMerger.Merge(lines, content, segmentStarts);
        foreach (var (index, verdict) in merged.Dropped)
            verdicts[index] = verdict;

        var twinOf = merged.Dropped.Values.Where(d => d.KeptAs is not null)
            .GroupBy(d => d.KeptAs!.Value).ToDictionary(g => g.Key, g => g.First().Number);
        var blocks = BlockClassifier.Classify(merged.KeptIndexes.Select(i => lines[i]).ToList());
        var kept = new List<KeptLine>(blocks.Count);
        for (var k = 0; k < blocks.Count; k++)
        {
            var index = merged.KeptIndexes[k];
            var (role, blockText, reason) = blocks[k];
            if (merged.Copies is { } copies)
                reason += CopyNote(index + 1, copies, twinOf);
            verdicts[index] = new LineVerdict(index + 1, lines[index], role, reason);
            kept.Add(new KeptLine(index + 1, blockText, role));
        }

        return new CleanedSeed(seedPath, meta.Title, meta.Outlet, meta.Disclaimer, kept,
            verdicts.Select(v => v!).ToList(), merged.Copies);
    }

    private static string CopyNote(int number, CopyRanges copies, IReadOnlyDictionary<int, int> twinOf)
    {
        if (twinOf.TryGetValue(number, out var twin)) return $"; also line {twin} of the other copy";
        var inFirst = number <= copies.FirstEnd;
        return inFirst ? "; only the first copy has this line" : "; only the second copy has this line";
    }
}
