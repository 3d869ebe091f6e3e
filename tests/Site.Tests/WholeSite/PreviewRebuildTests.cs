using System.Text;
using KnowledgeSite.Cleaning;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>
/// The preview rebuilds with what earlier builds of the same process made (cleaned seeds, parsed
/// pages). Whatever it reuses, each rebuild must give exactly the site and the messages a fresh build gives.
/// </summary>
public sealed class PreviewRebuildTests
{
    private static SourceFile Seed(string name, string text) => new("seeds/" + name, Encoding.UTF8.GetBytes(text));

    private static SourceTree Tree(params SourceFile[] seeds) => new(seeds, [], Repo.ThemeAssets());

    private static Task<BuildResult> Build(SourceTree tree, BuildOptions options) => SiteBuilder.BuildAsync(tree, options, new Diagnostics());

    private static void AssertSameSite(BuildResult fresh, BuildResult rebuilt)
    {
        Assert.True(fresh.Succeeded, string.Join(" | ", fresh.Diagnostics.All));
        Assert.Equal(fresh.Diagnostics.All.Select(d => d.ToString()), rebuilt.Diagnostics.All.Select(d => d.ToString()));
        Assert.Equal(fresh.Files.Select(f => f.Path), rebuilt.Files.Select(f => f.Path));
        foreach (var (a, b) in fresh.Files.Zip(rebuilt.Files))
            Assert.True(a.Bytes.AsSpan().SequenceEqual(b.Bytes), $"{a.Path} differs between a fresh build and a rebuild");
    }

    [Fact]
    public async Task Rebuilding_after_a_seed_changes_gives_the_same_site_as_a_fresh_build()
    {
        var first = ScrapedArticles.Generate(1, "MMLU");
        var second = ScrapedArticles.Generate(2, "GSM8K");
        var untitled = ScrapedArticles.Generate(new ScrapeOptions(3, TwoCopies: false)).Text;
        untitled = string.Join('\n', untitled.Split('\n').Where(line => !line.StartsWith("Sumber", StringComparison.Ordinal)));
        var options = new BuildOptions(ParsedPages: new(), CleanedSeeds: new());

        await Build(Tree(Seed("a.txt", first.Text), Seed("b.txt", second.Text), Seed("c.txt", untitled)), options);
        var edited = Tree(Seed("a.txt", first.Text), Seed("b.txt", second.Text.Replace(second.Paragraphs[0], "Paragraf yang baru ditulis ulang oleh editor.")), Seed("c.txt", untitled));
        var rebuilt = await Build(edited, options);

        AssertSameSite(await Build(edited, new BuildOptions()), rebuilt);
        Assert.Contains(rebuilt.Diagnostics.All, d => d.File == "seeds/c.txt" && d.Message.Contains("no title found"));
        var editedPage = KnowledgeSite.SiteModel.SitePaths.Article(rebuilt.Articles.Single(a => a.SeedPath == "seeds/b.txt").Slug);
        Assert.Contains("Paragraf yang baru ditulis ulang oleh editor.", rebuilt.Files.Single(f => f.Path == editedPage).AsText());
    }

    [Fact]
    public async Task Front_matter_read_before_is_reported_and_built_on_each_rebuild_as_by_a_fresh_build()
    {
        var seed = Seed("a.txt", ScrapedArticles.Generate(8, "MMLU").Text);
        SourceFile Page(string name, string frontMatter) =>
            new("input/pages/" + name, Encoding.UTF8.GetBytes($"---\n{frontMatter}\n---\nSome text of the page.\n"));
        SourceTree With(params SourceFile[] pages) => new([seed], pages, Repo.ThemeAssets());
        var good = Page("about.md", "title: About\norder: 1");
        var unknownField = Page("help.md", "title: Help\nsumary: a typo");
        var broken = Page("more.md", "title: [unclosed");
        var options = new BuildOptions(FrontMatter: new());

        // The same files twice, then one of them changed and fixed: each build says and makes what a fresh one does.
        foreach (var tree in new[] { With(good, unknownField, broken), With(good, unknownField, broken), With(good, unknownField, Page("more.md", "title: More")) })
        {
            var fresh = await Build(tree, new BuildOptions());
            var rebuilt = await Build(tree, options);
            Assert.Equal(fresh.Diagnostics.All.Select(d => d.ToString()), rebuilt.Diagnostics.All.Select(d => d.ToString()));
            Assert.Contains(rebuilt.Diagnostics.All, d => d.File == "input/pages/help.md" && d.Message.Contains("unknown field 'sumary'"));
            if (fresh.Succeeded) AssertSameSite(fresh, rebuilt);
        }
        var failed = await Build(With(good, unknownField, broken), options);
        Assert.Contains(failed.Diagnostics.Errors, d => d.File == "input/pages/more.md" && d.Message.Contains("not valid YAML"));
    }

    [Fact]
    public async Task A_seed_emptied_or_removed_between_rebuilds_is_not_brought_back()
    {
        var first = ScrapedArticles.Generate(4);
        var second = ScrapedArticles.Generate(5);
        var options = new BuildOptions(CleanedSeeds: new());
        await Build(Tree(Seed("a.txt", first.Text), Seed("b.txt", second.Text)), options);

        var emptied = await Build(Tree(Seed("a.txt", first.Text), Seed("b.txt", "  \n")), options);
        Assert.Contains(emptied.Diagnostics.Errors, d => d.File == "seeds/b.txt" && d.Message.Contains("empty"));

        var removed = await Build(Tree(Seed("a.txt", first.Text)), options);
        AssertSameSite(await Build(Tree(Seed("a.txt", first.Text)), new BuildOptions()), removed);
        Assert.Equal(["seeds/a.txt"], removed.Articles.Select(a => a.SeedPath));
    }

    [Fact]
    public void An_unchanged_seed_is_not_cleaned_again_and_a_changed_one_is()
    {
        var cache = new CleanedSeedCache();
        var first = ScrapedArticles.Generate(6);
        var second = ScrapedArticles.Generate(7);
        var before = CleanSeedsStage.Run([Seed("a.txt", first.Text), Seed("b.txt", second.Text)], new Diagnostics(), cache: cache);
        var after = CleanSeedsStage.Run([Seed("a.txt", first.Text), Seed("b.txt", second.Text + "\nKalimat tambahan di akhir artikel ini.\n")], new Diagnostics(), cache: cache);

        Assert.Same(before[0], after[0]);
        Assert.NotSame(before[1], after[1]);
    }
}
