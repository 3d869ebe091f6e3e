using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge;
using KnowledgeSite.Linking;

namespace KnowledgeSite.SiteModel;

/// <summary>The "site" stage: decides which pages exist, their URLs, titles and the navigation.</summary>
public static class BuildSiteStage
{
    public const string Stage = "site";

    public static Site Run(IReadOnlyList<Article> articles, KnowledgeModel knowledge, GlossaryLinks glossary, string? baseUrl)
    {
        var links = articles
            .Select(a => new ArticleLinks(a, SitePaths.Article(a.Slug), SitePaths.Provenance(a.Slug)))
            .ToList();
        var arguments = new ArgumentIndex(knowledge.Arguments);
        var notes = new NoteMarks(knowledge.Notes);

        var nav = new List<NavItem> { new("Home", SitePaths.Home) };
        if (links.Count == 1) nav.Add(new("Article", links[0].ArticlePath));
        if (arguments.Arguments.Count > 0)
            nav.Add(new("Arguments", SitePaths.ArgumentMap, $"The {arguments.Arguments.Count} arguments the article makes, each on its own page with the article's own words as evidence, and a map of how they fit together."));
        if (glossary.Terms.Count > 0)
            nav.Add(new("Glossary", SitePaths.Glossary, $"{glossary.Terms.Count} terms a reader of the article needs — benchmarks, models, companies, people, jargon — each linked wherever it occurs."));
        if (knowledge.Notes.Count > 0)
            nav.Add(new("Translation notes", SitePaths.Notes, $"{knowledge.Notes.Count} notes on what the machine translation's idioms, garbled names and lost punctuation really mean."));
        if (links.Count == 1) nav.Add(new("Source", links[0].ProvenancePath));
        nav.AddRange(knowledge.Pages.Select(p => new NavItem(p.Title, SitePaths.Page(p.Slug), p.Description)));

        var home = knowledge.Home;
        var pages = new List<SitePage>
        {
            new HomePage("index.html", home.SiteTitle, home.Description ?? home.SiteTitle, home, links),
        };
        foreach (var link in links)
        {
            var a = link.Article;
            pages.Add(new ArticlePage(link.ArticlePath, a.Title,
                $"The cleaned text of \"{a.Title}\" ({a.Paragraphs.Count()} paragraphs), with a permalink on every paragraph.", a, link.ProvenancePath, arguments, glossary, notes));
            pages.Add(new ProvenancePage(link.ProvenancePath, "Source and provenance: " + a.Title,
                $"Where \"{a.Title}\" comes from, and what the cleaner did with every line of the raw scrape.", a, link.ArticlePath));
        }
        var articlePaths = links.ToDictionary(l => l.Article, l => l.ArticlePath);
        pages.AddRange(ArgumentPages(arguments, links, glossary));
        pages.AddRange(GlossaryPages(glossary, articlePaths, notes));
        pages.AddRange(NotePages(knowledge.Notes, notes, articlePaths, glossary));
        pages.AddRange(knowledge.Pages.Select(p => new EditorialPage(SitePaths.Page(p.Slug), p.Title, p.Description ?? p.Title, p)));
        pages.Add(new SearchPage(SitePaths.Search, "Search", "Search the article, its arguments, the glossary and the translation notes."));
        pages.Add(new NotFoundPage(SitePaths.NotFound, "Page not found", "This page does not exist."));

        return new Site(new SiteInfo(home.SiteTitle, nav, baseUrl), pages);
    }

    private static IEnumerable<SitePage> NotePages(IReadOnlyList<Knowledge.Notes.TranslationNote> all, NoteMarks marks, IReadOnlyDictionary<Article, string> articlePaths, GlossaryLinks glossary)
    {
        if (all.Count == 0) yield break;
        var ordered = all.OrderBy(n => marks.Of(n).Select(m => m.Number).DefaultIfEmpty(int.MaxValue).Min()).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        yield return new NotesIndexPage(SitePaths.Notes, "Translation notes", $"{all.Count} notes on what the machine translation really says, grouped by kind.", ordered, marks, articlePaths);
        for (var i = 0; i < ordered.Count; i++)
        {
            var n = ordered[i];
            yield return new NotePage(SitePaths.Note(n.Id), $"“{n.Quote.Exact}”", $"{n.Meaning.TrimEnd('.')}. Translation note on the phrase “{n.Quote.Exact}”.", n, marks, articlePaths, glossary,
                i > 0 ? ordered[i - 1] : null, i + 1 < ordered.Count ? ordered[i + 1] : null);
        }
    }

    private static IEnumerable<SitePage> GlossaryPages(GlossaryLinks glossary, IReadOnlyDictionary<Article, string> articlePaths, NoteMarks notes)
    {
        if (glossary.Terms.Count == 0) yield break;
        yield return new GlossaryIndexPage(SitePaths.Glossary, "Glossary", $"The {glossary.Terms.Count} terms a reader of the article needs, by category and A–Z.", glossary);
        var alphabetical = glossary.Terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < alphabetical.Count; i++)
            yield return new TermPage(SitePaths.Term(alphabetical[i].Id), alphabetical[i].Term, alphabetical[i].Short, alphabetical[i], glossary, articlePaths, notes,
                i > 0 ? alphabetical[i - 1] : null, i + 1 < alphabetical.Count ? alphabetical[i + 1] : null);
    }

    private static IEnumerable<SitePage> ArgumentPages(ArgumentIndex index, IReadOnlyList<ArticleLinks> links, GlossaryLinks glossary)
    {
        var all = index.Arguments;
        if (all.Count == 0) yield break;
        var articlePaths = links.ToDictionary(l => l.Article, l => l.ArticlePath);
        yield return new ArgumentMapPage(SitePaths.ArgumentMap, "The arguments and how they fit together",
            $"The {all.Count} arguments the article makes, grouped by side and by section, with a map of how they relate.", index, ArgumentMapLayout.Lay(index), links);
        for (var i = 0; i < all.Count; i++)
            yield return new ArgumentPage(SitePaths.Argument(all[i].Id), all[i].Title, all[i].Claim, all[i], index,
                i > 0 ? all[i - 1] : null, i + 1 < all.Count ? all[i + 1] : null, articlePaths, glossary);
    }
}
