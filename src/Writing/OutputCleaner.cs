namespace KnowledgeSite.Writing;

/// <summary>What <see cref="OutputCleaner"/> did, or why it refused.</summary>
public sealed record CleanResult(bool RemovedOutput, int RemovedFiles, IReadOnlyList<string> RemovedLeftovers, string? Refusal)
{
    public bool Refused => Refusal is not null;
}

/// <summary>
/// Removes an output folder, but only one that <see cref="OutputWriter"/> wrote (it holds the
/// marker file), and the staging or retired folders an interrupted build may have left beside it.
/// </summary>
public static class OutputCleaner
{
    public static CleanResult Clean(string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var leftovers = Leftovers(target).ToList();

        if (File.Exists(target))
            return new CleanResult(false, 0, [], "it is a file, not a folder this tool wrote");
        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, OutputWriter.MarkerFile)))
            return new CleanResult(false, 0, [], $"it has no {OutputWriter.MarkerFile} marker, so this tool did not write it");

        var existed = Directory.Exists(target);
        var files = 0;
        if (existed)
        {
            files = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) != OutputWriter.MarkerFile);
            Directory.Delete(target, recursive: true);
        }
        foreach (var leftover in leftovers)
            Directory.Delete(leftover, recursive: true);
        return new CleanResult(existed, files, leftovers.Select(Path.GetFileName).OfType<string>().ToList(), null);
    }

    /// <summary>Folders named as <see cref="OutputWriter"/> names its staging and retired copies of this output.</summary>
    public static IEnumerable<string> Leftovers(string target)
    {
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent)) return [];
        var name = Path.GetFileName(target);
        return Directory.EnumerateDirectories(parent, $".{name}.staging-*")
            .Concat(Directory.EnumerateDirectories(parent, $".{name}.previous-*"))
            .Order(StringComparer.Ordinal);
    }
}
