using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge;

namespace KnowledgeSite.SiteModel;

/// <summary>The "site" stage: decides which pages exist, their URLs, titles and the navigation.</summary>
public static class BuildSiteStage
{
    public const string Stage = "site";

    public static Site Run(IReadOnlyList<Article> articles, KnowledgeModel knowledge, string? baseUrl)
    {
        var links = articles
            .Select(a => new ArticleLinks(a, $"articles/{a.Slug}.html", $"provenance/{a.Slug}.html"))
            .ToList();

        var nav = new List<NavItem> { new("Home", "index.html") };
        if (links.Count == 1)
        {
            nav.Add(new("Article", links[0].ArticlePath));
            nav.Add(new("Source", links[0].ProvenancePath));
        }
        nav.AddRange(knowledge.Pages.Select(p => new NavItem(p.Title, p.Slug + ".html")));

        var home = knowledge.Home;
        var pages = new List<SitePage>
        {
            new HomePage("index.html", home.SiteTitle, home.Description ?? home.SiteTitle, home, links),
        };
        foreach (var link in links)
        {
            var a = link.Article;
            pages.Add(new ArticlePage(link.ArticlePath, a.Title,
                $"The cleaned text of \"{a.Title}\" ({a.Paragraphs.Count()} paragraphs), with a permalink on every paragraph.", a, link.ProvenancePath));
            pages.Add(new ProvenancePage(link.ProvenancePath, "Source and provenance: " + a.Title,
                $"Where \"{a.Title}\" comes from, and what the cleaner did with every line of the raw scrape.", a, link.ArticlePath));
        }
        pages.AddRange(knowledge.Pages.Select(p => new EditorialPage(p.Slug + ".html", p.Title, p.Description ?? p.Title, p)));
        pages.Add(new NotFoundPage("404.html", "Page not found", "This page does not exist."));

        return new Site(new SiteInfo(home.SiteTitle, nav, baseUrl), pages);
    }
}
