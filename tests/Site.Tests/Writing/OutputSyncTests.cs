using KnowledgeSite.Pipeline;
using KnowledgeSite.Rendering;
using KnowledgeSite.Tests.Support;
using KnowledgeSite.Writing;

namespace KnowledgeSite.Tests.Writing;

/// <summary>The preview's rebuilds touch only the files whose bytes changed.</summary>
public class OutputSyncTests
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Only_files_with_other_bytes_are_written_and_files_no_longer_built_are_removed()
    {
        using var project = new TestProject(withRealTheme: false);
        var output = Path.Combine(project.Root, "output");
        Assert.True(OutputWriter.Write([OutputFile.Text("index.html", "home"), OutputFile.Text("a/b.html", "old"), OutputFile.Text("gone/c.html", "c")], output, new Diagnostics()));
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, LongAgo);

        var result = OutputSync.Apply([OutputFile.Text("index.html", "home"), OutputFile.Text("a/b.html", "new"), OutputFile.Text("d.html", "d")], output, new Diagnostics());

        Assert.NotNull(result);
        Assert.Equal(["a/b.html", "d.html"], result.Written);
        Assert.Equal(["gone/c.html"], result.Removed);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(output, "index.html")));
        Assert.Equal("new", File.ReadAllText(Path.Combine(output, "a/b.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "gone")));
        Assert.True(OutputSync.CanSync(output));
        Assert.Equal([".knowledge-site", "a/b.html", "d.html", "index.html"], TestProject.Snapshot(output).Keys);
    }

    [Fact]
    public void The_same_build_again_changes_nothing()
    {
        using var project = new TestProject(withRealTheme: false);
        var output = Path.Combine(project.Root, "output");
        OutputFile[] files = [OutputFile.Text("index.html", "home"), OutputFile.Text("assets/site.css", "body{}")];
        Assert.True(OutputWriter.Write(files, output, new Diagnostics()));

        Assert.Equal(0, OutputSync.Apply(files, output, new Diagnostics())!.Count);
    }

    /// <summary>A zip-like file made from the given pages, counting how often it is made.</summary>
    private sealed class Bundle(params OutputFile[] pages)
    {
        public int Made { get; private set; }

        public OutputFile File => OutputFile.Streamed("site.zip", stream =>
        {
            Made++;
            foreach (var page in pages) page.WriteTo(stream);
        });
    }

    [Fact]
    public void The_zip_is_made_again_only_when_a_file_it_holds_changed_or_went()
    {
        using var project = new TestProject(withRealTheme: false);
        var output = Path.Combine(project.Root, "output");
        OutputFile home = OutputFile.Text("index.html", "home"), other = OutputFile.Text("a.html", "a");
        Assert.True(OutputWriter.Write([home, other, new Bundle(home, other).File], output, new Diagnostics()));

        var unchanged = new Bundle(home, other);
        Assert.Equal(0, OutputSync.Apply([home, other, unchanged.File], output, new Diagnostics())!.Count);
        Assert.Equal(0, unchanged.Made);

        var edited = OutputFile.Text("a.html", "a, edited");
        var afterEdit = new Bundle(home, edited);
        Assert.Equal(["a.html", "site.zip"], OutputSync.Apply([home, edited, afterEdit.File], output, new Diagnostics())!.Paths);
        Assert.Equal(1, afterEdit.Made);
        Assert.Equal("homea, edited", System.IO.File.ReadAllText(Path.Combine(output, "site.zip")));

        var afterRemoval = new Bundle(home);
        Assert.Equal(["a.html", "site.zip"], OutputSync.Apply([home, afterRemoval.File], output, new Diagnostics())!.Paths);
        Assert.Equal("home", System.IO.File.ReadAllText(Path.Combine(output, "site.zip")));
    }
}
