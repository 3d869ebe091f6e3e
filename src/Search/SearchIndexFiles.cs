using System.Text.Json;
using KnowledgeSite.Rendering;

namespace KnowledgeSite.Search;

/// <summary>
/// The search index as the files theme/assets/search.js loads, none before a reader first focuses a
/// search box: the manifest, which says which file holds what; then, per query word, the run of
/// keys it is in (or a prefix summary for the first letters typed); then, per result shown, the
/// chunk of documents it is in. An index too small to have first-letter summaries says so in its
/// manifest ("loadAll"), and the browser loads all of it with the manifest, as it once loaded the
/// index in one script. The manifest is written from the same lists as the files it names.
/// </summary>
public static class SearchIndexFiles
{
    public const string Folder = "assets/search-index/";
    public const string Manifest = "manifest";
    public const string ManifestPath = Folder + Manifest + ".js";

    public static string PathOf(string name) => Folder + name + ".js";

    public static IReadOnlyList<OutputFile> Write(IReadOnlyList<SearchDocument> documents, SearchShardSizes sizes)
    {
        var index = InvertedIndex.Build(documents);
        var runs = KeyRuns.Cut(index, sizes.RunBytes);
        var prefixes = PrefixSummaries.For(index, runs);
        var chunks = DocumentChunks.Cut(documents, sizes.ChunkBytes);

        var loadAll = !PrefixSummaries.CoversFirstLetters(runs.Count);
        var manifest = $"{{\"documents\":{documents.Count},\"loadAll\":{(loadAll ? "true" : "false")},\"runs\":{SearchScript.Strings(runs.Select(r => index.Keys[r.Start]))},"
            + $"\"prefixes\":{SearchScript.Strings(prefixes.Select(p => p.Prefix))},"
            + $"\"chunks\":[{string.Join(",", chunks.Select(c => c.First))}]}}";
        var names = ShardNames(runs.Count, prefixes.Count, chunks.Count).ToList();
        var payloads = runs.Select(r => RunJson(index, r))
            .Concat(prefixes.Select(p => SummaryJson(p, documents)))
            .Concat(chunks.Select(c => c.Documents.Json));
        return [Script(Manifest, manifest), .. names.Zip(payloads, Script)];
    }

    /// <summary>Every file the manifest names, in the order written: runs, prefix summaries, document chunks.</summary>
    public static IEnumerable<string> ShardNames(int runs, int prefixes, int chunks) =>
        Enumerable.Range(0, runs).Select(i => $"terms-{i}")
            .Concat(Enumerable.Range(0, prefixes).Select(i => $"prefix-{i}"))
            .Concat(Enumerable.Range(0, chunks).Select(i => $"docs-{i}"));

    /// <summary>The files a manifest (its data, as <see cref="SearchScript.Read"/> gives it) names.</summary>
    public static IEnumerable<string> ShardPaths(JsonElement manifest) =>
        ShardNames(manifest.GetProperty("runs").GetArrayLength(), manifest.GetProperty("prefixes").GetArrayLength(), manifest.GetProperty("chunks").GetArrayLength())
            .Select(PathOf);

    private static string RunJson(InvertedIndex index, Range run) =>
        $"{{\"keys\":{SearchScript.Strings(index.Keys.Take(run))},\"postings\":[{string.Join(",", index.Postings.Take(run).Select(p => p.Json))}]}}";

    private static string SummaryJson(PrefixSummary summary, IReadOnlyList<SearchDocument> documents)
    {
        var best = new DocumentList();
        foreach (var doc in summary.Best) best.Add(documents[doc]);
        return $"{{\"max\":{summary.Max.Json},\"exact\":{summary.Exact?.Json ?? "null"},\"best\":[{string.Join(",", summary.Best)}],\"shown\":{best.Json}}}";
    }

    private static OutputFile Script(string name, string json) => OutputFile.Text(PathOf(name), SearchScript.Write(name, json));
}
