using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeSite.Articles;
using KnowledgeSite.CommandLine;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>Sites with several articles: each article's editorial folder, its own quotes, the shared glossary, and the editor's mistakes.</summary>
public class ManyArticlesTests
{
    /// <summary>Three articles that share the phrase "harga kubis" and the glossary form "MMLU".</summary>
    private const string ThreeSeeds = """
        -- seeds/a.txt --
        Kabar Pertama
        Sumber: Media A
        Petani menjual sayur dengan harga kubis di pasar pagi.
        Model baru diuji pada MMLU dan hasilnya cukup bagus.

        -- seeds/b.txt --
        Kabar Kedua
        Sumber: Media B
        Pengembang membagikan model dengan harga kubis kepada semua orang.
        Skor MMLU naik tajam bulan ini.
        Semua pihak sepakat bahwa kualitas data itu penting.

        -- seeds/c.txt --
        Kabar Ketiga
        Sumber: Media C
        Di kota ini harga kubis naik lagi.
        Tidak ada yang peduli pada MMLU di sini.

        -- input/glossary/mmlu.md --
        ---
        term: MMLU
        category: benchmark
        forms: [MMLU]
        short: A benchmark of multiple-choice questions.
        ---
        A benchmark.

        """;

    private const string Editorial = """
        -- input/articles/kabar-pertama/index.md --
        ---
        thesis: Greens are cheap at the morning market.
        ---
        About the first article.
        -- input/articles/kabar-pertama/arguments/cheap-greens.md --
        ---
        title: Greens are cheap
        claim: Farmers sell vegetables for almost nothing.
        order: 1
        passages:
          - quote: "dengan harga kubis"
        ---
        ## Summary

        In A and in B, but quoted from A's folder.
        -- input/articles/kabar-kedua/notes/harga-kubis.md --
        ---
        quote: "harga kubis"
        occurrences: one
        kind: idiom
        source: "白菜价 (báicài jià)"
        literal: cabbage price
        meaning: dirt cheap
        better: "harga sangat murah"
        confidence: high
        ---
        An idiom.
        -- input/articles/kabar-ketiga/arguments/prices-rise.md --
        ---
        title: Prices rise
        claim: In the city, prices go up.
        order: 1
        passages:
          - quote: "harga kubis"
        ---
        ## Summary

        The phrase occurs in all three articles, once in this one.

        """;

    private static string Problems(InMemorySite site) => string.Join("\n", site.Diagnostics.All);

    private static string Collapse(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    /// <summary>A paragraph's visible text without its ¶ permalink.</summary>
    private static string ParagraphText(IElement p) => Collapse(VisibleText.Of(p)[p.QuerySelector(".para-link")!.TextContent.Length..]);

    private static List<string> Paragraphs(IDocument page) => page.QuerySelectorAll(".article-body p.para").Select(ParagraphText).ToList();

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

        var index = SearchIndex(site.Text("assets/search-index.js"));
        var articles = index.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).ToList();
        var docs = index.GetProperty("docs").EnumerateArray()
            .Where(d => d[0].GetString() == "Paragraph" && d[2].GetString()!.StartsWith($"articles/{bare.Id}.html#", StringComparison.Ordinal)).ToList();
        Assert.Equal(bare.Paragraphs, docs.Select(d => d[3].GetString()));
        Assert.All(docs, d => Assert.Equal(bare.Title, articles[d[5].GetInt32()]));

        var strict = await InMemorySite.BuildAsync(txtar, new BuildOptions(Strict: true));
        Assert.False(strict.Result.Succeeded);
        Assert.Contains(strict.Diagnostics.Errors, e => e.Message.Contains("has no arguments yet") && e.Message.Contains(bare.Title));
        Assert.Empty(strict.Result.Files);
    }

    [Fact]
    public async Task Every_article_level_mistake_is_reported_with_file_and_line_in_one_run()
    {
        var site = await InMemorySite.BuildAsync(ThreeSeeds + Editorial + """
            -- seeds/d.txt --
            Kabar Pertama
            Sumber: Media D
            Paragraf lain yang sama sekali berbeda.

            -- input/articles/kabar-kdua/notes/typo.md --
            ---
            quote: "harga kubis"
            kind: idiom
            source: s
            literal: l
            meaning: m
            better: b
            confidence: high
            ---
            -- input/articles/kabar-pertama/notes/elsewhere.md --
            ---
            quote: "kualitas data itu penting"
            kind: terminology
            source: s
            literal: l
            meaning: m
            better: b
            confidence: low
            ---
            -- input/articles/pinned/index.md --
            ---
            seed: hilang.txt
            thesis: Pinned to a seed that is not there.
            ---
            -- input/notes/old-note.md --
            ---
            quote: "harga kubis"
            ---
            -- input/arguments/old-argument.md --
            ---
            title: Old
            ---
            """);

        Assert.False(site.Result.Succeeded);
        var errors = site.Diagnostics.Errors.ToList();
        var problems = string.Join("\n", errors);

        Assert.Contains(errors, e => e is { File: "input/articles/kabar-kdua/notes/typo.md", Line: 1 }
            && e.Message.Contains("there is no article with the id 'kabar-kdua'")
            && e.Message.Contains("kabar-kedua") && e.Message.Contains("kabar-ketiga") && e.Message.Contains("kabar-pertama")
            && e.Fix!.Contains("did you mean 'kabar-kedua'?"));
        Assert.Contains(errors, e => e is { File: "seeds/d.txt", Line: 1 }
            && e.Message.Contains("the articles in seeds/a.txt and seeds/d.txt would both get the id 'kabar-pertama'"));
        Assert.Contains(errors, e => e is { File: "input/articles/kabar-pertama/notes/elsewhere.md", Line: 2 }
            && e.Message.Contains("the quote is not in its own article")
            && e.Message.Contains("but it occurs in \"Kabar Kedua\" (id kabar-kedua)")
            && e.Fix!.Contains("input/articles/kabar-kedua/"));
        Assert.Contains(errors, e => e is { File: "input/articles/pinned/index.md", Line: 2 } && e.Message.Contains("there is no such file in seeds/"));
        Assert.Contains(errors, e => e is { File: "input/notes/old-note.md", Line: 1 } && e.Message.Contains("is the old layout"));
        Assert.Contains(errors, e => e is { File: "input/arguments/old-argument.md", Line: 1 } && e.Message.Contains("is the old layout"));
        // The pinned folder's only problem is its missing seed: it is not also called a folder without an article.
        Assert.DoesNotContain(errors, e => e.Message.Contains("no article with the id 'pinned'"));
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.Fix), $"no fix for: {e}"));
        Assert.True(errors.Count == 6, problems);
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public async Task Pinning_a_seed_in_index_md_gives_an_article_whose_title_repeats_another_its_own_id()
    {
        var site = await InMemorySite.BuildAsync(ThreeSeeds + Editorial + """
            -- seeds/d.txt --
            Kabar Pertama
            Sumber: Media D
            Paragraf lain yang sama sekali berbeda, dengan harga kubis juga.

            -- input/articles/kabar-pertama-lagi/index.md --
            ---
            seed: d.txt
            thesis: The same title, another article.
            ---
            -- input/articles/kabar-pertama-lagi/notes/harga-kubis.md --
            ---
            quote: "harga kubis"
            kind: idiom
            source: "白菜价"
            literal: cabbage price
            meaning: dirt cheap
            better: "harga sangat murah"
            confidence: medium
            ---
            The same phrase, noted again for this article.

            """);
        Assert.True(site.Result.Succeeded, Problems(site));

        Assert.Equal(["Paragraf lain yang sama sekali berbeda, dengan harga kubis juga."], Paragraphs(site.Html("articles/kabar-pertama-lagi.html")));
        Assert.Equal(["Petani menjual sayur dengan harga kubis di pasar pagi.", "Model baru diuji pada MMLU dan hasilnya cukup bagus."],
            Paragraphs(site.Html("articles/kabar-pertama.html")));
        Assert.Single(site.Html("articles/kabar-pertama-lagi.html").QuerySelectorAll(".note-ref"));
        Assert.Empty(site.Html("articles/kabar-pertama.html").QuerySelectorAll(".note-ref"));
        Assert.Single(site.Html("articles/kabar-kedua.html").QuerySelectorAll(".note-ref"));
        Assert.Contains("Kabar Pertama", site.Html("provenance/kabar-pertama-lagi.html").Title);
        Assert.Equal(4, site.Html("index.html").QuerySelectorAll("li.article-summary").Length);
    }

    [Fact]
    public async Task A_folder_that_pins_a_seed_keeps_its_id_when_another_seeds_title_gives_the_same_slug()
    {
        var site = await InMemorySite.BuildAsync(ThreeSeeds + """
            -- seeds/d.txt --
            Kabar Pertama
            Sumber: Media D
            Paragraf lain yang sama sekali berbeda.

            -- input/articles/kabar-pertama/index.md --
            ---
            seed: d.txt
            ---
            -- input/articles/kabar-pertama/notes/berbeda.md --
            ---
            quote: "sama sekali berbeda"
            kind: idiom
            source: s
            literal: l
            meaning: m
            better: b
            confidence: low
            ---

            """);

        // The folder says which seed it is for, so its note is resolved in d.txt; a.txt, whose title gives the same slug, is the one in the way.
        Assert.DoesNotContain(site.Diagnostics.Errors, e => e.Message.Contains("the quote is not in its own article"));
        var error = Assert.Single(site.Diagnostics.Errors);
        Assert.Equal("seeds/a.txt", error.File);
        Assert.Contains("would both get the id 'kabar-pertama'", error.Message);
        Assert.Contains("seed: a.txt", error.Fix);
    }

    [Fact]
    public async Task A_folder_for_an_unknown_article_fails_the_command_with_exit_code_1_and_keeps_the_previous_site()
    {
        using var project = new TestProject(ThreeSeeds + Editorial);
        var good = await project.RunAsync();
        Assert.True(good.ExitCode == 0, good.All);
        var before = TestProject.Snapshot(project.Output);

        project.Write("input/articles/kabar-kdua/index.md", "---\nthesis: A typo in the folder name.\n---\n");
        var result = await project.RunAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("input/articles/kabar-kdua/index.md:1", result.Stderr);
        Assert.Contains("there is no article with the id 'kabar-kdua'", result.Stderr);
        Assert.Contains("did you mean 'kabar-kedua'?", result.Stderr);
        Assert.Equal(before, TestProject.Snapshot(project.Output));
    }

    [Fact]
    public async Task A_term_page_groups_its_occurrences_by_article_with_counts_most_uses_first()
    {
        var once = ScrapedArticles.Generate(11, "MMLU");
        var thrice = ScrapedArticles.Generate(12, "MMLU", "MMLU", "MMLU");
        var twice = ScrapedArticles.Generate(13, "MMLU", "MMLU");
        var site = await InMemorySite.BuildAsync(once.Txtar("a.txt") + thrice.Txtar("b.txt") + twice.Txtar("c.txt") + """
            -- input/glossary/mmlu.md --
            ---
            term: MMLU
            category: benchmark
            forms: [MMLU]
            short: A benchmark.
            ---
            A benchmark.

            """);
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
        var index = SearchIndex(site.Text("assets/search-index.js"));
        var articles = index.GetProperty("articles").EnumerateArray().Select(a => a.GetString()).ToList();
        var docs = index.GetProperty("docs").EnumerateArray().ToList();
        string? ArticleOf(string url) => docs.Single(d => d[2].GetString() == url) is var d && d.GetArrayLength() > 5 ? articles[d[5].GetInt32()] : null;

        Assert.Equal("Kabar Ketiga", ArticleOf("articles/kabar-ketiga/arguments/prices-rise.html"));
        Assert.Equal("Kabar Pertama", ArticleOf("articles/kabar-pertama/arguments/cheap-greens.html"));
        Assert.Equal("Kabar Kedua", ArticleOf("articles/kabar-kedua/notes/harga-kubis.html"));
        Assert.Equal("Kabar Kedua", ArticleOf("articles/kabar-kedua.html#" + AnchorScheme.ParagraphBase("Semua pihak sepakat bahwa kualitas data itu penting.")));
        Assert.Null(ArticleOf("glossary/mmlu.html"));   // a term belongs to no one article
        Assert.Equal(7, docs.Count(d => d[0].GetString() == "Paragraph"));
    }

    [Fact]
    public async Task A_term_used_more_than_three_times_in_one_article_links_to_that_articles_terms_page_for_the_rest()
    {
        var often = ScrapedArticles.Generate(14, "MMLU", "MMLU", "MMLU", "MMLU", "MMLU");
        var rarely = ScrapedArticles.Generate(15, "MMLU");
        var site = await InMemorySite.BuildAsync(often.Txtar("a.txt") + rarely.Txtar("b.txt") + """
            -- input/glossary/mmlu.md --
            ---
            term: MMLU
            category: benchmark
            forms: [MMLU]
            short: A benchmark.
            ---
            A benchmark.

            """);
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

    private static JsonElement SearchIndex(string script)
    {
        const string marker = "KnowledgeSearch.index = ";
        var json = script[(script.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..].TrimEnd().TrimEnd(';');
        return JsonDocument.Parse(json).RootElement;
    }
}

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
    private static string Collapse(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    private static string ParagraphText(IElement p) => Collapse(VisibleText.Of(p)[p.QuerySelector(".para-link")!.TextContent.Length..]);

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
            + string.Concat(Articles.Take(Edited).Select(Editorial)) + """
            -- input/glossary/mmlu.md --
            ---
            term: MMLU
            category: benchmark
            forms: [MMLU]
            short: A benchmark.
            ---
            A benchmark.

            """);

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
