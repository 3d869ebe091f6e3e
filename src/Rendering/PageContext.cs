using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Rendering;

/// <summary>
/// What a template needs to render one page: the page, the site, and relative links from here.
/// While the page renders it records what the rest of the build needs to know about it: the pages
/// its content refers to (for "referenced from") and the glossary terms whose definitions it shows.
/// </summary>
public sealed record PageContext(SiteInfo Site, SitePage Page)
{
    private readonly SortedSet<string> _references = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, GlossaryTerm> _tips = new(StringComparer.Ordinal);
    private int _nextId;

    /// <summary>
    /// A link in the page's content: the target lists this page under "referenced from".
    /// Navigation (menus, breadcrumbs, previous/next, pagers) uses <see cref="NavHref"/> instead.
    /// </summary>
    public string Href(string path, string? fragment = null)
    {
        _references.Add(path);
        return RelativeUrl.Between(Page.Path, path, fragment);
    }

    /// <summary>A link that helps the reader move around but says nothing about the target: not a reference.</summary>
    public string NavHref(string path, string? fragment = null) => RelativeUrl.Between(Page.Path, path, fragment);

    /// <summary>Records a content link the page carries in markup it did not build with <see cref="Href"/> (an editor's Markdown link).</summary>
    public void Refer(string path) => _references.Add(path);

    public string Asset(string name) => NavHref("assets/" + name);

    /// <summary>Absolute URL of this page, only when a base URL is configured.</summary>
    public string? Canonical => Site.BaseUrl is null ? null : Site.BaseUrl.TrimEnd('/') + "/" + (Page.Path == "index.html" ? "" : Page.Path);

    /// <summary>
    /// Where the published site's zip is, only when a base URL is configured (only that build makes it).
    /// Absolute, so the link still leads to it from a copy unpacked from the zip, which cannot hold itself.
    /// </summary>
    public string? OfflineBundleUrl => Site.BaseUrl is null ? null : Site.BaseUrl.TrimEnd('/') + "/" + Publishing.OfflineBundle.FileName;

    public bool IsCurrent(string path) => Page.Path == path;

    /// <summary>
    /// How a navigation item relates to this page, as its aria-current value: "page" on the page
    /// itself, "true" on the section the page belongs to (an argument page under "Arguments"), else null.
    /// </summary>
    public string? NavCurrent(string path) =>
        IsCurrent(path) ? "page" : path == (_section ??= NavSection.Of(Page, Site.Navigation) ?? "") ? "true" : null;

    private string? _section;

    /// <summary>A fresh element id for this page (note markers), stable for the same input.</summary>
    public string NewId(string prefix) => $"{prefix}-{++_nextId}";

    /// <summary>
    /// The id of the term's definition on this page. Every link to the term shares it, so the
    /// definition is written once per page however often the term occurs.
    /// </summary>
    public string TipFor(GlossaryTerm term)
    {
        _tips.TryAdd(term.Id, term);
        return TipId(term);
    }

    public static string TipId(GlossaryTerm term) => "tip-" + term.Id;

    /// <summary>Marks where "referenced from" goes: who links here is known only after every page has rendered.</summary>
    public Microsoft.AspNetCore.Components.MarkupString ReserveBacklinks()
    {
        HasBacklinks = true;
        return new(PageSlots.Backlinks);
    }

    public bool HasBacklinks { get; private set; }

    /// <summary>The site paths this page's content links to, itself excluded, in ordinal order.</summary>
    public IEnumerable<string> References => _references.Where(p => p != Page.Path);

    /// <summary>The terms whose definitions the page shows, in id order.</summary>
    public IReadOnlyCollection<GlossaryTerm> Tips => _tips.Values;
}
