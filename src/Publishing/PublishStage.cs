using KnowledgeSite.Rendering;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Publishing;

/// <summary>
/// The "publish" stage: the files a published site needs beside its pages: sitemap.xml (only with
/// a base URL) and the offline zip, compressed only with a base URL: a build that knows where it
/// will be served is the one that gets published. It runs before the check, so pages may link to
/// both; a site that then fails the check is not written, zip included.
/// </summary>
public static class PublishStage
{
    public const string Stage = "publish";

    public static IReadOnlyList<OutputFile> Run(Site site, IReadOnlyList<OutputFile> files, string? baseUrl)
    {
        var all = files.ToList();
        if (baseUrl is not null) all.Add(Sitemap.Create(site, baseUrl));
        all.Add(OfflineBundle.Create(all, compress: baseUrl is not null));
        return all.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
