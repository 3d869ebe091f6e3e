using KnowledgeSite.Pipeline;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>Search box, search page, theme toggle, backlinks, sitemap and canonical links on a small site.</summary>
public class ReaderFurnitureTests
{
    private const string Site = """
        -- seeds/a.txt --
        Judul Uji
        Sumber: Media
        Perusahaan mendapat keuntungan dari MMLU.

        -- input/glossary/mmlu.md --
        ---
        term: MMLU
        category: benchmark
        forms: [MMLU]
        ---
        A benchmark.
        -- input/pages/about.md --
        ---
        title: About
        ---
        See [the glossary entry](../glossary/mmlu.md).
        """;

    [Fact]
    public async Task Every_page_has_a_search_box_that_works_without_script_by_going_to_the_search_page()
    {
        var site = await InMemorySite.BuildAsync(Site);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));

        foreach (var (path, root) in new[] { ("index.html", ""), ("glossary/mmlu.html", "../"), ("articles/judul-uji.html", "../") })
        {
            var page = site.Html(path);
            var form = page.QuerySelector("header form[role=search]")!;
            Assert.Equal(root + "search.html", form.GetAttribute("action"));
            Assert.Equal("q", form.QuerySelector("input")!.GetAttribute("name"));
            Assert.Equal(root, page.DocumentElement.GetAttribute("data-root"));
            Assert.NotNull(page.QuerySelector($"script[src='{root}assets/search.js']"));
        }
        var search = site.Html("search.html");
        Assert.Contains("needs JavaScript", search.QuerySelector("noscript")!.InnerHtml);
        Assert.Contains(search.QuerySelectorAll(".search-indexes a"), a => a.GetAttribute("href") == "glossary/index.html");
        Assert.Contains("keuntungan", ShippedSearchIndex.Read(site.Text).Keys);
    }

    [Fact]
    public async Task The_theme_menu_is_hidden_until_its_script_runs_and_the_theme_script_loads_before_the_styles()
    {
        var page = (await InMemorySite.BuildAsync(Site)).Html("index.html");

        Assert.True(page.QuerySelector(".theme-choice")!.HasAttribute("hidden"));
        Assert.Equal(["system", "light", "dark"], page.QuerySelectorAll("#theme-choice option").Select(o => o.GetAttribute("value")));
        var head = page.Head!.Children.Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? e.LocalName).ToList();
        Assert.True(head.IndexOf("assets/theme.js") < head.IndexOf("assets/site.css"));
    }

    [Fact]
    public async Task A_term_page_lists_the_pages_that_refer_to_it()
    {
        var site = await InMemorySite.BuildAsync(Site);
        var backlinks = site.Html("glossary/mmlu.html").QuerySelectorAll(".backlinks a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("../about.html", backlinks);              // a Markdown link
        Assert.Contains("../articles/judul-uji.html", backlinks); // a glossary link in the article
    }

    [Fact]
    public async Task Navigation_is_not_a_reference_a_neighbour_reached_by_previous_and_next_is_not_listed()
    {
        var site = await InMemorySite.BuildAsync(Site + """

            -- input/glossary/gsm8k.md --
            ---
            term: GSM8K
            category: benchmark
            forms: [GSM8K]
            ---
            Grade-school maths.
            """);
        Assert.Equal("mmlu.html", site.Html("glossary/gsm8k.html").QuerySelector("a[rel=next]")!.GetAttribute("href"));

        var backlinks = site.Html("glossary/mmlu.html").QuerySelectorAll(".backlinks a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain("gsm8k.html", backlinks);           // only its previous/next link leads here
        Assert.Contains("index.html", backlinks);                 // the glossary index lists the term in its content
        Assert.DoesNotContain("../search.html", backlinks);
    }

    [Fact]
    public async Task Sitemap_canonical_and_open_graph_urls_appear_only_with_a_base_url()
    {
        var plain = await InMemorySite.BuildAsync(Site);
        Assert.DoesNotContain(plain.Result.Files, f => f.Path == "sitemap.xml");
        Assert.Null(plain.Html("about.html").QuerySelector("link[rel=canonical]"));
        Assert.Equal("About", plain.Html("about.html").QuerySelector("meta[property='og:title']")!.GetAttribute("content"));

        var withBase = await InMemorySite.BuildAsync(Site, new BuildOptions(BaseUrl: "https://example.org/project/"));
        Assert.Equal("https://example.org/project/about.html", withBase.Html("about.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var sitemap = withBase.Text("sitemap.xml");
        Assert.Contains("<loc>https://example.org/project/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/project/glossary/mmlu.html</loc>", sitemap);
        Assert.DoesNotContain("404.html", sitemap);
    }

    [Fact]
    public async Task Language_changes_in_editorial_text_are_marked_for_screen_readers()
    {
        var site = await InMemorySite.BuildAsync(Site.Replace("See [the glossary entry](../glossary/mmlu.md).",
            "The article says *mendapat keuntungan* and *something else*; the idiom 两把刷子 means skill."));
        var body = site.Html("about.html").QuerySelector("main")!;

        var ems = body.QuerySelectorAll("em").ToList();
        Assert.Equal("id", ems.Single(e => e.TextContent == "mendapat keuntungan").GetAttribute("lang"));
        Assert.Null(ems.Single(e => e.TextContent == "something else").GetAttribute("lang"));
        Assert.Equal("两把刷子", body.QuerySelector("[lang='zh-Hans']")!.TextContent);
    }

    [Fact]
    public async Task Term_pages_have_breadcrumbs_and_previous_next_in_alphabetical_order()
    {
        var site = await InMemorySite.BuildAsync(Site + "\n" + """
            -- input/glossary/aardvark.md --
            ---
            term: Perusahaan
            category: concept
            forms: [Perusahaan]
            ---
            A company.
            """);

        var mmlu = site.Html("glossary/mmlu.html");
        Assert.Equal(["../index.html", "index.html"], mmlu.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
        Assert.Equal("MMLU", mmlu.QuerySelector(".breadcrumbs [aria-current=page]")!.TextContent);
        Assert.Equal("aardvark.html", mmlu.QuerySelector("a[rel=next]")!.GetAttribute("href"));   // M… before P…
        Assert.Null(mmlu.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task Every_published_page_offers_the_whole_site_to_download_for_offline_reading()
    {
        var site = await InMemorySite.BuildAsync(Site, new BuildOptions(BaseUrl: "https://example.org/project"));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        Assert.Contains(site.Result.Files, f => f.Path == "site.zip");

        // Absolute, so that it still leads to the zip from a copy unpacked from it.
        foreach (var page in site.Result.Files.Where(f => f.IsHtml))
            Assert.Equal("https://example.org/project/site.zip", site.Html(page.Path).QuerySelector("footer a[download]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_build_not_for_publishing_is_itself_the_offline_copy_so_it_offers_no_zip()
    {
        var site = await InMemorySite.BuildAsync(Site);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));

        Assert.DoesNotContain(site.Result.Files, f => f.Path == "site.zip");
        Assert.All(site.Result.Files.Where(f => f.IsHtml), page => Assert.Null(site.Html(page.Path).QuerySelector("footer a[download]")));
    }
}
