using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeSite.Cleaning;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>Builds the real seed with the real command into a temp folder, once, and checks the site a reader gets.</summary>
public sealed class RealSiteFixture : IAsyncLifetime
{
    public TestProject Project { get; } = TestProject.WithRealSeed();
    public CommandResult Build { get; private set; } = null!;
    public string ArticlePath { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Build = await Project.RunAsync();
        ArticlePath = Directory.EnumerateFiles(Path.Combine(Project.Output, "articles")).Single();
    }

    public Task DisposeAsync()
    {
        Project.Dispose();
        return Task.CompletedTask;
    }
}

public class RealSeedTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    private IDocument Article => new HtmlParser().ParseDocument(File.ReadAllText(site.ArticlePath));

    private static string Collapse(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    [Fact]
    public void The_build_succeeds_and_reports_what_it_cleaned()
    {
        Assert.True(site.Build.ExitCode == 0, site.Build.All);
        Assert.Contains("52 paragraphs, 6 headings, 1 caption kept", site.Build.Stdout);
        Assert.Contains("the article occurs twice", site.Build.Stdout);
        Assert.Contains("boilerplate", site.Build.Stdout);
        Assert.Matches(@"Built \d+ pages", site.Build.Stdout);
    }

    [Fact]
    public void Every_content_line_of_the_raw_scrape_appears_exactly_once_on_the_article_page()
    {
        // Independent of the cleaner: take the raw lines, drop only what is plainly not article text.
        var raw = File.ReadAllLines(Repo.SeedPath).Select(Collapse).Where(l => l.Length > 0).ToList();
        var title = raw[raw.FindIndex(l => l.StartsWith("Sumber:", StringComparison.Ordinal)) - 1];
        var content = raw.Where(l => l != "Lihat Asli" && !l.StartsWith("This page may contain", StringComparison.Ordinal)
                                     && !l.StartsWith("Sumber:", StringComparison.Ordinal) && l != title)
                         .Select(l => l.Trim('*', ' ')).Distinct().ToList();

        var blocks = Article.QuerySelectorAll(".article-body p.para, .article-body h2:not(.visually-hidden), .article-body h3, .article-body figcaption")
            .Select(e => Collapse(e is { LocalName: "p" } ? VisibleText.Of(e)[(e.QuerySelector(".para-link")!.TextContent.Length)..] : VisibleText.Of(e)))
            .ToList();

        Assert.Equal(59, content.Count);
        foreach (var line in content)
            Assert.True(blocks.Count(b => b == line) == 1, $"expected exactly once on the article page: {line}");
        Assert.Equal(content.Count, blocks.Count);
    }

    [Fact]
    public void The_article_has_52_paragraphs_6_headings_and_the_caption_and_is_marked_indonesian()
    {
        var article = Article;
        Assert.Equal(52, article.QuerySelectorAll(".article-body p.para").Length);
        // Three sections, the first with three sub-points (index.md's 'subheadings').
        Assert.Equal(["Pergi ke industri, pergi ke industri", "Pergi ke massa, pergi ke massa", "Biskuit sandwich, mau kemana?"],
            article.QuerySelectorAll(".article-body h2:not(.visually-hidden)").Select(h => VisibleText.Of(h).Trim()));
        Assert.Equal(3, article.QuerySelectorAll(".article-body h3").Length);
        Assert.All(article.QuerySelectorAll(".article-body h3"), h => Assert.StartsWith("Dalam hal", VisibleText.Of(h).Trim()));
        Assert.StartsWith("(LeCun", article.QuerySelector(".article-body figcaption")!.TextContent);
        Assert.Equal("id", article.QuerySelector(".article-body")!.GetAttribute("lang"));
        Assert.Equal("id", article.QuerySelector("h1")!.GetAttribute("lang"));
    }

    [Fact]
    public void Every_paragraph_has_a_unique_anchor_and_a_permalink_to_itself()
    {
        var paragraphs = Article.QuerySelectorAll("p.para").ToList();
        var ids = paragraphs.Select(p => p.Id!).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(paragraphs, p => Assert.Equal("#" + p.Id, p.QuerySelector("a.para-link")!.GetAttribute("href")));
        var allIds = Article.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(allIds.Count, allIds.Distinct().Count());
    }

    [Fact]
    public void Every_internal_link_and_fragment_resolves_from_disk()
    {
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(site.Project.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count >= 4);
        foreach (var page in pages)
        {
            var doc = parser.ParseDocument(File.ReadAllText(page));
            foreach (var href in doc.QuerySelectorAll("a[href], link[href], script[src], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal)) continue;
                Assert.DoesNotContain("://", href);
                Assert.False(href.StartsWith('/'), $"{page}: root-relative link {href}");
                var parts = href.Split('#', 2);
                var target = parts[0].Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, parts[0]));
                Assert.True(File.Exists(target), $"{page}: {href} → missing {target}");
                if (parts.Length == 2)
                    Assert.True(parser.ParseDocument(File.ReadAllText(target)).GetElementById(parts[1]) is not null, $"{page}: {href} → no id {parts[1]}");
            }
        }
    }

    [Fact]
    public void No_page_loads_anything_from_outside_the_site()
    {
        foreach (var page in Directory.EnumerateFiles(site.Project.Output, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html") || f.EndsWith(".css")))
        {
            var text = File.ReadAllText(page);
            Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", text.Replace("rel=\"canonical\"", ""));
            Assert.DoesNotContain("@import", text);
            Assert.DoesNotMatch(@"url\(\s*['""]?(https?:)?//", text);
        }
    }

    [Fact]
    public void The_home_page_leads_to_the_article_and_the_provenance_page()
    {
        var home = site.Project.Html("index.html");
        var links = home.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(links, l => l!.StartsWith("articles/", StringComparison.Ordinal) && l.EndsWith(".html", StringComparison.Ordinal));
        Assert.Contains(links, l => l!.StartsWith("provenance/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_provenance_page_accounts_for_every_raw_line_and_quotes_the_disclaimer()
    {
        var provenance = site.Project.Html("provenance/" + Path.GetFileName(site.ArticlePath));
        var rawLines = File.ReadAllText(Repo.SeedPath).Split('\n');
        var rows = provenance.QuerySelectorAll("table.lines tbody tr").ToList();

        Assert.Equal(rawLines.Length, rows.Count);
        Assert.Equal(58, rows.Count(r => r.TextContent.Contains("dropped: duplicate")));
        Assert.Equal(2, rows.Count(r => r.TextContent.Contains("dropped: boilerplate")));
        Assert.Contains("third-party content", provenance.QuerySelector("blockquote.disclaimer")!.TextContent);
        Assert.Contains("Badan Cerebropolar", provenance.QuerySelector(".facts")!.TextContent);
        // a kept paragraph's row links to its anchor on the article page
        var row12 = provenance.GetElementById("line-12")!;
        Assert.Contains(row12.QuerySelectorAll("a"), a => Regex.IsMatch(a.GetAttribute("href")!, @"^\.\./articles/.+\.html#p-[0-9a-f]{6}$"));
    }
}

public class RealArgumentsTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    [Fact]
    public void The_shipped_arguments_cover_every_paragraph_and_build_without_warnings_about_them()
    {
        Assert.DoesNotContain("belong to no argument", site.Build.All);
        Assert.DoesNotContain(site.Build.All.Split('\n'), line => line.StartsWith("input/articles/", StringComparison.Ordinal));
        var article = new HtmlParser().ParseDocument(File.ReadAllText(site.ArticlePath));
        Assert.All(article.QuerySelectorAll(".para-row"), row => Assert.NotNull(row.QuerySelector(".para-args a")));
    }

    [Fact]
    public void Every_passage_link_lands_on_a_paragraph_that_contains_the_quote()
    {
        var parser = new HtmlParser();
        var argumentPages = Directory.EnumerateFiles(Path.Combine(Path.ChangeExtension(site.ArticlePath, null), "arguments"), "*.html").Where(f => !f.EndsWith("index.html")).ToList();
        Assert.InRange(argumentPages.Count, 16, 24);
        foreach (var page in argumentPages)
        {
            var doc = parser.ParseDocument(File.ReadAllText(page));
            foreach (var item in doc.QuerySelectorAll(".passages li"))
            {
                var quote = item.QuerySelector("blockquote")!.TextContent.Trim();
                var href = item.QuerySelector("a.passage-link")!.GetAttribute("href")!.Split('#');
                var target = parser.ParseDocument(File.ReadAllText(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, href[0]))));
                var paragraph = target.GetElementById(href[1]);
                Assert.NotNull(paragraph);
                Assert.Contains(quote, VisibleText.Of(paragraph!));
            }
        }
    }
}

public class RealGlossaryTests(RealSiteFixture site) : IClassFixture<RealSiteFixture>
{
    [Theory]
    [InlineData("MMLU")]
    [InlineData("GSM8K")]
    [InlineData("ISV")]
    [InlineData("BATH")]
    public void The_key_terms_are_linked_in_every_section_where_they_occur_and_marked_as_repeats_after(string term)
    {
        var article = new HtmlParser().ParseDocument(File.ReadAllText(site.ArticlePath));
        var sections = article.QuerySelectorAll(".article-body section")
            .Select(s => s.QuerySelectorAll("p.para").Where(p => Regex.IsMatch(VisibleText.Of(p), $@"\b{term}\b")).ToList())
            .Where(ps => ps.Count > 0).ToList();

        Assert.NotEmpty(sections);
        var href = $"../glossary/{term.ToLowerInvariant()}.html";
        foreach (var paragraphs in sections)
        {
            var link = paragraphs[0].QuerySelectorAll(".term > a").FirstOrDefault(a => VisibleText.Of(a) == term);
            Assert.True(link is not null, $"{term} is not linked in {paragraphs[0].Id}, its section's first paragraph that uses it");
            Assert.Equal(href, link!.GetAttribute("href"));
            foreach (var p in paragraphs.Skip(1))
            {
                Assert.DoesNotContain(p.QuerySelectorAll(".term > a"), a => VisibleText.Of(a) == term);
                var repeat = p.QuerySelectorAll(".term-repeat > a").FirstOrDefault(a => VisibleText.Of(a) == term);
                Assert.True(repeat is not null, $"{term} in {p.Id} is not marked as a repeat");
                Assert.Equal(href, repeat!.GetAttribute("data-href"));
            }
        }
    }

    [Fact]
    public void The_glossary_has_at_least_30_terms_and_no_warnings_about_them()
    {
        var terms = Directory.EnumerateFiles(Path.Combine(site.Project.Output, "glossary"), "*.html").Count() - 1;
        Assert.True(terms >= 30, $"{terms} terms");
        Assert.DoesNotContain(site.Build.All.Split('\n'), line => line.StartsWith("input/glossary", StringComparison.Ordinal));
    }
}
