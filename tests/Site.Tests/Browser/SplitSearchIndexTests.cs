using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;
using KnowledgeSite.Search;
using KnowledgeSite.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeSite.Tests.Browser;

/// <summary>
/// The real seed plus 60 generated articles, built in memory and written three times, each with
/// its search index cut another way: as the build ships it, cut small (dozens of runs, prefix
/// summaries several letters deep, dozens of document chunks) and whole (one run, one chunk).
/// </summary>
public sealed class SplitSearchIndexSites : IAsyncLifetime
{
    public static readonly SearchShardSizes Small = new(RunBytes: 4_000, ChunkBytes: 4_000, WholeBytes: 0);

    private readonly TestProject project = TestProject.WithRealSeed();

    public string Shipped => Path.Combine(project.Root, "shipped");
    public string Split => Path.Combine(project.Root, "split");
    public string Whole => Path.Combine(project.Root, "whole");

    public async Task InitializeAsync()
    {
        // Long enough articles that the shipped index, over 512 KB, is cut too.
        foreach (var i in Enumerable.Range(1, 60))
            project.Write($"seeds/{i:000}_generated.txt", ScrapedArticles.Generate(new ScrapeOptions(i, Paragraphs: 12, Include: ["MMLU", "open source", "Llama 2", "harga kubis"])).Text);
        var diagnostics = new Diagnostics();
        var build = await SiteBuilder.BuildAsync(SourceReader.Read(project.Root, diagnostics), new BuildOptions(), diagnostics);
        if (!build.Succeeded) throw new InvalidOperationException("the site did not build:\n" + string.Join("\n", diagnostics.All));

        var documents = SearchDocuments.From(build.Site!);
        var pages = build.Files.Where(f => !f.Path.StartsWith(SearchIndexFiles.Folder, StringComparison.Ordinal)).ToList();
        Write(Shipped, build.Files);
        Write(Split, [.. pages, .. SearchIndexFiles.Write(documents, Small)]);
        Write(Whole, [.. pages, .. SearchIndexFiles.Write(documents, SearchShardSizes.Whole)]);
    }

    public int Files(string site, string kind) =>
        Directory.EnumerateFiles(Path.Combine(site, SearchIndexFiles.Folder), kind + "-*.js").Count();

    private static void Write(string folder, IEnumerable<Rendering.OutputFile> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    public Task DisposeAsync()
    {
        project.Dispose();
        return Task.CompletedTask;
    }
}

[Collection(BrowserCollection.Name)]
public class SplitSearchIndexTests(BrowserFixture browser, SplitSearchIndexSites sites) : IClassFixture<SplitSearchIndexSites>
{
    // Single letters, prefixes, whole words, stemmed forms, case and diacritics, several words,
    // glossary terms, a word finished with a space (no prefix), and queries with no hit.
    private static readonly string[] Queries =
    [
        "k", "p", "m", "t", "s", "a", "z", "7",
        "ke", "pe", "pen", "peng", "pengem", "mod", "tekno", "kecerd",
        "model", "harga", "pasar", "perusahaan", "pengembang",
        "untung", "keuntungan", "KEUNTUNGAN", "Kéuntüngan", "kompresi", "dikompresi", "Teknologi",
        "harga kubis", "model bahasa", "sumber terbuka", "open source", "perusahaan teknologi besar", "model p",
        "MMLU", "mmlu", "Llama 2", "GSM8K", "distillation",
        "model ", "data ", "pen ",
        "zzqxv", "model zzqxv",
        // Names ranked first, and queries corrected: a letter missing, swapped, replaced, letters and
        // digits run together, words that match but not together.
        "closed source", "sumber tertutup", "Llama 2", "keuntugan", "kuentungan", "pengembagn", "GPT4", "llama2", "lama 2", "perusahan teknologi",
    ];

    private static readonly string[] NoHit = ["pen ", "zzqxv", "model zzqxv"];   // "pen" is no word of its own

    /// <summary>Every query's full ranked result list (kind, title, address, article, text), from the site's own search.js in the page.</summary>
    private async Task<List<string[]>> ResultsAsync(string site)
    {
        await using var watched = await browser.OpenAsync();
        await watched.Page.GotoAsync(new Uri(Path.Combine(site, "search.html")).AbsoluteUri);
        var results = await watched.Page.EvaluateAsync<string[][]>("""
            async queries => {
              const all = [];
              for (const q of queries)
                {
                const found = await KnowledgeSearch.search(q, 100000);
                all.push([`total ${found.total}, suggestion ${found.suggestion || "none"}`, ...found.map(r => [r.kind, r.title, r.url, r.article, r.text].join(" | "))]);
              }
              return all;
            }
            """, Queries);
        Assert.Empty(watched.Problems);
        return [.. results];
    }

    [Fact]
    public async Task The_split_index_ranks_every_query_exactly_as_the_whole_index_does()
    {
        Assert.True(sites.Files(sites.Split, "terms") > 20 && sites.Files(sites.Split, "prefix") > 40 && sites.Files(sites.Split, "docs") > 20);
        Assert.True(sites.Files(sites.Shipped, "prefix") > 20, "the shipped index should be cut, with first-letter summaries");
        var whole = await ResultsAsync(sites.Whole);
        var split = await ResultsAsync(sites.Split);
        var shipped = await ResultsAsync(sites.Shipped);

        var differences = new List<string>();
        for (var q = 0; q < Queries.Length; q++)
        {
            if ((whole[q].Length == 1) != NoHit.Contains(Queries[q])) differences.Add($"\"{Queries[q]}\": {whole[q].Length - 1} results in the whole index");
            foreach (var (name, cut) in new[] { ("split", split), ("shipped", shipped) })
                if (!cut[q].SequenceEqual(whole[q]))
                    differences.Add($"\"{Queries[q]}\" ({name}): {cut[q].Length} results against {whole[q].Length}; first difference at "
                        + Enumerable.Range(0, Math.Max(cut[q].Length, whole[q].Length)).First(i => i >= cut[q].Length || i >= whole[q].Length || cut[q][i] != whole[q][i]));
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Contains(whole[Array.IndexOf(Queries, "untung")], r => r.Contains("keuntungan", StringComparison.Ordinal));
        Assert.StartsWith("total", whole[Array.IndexOf(Queries, "keuntugan")][0], StringComparison.Ordinal);
        Assert.EndsWith("suggestion keuntungan", whole[Array.IndexOf(Queries, "keuntugan")][0], StringComparison.Ordinal);
        Assert.StartsWith("Term | closed source", whole[Array.IndexOf(Queries, "closed source")][1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_loads_before_the_box_is_used_and_the_first_letter_loads_one_file_after_the_manifest()
    {
        await using var watched = await browser.OpenAsync();
        var page = watched.Page;
        var loaded = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/" + SearchIndexFiles.Folder, StringComparison.Ordinal)) lock (loaded) loaded.Add(request.Url[(request.Url.LastIndexOf('/') + 1)..]);
        };
        await page.GotoAsync(new Uri(Path.Combine(sites.Shipped, "index.html")).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
        lock (loaded) Assert.Empty(loaded);

        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("k");
        await Assertions.Expect(page.Locator(".search-popup [role=option]:not(.search-see-all)")).ToHaveCountAsync(PrefixSummaries.ShownWhileTyping);
        await Assertions.Expect(page.Locator(".search-popup .result-article").First).ToContainTextAsync("in ");
        lock (loaded) Assert.Equal(["manifest.js", "prefix-"], loaded.Select(f => f.StartsWith("prefix-", StringComparison.Ordinal) ? "prefix-" : f));
        Assert.Empty(watched.Problems);
    }
}
