using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;
using KnowledgeSite.Tests.Support;
using KnowledgeSite.Writing;

namespace KnowledgeSite.Tests.WholeSite;

public class DeterminismTests
{
    [Fact]
    public async Task The_same_input_builds_byte_identical_output_in_another_folder()
    {
        using var project = TestProject.WithRealSeed();
        Assert.Equal(0, (await project.RunAsync("--output", "first", "--quiet")).ExitCode);
        Assert.Equal(0, (await project.RunAsync("--output", "second", "--quiet")).ExitCode);

        var first = TestProject.Snapshot(Path.Combine(project.Root, "first"));
        var second = TestProject.Snapshot(Path.Combine(project.Root, "second"));
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, bytes) in first)
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between two builds");
    }

    [Fact]
    public async Task A_site_written_page_by_page_as_it_is_built_is_the_site_built_in_memory()
    {
        using var project = TestProject.WithRealSeed();
        const string baseUrl = "https://example.org/site/";
        Assert.Equal(0, (await project.RunAsync("--base-url", baseUrl, "--quiet")).ExitCode);

        var diagnostics = new Diagnostics();
        var inMemory = await SiteBuilder.BuildAsync(SourceReader.Read(project.Root, diagnostics), new BuildOptions(BaseUrl: baseUrl), diagnostics);
        Assert.True(inMemory.Succeeded, string.Join("\n", diagnostics.All));

        var written = TestProject.Snapshot(project.Output);
        Assert.True(written.Remove(OutputWriter.MarkerFile));
        Assert.Equal(inMemory.Files.Select(f => f.Path).Order(StringComparer.Ordinal), written.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("site.zip", written.Keys);
        foreach (var file in inMemory.Files)
            Assert.True(file.Bytes.AsSpan().SequenceEqual(written[file.Path]), $"{file.Path} differs between the written and the in-memory build");
    }

    [Fact]
    public async Task A_seed_with_crlf_and_a_bom_builds_the_same_article_as_lf_without_bom()
    {
        var text = File.ReadAllText(Repo.SeedPath);
        using var lf = new TestProject();
        lf.Write("seeds/a.txt", text);
        using var crlf = new TestProject();
        crlf.WriteBytes("seeds/a.txt", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))]);

        Assert.Equal(0, (await lf.RunAsync("--quiet")).ExitCode);
        Assert.Equal(0, (await crlf.RunAsync("--quiet")).ExitCode);
        Assert.Equal(TestProject.Snapshot(lf.Output), TestProject.Snapshot(crlf.Output));
    }
}
