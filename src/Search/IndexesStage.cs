using KnowledgeSite.Rendering;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Search;

/// <summary>The "indexes" stage: the search index every page can load.</summary>
public static class IndexesStage
{
    public const string Stage = "indexes";
    public const string SearchIndexPath = "assets/search-index.js";

    public static IReadOnlyList<OutputFile> Run(Site site, Action<string>? log = null)
    {
        var documents = SearchDocuments.From(site);
        var script = SearchIndex.ToScript(documents);
        log?.Invoke($"search: {documents.Count} documents, index {SearchIndex.ByteSize(script) / 1024.0:0.0} KiB");
        return [OutputFile.Text(SearchIndexPath, script)];
    }
}
