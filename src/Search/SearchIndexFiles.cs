using System.Text.Json;
using KnowledgeSite.Rendering;

namespace KnowledgeSite.Search;

/// <summary>
/// The search index as the files theme/assets/search.js loads, none before a reader first focuses a
/// search box: the manifest, which says which file holds what; then, per query word, the run of
/// keys it is in (or a prefix summary for the first letters typed); then, per result shown, the
/// chunk of documents it is in; and, only when a query finds nothing, the pieces of the spelling list
/// (<see cref="SpellingList"/>) its words need. An index within <see cref="SearchShardSizes.WholeBytes"/> is not
/// cut: its one run and one chunk are included in the manifest, one script as the index once was (the
/// spelling list stays in files of its own either way: most searches never need it).
/// The manifest is written from the same lists as the files it names.
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
        // The documents' text alone, at a byte or more a character, already outgrows a whole index: skip writing it.
        var mayFitWhole = documents.Sum(d => (long)Math.Min(d.Text.Length, DocumentList.SnippetSource)) <= sizes.WholeBytes;
        var whole = mayFitWhole ? Pieces.Of(index, documents, int.MaxValue, int.MaxValue, summarise: false) : null;
        return whole is not null && whole.Bytes <= sizes.WholeBytes ? whole.Files(included: true)
            : Pieces.Of(index, documents, sizes.RunBytes, sizes.ChunkBytes, summarise: true).Files(included: false);
    }

    /// <summary>Every piece the manifest names, in the order written: runs, prefix summaries, document chunks, spelling pieces.</summary>
    public static IEnumerable<string> ShardNames(int runs, int prefixes, int chunks, int spelling) =>
        Enumerable.Range(0, runs).Select(i => $"terms-{i}")
            .Concat(Enumerable.Range(0, prefixes).Select(i => $"prefix-{i}"))
            .Concat(Enumerable.Range(0, chunks).Select(i => $"docs-{i}"))
            .Concat(Enumerable.Range(0, spelling).Select(i => $"spell-{i}"));

    /// <summary>The files a manifest (its data, as <see cref="SearchScript.Read"/> gives it) names: its pieces but those it includes.</summary>
    public static IEnumerable<string> ShardPaths(JsonElement manifest) =>
        ShardNames(manifest.GetProperty("runs").GetArrayLength(), manifest.GetProperty("prefixes").GetArrayLength(), manifest.GetProperty("chunks").GetArrayLength(),
                manifest.GetProperty("spelling").GetArrayLength())
            .Where(name => !manifest.GetProperty("included").TryGetProperty(name, out _))
            .Select(PathOf);

    /// <summary>The index cut one way: what each piece holds, and the manifest written from the same lists.</summary>
    private sealed class Pieces
    {
        private readonly List<ScriptPiece> shards;
        private readonly List<ScriptPiece> spelling;
        private readonly string manifest;

        private Pieces(List<ScriptPiece> shards, List<ScriptPiece> spelling, string manifest)
        {
            this.shards = shards;
            this.spelling = spelling;
            this.manifest = manifest;
        }

        /// <summary>The bytes of every piece's data together.</summary>
        public long Bytes => shards.Sum(s => (long)s.Json.Length);

        public static Pieces Of(InvertedIndex index, IReadOnlyList<SearchDocument> documents, int runBytes, int chunkBytes, bool summarise)
        {
            var runs = KeyRuns.Cut(index, runBytes);
            var prefixes = summarise ? PrefixSummaries.For(index, runs) : [];
            var chunks = DocumentChunks.Cut(documents, chunkBytes);
            var spelling = SpellingList.Cut(SpellingList.Entries(index), SearchShardSizes.Default.ChunkBytes);
            var manifest = $"\"documents\":{documents.Count},"
                + $"\"runs\":{SearchScript.Strings(runs.Select(r => index.Keys[r.Start]))},"
                + $"\"prefixes\":{SearchScript.Strings(prefixes.Select(p => p.Prefix))},"
                + $"\"chunks\":[{string.Join(",", chunks.Select(c => c.First))}],"
                + $"\"spelling\":{SearchScript.Strings(spelling.Select(p => p[0]))}";
            var payloads = runs.Select(r => (Action<ScriptBytes>)(script => WriteRun(script, index, r)))
                .Concat(prefixes.Select(p => (Action<ScriptBytes>)(script => WriteSummary(script, p, documents))))
                .Concat(chunks.Select(c => (Action<ScriptBytes>)c.Documents.WriteJson))
                .Concat(spelling.Select(entries => (Action<ScriptBytes>)(script => script.Ascii("{\"entries\":").Strings(entries).Ascii("}"))))
                .ToArray();
            var names = ShardNames(runs.Count, prefixes.Count, chunks.Count, spelling.Count).ToArray();
            // Each piece reads the index only and is written into its own thread's buffer, so both cores write them.
            var pieces = new ScriptPiece[names.Length];
            Parallel.For(0, pieces.Length, i => pieces[i] = SearchScript.Compose(names[i], payloads[i]));
            return new Pieces([.. pieces[..^spelling.Count]], [.. pieces[^spelling.Count..]], manifest);
        }

        /// <param name="included">Whether the pieces go into the manifest instead of files of their own.</param>
        public IReadOnlyList<OutputFile> Files(bool included)
        {
            var manifestScript = SearchScript.Compose(Manifest, script =>
            {
                script.Ascii("{").Json(manifest).Ascii(",\"included\":{");
                for (var i = 0; included && i < shards.Count; i++)
                {
                    if (i > 0) script.Ascii(",");
                    script.String(shards[i].Name).Ascii(":").Utf8(shards[i].Json);
                }
                script.Ascii("}}");
            });
            return [File(manifestScript), .. included ? [] : shards.Select(File), .. spelling.Select(File)];
        }

        private static void WriteRun(ScriptBytes script, InvertedIndex index, Range run)
        {
            script.Ascii("{\"keys\":").Strings(index.Keys.Take(run)).Ascii(",\"postings\":[");
            var (start, length) = run.GetOffsetAndLength(index.Keys.Count);
            for (var k = start; k < start + length; k++)
            {
                if (k > start) script.Ascii(",");
                index.Postings[k].WriteJson(script);
            }
            script.Ascii("]}");
        }

        private static void WriteSummary(ScriptBytes script, PrefixSummary summary, IReadOnlyList<SearchDocument> documents)
        {
            var best = new DocumentList();
            foreach (var doc in summary.Best) best.Add(documents[doc]);
            script.Ascii("{\"max\":");
            summary.Max.WriteJson(script);
            script.Ascii(",\"exact\":");
            WriteOrNull(summary.Exact);
            script.Ascii(",\"named\":");
            WriteOrNull(summary.Named);
            script.Ascii(",\"best\":[");
            for (var i = 0; i < summary.Best.Count; i++)
            {
                if (i > 0) script.Ascii(",");
                script.Number(summary.Best[i]);
            }
            script.Ascii("],\"shown\":");
            best.WriteJson(script);
            script.Ascii("}");

            void WriteOrNull(Posting? posting)
            {
                if (posting is null) script.Ascii("null");
                else posting.WriteJson(script);
            }
        }

        private static OutputFile File(ScriptPiece piece) => new(PathOf(piece.Name), piece.Script);
    }
}
