using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.Knowledge;

/// <summary>Editorial pages in input/: what an editor gets right and wrong.</summary>
public class FrontMatterTests
{
    private const string Seed = """
        -- seeds/a.txt --
        Judul Uji
        Sumber: Media
        Paragraf satu yang cukup panjang.
        Paragraf dua yang cukup panjang.

        """;

    [Fact]
    public async Task A_page_in_input_pages_becomes_a_page_with_its_title_and_markdown_body()
    {
        var site = await InMemorySite.BuildAsync(Seed + """
            -- input/pages/about.md --
            ---
            title: About us
            description: Who we are.
            ---
            ## Team

            We *like* [the article](articles/judul-uji.html).
            """);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        var page = site.Html("about.html");
        Assert.Equal("About us", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Who we are.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("like", page.QuerySelector("main em")!.TextContent);
        Assert.Contains(site.Html("index.html").QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "about.html");
    }

    [Fact]
    public async Task Malformed_yaml_is_reported_with_the_file_line_and_column()
    {
        var site = await InMemorySite.BuildAsync(Seed + """
            -- input/pages/about.md --
            ---
            title: About
            description: "unclosed
            order: 3
            ---
            Body.
            """);

        var error = Assert.Single(site.Diagnostics.Errors);
        Assert.Equal("input/pages/about.md", error.File);
        Assert.InRange(error.Line!.Value, 3, 5);
        Assert.NotNull(error.Column);
        Assert.Contains("YAML", error.Message);
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public async Task An_unknown_field_is_an_error_that_suggests_the_closest_known_field()
    {
        var site = await InMemorySite.BuildAsync(Seed + """
            -- input/pages/about.md --
            ---
            title: About
            descripton: Misspelt.
            ---
            Body.
            """);

        var error = Assert.Single(site.Diagnostics.Errors);
        Assert.Equal(("input/pages/about.md", 3), (error.File, error.Line));
        Assert.Contains("'descripton'", error.Message);
        Assert.Contains("did you mean 'description'", error.Fix);
    }

    [Fact]
    public async Task Every_problem_in_every_file_is_reported_in_one_run()
    {
        var site = await InMemorySite.BuildAsync(Seed + """
            -- input/pages/a.md --
            ---
            description: no title here
            ---
            -- input/pages/b.md --
            ---
            title: B
            order: first
            ---
            -- input/pages/c.md --
            ---
            title: C
            """);

        var errors = site.Diagnostics.Errors.ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.File == "input/pages/a.md" && e.Message.Contains("'title' is missing"));
        Assert.Contains(errors, e => e.File == "input/pages/b.md" && e.Line == 3 && e.Message.Contains("whole number"));
        Assert.Contains(errors, e => e.File == "input/pages/c.md" && e.Message.Contains("never closed"));
    }

    [Fact]
    public async Task A_markdown_file_outside_the_known_folders_is_reported_not_dropped()
    {
        var site = await InMemorySite.BuildAsync(Seed + """
            -- input/drafts/idea.md --
            ---
            title: Idea
            ---
            """);

        Assert.True(site.Result.Succeeded);
        var warning = Assert.Single(site.Diagnostics.Warnings, w => w.File == "input/drafts/idea.md");
        Assert.Contains("no stage of the build reads this file", warning.Message);
    }

    [Fact]
    public async Task Raw_html_in_an_editorial_body_is_shown_as_text()
    {
        var site = await InMemorySite.BuildAsync(Seed + """
            -- input/pages/about.md --
            ---
            title: About
            ---
            A <script>alert(1)</script> tag.
            """);

        var main = site.Html("about.html").QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("script"));
        Assert.Contains("<script>alert(1)</script>", main.TextContent);
    }
}
