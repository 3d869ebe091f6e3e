using System.Text;

namespace KnowledgeSite.Search;

/// <summary>The sorted keys cut into runs of consecutive keys, one file each, so that looking up a word loads one file.</summary>
public static class KeyRuns
{
    public static IReadOnlyList<Range> Cut(InvertedIndex index, int budget)
    {
        var runs = new List<Range>();
        var start = 0;
        long size = 0;
        for (var k = 0; k < index.Keys.Count; k++)
        {
            var entry = Encoding.UTF8.GetByteCount(SearchScript.String(index.Keys[k])) + index.Postings[k].JsonLength + 2;
            if (k > start && size + entry > budget)
            {
                runs.Add(start..k);
                start = k;
                size = 0;
            }
            size += entry;
        }
        if (index.Keys.Count > start) runs.Add(start..index.Keys.Count);
        return runs;
    }

    /// <summary>
    /// The runs the browser loads to find the keys that start with <paramref name="prefix"/>: the
    /// run it would be in as a key, then each next run whose first key starts with it. The same
    /// rule as in theme/assets/search.js; a prefix for which this gives more than
    /// <see cref="PrefixSummaries.MaxRunsPerPrefix"/> runs is summarised instead.
    /// </summary>
    /// <param name="firstKeys">Each run's first key, in order.</param>
    public static Range RunsFor(string prefix, IReadOnlyList<string> firstKeys)
    {
        var from = Math.Max(RunOf(prefix, firstKeys), 0);
        var to = from + 1;
        while (to < firstKeys.Count && firstKeys[to].StartsWith(prefix, StringComparison.Ordinal)) to++;
        return from..to;
    }

    /// <summary>The run a key belongs in: the last whose first key is not greater; -1 before the first.</summary>
    public static int RunOf(string key, IReadOnlyList<string> firstKeys)
    {
        int lo = 0, hi = firstKeys.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (string.CompareOrdinal(firstKeys[mid], key) <= 0) lo = mid + 1; else hi = mid - 1;
        }
        return hi;
    }
}
