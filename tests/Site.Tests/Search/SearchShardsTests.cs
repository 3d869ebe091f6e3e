using System.Text.Json;
using KnowledgeSite.Rendering;
using KnowledgeSite.Search;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.Search;

/// <summary>How the index is cut into the files the browser loads as a reader types.</summary>
public class SearchShardsTests
{
    private static readonly SearchShardSizes Small = new(RunBytes: 600, ChunkBytes: 1_500, WholeBytes: 0);

    /// <summary>Each generated article as its paragraphs, each paragraph a document of that article.</summary>
    private static List<SearchDocument> Articles(int count) =>
        [.. Enumerable.Range(1, count).Select(i => ScrapedArticles.Generate(i, "MMLU", "open source"))
            .SelectMany(a => a.Paragraphs.Select((p, n) => new SearchDocument("Paragraph", $"¶{n + 1} · {a.Title}", $"articles/{a.Id}.html#p-{n + 1}", p, "id", a.Title)))];

    private static Dictionary<string, string> ByPath(IEnumerable<OutputFile> files) => files.ToDictionary(f => f.Path, f => f.AsText());

    private static JsonElement Data(IReadOnlyDictionary<string, string> files, string name) => SearchScript.Read(files[SearchIndexFiles.PathOf(name)]).Data;

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>Postings as written: pairs of document and weight, each document the difference from the one before.</summary>
    private static List<(int Doc, int Weight)> Decode(JsonElement postings)
    {
        var numbers = postings.EnumerateArray().Select(n => n.GetInt32()).ToList();
        var entries = new List<(int, int)>();
        for (int i = 0, doc = 0; i < numbers.Count; i += 2) entries.Add((doc += numbers[i], numbers[i + 1]));
        return entries;
    }

    [Fact]
    public void At_a_thousand_articles_no_file_is_over_100_KB_and_every_first_letter_typed_loads_one_summary_not_the_whole_index()
    {
        var files = SearchIndexFiles.Write(Articles(1000), SearchShardSizes.Default);

        var largest = files.MaxBy(f => f.Bytes.Length)!;
        Assert.True(largest.Bytes.Length < 100_000, $"{largest.Path} is {largest.Bytes.Length} bytes");
        var index = ShippedSearchIndex.Read(ByPath(files).GetValueOrDefault!);
        var summarised = Strings(index.Manifest.GetProperty("prefixes"));
        Assert.All(index.Keys.Select(k => k[..1]).Distinct(), letter => Assert.Contains(letter, summarised));
        Assert.Empty(index.Manifest.GetProperty("included").EnumerateObject());
    }

    [Fact]
    public void Every_key_is_in_exactly_one_run_in_order_and_a_run_of_several_keys_keeps_to_its_budget()
    {
        var documents = Articles(20);
        var files = ByPath(SearchIndexFiles.Write(documents, Small));
        var runs = Enumerable.Range(0, Data(files, "manifest").GetProperty("runs").GetArrayLength()).Select(i => $"terms-{i}").ToList();

        Assert.True(runs.Count > 10, $"only {runs.Count} runs");
        Assert.Equal(InvertedIndex.Build(documents).Keys, runs.SelectMany(run => Strings(Data(files, run).GetProperty("keys"))));
        Assert.All(runs, run => Assert.True(Data(files, run).GetProperty("keys").GetArrayLength() == 1 || files[SearchIndexFiles.PathOf(run)].Length < Small.RunBytes + 100, run));
    }

    [Fact]
    public void A_prefix_is_summarised_when_its_keys_span_more_than_two_runs_with_each_documents_best_weight_among_them()
    {
        var documents = Articles(20);
        var index = InvertedIndex.Build(documents);
        var files = ByPath(SearchIndexFiles.Write(documents, Small));
        var manifest = Data(files, "manifest");
        var firstKeys = Strings(manifest.GetProperty("runs"));
        var summarised = Strings(manifest.GetProperty("prefixes"));

        Assert.True(summarised.Count(p => p.Length > 1) > 3, string.Join(" ", summarised));   // spanning prefixes, not only first letters
        var prefixes = index.Keys.Where(k => !InvertedIndex.IsName(k)).SelectMany(k => Enumerable.Range(1, k.Length).Select(n => k[..n])).Distinct(StringComparer.Ordinal);
        Assert.All(prefixes.Where(p => !summarised.Contains(p)),
            prefix => Assert.True(KeyRuns.RunsFor(prefix, firstKeys).GetOffsetAndLength(firstKeys.Count).Length <= PrefixSummaries.MaxRunsPerPrefix, prefix));
        for (var i = 0; i < summarised.Count; i++)
        {
            var summary = Data(files, $"prefix-{i}");
            var keys = index.Keys.Select((k, at) => (k, at)).Where(k => k.k.StartsWith(summarised[i], StringComparison.Ordinal) && !InvertedIndex.IsName(k.k)).ToList();
            var best = keys.SelectMany(k => index.Postings[k.at].Entries).GroupBy(e => e.Doc).Select(g => (g.Key, g.Max(e => e.Weight))).OrderBy(e => e.Key);
            Assert.Equal(best, Decode(summary.GetProperty("max")));
            Assert.Equal(index.Find(summarised[i])?.Entries.ToList(), summary.GetProperty("exact").ValueKind == JsonValueKind.Null ? null : Decode(summary.GetProperty("exact")));
        }
    }

    [Fact]
    public void The_chunks_hold_every_document_once_in_order_and_a_summary_carries_the_same_documents_it_ranks_first()
    {
        var documents = Articles(20);
        var files = ByPath(SearchIndexFiles.Write(documents, Small));
        var shipped = ShippedSearchIndex.Read(files.GetValueOrDefault!);

        Assert.True(shipped.Manifest.GetProperty("chunks").GetArrayLength() > 10);
        Assert.Equal(documents.Select(d => new ShippedDocument(d.Kind, d.Title, d.Url, d.Text, d.Language, d.Article)), shipped.Documents);
        for (var i = 0; i < shipped.Manifest.GetProperty("prefixes").GetArrayLength(); i++)
        {
            var summary = Data(files, $"prefix-{i}");
            var best = summary.GetProperty("best").EnumerateArray().Select(n => n.GetInt32()).ToList();
            Assert.InRange(best.Count, 1, PrefixSummaries.ShownWhileTyping);
            Assert.Equal(best.Select(n => shipped.Documents[n]), ShippedSearchIndex.DocumentsOf(summary.GetProperty("shown")));
        }
    }

    [Fact]
    public void The_spelling_list_lists_each_word_by_length_and_first_letter_and_by_length_and_last_letter()
    {
        var index = InvertedIndex.Build([new SearchDocument("Page", "Keuntungan", "p.html", "keuntungan model gpt4 ab", "en", Names: ["Keuntungan"])]);
        var entries = SpellingList.Entries(index);

        Assert.Contains("s10k keuntungan 1", entries);
        Assert.Contains("e10n keuntungan 1", entries);
        Assert.Contains("s05m model 1", entries);
        Assert.DoesNotContain(entries, e => e.Contains("gpt4", StringComparison.Ordinal) || e.Contains(" ab ", StringComparison.Ordinal) || e.Contains(InvertedIndex.NameMark));
        Assert.Equal(entries.Order(StringComparer.Ordinal), entries);
    }

    [Fact]
    public void A_document_is_found_by_its_name_as_a_key_that_no_prefix_of_a_word_counts()
    {
        var documents = new List<SearchDocument>
        {
            new("Term", "closed source (proprietary)", "t.html", "Closed source software.", "en", Names: ["closed source", "sumber tertutup"]),
            new("Argument", "Closed source wins", "a.html", "closed closed closed source source", "en", Names: ["Closed source wins"]),
        };
        var index = InvertedIndex.Build(documents);

        Assert.Equal([0], index.Find(InvertedIndex.NameKey("Closed Source"))!.Entries.Select(e => e.Doc));
        Assert.Equal([0], index.Find(InvertedIndex.NameKey("sumber tertutup"))!.Entries.Select(e => e.Doc));
        Assert.Equal([1], index.Find(InvertedIndex.NameKey("closed source wins"))!.Entries.Select(e => e.Doc));
        Assert.DoesNotContain(index.WordsStartingWith("clo"), p => p == index.Find(InvertedIndex.NameKey("closed source")));
    }

    [Fact]
    public void The_manifest_names_exactly_the_files_written()
    {
        var files = SearchIndexFiles.Write(Articles(20), Small);
        var manifest = SearchScript.Read(files.Single(f => f.Path == SearchIndexFiles.ManifestPath).AsText()).Data;

        Assert.Equal(files.Select(f => f.Path).Order(StringComparer.Ordinal),
            SearchIndexFiles.ShardPaths(manifest).Append(SearchIndexFiles.ManifestPath).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(5)]      // small enough for the shipped sizes
    [InlineData(200)]    // any size, cut as the whole index
    public void An_index_within_its_whole_size_is_one_script_the_manifest_with_one_run_and_one_chunk_in_it_and_the_spelling_list_apart(int articles)
    {
        var documents = Articles(articles);
        var files = ByPath(SearchIndexFiles.Write(documents, articles < 10 ? SearchShardSizes.Default : SearchShardSizes.Whole));
        var manifest = Data(files, "manifest");

        // The spelling list, read only when a query finds nothing, stays out of the manifest loaded on focus.
        Assert.Equal([SearchIndexFiles.ManifestPath], files.Keys.Where(path => !path.Contains("/spell-", StringComparison.Ordinal)));
        Assert.Equal(files.Keys.Count - 1, manifest.GetProperty("spelling").GetArrayLength());
        Assert.Equal(["terms-0", "docs-0"], manifest.GetProperty("included").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, manifest.GetProperty("prefixes").GetArrayLength());
        var shipped = ShippedSearchIndex.Read(files.GetValueOrDefault!);
        Assert.Equal(InvertedIndex.Build(documents).Keys, shipped.Keys);
        Assert.Equal(documents.Count, shipped.Documents.Count);
    }
}
