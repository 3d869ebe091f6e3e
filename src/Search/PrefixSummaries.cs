using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Search;

/// <summary>
/// What a short prefix matches, computed here: while a reader types a word, every key it starts
/// counts, and for "k" those are a tenth of the index. Summarised, "k" loads one small file.
/// Summarised are every first letter and the prefixes whose keys span more than
/// <see cref="PrefixSummaries.MaxRunsPerPrefix"/> runs.
/// </summary>
/// <param name="Max">Per document, the highest weight of any key that starts with the prefix: all the browser ranks a prefix by.</param>
/// <param name="Exact">The postings of the prefix as a key of its own, if it is one, so the first letters typed need no run.</param>
/// <param name="Named">The documents named exactly the prefix (<see cref="InvertedIndex.NameKey"/>), so the first letters typed need no run for them either.</param>
/// <param name="Best">The documents the search box shows for the prefix typed alone, best first; the summary carries them, so those results need no chunk.</param>
public sealed record PrefixSummary(string Prefix, Posting Max, Posting? Exact, Posting? Named, IReadOnlyList<int> Best);

public static class PrefixSummaries
{
    /// <summary>The most runs the browser loads for one prefix; a prefix whose keys span more is summarised.</summary>
    public const int MaxRunsPerPrefix = 2;

    /// <summary>How many results the search box in the header shows (theme/assets/search.js).</summary>
    public const int ShownWhileTyping = 8;

    /// <param name="runs">The runs of <paramref name="index"/>'s keys, in order.</param>
    public static IReadOnlyList<PrefixSummary> For(InvertedIndex index, IReadOnlyList<Range> runs)
    {
        var firstKeys = runs.Select(r => index.Keys[r.Start]).ToList();
        // A prefix spans a run boundary only if it starts that run's first key, so those are the candidates.
        var spanning = firstKeys.SelectMany(key => Enumerable.Range(1, key.Length).Select(length => key[..length]))
            .Where(prefix => KeyRuns.RunsFor(prefix, firstKeys).GetOffsetAndLength(firstKeys.Count).Length > MaxRunsPerPrefix);
        // Every first letter too: the first keystroke then loads one file, with its results' documents.
        var prefixes = spanning.Concat(index.Keys.Where(k => !InvertedIndex.IsName(k)).Select(FirstLetter)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // Each summary reads the index only, so both cores make them, each into its own place.
        var summaries = new PrefixSummary[prefixes.Count];
        Parallel.For(0, prefixes.Count, i =>
        {
            var prefix = prefixes[i];
            var max = Posting.Max(index.WordsStartingWith(prefix));
            var exact = index.Find(prefix);
            var named = index.Find(InvertedIndex.NameKey(prefix));
            summaries[i] = new PrefixSummary(prefix, max, exact, named, Best(max, exact, index.Find(IndonesianStemmer.Stem(prefix)), named));
        });
        return summaries;
    }

    private static string FirstLetter(string key) => key[..(char.IsSurrogatePair(key, 0) ? 2 : 1)];

    /// <summary>How much a document named exactly what was typed gains in theme/assets/search.js: more than any sum of weights, so it comes first.</summary>
    public const double NamedBonus = 1e6;

    // Per worker thread, each document's score so far (0: not scored), emptied after each use: a first letter's
    // summary ranks a tenth of all documents, and a dictionary of them per prefix grew with the site.
    [ThreadStatic] private static double[]? t_scores;

    /// <summary>The ranking of theme/assets/search.js for one word being typed: an exact key (the word or its stem) counts twice a key the word starts, a document named the word comes first; ties go to the earlier document.</summary>
    private static IReadOnlyList<int> Best(Posting max, Posting? exact, Posting? stem, Posting? named)
    {
        var scores = t_scores ?? [];
        var scored = new List<int>(max.Entries.Count);
        foreach (var (doc, weight) in max.Entries) Raise(doc, weight);
        foreach (var posting in new[] { exact, stem }.OfType<Posting>())
            foreach (var (doc, weight) in posting.Entries)
                Raise(doc, 2 * weight);
        foreach (var (doc, _) in named?.Entries ?? [])
            if (doc < scores.Length && scores[doc] > 0) scores[doc] += NamedBonus;
        // The best few of what can be a tenth of all documents: kept in order as they come, not all sorted.
        var best = new List<(double Score, int Doc)>(ShownWhileTyping + 1);
        foreach (var doc in scored)
        {
            BestFew.Offer(best, (scores[doc], doc), ShownWhileTyping, default(HigherScoreThenEarlier));
            scores[doc] = 0;
        }
        t_scores = scores;
        return [.. best.Select(b => b.Doc)];

        void Raise(int doc, double score)
        {
            if (doc >= scores.Length) Array.Resize(ref scores, Math.Max(doc + 1, scores.Length * 2));
            if (scores[doc] == 0) scored.Add(doc);
            scores[doc] = Math.Max(scores[doc], score);
        }
    }

    private readonly struct HigherScoreThenEarlier : IRanking<(double Score, int Doc)>
    {
        public bool Ahead((double Score, int Doc) candidate, (double Score, int Doc) other) =>
            candidate.Score > other.Score || (candidate.Score == other.Score && candidate.Doc < other.Doc);
    }
}
