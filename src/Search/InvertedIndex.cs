using System.Runtime.InteropServices;

namespace KnowledgeSite.Search;

/// <summary>
/// Every search key with the documents it occurs in, built here so the browser only stems the query.
/// Every word is a key twice: as written (normalised: lower case, no diacritics) and by its
/// Indonesian stem, so "kompresi" finds "dikompresi" and a half-typed word finds its prefix.
/// Words in a title weigh <see cref="TitleWeight"/> times a word in the text. Each of a document's
/// <see cref="SearchDocument.Names"/> is a key too (<see cref="NameKey"/>), so that a query that
/// names the document exactly can rank it first.
/// </summary>
public sealed class InvertedIndex
{
    public const int TitleWeight = 5;

    /// <summary>Ends a name key: no word holds it, and keys that end with it are no word a prefix can match.</summary>
    public const char NameMark = '\u0001';

    /// <summary>The key of a name: its normalised words, space-separated, then <see cref="NameMark"/> (the same in theme/assets/search.js).</summary>
    public static string NameKey(string name) => string.Join(" ", SearchText.TokenSpans(name).Select(t => t.Token)) + NameMark;

    public static bool IsName(string key) => key.Length > 0 && key[^1] == NameMark;

    /// <summary>In ordinal order, the order in which the browser compares strings.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The postings of <see cref="Keys"/>, in the same order.</summary>
    public IReadOnlyList<Posting> Postings { get; }

    private InvertedIndex(IReadOnlyList<string> keys, IReadOnlyList<Posting> postings)
    {
        Keys = keys;
        Postings = postings;
    }

    // Normalised word → its stem. The same words recur across documents and across the preview's
    // rebuilds, stemming is pure, and the keys double as the one string kept per word.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    public static InvertedIndex Build(IReadOnlyList<SearchDocument> documents)
    {
        // Each document's keys on every core, counted in one dictionary per worker that is emptied after each
        // document (a fresh one per document grew and re-hashed itself a dozen times: most of the stage's garbage);
        // then the postings, appended in document order, so each is ascending.
        var weightsPerDocument = new KeyValuePair<string, int>[documents.Count][];
        Parallel.For(0, documents.Count, () => new Dictionary<string, int>(StringComparer.Ordinal), (d, _, weights) =>
        {
            Add(weights, documents[d].Title, TitleWeight);
            Add(weights, documents[d].Text, 1);
            foreach (var name in documents[d].Names)
                if (NameKey(name) is { Length: > 1 } key) weights[key] = 1;
            weightsPerDocument[d] = [.. weights];
            weights.Clear();
            return weights;
        }, _ => { });
        var postings = new Dictionary<string, List<(int Doc, int Weight)>>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
            foreach (var (key, weight) in weightsPerDocument[d])
                (postings.TryGetValue(key, out var docs) ? docs : postings[key] = []).Add((d, weight));
        var keys = postings.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        return new InvertedIndex(keys, [.. keys.Select(k => new Posting(postings[k]))]);

        static void Add(Dictionary<string, int> weights, string text, int weight)
        {
            var known = Stems.GetAlternateLookup<ReadOnlySpan<char>>();
            var buffer = new char[64];
            for (var at = 0; SearchText.NextWord(text, ref at, ref buffer, out _, out var length);)
            {
                if (!known.TryGetValue(buffer.AsSpan(0, length), out var word, out var stem))
                {
                    word = new string(buffer, 0, length);
                    stem = Stems.GetOrAdd(word, IndonesianStemmer.Stem);
                }
                CollectionsMarshal.GetValueRefOrAddDefault(weights, word, out _) += weight;
                if (stem != word) CollectionsMarshal.GetValueRefOrAddDefault(weights, stem, out _) += weight;
            }
        }
    }

    /// <summary>Where the keys that start with <paramref name="prefix"/> are: a contiguous stretch of <see cref="Keys"/>, names included.</summary>
    public Range KeysStartingWith(string prefix)
    {
        var start = LowerBound(prefix);
        var end = start;
        while (end < Keys.Count && Keys[end].StartsWith(prefix, StringComparison.Ordinal)) end++;
        return start..end;
    }

    /// <summary>The postings of the words (not names) that start with <paramref name="prefix"/>.</summary>
    public IEnumerable<Posting> WordsStartingWith(string prefix)
    {
        var range = KeysStartingWith(prefix);
        for (var k = range.Start.Value; k < range.End.Value; k++)
            if (!IsName(Keys[k])) yield return Postings[k];
    }

    public Posting? Find(string key)
    {
        var at = LowerBound(key);
        return at < Keys.Count && Keys[at] == key ? Postings[at] : null;
    }

    /// <summary>The position of the first key not less than <paramref name="key"/>.</summary>
    private int LowerBound(string key)
    {
        int lo = 0, hi = Keys.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (string.CompareOrdinal(Keys[mid], key) < 0) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}

/// <summary>The documents one key (or one prefix) occurs in, in ascending order, each with its weight there.</summary>
public sealed class Posting(IReadOnlyList<(int Doc, int Weight)> entries)
{
    private int jsonLength = -1;

    public IReadOnlyList<(int Doc, int Weight)> Entries { get; } = entries;

    /// <summary>The bytes <see cref="WriteJson"/> writes, counted without writing them.</summary>
    public int JsonLength => jsonLength >= 0 ? jsonLength : jsonLength = CountJson();

    /// <summary>
    /// Flat pairs of document and weight, each document as the difference from the one before it:
    /// the numbers stay short, which roughly halves the size of the common words' lists.
    /// </summary>
    public void WriteJson(ScriptBytes script)
    {
        script.Ascii("[");
        var previous = 0;
        for (var i = 0; i < Entries.Count; i++)
        {
            if (i > 0) script.Ascii(",");
            script.Number(Entries[i].Doc - previous).Ascii(",").Number(Entries[i].Weight);
            previous = Entries[i].Doc;
        }
        script.Ascii("]");
    }

    private int CountJson()
    {
        var length = Entries.Count == 0 ? 2 : 2 * Entries.Count + 1; // brackets, and a comma inside and after each pair but the last
        var previous = 0;
        foreach (var (doc, weight) in Entries)
        {
            length += Digits(doc - previous) + Digits(weight);
            previous = doc;
        }
        return length;
    }

    /// <summary>The characters <see cref="ScriptBytes.Number"/> writes for <paramref name="value"/>.</summary>
    private static int Digits(int value)
    {
        value.TryFormat(stackalloc char[11], out var written, provider: System.Globalization.CultureInfo.InvariantCulture);
        return written;
    }

    // Per worker thread, the best weight so far of each document number (0: none yet), emptied after each use.
    [ThreadStatic] private static int[]? t_best;

    /// <summary>Per document, the highest weight any of <paramref name="postings"/> gives it.</summary>
    /// <remarks>
    /// A first letter's summary merges a tenth of the index, so this counts in an array indexed by document
    /// and sorts only the documents it touched, or, when they are many, reads the array in order; a dictionary
    /// and a sort of its pairs made the prefix summaries grow with the square of the site (10,000 articles: 3.4 s).
    /// </remarks>
    public static Posting Max(IEnumerable<Posting> postings)
    {
        var best = t_best ?? [];
        var touched = new List<int>();
        foreach (var posting in postings)
            foreach (var (doc, weight) in posting.Entries)
            {
                if (doc >= best.Length) Array.Resize(ref best, Math.Max(doc + 1, best.Length * 2));
                if (weight <= best[doc]) continue;
                if (best[doc] == 0) touched.Add(doc);
                best[doc] = weight;
            }
        var entries = new (int Doc, int Weight)[touched.Count];
        if (touched.Count > best.Length / 8)
        {
            // Many documents (a first letter's): read in order, the array is already sorted, so it is read, not the list sorted.
            for (int doc = 0, n = 0; n < entries.Length; doc++)
                if (best[doc] != 0)
                {
                    entries[n++] = (doc, best[doc]);
                    best[doc] = 0;
                }
        }
        else
        {
            touched.Sort();
            for (var i = 0; i < touched.Count; i++)
            {
                entries[i] = (touched[i], best[touched[i]]);
                best[touched[i]] = 0;
            }
        }
        t_best = best;
        return new Posting(entries);
    }
}
