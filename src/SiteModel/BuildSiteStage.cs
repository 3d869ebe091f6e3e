using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge;
using KnowledgeSite.Knowledge.Notes;
using KnowledgeSite.Linking;

namespace KnowledgeSite.SiteModel;

/// <summary>
/// The "site" stage: decides which pages exist, their URLs, titles and the navigation. Pages that
/// belong to one article are made per article; site-wide listings group by article and paginate,
/// so no page grows with the number of articles.
/// </summary>
public static class BuildSiteStage
{
    public const string Stage = "site";

    public static Site Run(KnowledgeModel knowledge, GlossaryLinks glossary, string? baseUrl)
    {
        var links = knowledge.Articles.Select(k => new ArticleLinks(k, new ArgumentIndex(k.Arguments))).ToList();
        var notes = new NoteMarks([.. knowledge.AllNotes]);
        var single = links.Count == 1 ? links[0] : null;
        var argumentCount = links.Sum(l => l.Arguments.Arguments.Count);
        var noteCount = links.Sum(l => l.Notes.Count);

        var nav = new List<NavItem> { new("Home", SitePaths.Home) };
        nav.Add(single is not null ? new("Article", single.ArticlePath) : new("Articles", SitePaths.Articles, $"All {links.Count} articles, each cleaned, with a permalink on every paragraph and its source line by line."));
        if (argumentCount > 0)
            nav.Add(new("Arguments", single?.MapPath ?? SitePaths.Arguments,
                single is not null
                    ? $"The {argumentCount} arguments the article makes, each on its own page with the article's own words as evidence, and a map of how they fit together."
                    : $"The {argumentCount} arguments the articles make, by article, each with a map of how they fit together."));
        if (glossary.Terms.Count > 0)
            nav.Add(new("Glossary", SitePaths.Glossary, $"{glossary.Terms.Count} terms a reader needs — benchmarks, models, companies, people, jargon — each linked wherever it occurs."));
        if (noteCount > 0)
            nav.Add(new("Translation notes", single?.NotesPath ?? SitePaths.Notes, $"{noteCount} notes on what the machine translation's idioms, garbled names and lost punctuation really mean."));
        if (single is not null) nav.Add(new("Source", single.ProvenancePath));
        nav.AddRange(knowledge.Pages.Where(p => p.InNavigation).Select(p => new NavItem(p.Title, SitePaths.Page(p.Slug), p.Description)));

        var home = knowledge.Home;
        var pages = new List<SitePage>
        {
            new HomePage(SitePaths.Home, home.SiteTitle, home.Description ?? home.SiteTitle, home, links.Take(Limits.ArticlesPerPage).ToList(), links.Count),
        };
        if (single is null) pages.AddRange(Paginated(links, Limits.ArticlesPerPage, SitePaths.Articles,
            (items, pager) => new ArticlesIndexPage(pager.Paths[pager.Number - 1], Numbered("Articles", pager), $"All {links.Count} articles of the site, with their sources and what the editors wrote about each.", items, pager, links.Count)));

        var related = RelatedArticles.Find(links, glossary);
        foreach (var link in links)
        {
            var a = link.Article;
            pages.Add(new ArticlePage(link.ArticlePath, a.Title,
                link.Thesis ?? $"The cleaned text of \"{a.Title}\" ({a.Paragraphs.Count()} paragraphs), with a permalink on every paragraph.", link, glossary, notes, related[link]));
            pages.Add(new ProvenancePage(link.ProvenancePath, "Source and provenance: " + a.Title,
                $"Where \"{a.Title}\" comes from, and what the cleaner did with every line of the raw scrape.", link));
            var terms = glossary.OccurrencesIn(a).GroupBy(o => o.Term)
                .Select(g => new TermInArticle(g.Key, g.ToList()))
                .OrderBy(t => t.Term.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Term.Id, StringComparer.Ordinal).ToList();
            if (terms.Count > 0)
                pages.Add(new ArticleTermsPage(link.TermsPath, "Glossary terms in " + a.Title, $"The {terms.Count} glossary terms \"{a.Title}\" uses, with every place each occurs.", link, terms));
            if (link.HasReadings)
                pages.Add(new ArticleReadingsPage(link.ReadingsPath, "Readings side by side: " + a.Title,
                    $"Every paragraph of \"{a.Title}\" as published, in the clearer reading and as the editors' English gist.", link));
            pages.AddRange(ArgumentPages(link, glossary));
            pages.AddRange(NotePages(link, notes, glossary));
        }
        if (argumentCount > 0)
            pages.AddRange(Paginated(links.Where(l => l.Arguments.Arguments.Count > 0).ToList(), Limits.ArticlesPerIndexPage, SitePaths.Arguments,
                (items, pager) => new ArgumentsIndexPage(pager.Paths[pager.Number - 1], Numbered("Arguments", pager), $"The {argumentCount} arguments the articles make, listed by article.", items, pager, argumentCount)));
        if (noteCount > 0)
            pages.AddRange(Paginated(links.Where(l => l.Notes.Count > 0).ToList(), Limits.ArticlesPerIndexPage, SitePaths.Notes,
                (items, pager) => new NotesIndexPage(pager.Paths[pager.Number - 1], Numbered("Translation notes", pager), $"{noteCount} notes on what the machine translation really says, by article and by kind.", items, pager, noteCount, notes)));
        pages.AddRange(GlossaryPages(glossary, links, notes));
        var edited = links.Where(l => l.HasReadings).Take(Limits.ArticlesPerPage).ToList();
        if (glossary.Terms.Count > 0 || edited.Count > 0)
            pages.Add(new EditorsPage(SitePaths.Editors, "For editors: coverage",
                "Which paragraphs have translation notes, were reviewed and have an English gist; how often each glossary term occurs and is linked; names with no entry yet.", glossary, links.Count, edited));
        pages.AddRange(knowledge.Pages.Select(p => new EditorialPage(SitePaths.Page(p.Slug), p.Title, p.Description ?? p.Title, p)));
        pages.Add(new SearchPage(SitePaths.Search, "Search", single is not null
            ? "Search the article, its arguments, the glossary and the translation notes."
            : $"Search all {links.Count} articles, their arguments, the glossary and the translation notes."));
        pages.Add(new NotFoundPage(SitePaths.NotFound, "Page not found", "This page does not exist."));

        return new Site(new SiteInfo(home.SiteTitle, nav, baseUrl, links.Count), pages);
    }

    private static string Numbered(string title, Pager pager) => pager.Number == 1 ? title : $"{title}, page {pager.Number} of {pager.Count}";

    /// <summary>Splits a listing into pages of <paramref name="size"/> items, the first at <paramref name="first"/>.</summary>
    public static IEnumerable<SitePage> Paginated<T>(IReadOnlyList<T> items, int size, string first, Func<IReadOnlyList<T>, Pager, SitePage> page)
    {
        var count = Math.Max(1, (items.Count + size - 1) / size);
        var paths = Enumerable.Range(1, count).Select(n => SitePaths.Numbered(first, n)).ToList();
        for (var n = 1; n <= count; n++)
            yield return page(items.Skip((n - 1) * size).Take(size).ToList(), new Pager(n, paths));
    }

    private static IEnumerable<SitePage> NotePages(ArticleLinks link, NoteMarks marks, GlossaryLinks glossary)
    {
        var all = link.Notes;
        if (all.Count == 0) yield break;
        var ordered = marks.InReadingOrder(all);
        yield return new ArticleNotesPage(link.NotesPath, "Translation notes on " + link.Article.Title,
            $"{all.Count} notes on what the machine translation of \"{link.Article.Title}\" really says, grouped by kind.", link, ordered, marks);
        for (var i = 0; i < ordered.Count; i++)
        {
            var n = ordered[i];
            yield return new NotePage(SitePaths.Note(link.Id, n.Id), $"“{n.Quote.Exact}”", $"{n.Meaning.TrimEnd('.')}. Translation note on the phrase “{n.Quote.Exact}”.", n, link, marks, glossary,
                i > 0 ? ordered[i - 1] : null, i + 1 < ordered.Count ? ordered[i + 1] : null);
        }
    }

    private static IEnumerable<SitePage> GlossaryPages(GlossaryLinks glossary, IReadOnlyList<ArticleLinks> links, NoteMarks notes)
    {
        if (glossary.Terms.Count == 0) yield break;
        yield return new GlossaryIndexPage(SitePaths.Glossary, "Glossary", $"The {glossary.Terms.Count} terms a reader of the articles needs, by category and A–Z.", glossary, links.Count);
        var byArticle = links.ToDictionary(l => l.Article);
        var position = links.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var alphabetical = glossary.Terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        for (var i = 0; i < alphabetical.Count; i++)
        {
            var term = alphabetical[i];
            var usage = new TermUsage(glossary.OccurrencesOf(term).GroupBy(o => o.Article)
                .Select(g => new ArticleUsage(byArticle[g.Key], g.ToList()))
                .OrderByDescending(u => u.Occurrences.Count).ThenBy(u => position[u.Links])
                .ToList());
            yield return new TermPage(SitePaths.Term(term.Id), term.Term, term.Short, term, glossary, usage, notes,
                i > 0 ? alphabetical[i - 1] : null, i + 1 < alphabetical.Count ? alphabetical[i + 1] : null);
            if (usage.Articles.Count > Limits.ListedArticlesPerTerm)
                foreach (var page in Paginated(usage.Articles, Limits.ArticlesPerTermPage, SitePaths.TermArticles(term.Id),
                    (items, pager) => new TermArticlesPage(pager.Paths[pager.Number - 1], Numbered($"Articles that use {term.Term}", pager),
                        $"All {usage.Articles.Count} articles that use {term.Term}, most uses first.", term, items, pager, usage.Articles.Count)))
                    yield return page;
        }
    }

    private static IEnumerable<SitePage> ArgumentPages(ArticleLinks link, GlossaryLinks glossary)
    {
        var all = link.Arguments.Arguments;
        if (all.Count == 0) yield break;
        yield return new ArgumentMapPage(link.MapPath, "The arguments of " + link.Article.Title,
            $"The {all.Count} arguments \"{link.Article.Title}\" makes, with a map of how they relate.", link, ArgumentMapLayout.Lay(link.Arguments));
        for (var i = 0; i < all.Count; i++)
            yield return new ArgumentPage(SitePaths.Argument(link.Id, all[i].Id), all[i].Title, all[i].Claim, all[i], link,
                i > 0 ? all[i - 1] : null, i + 1 < all.Count ? all[i + 1] : null, glossary);
    }
}
