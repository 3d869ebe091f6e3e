using KnowledgeSite.Articles;
using KnowledgeSite.Tests.Support;
using static KnowledgeSite.Tests.WholeSite.ManyArticleSites;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>101 tiny generated articles, the first 60 of which use MMLU: pages that would grow with the corpus are capped or paginated.</summary>
public sealed class ManyArticlesFixture : IAsyncLifetime
{
    public const int Count = 101;
    public const int UsingTerm = 60;

    /// <summary>Every third article of those that use the term uses it twice (in both paragraphs).</summary>
    public IReadOnlyList<ScrapedArticle> Articles { get; } = Enumerable.Range(0, Count)
        .Select(i => ScrapedArticles.Generate(new ScrapeOptions(1000 + i, Paragraphs: 2, Headings: 0, Caption: false, TwoCopies: false,
            Include: i >= UsingTerm ? [] : i % 3 == 0 ? ["MMLU", "MMLU"] : ["MMLU"])))
        .ToList();

    /// <summary>This many articles (the first ones) have one argument and one translation note each: one more than an index page holds.</summary>
    public const int Edited = 26;

    public InMemorySite Site { get; private set; } = null!;

    private static string Editorial(ScrapedArticle a) => $"""
        -- input/articles/{a.Id}/arguments/first.md --
        ---
        title: The first paragraph of {a.Id}
        claim: What the first paragraph says.
        order: 1
        passages:
          - quote: "nomor {a.Options.Index}-1"
        ---
        -- input/articles/{a.Id}/notes/second.md --
        ---
        quote: "nomor {a.Options.Index}-2"
        kind: terminology
        source: s
        literal: number
        meaning: the second paragraph's number
        better: "angka"
        confidence: low
        ---

        """;

    public async Task InitializeAsync() =>
        Site = await InMemorySite.BuildAsync(
            string.Concat(Articles.Select((a, i) => a.Txtar($"{i:D3}.txt")))
            + string.Concat(Articles.Take(Edited).Select(Editorial)) + MmluEntry);

    public Task DisposeAsync() => Task.CompletedTask;
}

public class ManyArticlesPagingTests(ManyArticlesFixture many) : IClassFixture<ManyArticlesFixture>
{
    [Fact]
    public void A_term_used_by_60_articles_details_ten_lists_forty_and_links_to_the_full_list()
    {
        var site = many.Site;
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        var page = site.Html("glossary/mmlu.html");

        var detailed = page.QuerySelectorAll("section.term-usage").ToList();
        Assert.Equal(10, detailed.Count);
        Assert.All(detailed, g => Assert.Equal("2 uses", g.QuerySelector("h3 .category")!.TextContent));   // most uses first
        Assert.Equal(40, page.QuerySelectorAll("ul.article-counts li").Length);
        var more = Assert.Single(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "mmlu/articles.html");
        Assert.Contains("60", more.TextContent);

        var all = site.Html("glossary/mmlu/articles.html").QuerySelectorAll("ol.article-counts li").ToList();
        Assert.Equal(ManyArticlesFixture.UsingTerm, all.Count);
        var counts = all.Select(li => li.QuerySelector(".category")!.TextContent).ToList();
        Assert.Equal(20, counts.Count(c => c == "2 uses"));
        Assert.All(counts.Take(20), c => Assert.Equal("2 uses", c));
        Assert.All(counts.Skip(20), c => Assert.Equal("1 use", c));
    }

    [Fact]
    public void The_home_page_shows_the_first_hundred_articles_and_the_article_list_paginates()
    {
        var site = many.Site;
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        var articles = many.Articles;

        var home = site.Html("index.html");
        Assert.Equal(articles.Take(100).Select(a => a.Title), home.QuerySelectorAll("ol.article-list > li.article-summary a.article-title").Select(a => a.TextContent));
        var all = Assert.Single(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "articles/index.html" && a.TextContent.Contains("101"));
        Assert.NotNull(all);

        var first = site.Html("articles/index.html");
        Assert.Equal(100, first.QuerySelectorAll("ol.article-list > li.article-summary").Length);
        Assert.Contains(first.QuerySelectorAll("a"), a => a.GetAttribute("href") == "page-2.html");
        var second = site.Html("articles/page-2.html");
        Assert.Equal([articles[100].Title], second.QuerySelectorAll("ol.article-list > li.article-summary a.article-title").Select(a => a.TextContent));
        Assert.DoesNotContain(site.Result.Files, f => f.Path == "articles/page-3.html");
    }

    [Fact]
    public void The_site_wide_argument_and_note_indexes_group_by_article_25_articles_to_a_page()
    {
        var site = many.Site;
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        var edited = many.Articles.Take(ManyArticlesFixture.Edited).ToList();

        foreach (var (first, second, prefix) in new[] { ("arguments/index.html", "arguments/page-2.html", "arguments-"), ("notes/index.html", "notes/page-2.html", "notes-") })
        {
            var page1 = site.Html(first).QuerySelectorAll($"section > h2[id^='{prefix}']").Select(h => h.Id).ToList();
            var page2 = site.Html(second).QuerySelectorAll($"section > h2[id^='{prefix}']").Select(h => h.Id).ToList();
            Assert.Equal(edited.Take(25).Select(a => prefix + a.Id), page1);
            Assert.Equal([prefix + edited[25].Id], page2);
            Assert.Contains(site.Html(first).QuerySelectorAll("a"), a => a.GetAttribute("href") == "page-2.html");
        }
        // Each group leads to that article's own pages.
        var group = site.Html("arguments/index.html").QuerySelector($"#arguments-{edited[0].Id}")!.ParentElement!;
        Assert.Contains(group.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"../articles/{edited[0].Id}/arguments/first.html");
        Assert.Equal(ManyArticlesFixture.Count - ManyArticlesFixture.Edited, site.Diagnostics.Warnings.Count(w => w.Message.Contains("has no arguments yet")));
        var map = site.Html($"articles/{edited[0].Id}/arguments/first.html").QuerySelector(".passage-link")!.GetAttribute("href");
        Assert.Equal($"../../{edited[0].Id}.html#" + AnchorScheme.ParagraphBase(edited[0].Paragraphs[0]), map);
    }
}
