using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;
using KnowledgeSite.SiteModel;
using KnowledgeSite.Theme;

namespace KnowledgeSite.Rendering;

/// <summary>
/// The "render" stage: every page through its template once, on every core, plus the theme's
/// static assets. Each page records the pages its content links to while it renders; once all
/// have rendered, those references give every page its "referenced from" list. A page without that
/// list is finished as soon as it has rendered, and handed on at once.
/// </summary>
public static class RenderStage
{
    public const string Stage = "render";
    private const string AssetsFolder = "theme/assets/";

    public static async Task<IReadOnlyList<OutputFile>> RunAsync(Site site, IReadOnlyList<SourceFile> themeAssets, FinishedFiles finished)
    {
        var rendered = await RenderAllAsync(site, finished);
        var backlinks = Backlinks(site, rendered);
        var files = new OutputFile[rendered.Length];
        Parallel.For(0, rendered.Length, i => files[i] = rendered[i].Context.HasBacklinks ? finished.Take(Finish(rendered[i], backlinks)) : rendered[i].File);
        return files
            .Concat(themeAssets.Select(a => finished.Take(new OutputFile("assets/" + a.Path[AssetsFolder.Length..], a.Bytes))))
            .Append(finished.Take(OutputFile.Text(".nojekyll", ""))) // GitHub Pages: serve the files as they are
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>One renderer per core, each taking the next page not yet taken; results keep the pages' order.</summary>
    private static async Task<RenderedPage[]> RenderAllAsync(Site site, FinishedFiles finished)
    {
        var rendered = new RenderedPage[site.Pages.Count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, Environment.ProcessorCount)).Select(_ => Task.Run(async () =>
        {
            var renderer = new RazorPageRenderer();
            for (var i = Interlocked.Increment(ref next); i < rendered.Length; i = Interlocked.Increment(ref next))
            {
                var page = await renderer.RenderAsync(site.Info, site.Pages[i]);
                rendered[i] = page.Context.HasBacklinks ? page : page with { File = finished.Take(page.File) };
            }
        })));
        return rendered;
    }

    /// <summary>
    /// For each page, the pages whose content links to it, in path order. The 404 and search pages
    /// only help the reader find things, so they refer to nothing.
    /// </summary>
    private static Dictionary<string, List<Backlink>> Backlinks(Site site, IReadOnlyList<RenderedPage> rendered)
    {
        var byPath = site.Pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var found = new Dictionary<string, List<Backlink>>(StringComparer.Ordinal);
        foreach (var source in rendered.Where(r => r.Page is not (NotFoundPage or SearchPage)).OrderBy(r => r.Page.Path, StringComparer.Ordinal))
            foreach (var target in source.Context.References.Where(byPath.ContainsKey))
            {
                if (!found.TryGetValue(target, out var list)) found[target] = list = [];
                list.Add(new Backlink(source.Page.Path, source.Page.Title, source.Page.Kind));
            }
        return found;
    }

    private static readonly byte[] BacklinksSlot = System.Text.Encoding.UTF8.GetBytes(PageSlots.Backlinks);

    private static OutputFile Finish(RenderedPage page, Dictionary<string, List<Backlink>> backlinks)
    {
        var links = backlinks.TryGetValue(page.Page.Path, out var list) ? list : [];
        var html = page.File.Bytes.AsSpan();
        var at = html.IndexOf(BacklinksSlot);
        byte[] section = System.Text.Encoding.UTF8.GetBytes(BacklinksMarkup.Html(page.Page.Path, links));
        return new OutputFile(page.Page.Path, [.. html[..at], .. section, .. html[(at + BacklinksSlot.Length)..]]);
    }
}
