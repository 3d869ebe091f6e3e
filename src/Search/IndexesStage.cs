using System.Security;
using System.Text;
using KnowledgeSite.Rendering;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Search;

/// <summary>The "indexes" stage: the search index every page can load, and sitemap.xml when a base URL is set.</summary>
public static class IndexesStage
{
    public const string Stage = "indexes";
    public const string SearchIndexPath = "assets/search-index.js";

    public static IReadOnlyList<OutputFile> Run(Site site, Action<string>? log = null)
    {
        var documents = SearchDocuments.From(site);
        var script = SearchIndex.ToScript(documents);
        log?.Invoke($"search: {documents.Count} documents, index {SearchIndex.ByteSize(script) / 1024.0:0.0} KiB");
        var files = new List<OutputFile> { OutputFile.Text(SearchIndexPath, script) };
        if (site.Info.BaseUrl is { } baseUrl) files.Add(OutputFile.Text("sitemap.xml", Sitemap(site, baseUrl)));
        return files;
    }

    private static string Sitemap(Site site, string baseUrl)
    {
        var root = baseUrl.TrimEnd('/') + "/";
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in site.Pages.Where(p => p is not NotFoundPage && p is not SearchPage).OrderBy(p => p.Path, StringComparer.Ordinal))
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(root + (page.Path == SitePaths.Home ? "" : page.Path))).Append("</loc></url>\n");
        return xml.Append("</urlset>\n").ToString();
    }
}
