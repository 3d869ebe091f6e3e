using AngleSharp.Html.Parser;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Rendering;

/// <summary>
/// Works out "referenced from" for every page by reading the rendered pages: a page references
/// another if a link in its main content (not its navigation, breadcrumbs or previous/next links)
/// leads there. Reading the HTML rather than the model means every kind of link counts: relations,
/// glossary links, note markers, links editors wrote in Markdown.
/// </summary>
public static class BacklinkFinder
{
    public static IReadOnlyDictionary<string, IReadOnlyList<Backlink>> Find(Site site, IReadOnlyList<OutputFile> pages)
    {
        var byPath = site.Pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var parser = new HtmlParser();
        var found = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in pages.Where(f => f.IsHtml && byPath.ContainsKey(f.Path)))
        {
            if (byPath[file.Path] is NotFoundPage or SearchPage) continue;
            var main = parser.ParseDocument(file.AsText()).QuerySelector("main");
            if (main is null) continue;
            foreach (var link in main.QuerySelectorAll("a[href]").Where(a => a.Closest("nav") is null && a.Closest(".backlinks") is null))
            {
                var target = Resolve(file.Path, link.GetAttribute("href")!);
                if (target is null || target == file.Path || !byPath.ContainsKey(target)) continue;
                if (!found.TryGetValue(target, out var sources)) found[target] = sources = new SortedSet<string>(StringComparer.Ordinal);
                sources.Add(file.Path);
            }
        }
        return found.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<Backlink>)kv.Value.Select(p => new Backlink(p, byPath[p].Title, byPath[p].Kind)).ToList(),
            StringComparer.Ordinal);
    }

    private static string? Resolve(string from, string href)
    {
        if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.Ordinal)) return null;
        return RelativeUrl.Resolve(from, href.Split('#')[0]);
    }
}
