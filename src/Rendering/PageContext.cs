using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Rendering;

/// <summary>What a template needs to render one page: the page, the site, and relative links from here.</summary>
public sealed record PageContext(SiteInfo Site, SitePage Page)
{
    public string Href(string path, string? fragment = null) => RelativeUrl.Between(Page.Path, path, fragment);

    public string Asset(string name) => Href("assets/" + name);

    /// <summary>Absolute URL of this page, only when a base URL is configured.</summary>
    public string? Canonical => Site.BaseUrl is null ? null : Site.BaseUrl.TrimEnd('/') + "/" + (Page.Path == "index.html" ? "" : Page.Path);

    public bool IsCurrent(string path) => Page.Path == path;

    private int _nextId;

    /// <summary>A fresh element id for this page (tooltips, note markers), stable for the same input.</summary>
    public string NewId(string prefix) => $"{prefix}-{++_nextId}";
}
