using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.Checking;

/// <summary>The check stage refuses a site with broken links or anchors before anything is written.</summary>
public class OutputChecksTests
{
    private const string Seed = """
        -- seeds/a.txt --
        Judul Uji
        Sumber: Media
        Paragraf satu yang cukup panjang.

        """;

    [Theory]
    [InlineData("[x](missing.html)", "no file \"missing.html\"")]
    [InlineData("[x](articles/judul-uji.html#p-nothere)", "no element with id \"p-nothere\"")]
    [InlineData("[x](/index.html)", "root-relative")]
    [InlineData("[x](articles/)", "not a folder")]
    public async Task A_broken_internal_link_in_an_editorial_page_fails_the_build(string link, string problem)
    {
        var site = await InMemorySite.BuildAsync(Seed + $"""
            -- input/pages/about.md --
            ---
            title: About
            ---
            See {link}.
            """);

        var error = Assert.Single(site.Diagnostics.Errors);
        Assert.Equal("check", error.Stage);
        Assert.Equal("output/about.html", error.File);
        Assert.Contains(problem, error.Message);
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public async Task A_link_to_an_existing_paragraph_anchor_passes()
    {
        var anchor = KnowledgeSite.Articles.AnchorScheme.ParagraphBase("Paragraf satu yang cukup panjang.");
        var site = await InMemorySite.BuildAsync(Seed + $"""
            -- input/pages/about.md --
            ---
            title: About
            ---
            See [the paragraph](articles/judul-uji.html#{anchor}) and [elsewhere](https://example.org/).
            """);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
    }

    [Fact]
    public async Task A_markdown_h1_in_a_body_is_refused_because_a_page_has_one_h1()
    {
        var site = await InMemorySite.BuildAsync(Seed + """
            -- input/pages/about.md --
            ---
            title: About
            ---
            # Another top heading
            """);

        Assert.Contains(site.Diagnostics.Errors, e => e.Message.Contains("2 <h1>"));
    }
}
