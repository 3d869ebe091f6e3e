using System.Net;
using System.Text.Json;
using KnowledgeSite.CommandLine;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.Preview;

/// <summary>The preview verb end to end: edit, rebuild, reload; break, report, keep the last good site.</summary>
public class LiveReloadTests
{
    private const string BrokenAbout = """
        ---
        title: About
        description: "unclosed
        ---
        Body.
        """;

    private static string About(string body) => $"---\ntitle: About\n---\n## Who\n\n{body}\n";

    private static IEnumerable<string> Changed(JsonElement status) =>
        status.GetProperty("changed").EnumerateArray().Select(e => e.GetString()!);

    [Fact]
    public async Task An_edit_rebuilds_writes_only_what_changed_and_the_new_page_is_served()
    {
        using var project = new TestProject(SmallSite.Txtar);
        await using var preview = await PreviewRun.StartAsync(project);
        var before = await preview.VersionAsync();
        var home = File.GetLastWriteTimeUtc(Path.Combine(project.Output, "index.html"));

        project.Write("input/pages/about.md", About("We read the article twice."));
        var status = await preview.WaitForStatusAsync(s => s.GetProperty("version").GetString() != before);

        // The page, and its words in the (small, uncut) search index and in the spelling list typos are corrected from.
        Assert.Equal(["about.html", "assets/search-index/manifest.js", "assets/search-index/spell-0.js"], Changed(status));
        Assert.Equal(3, status.GetProperty("changedCount").GetInt32());
        Assert.Contains("We read the article twice.", await preview.Http.GetStringAsync("about.html"));
        Assert.Equal(home, File.GetLastWriteTimeUtc(Path.Combine(project.Output, "index.html")));
        await preview.Out.WaitForAsync(l => l.Contains("3 files changed (about.html, assets/search-index/manifest.js, assets/search-index/spell-0.js); open pages reload."), PreviewRun.Timeout);
        Assert.DoesNotContain("data-preview-reload", project.ReadOutput("about.html"));
    }

    [Fact]
    public async Task The_event_stream_sends_the_state_at_once_and_again_after_a_rebuild()
    {
        using var project = new TestProject(SmallSite.Txtar);
        await using var preview = await PreviewRun.StartAsync(project);
        using var response = await preview.Http.GetAsync("__reload", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync());

        var first = await NextEventAsync(events);
        project.Write("input/pages/about.md", About("Edited while a page listens."));
        var second = await NextEventAsync(events);

        Assert.NotEqual(first.GetProperty("version").GetString(), second.GetProperty("version").GetString());
        Assert.Contains("about.html", Changed(second));
    }

    [Fact]
    public async Task A_broken_edit_is_reported_in_the_terminal_and_to_the_page_and_the_last_good_site_stays_served()
    {
        using var project = new TestProject(SmallSite.Txtar);
        await using var preview = await PreviewRun.StartAsync(project);
        var good = await preview.VersionAsync();

        project.Write("input/pages/about.md", BrokenAbout);
        var status = await preview.WaitForStatusAsync(s => s.GetProperty("errors").GetArrayLength() > 0);

        var error = Assert.Single(status.GetProperty("errors").EnumerateArray()).GetString()!;
        Assert.StartsWith("input/pages/about.md:", error);
        Assert.Equal(good, status.GetProperty("version").GetString());
        await preview.Error.WaitForAsync(l => l.StartsWith("input/pages/about.md:", StringComparison.Ordinal), PreviewRun.Timeout);
        await preview.Error.WaitForAsync(l => l.StartsWith("Still serving the last good site", StringComparison.Ordinal), PreviewRun.Timeout);
        var page = await preview.Http.GetStringAsync("about.html");
        Assert.Contains("We read the article.", page);
        Assert.Contains("data-preview-reload", page);

        project.Write("input/pages/about.md", About("Fixed."));
        var fixedStatus = await preview.WaitForStatusAsync(s => s.GetProperty("version").GetString() != good);
        Assert.Equal(0, fixedStatus.GetProperty("errors").GetArrayLength());
        Assert.Contains("Fixed.", await preview.Http.GetStringAsync("about.html"));
    }

    [Fact]
    public async Task A_save_that_changes_no_output_byte_reloads_nothing()
    {
        using var project = new TestProject(SmallSite.Txtar);
        await using var preview = await PreviewRun.StartAsync(project);
        var version = await preview.VersionAsync();
        var lines = preview.Out.LineCount;

        project.Write("input/pages/about.md", File.ReadAllText(Path.Combine(project.Root, "input/pages/about.md")) + "\n\n");
        await preview.Out.WaitForAsync(l => l.Contains("no file changed, so no page reloads"), PreviewRun.Timeout, after: lines);

        Assert.Equal(version, await preview.VersionAsync());
    }

    [Fact]
    public async Task When_the_first_build_fails_every_page_shows_the_problems_until_a_save_fixes_them()
    {
        using var project = new TestProject(SmallSite.Txtar);
        project.Write("input/pages/about.md", BrokenAbout);
        await using var preview = await PreviewRun.StartAsync(project);

        var failing = await preview.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.InternalServerError, failing.StatusCode);
        var page = await failing.Content.ReadAsStringAsync();
        Assert.Contains("Build failed", page);
        Assert.Contains("input/pages/about.md:", page);
        Assert.Contains("data-preview-reload", page);

        var version = await preview.VersionAsync();
        project.Write("input/pages/about.md", About("Now it builds."));
        await preview.WaitForStatusAsync(s => s.GetProperty("version").GetString() != version);
        Assert.Contains("Now it builds.", await preview.Http.GetStringAsync("about.html"));
    }

    [Fact]
    public async Task Stopping_the_preview_ends_it_with_exit_code_0()
    {
        using var project = new TestProject(SmallSite.Txtar);
        var preview = await PreviewRun.StartAsync(project);

        Assert.Equal(ExitCodes.Success, await preview.StopAsync());
        Assert.Contains("Preview stopped.", preview.Out.Text);
        await preview.DisposeAsync();
    }

    private static async Task<JsonElement> NextEventAsync(StreamReader events)
    {
        while (await events.ReadLineAsync().WaitAsync(PreviewRun.Timeout) is { } line)
            if (line.StartsWith("data: ", StringComparison.Ordinal))
                return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
        throw new Xunit.Sdk.XunitException("the event stream ended");
    }
}
