using KnowledgeSite.Reading;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Rendering;

/// <summary>The "render" stage: every page through its template, plus the theme's static assets.</summary>
public static class RenderStage
{
    public const string Stage = "render";
    private const string AssetsFolder = "theme/assets/";

    public static async Task<IReadOnlyList<OutputFile>> RunAsync(Site site, IReadOnlyList<SourceFile> themeAssets)
    {
        var files = new List<OutputFile>();
        await using (var renderer = new RazorPageRenderer())
        {
            // Twice: the first rendering tells which pages link where, the second shows it as "referenced from".
            var firstPass = new List<OutputFile>();
            foreach (var page in site.Pages)
                firstPass.Add(OutputFile.Text(page.Path, await renderer.RenderAsync(site.Info, page)));
            var info = site.Info with { Backlinks = BacklinkFinder.Find(site, firstPass) };
            foreach (var page in site.Pages)
                files.Add(OutputFile.Text(page.Path, await renderer.RenderAsync(info, page)));
        }
        files.AddRange(themeAssets.Select(a => new OutputFile("assets/" + a.Path[AssetsFolder.Length..], a.Bytes)));
        files.Add(OutputFile.Text(".nojekyll", "")); // GitHub Pages: serve the files as they are
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
