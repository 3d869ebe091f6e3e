using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Rendering;

/// <summary>
/// Which item of the main navigation a page belongs to, so the header can mark it even when the page
/// is not the item's own page: an argument page sits under "Arguments", a term page under "Glossary".
/// </summary>
public static class NavSection
{
    /// <summary>
    /// The nav paths a page could sit under, most specific first; the first one the navigation has
    /// wins. A site of one article links its per-article listings from the header, a site of many
    /// the site-wide ones, so a page names both.
    /// </summary>
    public static IReadOnlyList<string> Candidates(SitePage page) => page switch
    {
        ArticlePage p => [p.Links.ArticlePath, SitePaths.Articles],
        ArticleTermsPage p => [SitePaths.Glossary, p.Links.ArticlePath, SitePaths.Articles],
        ArticleReadingsPage p => [p.Links.ArticlePath, SitePaths.Articles],
        ProvenancePage p => [p.Links.ProvenancePath, p.Links.ArticlePath, SitePaths.Articles],
        ArticlesIndexPage => [SitePaths.Articles],
        ArgumentPage p => [p.Links.MapPath, SitePaths.Arguments],
        ArgumentMapPage p => [p.Links.MapPath, SitePaths.Arguments],
        ArgumentsIndexPage => [SitePaths.Arguments],
        TermPage or TermArticlesPage or GlossaryIndexPage => [SitePaths.Glossary],
        NotePage p => [p.Links.NotesPath, SitePaths.Notes],
        ArticleNotesPage p => [p.Links.NotesPath, SitePaths.Notes],
        NotesIndexPage => [SitePaths.Notes],
        _ => [page.Path],
    };

    /// <summary>The path of the navigation item the page belongs to, or null when it belongs to none.</summary>
    public static string? Of(SitePage page, IReadOnlyList<NavItem> navigation) =>
        Candidates(page).FirstOrDefault(path => navigation.Any(item => item.Path == path));
}
