using KnowledgeSite.CommandLine;
using KnowledgeSite.Tests.Support;
using KnowledgeSite.Writing;

namespace KnowledgeSite.Tests.CommandLine;

/// <summary>Each verb run through the real command line on a small project in a temp folder.</summary>
public class VerbTests
{
    [Theory]
    [InlineData()]
    [InlineData("build")]
    public async Task Build_is_the_default_verb_and_writes_a_marked_site_with_a_summary(params string[] verb)
    {
        using var project = new TestProject(SmallSite.Txtar);
        var result = await project.RunAsync(verb);

        Assert.True(result.ExitCode == ExitCodes.Success, result.All);
        Assert.True(File.Exists(Path.Combine(project.Output, OutputWriter.MarkerFile)));
        Assert.True(File.Exists(Path.Combine(project.Output, "about.html")));
        Assert.Matches(@"Built \d+ pages \(1 404, 1 argument, 1 argument map, 1 arguments, 1 article, 1 home, 1 page, 1 provenance, 1 search\) and \d+ other files into output/ in \d+ ms; 0 warnings, 0 errors\.", result.Stdout);
        Assert.DoesNotContain("offline bundle", result.Stdout);
        Assert.Matches(@"stages: read \d+ ms, clean \d+ ms, knowledge \d+ ms, link \d+ ms, site \d+ ms, render \d+ ms, indexes \d+ ms, publish \d+ ms, check \d+ ms, write \d+ ms", result.Stdout);
    }

    [Fact]
    public async Task A_build_for_publishing_names_its_offline_bundle_and_its_size()
    {
        using var project = new TestProject(SmallSite.Txtar);
        var result = await project.RunAsync("--base-url", "https://example.org/");

        Assert.True(result.ExitCode == ExitCodes.Success, result.All);
        Assert.Matches(@"offline bundle: output/site\.zip, [\d.]+ kB", result.Stdout);
    }

    [Fact]
    public async Task Check_runs_every_check_and_writes_nothing()
    {
        using var project = new TestProject(SmallSite.Txtar);
        var result = await project.RunAsync("check");

        Assert.True(result.ExitCode == ExitCodes.Success, result.All);
        Assert.Contains("Checked 9 pages", result.Stdout);
        Assert.Contains("Nothing was written.", result.Stdout);
        Assert.Equal(["input", "seeds", "theme"], Directory.EnumerateFileSystemEntries(project.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Check_reports_every_broken_link_with_its_page_and_fails_without_writing()
    {
        using var project = new TestProject(SmallSite.Txtar.Replace("We read the article.", "See [one](abot.html) and [two](articles/judul-uji.html#p-none)."));
        var result = await project.RunAsync("check");

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("output/about.html:", result.Stderr);
        Assert.Contains("broken link \"abot.html\": no file \"abot.html\" in the site; the closest is \"about.html\"", result.Stderr);
        Assert.Contains("broken link \"articles/judul-uji.html#p-none\"", result.Stderr);
        Assert.Contains("Check failed: 2 errors, 0 warnings.", result.Stderr);
        Assert.False(Directory.Exists(project.Output));
    }

    [Fact]
    public async Task Clean_removes_a_folder_the_build_wrote_and_the_leftovers_of_an_interrupted_build()
    {
        using var project = new TestProject(SmallSite.Txtar);
        Assert.Equal(ExitCodes.Success, (await project.RunAsync("--quiet")).ExitCode);
        project.Write(".output.staging-123/index.html", "half a site");
        project.Write(".output.previous-456/index.html", "an old site");

        var result = await project.RunAsync("clean");

        Assert.True(result.ExitCode == ExitCodes.Success, result.All);
        Assert.Matches(@"Removed output/ \(\d+ files\) and 2 leftover staging folders \(\.output\.previous-456, \.output\.staging-123\)\.", result.Stdout);
        Assert.Equal(["input", "seeds", "theme"], Directory.EnumerateFileSystemEntries(project.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Clean_refuses_a_folder_without_the_marker_and_leaves_it_whole()
    {
        using var project = new TestProject(SmallSite.Txtar);
        project.Write("output/thesis.docx", "my own work");

        var result = await project.RunAsync("clean");

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("output was not removed", result.Stderr);
        Assert.Contains(OutputWriter.MarkerFile, result.Stderr);
        Assert.Equal("my own work", project.ReadOutput("thesis.docx"));
    }

    [Fact]
    public async Task Clean_with_nothing_to_clean_succeeds_and_says_so()
    {
        using var project = new TestProject(SmallSite.Txtar);
        var result = await project.RunAsync("clean", "--output", "public");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Nothing to remove: public/ does not exist.", result.Stdout);
    }

    [Theory]
    [InlineData("", "build")]
    [InlineData("build", "--base-url")]
    [InlineData("check", "--strict")]
    [InlineData("clean", "--output")]
    [InlineData("preview", "--port")]
    public async Task Help_for_each_verb_exits_0_and_names_its_options(string verb, string option)
    {
        using var project = new TestProject();
        var result = await project.RunAsync([.. verb.Length > 0 ? [verb] : Array.Empty<string>(), "--help"]);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Usage:", result.Stdout);
        Assert.Contains(option, result.Stdout);
        Assert.False(Directory.Exists(project.Output));
    }

    [Fact]
    public async Task An_unknown_verb_is_a_usage_error()
    {
        using var project = new TestProject(SmallSite.Txtar);
        var result = await project.RunAsync("publish");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("publish", result.Stderr);
        Assert.Contains("--help", result.Stderr);
        Assert.False(Directory.Exists(project.Output));
    }

    [Theory]
    [InlineData("owner.github.io/repo/", "must be an absolute URL")]
    [InlineData("/repo/", "must be an absolute URL")]
    [InlineData("ftp://owner.github.io/repo/", "must start with http:// or https://")]
    [InlineData("https://owner.github.io/repo/?x=1", "must not have a query")]
    public async Task A_base_url_that_is_not_an_absolute_http_url_is_a_usage_error(string url, string problem)
    {
        using var project = new TestProject(SmallSite.Txtar);
        var result = await project.RunAsync("--base-url", url);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(problem, result.Stderr);
        Assert.Contains(url, result.Stderr);
        Assert.False(Directory.Exists(project.Output));
    }

    [Fact]
    public async Task Quiet_and_verbose_together_is_a_usage_error()
    {
        using var project = new TestProject(SmallSite.Txtar);
        var result = await project.RunAsync("build", "--quiet", "--verbose");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--quiet and --verbose", result.Stderr);
    }

    [Fact]
    public async Task Verbose_prints_each_stage_as_it_ends_with_its_time()
    {
        using var project = new TestProject(SmallSite.Txtar);
        var result = await project.RunAsync("--verbose");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Matches(@"stage 1/10: read done in \d+ ms", result.Stdout);
        Assert.Matches(@"stage 7/10: indexes done in \d+ ms", result.Stdout);
        Assert.Matches(@"stage 9/10: check done in \d+ ms", result.Stdout);
        Assert.Matches(@"stage 10/10: write done in \d+ ms", result.Stdout);
        Assert.DoesNotContain("  stage: ", result.Stdout); // every stage is in the plan, so each shows its place
        Assert.Contains("read 1 seed, 2 input files", result.Stdout);
    }

    [Fact]
    public async Task Quiet_prints_only_the_summary()
    {
        using var project = new TestProject(SmallSite.Txtar);
        var result = await project.RunAsync("--quiet");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain("stage", result.Stdout);
        Assert.DoesNotContain("raw lines", result.Stdout);
        Assert.StartsWith("Built 9 pages", result.Stdout);
    }
}
