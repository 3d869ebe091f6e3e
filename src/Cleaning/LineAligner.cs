namespace KnowledgeSite.Cleaning;

/// <summary>One step of an alignment of two line sequences: a pair, or a line only one side has.</summary>
public readonly record struct AlignedPair(int? First, int? Second);

/// <summary>
/// Aligns two sequences of lines by their longest common subsequence, the classic diff. The
/// scrape's two copies differ by a few lines (a caption, a truncation), so the alignment says
/// which lines are the same paragraph and which exist in one copy only.
/// </summary>
public static class LineAligner
{
    public static int CommonCount(IReadOnlyList<string> a, IReadOnlyList<string> b) => Table(a, b)[0, 0];

    public static IReadOnlyList<AlignedPair> Align(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var lcs = Table(a, b);
        var result = new List<AlignedPair>(Math.Max(a.Count, b.Count));
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            if (a[i] == b[j]) { result.Add(new(i++, j++)); }
            else if (lcs[i + 1, j] >= lcs[i, j + 1]) { result.Add(new(i++, null)); }
            else { result.Add(new(null, j++)); }
        }
        while (i < a.Count) result.Add(new(i++, null));
        while (j < b.Count) result.Add(new(null, j++));
        return result;
    }

    /// <summary>lcs[i, j] = length of the longest common subsequence of a[i..] and b[j..].</summary>
    private static int[,] Table(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
            for (var j = b.Count - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        return lcs;
    }
}
