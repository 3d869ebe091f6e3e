using KnowledgeSite.Pipeline;
using KnowledgeSite.Rendering;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Publishing;

/// <summary>
/// The "publish" stage: the files a published site needs beside its pages, sitemap.xml and the offline
/// zip, both only for a build with a base URL: a build that knows where it will be served is the one
/// that gets published. Any other build's output folder is already the offline copy, so writing the
/// whole site a second time into a zip would be wasted (at 10,000 articles 840 MB, a tenth of the
/// build, even stored uncompressed). It runs before the check, so pages may link to both; a site that
/// then fails the check is not written, zip included.
/// </summary>
public static class PublishStage
{
    public const string Stage = "publish";

    public static IReadOnlyList<OutputFile> Run(Site site, IReadOnlyList<OutputFile> files, string? baseUrl, FinishedFiles finished)
    {
        if (baseUrl is null) return files;
        var all = files.ToList();
        all.Add(finished.Take(Sitemap.Create(site, baseUrl)));
        all.Add(finished.Take(OfflineBundle.Create(all)));
        return all.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
