using System.Text;
using KnowledgeSite.CommandLine;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>Bad input: a clear one-line error naming the file, a non-zero exit, and the last good output intact.</summary>
public class BadInputTests
{
    private const string GoodSeed = """
        -- seeds/a.txt --
        Judul Uji
        Sumber: Media
        Paragraf satu yang cukup panjang.

        """;

    [Fact]
    public async Task No_seeds_folder_is_a_content_error_that_says_what_to_do()
    {
        using var project = new TestProject();
        var result = await project.RunAsync();

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("no seeds/ folder", result.Stderr);
        Assert.Contains("Fix:", result.Stderr);
        Assert.False(Directory.Exists(project.Output));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("  \n\t\n   \n", "empty")]
    public async Task An_empty_or_whitespace_seed_names_the_file(string content, string expected)
    {
        using var project = new TestProject("-- seeds/blank.txt --\n");
        project.Write("seeds/blank.txt", content);
        var result = await project.RunAsync();

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("seeds/blank.txt", result.Stderr);
        Assert.Contains(expected, result.Stderr);
    }

    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var project = new TestProject(GoodSeed);
        Assert.Equal(0, (await project.RunAsync()).ExitCode);
        var before = TestProject.Snapshot(project.Output);

        project.WriteBytes("seeds/a.txt", Encoding.UTF8.GetBytes("Judul\nSumber: X\nKalimat ").Concat(new byte[] { 0xC3, 0x28 }).ToArray());
        var result = await project.RunAsync();

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("seeds/a.txt:3", result.Stderr);
        Assert.Contains("UTF-8", result.Stderr);
        AssertOutputAsItWas(project, before);
    }

    [Fact]
    public async Task A_build_that_fails_its_final_check_leaves_the_previous_output_and_no_half_written_copy()
    {
        using var project = new TestProject(SmallSite.Txtar);
        Assert.Equal(0, (await project.RunAsync()).ExitCode);
        var before = TestProject.Snapshot(project.Output);

        // Pages are written out as they are rendered; the broken link is found only once all of them are.
        project.Write("input/pages/about.md", File.ReadAllText(Path.Combine(project.Root, "input/pages/about.md")).Replace("We read the article.", "See [one](abot.html)."));
        var result = await project.RunAsync();

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("broken link \"abot.html\"", result.Stderr);
        Assert.Contains("Nothing was written; output/ is as it was.", result.Stderr);
        AssertOutputAsItWas(project, before);
    }

    /// <summary>The output holds exactly what it held before, and no staging or retired copy is left beside it.</summary>
    private static void AssertOutputAsItWas(TestProject project, SortedDictionary<string, byte[]> before)
    {
        Assert.Equal(before, TestProject.Snapshot(project.Output));
        Assert.Empty(Directory.EnumerateDirectories(project.Root, ".output.*"));
    }

    [Fact]
    public async Task An_unwritable_output_folder_is_reported_and_nothing_is_lost()
    {
        using var project = new TestProject(GoodSeed);
        project.Write("blocker", "a file where the output's parent folder should be");
        var result = await project.RunAsync("--output", "blocker/site");

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("could not write the site", result.Stderr);
        Assert.Equal("a file where the output's parent folder should be", File.ReadAllText(Path.Combine(project.Root, "blocker")));
    }

    [Fact]
    public async Task A_folder_the_tool_did_not_write_is_never_replaced()
    {
        using var project = new TestProject(GoodSeed);
        project.Write("output/notes.txt", "my own file");
        var result = await project.RunAsync();

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("did not write", result.Stderr);
        Assert.Equal("my own file", project.ReadOutput("notes.txt"));
    }

    [Fact]
    public async Task Markup_in_a_seed_is_shown_as_text_never_run()
    {
        using var project = new TestProject("""
            -- seeds/a.txt --
            Judul <b>tebal</b> & "kutip"
            Sumber: Media & Co
            Kalimat dengan <script>alert('x')</script> dan A&B di dalamnya.

            """);
        Assert.Equal(0, (await project.RunAsync()).ExitCode);

        var article = project.Html(Path.GetRelativePath(project.Output, Directory.EnumerateFiles(Path.Combine(project.Output, "articles")).Single()));
        Assert.Empty(article.QuerySelectorAll("main b"));
        // The only scripts are the site's own, loaded from its assets folder.
        Assert.All(article.QuerySelectorAll("script"), script => Assert.StartsWith("../assets/", script.GetAttribute("src")));
        Assert.Contains("<script>alert('x')</script> dan A&B", article.QuerySelector("p.para")!.TextContent);
        Assert.Equal("Judul <b>tebal</b> & \"kutip\"", article.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        using var project = new TestProject(GoodSeed);
        var result = await project.RunAsync("--frobnicate");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--frobnicate", result.Stderr);
    }
}
