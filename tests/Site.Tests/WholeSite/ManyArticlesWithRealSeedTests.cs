using KnowledgeSite.CommandLine;
using KnowledgeSite.Tests.Support;
using static KnowledgeSite.Tests.WholeSite.ManyArticleSites;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>The real seed with its editorial layer, plus two generated scrapes (one CRLF with a BOM, one with a single copy), built with the real command twice.</summary>
public sealed class RealSeedPlusGeneratedFixture : IAsyncLifetime
{
    public TestProject Project { get; } = TestProject.WithRealSeed();

    public ScrapedArticle Crlf { get; } = ScrapedArticles.Generate(new ScrapeOptions(21, Crlf: true, Bom: true, Include: ["MMLU", "GSM8K", "harga kubis"]));

    public ScrapedArticle SingleCopy { get; } = ScrapedArticles.Generate(new ScrapeOptions(22, TwoCopies: false, Headings: 1, Include: ["GSM8K"]));

    public CommandResult First { get; private set; } = null!;
    public CommandResult Second { get; private set; } = null!;

    public const string RealId = "model-besar-sumber-terbuka-tidak-dapat-mematikan-sumber-tertutup";

    public async Task InitializeAsync()
    {
        Project.WriteBytes("seeds/100_crlf.txt", Crlf.Bytes);
        Project.WriteBytes("seeds/200_single.txt", SingleCopy.Bytes);
        First = await Project.RunAsync("--quiet");
        Second = await Project.RunAsync("--output", "second", "--quiet");
    }

    public Task DisposeAsync()
    {
        Project.Dispose();
        return Task.CompletedTask;
    }
}

public class ManyArticlesWithRealSeedTests(RealSeedPlusGeneratedFixture site) : IClassFixture<RealSeedPlusGeneratedFixture>
{
    [Fact]
    public void The_build_succeeds_with_no_edit_to_the_editorial_layer()
    {
        Assert.True(site.First.ExitCode == 0, site.First.All);
        Assert.Equal(TestProject.Snapshot(Path.Combine(Repo.Root, "input")), TestProject.Snapshot(Path.Combine(site.Project.Root, "input")));
        Assert.True(File.Exists(Path.Combine(site.Project.Output, $"articles/{site.Crlf.Id}.html")));
        Assert.True(File.Exists(Path.Combine(site.Project.Output, $"articles/{site.SingleCopy.Id}.html")));
    }

    [Fact]
    public void Every_paragraph_of_every_article_appears_exactly_once_and_on_its_own_articles_page()
    {
        Assert.True(site.First.ExitCode == 0, site.First.All);
        var ids = new[] { RealSeedPlusGeneratedFixture.RealId, site.Crlf.Id, site.SingleCopy.Id };
        var pages = ids.ToDictionary(id => id, id => site.Project.Html($"articles/{id}.html"));
        var paragraphs = pages.ToDictionary(p => p.Key, p => p.Value.QuerySelectorAll(".article-body p.para").Select(ParagraphText).ToList());

        foreach (var generated in new[] { site.Crlf, site.SingleCopy })
        {
            Assert.Equal(generated.Paragraphs, paragraphs[generated.Id]);
            Assert.Equal(generated.Headings, pages[generated.Id].QuerySelectorAll(".article-body h2:not(.visually-hidden)").Select(h => Collapse(VisibleText.Of(h))));
            Assert.Equal([generated.Caption!], pages[generated.Id].QuerySelectorAll(".article-body figcaption").Select(f => Collapse(VisibleText.Of(f))));
        }
        Assert.Equal(52, paragraphs[RealSeedPlusGeneratedFixture.RealId].Count);

        var everywhere = paragraphs.SelectMany(p => p.Value).ToList();
        foreach (var (id, own) in paragraphs)
            foreach (var text in own)
                Assert.True(everywhere.Count(t => t == text) == 1, $"on {id} and elsewhere too, or twice: {text}");
    }

    [Fact]
    public void The_old_seeds_argument_and_note_pages_are_still_there()
    {
        Assert.True(site.First.ExitCode == 0, site.First.All);
        var id = RealSeedPlusGeneratedFixture.RealId;
        foreach (var path in new[]
        {
            $"articles/{id}.html", $"provenance/{id}.html", $"articles/{id}/arguments/index.html",
            $"articles/{id}/arguments/closed-source-quality.html", $"articles/{id}/notes/index.html", $"articles/{id}/notes/harga-kubis.html",
            $"articles/{id}/terms.html", "articles/index.html", "arguments/index.html", "notes/index.html", "glossary/mmlu.html",
        })
            Assert.True(File.Exists(Path.Combine(site.Project.Output, path)), $"missing {path}");

        // The real note on "harga kubis" still marks the real article only, though a new article has the phrase too.
        Assert.Contains("harga kubis", string.Join(" ", site.Crlf.Paragraphs));
        Assert.Empty(site.Project.Html($"articles/{site.Crlf.Id}.html").QuerySelectorAll(".note-ref"));
    }

    [Fact]
    public void The_home_page_lists_the_three_articles_and_every_link_on_it_resolves()
    {
        Assert.True(site.First.ExitCode == 0, site.First.All);
        var home = site.Project.Html("index.html");

        Assert.Equal(3, home.QuerySelectorAll("ol.article-list > li.article-summary").Length);
        Assert.Contains(home.QuerySelectorAll("a.article-title"), a => a.GetAttribute("href") == $"articles/{site.Crlf.Id}.html");
        var hrefs = home.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')).ToList();
        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs)
        {
            Assert.DoesNotContain("://", href);
            Assert.True(File.Exists(Path.Combine(site.Project.Output, href.Split('#')[0])), $"index.html links to a missing {href}");
        }
    }

    [Fact]
    public void Building_twice_gives_byte_identical_output()
    {
        Assert.True(site.First.ExitCode == 0, site.First.All);
        Assert.True(site.Second.ExitCode == 0, site.Second.All);
        var first = TestProject.Snapshot(site.Project.Output);
        var second = TestProject.Snapshot(Path.Combine(site.Project.Root, "second"));

        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first)
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between two builds");
    }
}
