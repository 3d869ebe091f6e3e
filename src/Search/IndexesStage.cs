using KnowledgeSite.Rendering;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Search;

/// <summary>The "indexes" stage: the search index every page can load.</summary>
public static class IndexesStage
{
    public const string Stage = "indexes";

    public static IReadOnlyList<OutputFile> Run(Site site, Action<string>? log = null)
    {
        var documents = SearchDocuments.From(site);
        var files = SearchIndexFiles.Write(documents, SearchShardSizes.Default);
        log?.Invoke($"search: {documents.Count} documents, index {files.Sum(f => f.Bytes.Length) / 1024.0:0.0} KiB in "
            + (files.Count == 1 ? "one file" : $"{files.Count} files, the largest {files.Max(f => f.Bytes.Length) / 1024.0:0.0} KiB"));
        return files;
    }
}
