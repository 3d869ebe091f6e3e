using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge;
using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Knowledge.Notes;
using KnowledgeSite.Knowledge.PerArticle;
using KnowledgeSite.Linking;

namespace KnowledgeSite.SiteModel;

/// <summary>A page of the finished site. <see cref="Path"/> is relative to the output root and ends in .html.</summary>
public abstract record SitePage(string Path, string Title, string Description, string Kind);

/// <param name="Articles">The articles listed on the home page (at most <see cref="Limits.ArticlesPerPage"/>).</param>
public sealed record HomePage(string Path, string Title, string Description, HomeContent Content, IReadOnlyList<ArticleLinks> Articles, int TotalArticles)
    : SitePage(Path, Title, Description, "home");

public sealed record ArticlesIndexPage(string Path, string Title, string Description, IReadOnlyList<ArticleLinks> Items, Pager Pager, int TotalArticles)
    : SitePage(Path, Title, Description, "articles");

public sealed record ArticlePage(string Path, string Title, string Description, ArticleLinks Links, GlossaryLinks Glossary, NoteMarks Notes, IReadOnlyList<RelatedArticle> Related)
    : SitePage(Path, Title, Description, "article")
{
    public Article Article => Links.Article;
    public ArgumentIndex Arguments => Links.Arguments;
    public Knowledge.Readings.ArticleReadings Readings => Links.Knowledge.Readings;
}

/// <summary>Every paragraph of one article as published, in the clearer reading and as the editors' English gist, side by side: for reading and proofreading at once.</summary>
public sealed record ArticleReadingsPage(string Path, string Title, string Description, ArticleLinks Links)
    : SitePage(Path, Title, Description, "article readings")
{
    public Article Article => Links.Article;
    public Knowledge.Readings.ArticleReadings Readings => Links.Knowledge.Readings;
}

/// <summary>Every glossary term one article uses, with every occurrence: where a term page's "and N more" leads.</summary>
public sealed record ArticleTermsPage(string Path, string Title, string Description, ArticleLinks Links, IReadOnlyList<TermInArticle> Terms)
    : SitePage(Path, Title, Description, "article terms");

public sealed record ArgumentPage(string Path, string Title, string Description, Argument Argument, ArticleLinks Links, Argument? Previous, Argument? Next, GlossaryLinks Glossary)
    : SitePage(Path, Title, Description, "argument");

public sealed record ArgumentMapPage(string Path, string Title, string Description, ArticleLinks Links, MapLayout Layout)
    : SitePage(Path, Title, Description, "argument map");

public sealed record ArgumentsIndexPage(string Path, string Title, string Description, IReadOnlyList<ArticleLinks> Items, Pager Pager, int TotalArguments)
    : SitePage(Path, Title, Description, "arguments");

public sealed record ProvenancePage(string Path, string Title, string Description, ArticleLinks Links)
    : SitePage(Path, Title, Description, "provenance")
{
    public Article Article => Links.Article;
    public string ArticlePath => Links.ArticlePath;
}

public sealed record GlossaryIndexPage(string Path, string Title, string Description, GlossaryLinks Glossary, int ArticleCount)
    : SitePage(Path, Title, Description, "glossary");

public sealed record TermPage(string Path, string Title, string Description, GlossaryTerm Term, GlossaryLinks Glossary, TermUsage Usage, NoteMarks Notes, GlossaryTerm? Previous, GlossaryTerm? Next)
    : SitePage(Path, Title, Description, "term");

/// <summary>All the articles that use a term, with counts, when there are too many for the term page.</summary>
public sealed record TermArticlesPage(string Path, string Title, string Description, GlossaryTerm Term, IReadOnlyList<ArticleUsage> Items, Pager Pager, int TotalArticles)
    : SitePage(Path, Title, Description, "term articles");

public sealed record NotesIndexPage(string Path, string Title, string Description, IReadOnlyList<ArticleLinks> Items, Pager Pager, int TotalNotes, NoteMarks Marks)
    : SitePage(Path, Title, Description, "notes");

public sealed record ArticleNotesPage(string Path, string Title, string Description, ArticleLinks Links, IReadOnlyList<TranslationNote> Notes, NoteMarks Marks)
    : SitePage(Path, Title, Description, "article notes");

public sealed record NotePage(string Path, string Title, string Description, TranslationNote Note, ArticleLinks Links, NoteMarks Marks, GlossaryLinks Glossary, TranslationNote? Previous, TranslationNote? Next)
    : SitePage(Path, Title, Description, "note");

public sealed record EditorialPage(string Path, string Title, string Description, ContentPage Content)
    : SitePage(Path, Title, Description, "page");

/// <summary>For editors, not readers: how well the glossary covers the articles, and the names it still lacks.</summary>
/// <param name="Edited">The articles with translation notes or paragraph files, whose note coverage the page reports (at most <see cref="Limits.ArticlesPerPage"/>).</param>
public sealed record EditorsPage(string Path, string Title, string Description, GlossaryLinks Glossary, int ArticleCount, IReadOnlyList<ArticleLinks> Edited)
    : SitePage(Path, Title, Description, "editors");

public sealed record SearchPage(string Path, string Title, string Description)
    : SitePage(Path, Title, Description, "search");

public sealed record NotFoundPage(string Path, string Title, string Description)
    : SitePage(Path, Title, Description, "404");

/// <summary>One article's pages and what the site knows about it; every page of the article reaches its siblings through this.</summary>
public sealed record ArticleLinks(ArticleKnowledge Knowledge, ArgumentIndex Arguments)
{
    public Article Article => Knowledge.Article;
    public string Id => Article.Slug;
    public string ArticlePath => SitePaths.Article(Id);
    public string ProvenancePath => SitePaths.Provenance(Id);
    public string MapPath => SitePaths.ArgumentMap(Id);
    public string NotesPath => SitePaths.ArticleNotes(Id);
    public string TermsPath => SitePaths.ArticleTerms(Id);
    public string ReadingsPath => SitePaths.ArticleReadings(Id);
    /// <summary>Whether the editors wrote anything beside the published text (notes, gists, clearer paragraphs), so a readings page is worth having.</summary>
    public bool HasReadings => Notes.Count > 0 || Knowledge.Readings.All.Count > 0;
    public IReadOnlyList<TranslationNote> Notes => Knowledge.Notes;
    public string? Thesis => Knowledge.Intro?.Thesis;
    public bool Equals(ArticleLinks? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>An article sharing glossary terms with another, for "Related articles".</summary>
public sealed record RelatedArticle(ArticleLinks Links, IReadOnlyList<GlossaryTerm> SharedTerms);

/// <summary>How often one article uses a term, with every occurrence in it.</summary>
public sealed record ArticleUsage(ArticleLinks Links, IReadOnlyList<TermOccurrence> Occurrences);

/// <summary>The articles that use a term, most uses first.</summary>
public sealed record TermUsage(IReadOnlyList<ArticleUsage> Articles)
{
    public int Total => Articles.Sum(a => a.Occurrences.Count);
}

/// <summary>A term on an article's terms page, with its occurrences in that article.</summary>
public sealed record TermInArticle(GlossaryTerm Term, IReadOnlyList<TermOccurrence> Occurrences);

/// <summary>Where a listing page sits among its pages: number (1-based) and the path of every page.</summary>
public sealed record Pager(int Number, IReadOnlyList<string> Paths)
{
    public int Count => Paths.Count;
    public string? Previous => Number > 1 ? Paths[Number - 2] : null;
    public string? Next => Number < Paths.Count ? Paths[Number] : null;
}

/// <summary>How much a page shows before it groups, caps or paginates, so no page grows with the corpus.</summary>
public static class Limits
{
    public const int ArticlesPerPage = 100;
    public const int ArticlesPerIndexPage = 25;
    public const int DetailedArticlesPerTerm = 10;
    public const int ContextsPerArticle = 3;
    public const int ListedArticlesPerTerm = 50;
    public const int ArticlesPerTermPage = 200;
    public const int RelatedArticles = 5;
    public const int Backlinks = 40;
}

/// <summary>A link in the site header or in breadcrumbs.</summary>
public sealed record NavItem(string Label, string Path, string? Description = null, string? Language = null);

/// <summary>What every page knows about the whole site.</summary>
public sealed record SiteInfo(string Title, IReadOnlyList<NavItem> Navigation, string? BaseUrl, int ArticleCount = 1)
{
    /// <summary>Breadcrumbs down to an article: Home › Articles › the article (the middle step only when there are several).</summary>
    public IReadOnlyList<NavItem> CrumbsTo(ArticleLinks links) =>
        ArticleCount > 1
            ? [new("Articles", SitePaths.Articles), new(links.Article.Title, links.ArticlePath, Language: "id")]
            : [new(links.Article.Title, links.ArticlePath, Language: "id")];
}

/// <summary>A page that links to another one, for "Referenced from".</summary>
public sealed record Backlink(string Path, string Title, string Kind);

/// <summary>The whole site before rendering: every page, and the site-wide facts.</summary>
public sealed record Site(SiteInfo Info, IReadOnlyList<SitePage> Pages);
