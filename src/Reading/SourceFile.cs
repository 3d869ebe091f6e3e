namespace KnowledgeSite.Reading;

/// <summary>A file as read from disk: its path relative to the project root (with '/') and its bytes.</summary>
public sealed record SourceFile(string Path, byte[] Bytes);

/// <summary>Everything a build reads, gathered in one step so every later stage works in memory.</summary>
public sealed record SourceTree(
    IReadOnlyList<SourceFile> Seeds,
    IReadOnlyList<SourceFile> Inputs,
    IReadOnlyList<SourceFile> ThemeAssets)
{
    public static SourceTree Empty { get; } = new([], [], []);
}
