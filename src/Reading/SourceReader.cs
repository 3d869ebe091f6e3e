using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Reading;

/// <summary>
/// The build's only disk read: seeds/*.txt, input/**/*.md and theme/assets/**. Paths are sorted
/// ordinally so that the order of pages never depends on the file system.
/// </summary>
public static class SourceReader
{
    public const string Stage = "read";

    public static SourceTree Read(string root, Diagnostics diagnostics)
    {
        var seedsDir = Path.Combine(root, "seeds");
        if (!Directory.Exists(seedsDir))
        {
            diagnostics.Error(Stage, $"there is no seeds/ folder in {Path.GetFullPath(root)}.", "seeds/",
                fix: "run the command from the project root, or create seeds/ and put the scraped article (a .txt file) in it.");
            return SourceTree.Empty;
        }

        var seeds = ReadAll(root, seedsDir, "*.txt", SearchOption.TopDirectoryOnly);
        if (seeds.Count == 0)
            diagnostics.Error(Stage, "seeds/ holds no .txt file, so there is no article to build.", "seeds/",
                fix: "put the scraped article in seeds/ as a UTF-8 .txt file.");

        var inputDir = Path.Combine(root, "input");
        var inputs = Directory.Exists(inputDir) ? ReadAll(root, inputDir, "*.md", SearchOption.AllDirectories) : [];

        var assetsDir = Path.Combine(root, "theme", "assets");
        var assets = Directory.Exists(assetsDir) ? ReadAll(root, assetsDir, "*", SearchOption.AllDirectories) : [];
        if (assets.Count == 0)
            diagnostics.Warning(Stage, "theme/assets/ is missing or empty: pages will have no stylesheet.", "theme/assets/");

        return new SourceTree(seeds, inputs, assets);
    }

    private static List<SourceFile> ReadAll(string root, string dir, string pattern, SearchOption option) =>
        Directory.EnumerateFiles(dir, pattern, option)
            .Select(path => new SourceFile(RelativePath(root, path), File.ReadAllBytes(path)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();

    public static string RelativePath(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/');
}
