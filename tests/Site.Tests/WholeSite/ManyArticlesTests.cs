using KnowledgeSite.Articles;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Tests.Support;
using static KnowledgeSite.Tests.WholeSite.ManyArticleSites;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>Sites with several articles: each article's editorial folder, its own quotes, the shared glossary, and the editor's mistakes.</summary>
public class ManyArticlesTests
{
    [Fact]
    public async Task A_note_in_one_articles_folder_resolves_there_alone_although_other_articles_have_the_phrase()
    {
        var site = await InMemorySite.BuildAsync(ThreeSeeds + Editorial);
        Assert.True(site.Result.Succeeded, Problems(site));

        var b = site.Html("articles/kabar-kedua.html");
        var marker = Assert.Single(b.QuerySelectorAll(".note-ref"));
        Assert.Contains("harga kubis", b.QuerySelectorAll("p.para")[0].TextContent);
        Assert.Same(b.QuerySelectorAll("p.para")[0], marker.Closest("p.para"));
        Assert.Contains("harga sangat murah", b.QuerySelectorAll("ins.better").Select(i => i.TextContent));
        foreach (var other in new[] { "articles/kabar-pertama.html", "articles/kabar-ketiga.html" })
        {
            var page = site.Html(other);
            Assert.Empty(page.QuerySelectorAll(".note-ref"));
            Assert.Empty(page.QuerySelectorAll("ins.better"));
        }
        Assert.Contains(site.Html("articles/kabar-kedua/notes/harga-kubis.html").QuerySelectorAll("h2"), h => h.TextContent.Trim() == "Where it occurs in Kabar Kedua");
        var note = site.Text("articles/kabar-kedua/notes/harga-kubis.html");
        Assert.Contains("kabar-kedua.html#nref-", note);
        Assert.DoesNotContain("kabar-pertama.html#", note);
        Assert.DoesNotContain("kabar-ketiga.html#", note);
    }

    [Fact]
    public async Task An_arguments_passages_land_on_its_own_articles_page_even_when_the_phrase_is_in_other_articles()
    {
        var site = await InMemorySite.BuildAsync(ThreeSeeds + Editorial);
        Assert.True(site.Result.Succeeded, Problems(site));
        Assert.DoesNotContain(site.Diagnostics.All, d => d.Message.Contains("occurs") && d.Message.Contains("times"));

        // "harga kubis" is in all three articles; "dengan harga kubis" in the first two: neither is ambiguous.
        var rises = site.Html("articles/kabar-ketiga/arguments/prices-rise.html");
        Assert.Equal("../../kabar-ketiga.html#" + AnchorScheme.ParagraphBase("Di kota ini harga kubis naik lagi."),
            rises.QuerySelector(".passage-link")!.GetAttribute("href"));
        var greens = site.Html("articles/kabar-pertama/arguments/cheap-greens.html");
        Assert.Equal("../../kabar-pertama.html#" + AnchorScheme.ParagraphBase("Petani menjual sayur dengan harga kubis di pasar pagi."),
            greens.QuerySelector(".passage-link")!.GetAttribute("href"));

        Assert.Equal(["kabar-ketiga/arguments/prices-rise.html"],
            site.Html("articles/kabar-ketiga.html").QuerySelectorAll(".para-args a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["kabar-pertama/arguments/cheap-greens.html"],
            site.Html("articles/kabar-pertama.html").QuerySelectorAll(".para-args a").Select(a => a.GetAttribute("href")));
        Assert.Empty(site.Html("articles/kabar-kedua.html").QuerySelectorAll(".para-args a"));
    }

    [Fact]
    public async Task The_home_page_lists_every_article_with_its_counts_and_thesis_and_each_article_lists_its_related_ones()
    {
        var site = await InMemorySite.BuildAsync(ThreeSeeds + Editorial);
        Assert.True(site.Result.Succeeded, Problems(site));
        var home = site.Html("index.html");

        var items = home.QuerySelectorAll("ol.article-list > li.article-summary").ToList();
        Assert.Equal(["Kabar Pertama", "Kabar Kedua", "Kabar Ketiga"], items.Select(li => li.QuerySelector("a.article-title")!.TextContent));
        Assert.Equal(["articles/kabar-pertama.html", "articles/kabar-kedua.html", "articles/kabar-ketiga.html"],
            items.Select(li => li.QuerySelector("a.article-title")!.GetAttribute("href")));
        var meta = items.Select(li => Collapse(li.QuerySelector("p.article-meta")!.TextContent)).ToList();
        Assert.Contains("2 paragraphs", meta[0]);
        Assert.Contains("1 argument", meta[0]);
        Assert.Contains("3 paragraphs", meta[1]);
        Assert.Contains("1 translation note", meta[1]);
        Assert.Contains("no arguments yet", meta[1]);
        Assert.Equal("Greens are cheap at the morning market.", items[0].QuerySelector("p.article-thesis")!.TextContent);
        Assert.Null(items[1].QuerySelector("p.article-thesis"));

        var related = site.Html("articles/kabar-pertama.html").QuerySelector("section.related-articles")!;
        var titles = related.QuerySelectorAll("li > a[lang]").Select(a => a.TextContent).ToList();
        Assert.Equal(["Kabar Kedua", "Kabar Ketiga"], titles);
        Assert.Contains(related.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../glossary/mmlu.html");
    }

    [Fact]
    public async Task An_article_with_no_editorial_files_gets_its_pages_a_place_on_the_home_page_and_in_search_and_a_warning()
    {
        var bare = ScrapedArticles.Generate(new ScrapeOptions(5, Include: ["MMLU"]));
        var txtar = ThreeSeeds + Editorial + bare.Txtar("d.txt");
        var site = await InMemorySite.BuildAsync(txtar);
        Assert.True(site.Result.Succeeded, Problems(site));

        Assert.Equal(bare.Paragraphs, Paragraphs(site.Html($"articles/{bare.Id}.html")));
        Assert.Contains(bare.Title, site.Html($"provenance/{bare.Id}.html").Title);
        Assert.Contains(bare.Title, site.Html("index.html").QuerySelectorAll("li.article-summary a.article-title").Select(a => a.TextContent));

        var warning = Assert.Single(site.Diagnostics.Warnings, w => w.Message.Contains("has no arguments yet") && w.Message.Contains(bare.Title));
        Assert.Contains("seeds/d.txt", warning.Message);
        Assert.Contains($"input/articles/{bare.Id}/arguments/", warning.Fix);

        var docs = ShippedSearchIndex.Read(site.Text).Documents
            .Where(d => d.Kind == "Paragraph" && d.Url.StartsWith($"articles/{bare.Id}.html#", StringComparison.Ordinal)).ToList();
        Assert.Equal(bare.Paragraphs, docs.Select(d => d.Text));
        Assert.All(docs, d => Assert.Equal(bare.Title, d.Article));

        var strict = await InMemorySite.BuildAsync(txtar, new BuildOptions(Strict: true));
        Assert.False(strict.Result.Succeeded);
        Assert.Contains(strict.Diagnostics.Errors, e => e.Message.Contains("has no arguments yet") && e.Message.Contains(bare.Title));
        Assert.Empty(strict.Result.Files);
    }

    [Fact]
    public async Task A_term_page_groups_its_occurrences_by_article_with_counts_most_uses_first()
    {
        var once = ScrapedArticles.Generate(11, "MMLU");
        var thrice = ScrapedArticles.Generate(12, "MMLU", "MMLU", "MMLU");
        var twice = ScrapedArticles.Generate(13, "MMLU", "MMLU");
        var site = await InMemorySite.BuildAsync(once.Txtar("a.txt") + thrice.Txtar("b.txt") + twice.Txtar("c.txt") + MmluEntry);
        Assert.True(site.Result.Succeeded, Problems(site));
        var page = site.Html("glossary/mmlu.html");

        var groups = page.QuerySelectorAll("section.term-usage").ToList();
        Assert.Equal([thrice.Title, twice.Title, once.Title], groups.Select(g => g.QuerySelector("h3 a")!.TextContent));
        Assert.Equal([$"../articles/{thrice.Id}.html", $"../articles/{twice.Id}.html", $"../articles/{once.Id}.html"],
            groups.Select(g => g.QuerySelector("h3 a")!.GetAttribute("href")));
        Assert.Equal(["3 uses", "2 uses", "1 use"], groups.Select(g => g.QuerySelector("h3 .category")!.TextContent));
        Assert.Equal([3, 2, 1], groups.Select(g => g.QuerySelectorAll("ol.occurrences li").Length));
        // Each context links into its own article.
        Assert.All(groups[0].QuerySelectorAll("ol.occurrences li a"), a => Assert.StartsWith($"../articles/{thrice.Id}.html#p-", a.GetAttribute("href")));
        Assert.Contains("6 occurrences in 3 articles, most uses first.", Collapse(page.QuerySelector("#in-articles")!.NextElementSibling!.TextContent));
    }

    [Fact]
    public async Task Search_says_which_article_each_paragraph_argument_and_note_is_in()
    {
        var site = await InMemorySite.BuildAsync(ThreeSeeds + Editorial);
        Assert.True(site.Result.Succeeded, Problems(site));
        var docs = ShippedSearchIndex.Read(site.Text).Documents;
        string? ArticleOf(string url) => docs.Single(d => d.Url == url).Article;

        Assert.Equal("Kabar Ketiga", ArticleOf("articles/kabar-ketiga/arguments/prices-rise.html"));
        Assert.Equal("Kabar Pertama", ArticleOf("articles/kabar-pertama/arguments/cheap-greens.html"));
        Assert.Equal("Kabar Kedua", ArticleOf("articles/kabar-kedua/notes/harga-kubis.html"));
        Assert.Equal("Kabar Kedua", ArticleOf("articles/kabar-kedua.html#" + AnchorScheme.ParagraphBase("Semua pihak sepakat bahwa kualitas data itu penting.")));
        Assert.Null(ArticleOf("glossary/mmlu.html"));   // a term belongs to no one article
        Assert.Equal(7, docs.Count(d => d.Kind == "Paragraph"));
    }

    [Fact]
    public async Task A_term_used_more_than_three_times_in_one_article_links_to_that_articles_terms_page_for_the_rest()
    {
        var often = ScrapedArticles.Generate(14, "MMLU", "MMLU", "MMLU", "MMLU", "MMLU");
        var rarely = ScrapedArticles.Generate(15, "MMLU");
        var site = await InMemorySite.BuildAsync(often.Txtar("a.txt") + rarely.Txtar("b.txt") + MmluEntry);
        Assert.True(site.Result.Succeeded, Problems(site));

        var first = site.Html("glossary/mmlu.html").QuerySelectorAll("section.term-usage")[0];
        Assert.Equal(3, first.QuerySelectorAll("ol.occurrences li").Length);
        Assert.Equal($"../articles/{often.Id}/terms.html#term-mmlu", first.QuerySelector("p.more a")!.GetAttribute("href"));
        var terms = site.Html($"articles/{often.Id}/terms.html");
        var section = terms.GetElementById("term-mmlu")!.ParentElement!;
        Assert.Equal("5 uses", section.QuerySelector(".category")!.TextContent);
        Assert.Equal(5, section.QuerySelectorAll("ol.occurrences li").Length);
        Assert.All(section.QuerySelectorAll("ol.occurrences li a"), a => Assert.StartsWith($"../{often.Id}.html#p-", a.GetAttribute("href")));
    }
}
