using AngleSharp.Dom;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>
/// How often a term links in an article: at its first occurrence in each section, or once in the
/// article when its entry says <c>link: once per article</c>. Later occurrences are repeats: plain
/// text (an anchor with no href) that carries what it needs to become the same link on request.
/// </summary>
public class TermLinkDensityTests
{
    // Two sections: the opening, and "Bagian dua". MMLU occurs twice in each.
    private const string Seed = """
        -- seeds/a.txt --
        Judul Uji
        Sumber: Media
        Skor MMLU naik tahun ini.
        Skor MMLU turun lagi, dan semua orang bicara.
        ** Bagian dua **
        Tahun depan MMLU dan MMLU lagi.

        """;

    private static string Term(string extra = "") => $"""
        -- input/glossary/mmlu.md --
        ---
        term: MMLU
        category: benchmark
        forms: [MMLU]
        short: A benchmark.
        {extra}
        ---
        Definition.

        """;

    private static IElement[] Sections(IDocument page) => [.. page.QuerySelectorAll(".article-body section")];

    private static string[] LinkedWords(IElement scope) => [.. scope.QuerySelectorAll(".term > a[href]").Select(a => a.TextContent)];

    private static IElement[] Repeats(IElement scope) => [.. scope.QuerySelectorAll(".term-repeat > a")];

    private static async Task<IDocument> ArticleAsync(string txtar)
    {
        var site = await InMemorySite.BuildAsync(txtar);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        return site.Html(site.ArticlePath);
    }

    [Fact]
    public async Task A_term_twice_in_a_section_links_once_and_the_second_is_a_repeat_that_is_not_a_link()
    {
        var page = await ArticleAsync(Seed + Term());
        var opening = Sections(page)[0];

        Assert.Equal(["MMLU"], LinkedWords(opening));
        Assert.Single(LinkedWords(opening.QuerySelectorAll("p.para")[0]));
        var repeat = Assert.Single(Repeats(opening));
        Assert.Equal("MMLU", repeat.TextContent);
        Assert.Null(repeat.GetAttribute("href"));                 // not a link, not focusable, until the reader asks
        Assert.Null(repeat.GetAttribute("aria-describedby"));
        Assert.Equal("../glossary/mmlu.html", repeat.GetAttribute("data-href"));
        Assert.Equal(opening.QuerySelector(".term > a")!.GetAttribute("aria-describedby"), repeat.GetAttribute("data-tip"));
        Assert.NotNull(page.GetElementById(repeat.GetAttribute("data-tip")!));
    }

    [Fact]
    public async Task A_term_in_two_sections_links_once_in_each()
    {
        var page = await ArticleAsync(Seed + Term());

        Assert.Equal(["MMLU", "MMLU"], LinkedWords(page.QuerySelector(".article-body")!));
        Assert.All(Sections(page), s => Assert.Single(LinkedWords(s)));
        Assert.Equal(2, Repeats(page.QuerySelector(".article-body")!).Length);
    }

    [Fact]
    public async Task A_term_marked_once_per_article_links_only_at_its_first_occurrence()
    {
        var site = await InMemorySite.BuildAsync(Seed + Term("link: once per article"));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        var page = site.Html(site.ArticlePath);

        Assert.Equal(["MMLU"], LinkedWords(page.QuerySelector(".article-body")!));
        Assert.Empty(LinkedWords(Sections(page)[1]));
        Assert.Equal(3, Repeats(page.QuerySelector(".article-body")!).Length);
        // The model still knows every occurrence: the term page counts all four.
        Assert.Contains("4 occurrences", site.Html("glossary/mmlu.html").QuerySelector(".term-usage")!.TextContent);
    }

    [Fact]
    public async Task Occurrences_that_are_not_links_are_still_counted_on_the_term_page()
    {
        var site = await InMemorySite.BuildAsync(Seed + Term());

        Assert.Contains("4 occurrences", site.Html("glossary/mmlu.html").QuerySelector(".term-usage")!.TextContent);
        Assert.Equal(4, site.Html("articles/judul-uji/terms.html").QuerySelector("section[aria-labelledby=term-mmlu]")!.QuerySelectorAll("li").Length);
    }

    [Fact]
    public async Task An_unknown_link_value_is_an_error_with_file_line_and_the_values_allowed()
    {
        var site = await InMemorySite.BuildAsync(Seed + Term("link: once-per-article"));

        Assert.False(site.Result.Succeeded);
        var error = Assert.Single(site.Diagnostics.Errors);
        Assert.Equal("input/glossary/mmlu.md", error.File);
        Assert.Equal(6, error.Line);
        Assert.Contains("unknown value 'once-per-article' for 'link'", error.Message);
        Assert.Contains("did you mean 'once per article'?", error.Fix);
        Assert.Contains("'link: once per section'", error.Fix);
    }

    [Fact]
    public async Task A_first_occurrence_across_a_noted_phrase_cannot_link_so_the_next_one_does()
    {
        // The form "MMLU naik" and the noted phrase "naik tahun" overlap in the first paragraph, and neither holds the other.
        const string seed = """
            -- seeds/a.txt --
            Judul Uji
            Sumber: Media
            Skor MMLU naik tahun ini.
            Lalu MMLU naik lagi.

            """;
        const string note = """
            -- input/articles/judul-uji/notes/naik.md --
            ---
            quote: "naik tahun"
            kind: idiom
            source: "上升"
            literal: rose year
            meaning: rose this year
            better: "naik pada tahun"
            confidence: high
            ---
            Explanation.

            """;
        var page = await ArticleAsync(seed + note + Term().Replace("forms: [MMLU]", "forms: [MMLU naik]"));
        var paragraphs = page.QuerySelectorAll("p.para");

        Assert.Empty(LinkedWords(paragraphs[0]));                // it would cross "naik tahun": left as text
        Assert.Empty(Repeats(paragraphs[0]));
        Assert.Equal(["MMLU naik"], LinkedWords(paragraphs[1]));  // so the section's link is the next occurrence
    }

    [Fact]
    public async Task The_switch_for_every_link_is_offered_only_where_there_are_repeats()
    {
        var withRepeats = await ArticleAsync(Seed + Term());
        var button = withRepeats.GetElementById("every-term-link")!;
        Assert.Equal("false", button.GetAttribute("aria-pressed"));
        Assert.NotNull(button.Closest(".reading-switch[hidden]"));   // shown by script only

        var once = await ArticleAsync(Seed.Replace("Skor MMLU turun lagi", "Skor turun lagi").Replace("MMLU dan MMLU", "MMLU dan ini") + Term());
        Assert.Null(once.GetElementById("every-term-link"));
    }
}
