using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeSite.CommandLine;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;

namespace KnowledgeSite.Tests.Support;

/// <summary>Locations in the repository under test.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string SeedPath => Path.Combine(Root, "seeds", "000_ea4a4582c69bac45.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Site.csproj")))
                return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (Site.csproj) above " + AppContext.BaseDirectory);
    }

    /// <summary>The real theme's static assets, so small test sites look and link like the real one.</summary>
    public static IReadOnlyList<SourceFile> ThemeAssets()
    {
        var diagnostics = new Diagnostics();
        return SourceReader.Read(Root, diagnostics).ThemeAssets;
    }
}

/// <summary>A small project in a temporary folder, built with the real command line.</summary>
public sealed class TestProject : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("ks-test-").FullName;

    public TestProject(string? txtar = null, bool withRealTheme = true)
    {
        if (withRealTheme)
            CopyDirectory(Path.Combine(Repo.Root, "theme", "assets"), Path.Combine(Root, "theme", "assets"));
        if (txtar is not null)
            foreach (var (path, content) in Txtar.Parse(txtar))
                Write(path, content);
    }

    public static TestProject WithRealSeed()
    {
        var project = new TestProject();
        Directory.CreateDirectory(Path.Combine(project.Root, "seeds"));
        File.Copy(Repo.SeedPath, Path.Combine(project.Root, "seeds", Path.GetFileName(Repo.SeedPath)));
        CopyDirectory(Path.Combine(Repo.Root, "input"), Path.Combine(project.Root, "input"));
        return project;
    }

    public string Output => Path.Combine(Root, "output");

    public void Write(string path, string content) => WriteBytes(path, Encoding.UTF8.GetBytes(content));

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public async Task<CommandResult> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CommandLineInterface.RunAsync([.. args, "--root", Root], stdout, stderr);
        return new CommandResult(exit, stdout.ToString(), stderr.ToString());
    }

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    public IHtmlDocument Html(string path) => new HtmlParser().ParseDocument(ReadOutput(path));

    /// <summary>Every file under a folder with its bytes, keyed by relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}

public sealed record CommandResult(int ExitCode, string Stdout, string Stderr)
{
    public string All => Stdout + Stderr;
}
