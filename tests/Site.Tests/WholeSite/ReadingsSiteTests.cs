using KnowledgeSite.Pipeline;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>
/// The clearer reading is proofread by the build, and editors can write per-paragraph files: an
/// English gist, a clearer rendering of the whole paragraph, a reviewed mark. Small inline sites.
/// </summary>
public class ReadingsSiteTests
{
    private const string Folder = "input/articles/judul-uji/";

    private const string Seed = """
        -- seeds/a.txt --
        Judul Uji
        Sumber: Media
        Di satu sisi reputasi dari mulut ke mulut lebih tinggi dan harganya murah sekali.
        Paragraf kedua ini cukup panjang untuk dibaca orang.

        """;

    private static string Note(string quote, string better, string id = "mulut", string suffix = "") => $"""
        -- {Folder}notes/{id}.md --
        ---
        quote: "{quote}"
        suffix: "{suffix}"
        kind: word-sense
        source: "probably 口碑 (kǒubēi); a reconstruction"
        literal: "from mouth to mouth"
        meaning: "reputation"
        better: "{better}"
        confidence: medium
        ---
        Why.

        """;

    private static string Paragraph(string anchor, string gist, string front = "reviewed: yes") => $"""
        -- {Folder}paragraphs/{anchor}.md --
        ---
        {front}
        ---
        {gist}

        """;

    private static async Task<(InMemorySite Site, string P1, string P2)> Anchors()
    {
        var site = await InMemorySite.BuildAsync(Seed);
        var paragraphs = site.Html("articles/judul-uji.html").QuerySelectorAll("p.para").Select(p => p.Id!).ToList();
        return (site, paragraphs[0], paragraphs[1]);
    }

    private static IReadOnlyList<Diagnostic> Errors(InMemorySite site) => site.Diagnostics.All.Where(d => d.Severity == Severity.Error).ToList();

    [Fact]
    public async Task A_doubled_word_where_a_rendering_meets_the_text_fails_the_build_at_the_notes_better_line()
    {
        var site = await InMemorySite.BuildAsync(Seed + Note("dari mulut ke mulut", "reputasi yang baik"));

        Assert.False(site.Result.Succeeded);
        var error = Assert.Single(Errors(site));
        Assert.Equal($"{Folder}notes/mulut.md", error.File);
        Assert.Equal(8, error.Line);                                         // the `better:` line
        Assert.Contains("¶1", error.Message);
        Assert.Contains("\"reputasi\" comes twice", error.Message);
        Assert.Contains("reputasi reputasi yang baik lebih tinggi", error.Message);   // what the reader would have seen
    }

    [Fact]
    public async Task A_rendering_that_rewrites_words_outside_its_quote_fails_and_passes_once_the_quote_covers_them()
    {
        var narrow = await InMemorySite.BuildAsync(Seed + Note("dari mulut ke mulut", "lebih baik"));
        var error = Assert.Single(Errors(narrow));
        Assert.Contains("repeats \"lebih\"", error.Message);
        Assert.Contains("more than its quote covers", error.Message);
        Assert.Contains("reputasi lebih baik lebih tinggi", error.Message);

        var widened = await InMemorySite.BuildAsync(Seed + Note("dari mulut ke mulut lebih tinggi", "lebih baik"));
        Assert.True(widened.Result.Succeeded, string.Join("\n", widened.Diagnostics.All));
        Assert.Equal("lebih baik", widened.Html("articles/judul-uji.html").QuerySelector("p.para ins.better")!.TextContent);
    }

    [Fact]
    public async Task A_space_before_punctuation_at_a_join_fails_the_build()
    {
        var site = await InMemorySite.BuildAsync(Seed + Note("dan harganya", ", harganya"));

        var error = Assert.Single(Errors(site));
        Assert.Contains("space before a punctuation mark", error.Message);
        Assert.Contains("lebih tinggi , harganya", error.Message);
    }

    [Fact]
    public async Task A_paragraph_without_a_gist_is_a_warning_naming_it_and_an_error_in_strict_mode()
    {
        var (_, p1, p2) = await Anchors();
        var txtar = Seed + Paragraph(p1, "On the one hand, its reputation is higher and it is very cheap.");

        var site = await InMemorySite.BuildAsync(txtar);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        var warning = Assert.Single(site.Diagnostics.All, d => d.Message.Contains("English gist"));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains($"1 of 2 paragraphs have none: ¶2 ({p2})", warning.Message);
        Assert.Equal($"{Folder}paragraphs/", warning.File);

        var strict = await InMemorySite.BuildAsync(txtar, new BuildOptions(Strict: true));
        Assert.False(strict.Result.Succeeded);
        Assert.Contains(strict.Diagnostics.All, d => d.Severity == Severity.Error && d.Message.Contains("¶2"));
    }

    [Fact]
    public async Task A_gist_shows_in_english_under_its_paragraph_behind_a_switch_and_beside_the_other_readings()
    {
        var (_, p1, p2) = await Anchors();
        var site = await InMemorySite.BuildAsync(Seed
            + Paragraph(p1, "On the one hand, its reputation is higher.")
            + Paragraph(p2, "A second paragraph, long enough to read."));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));

        var article = site.Html("articles/judul-uji.html");
        var gist = article.QuerySelector($"#{p1} + .gist, .para-row:has(#{p1}) .gist")!;
        Assert.Equal("en", gist.GetAttribute("lang"));
        Assert.EndsWith("On the one hand, its reputation is higher.", gist.TextContent);
        Assert.Equal("false", article.GetElementById("english-gist")!.GetAttribute("aria-pressed"));
        Assert.True(article.QuerySelector(".reading-switch")!.HasAttribute("hidden"));     // without JavaScript the switch stays hidden

        var readings = site.Html("articles/judul-uji/readings.html");
        Assert.Equal(2, readings.QuerySelectorAll(".readings-row").Length);
        Assert.Contains("A second paragraph, long enough to read.", readings.Body!.TextContent);
        Assert.NotNull(article.QuerySelector("a[href='judul-uji/readings.html']"));

        // Search finds the gist, in English, and leads to its row on the readings page, where it always shows.
        var found = Assert.Single(ShippedSearchIndex.Read(site.Text).Documents, d => d.Kind == "Gist" && d.Text.Contains("its reputation is higher"));
        Assert.Equal("en", found.Language);
        Assert.Equal($"articles/judul-uji/readings.html#r-{p1}", found.Url);
        Assert.NotNull(readings.GetElementById($"r-{p1}"));
    }

    [Fact]
    public async Task A_whole_paragraph_rendering_replaces_the_note_renderings_and_keeps_the_markers_reachable()
    {
        var (_, p1, _) = await Anchors();
        var site = await InMemorySite.BuildAsync(Seed + Note("dari mulut ke mulut lebih tinggi", "lebih baik")
            + Paragraph(p1, "Its reputation is better and it is very cheap.",
                "reviewed: yes\nclearer: \"Di satu sisi, reputasinya lebih baik dan harganya sangat murah.\""));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));

        var paragraph = site.Html("articles/judul-uji.html").GetElementById(p1)!;
        var whole = paragraph.QuerySelector(".reading.whole")!;
        var better = whole.QuerySelector(":scope > ins.better")!;
        Assert.StartsWith("Di satu sisi, reputasinya lebih baik dan harganya sangat murah.", better.TextContent);
        Assert.Equal("#sn-1", better.QuerySelector(".note-ref a")!.GetAttribute("href"));   // a copy of the marker, without the id
        Assert.Null(better.QuerySelector("[id]"));
        Assert.Empty(whole.QuerySelectorAll(".original ins"));               // no note-by-note rendering inside it
        Assert.Contains("reputasinya lebih baik dan harganya", site.Html("articles/judul-uji/readings.html").Body!.TextContent);
    }

    [Fact]
    public async Task A_whole_paragraph_rendering_is_proofread_and_a_file_for_an_unknown_paragraph_is_an_error()
    {
        var (_, p1, _) = await Anchors();
        var site = await InMemorySite.BuildAsync(Seed
            + Paragraph(p1, "Gist.", "clearer: \"Di satu sisi reputasinya reputasinya tinggi .\"")
            + Paragraph("p-000000", "Gist."));

        var errors = Errors(site);
        Assert.Contains(errors, e => e.File == $"{Folder}paragraphs/{p1}.md" && e.Line == 2 && e.Message.Contains("\"reputasinya\" comes twice"));
        Assert.Contains(errors, e => e.File == $"{Folder}paragraphs/{p1}.md" && e.Message.Contains("space before a punctuation mark"));
        Assert.Contains(errors, e => e.File == $"{Folder}paragraphs/p-000000.md" && e.Message.Contains("no paragraph, heading or caption with the anchor 'p-000000'"));
    }
}

/// <summary>Editors state which headings are sub-points; the article keeps that hierarchy in its headings and contents.</summary>
public class SubheadingSiteTests
{
    private const string Site = """
        -- seeds/a.txt --
        Judul Uji
        Sumber: Media
        **Pergi ke industri**
        Paragraf pertama yang cukup panjang untuk dibaca.
        **Dalam hal model, kualitas lebih tinggi.**
        Paragraf kedua yang cukup panjang untuk dibaca.
        **Pergi ke massa**
        Paragraf ketiga yang cukup panjang untuk dibaca.

        -- input/articles/judul-uji/index.md --
        ---
        subheadings:
          - "Dalam hal model, kualitas lebih tinggi."
        ---
        """;

    [Fact]
    public async Task A_subheading_is_an_h3_nested_in_the_contents_under_the_heading_before_it()
    {
        var site = await InMemorySite.BuildAsync(Site);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        var article = site.Html("articles/judul-uji.html");

        Assert.Equal(["Pergi ke industri", "Pergi ke massa"], article.QuerySelectorAll(".article-body h2:not(.visually-hidden)").Select(h => h.TextContent.Trim()));
        Assert.Equal("Dalam hal model, kualitas lebih tinggi.", article.QuerySelector(".article-body h3")!.TextContent.Trim());
        var nested = article.QuerySelector(".toc ol > li > ol > li > a")!;
        Assert.Equal("Dalam hal model, kualitas lebih tinggi.", nested.TextContent);
        Assert.Contains("Pergi ke industri", nested.ParentElement!.ParentElement!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task A_subheading_that_is_not_a_heading_of_the_article_is_an_error_with_the_closest_heading()
    {
        var site = await InMemorySite.BuildAsync(Site.Replace("  - \"Dalam hal model, kualitas lebih tinggi.\"", "  - \"Dalam hal model, kualitas lebih tinggi\""));

        var error = Assert.Single(site.Diagnostics.All, d => d.Severity == KnowledgeSite.Pipeline.Severity.Error);
        Assert.Equal("input/articles/judul-uji/index.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("did you mean \"Dalam hal model, kualitas lebih tinggi.\"", error.Fix);
    }
}
