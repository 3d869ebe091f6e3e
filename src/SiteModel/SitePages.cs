using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge;
using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Knowledge.Notes;
using KnowledgeSite.Linking;

namespace KnowledgeSite.SiteModel;

/// <summary>A page of the finished site. <see cref="Path"/> is relative to the output root and ends in .html.</summary>
public abstract record SitePage(string Path, string Title, string Description, string Kind);

public sealed record HomePage(string Path, string Title, string Description, HomeContent Content, IReadOnlyList<ArticleLinks> Articles)
    : SitePage(Path, Title, Description, "home");

public sealed record ArticlePage(string Path, string Title, string Description, Article Article, string ProvenancePath, ArgumentIndex Arguments, GlossaryLinks Glossary, NoteMarks Notes)
    : SitePage(Path, Title, Description, "article");

public sealed record ArgumentPage(string Path, string Title, string Description, Argument Argument, ArgumentIndex Index, Argument? Previous, Argument? Next, IReadOnlyDictionary<Article, string> ArticlePaths, GlossaryLinks Glossary)
    : SitePage(Path, Title, Description, "argument");

public sealed record ArgumentMapPage(string Path, string Title, string Description, ArgumentIndex Index, MapLayout Layout, IReadOnlyList<ArticleLinks> Articles)
    : SitePage(Path, Title, Description, "argument map");

public sealed record ProvenancePage(string Path, string Title, string Description, Article Article, string ArticlePath)
    : SitePage(Path, Title, Description, "provenance");

public sealed record GlossaryIndexPage(string Path, string Title, string Description, GlossaryLinks Glossary)
    : SitePage(Path, Title, Description, "glossary");

public sealed record TermPage(string Path, string Title, string Description, GlossaryTerm Term, GlossaryLinks Glossary, IReadOnlyDictionary<Article, string> ArticlePaths, NoteMarks Notes, GlossaryTerm? Previous, GlossaryTerm? Next)
    : SitePage(Path, Title, Description, "term");

public sealed record NotesIndexPage(string Path, string Title, string Description, IReadOnlyList<TranslationNote> Notes, NoteMarks Marks, IReadOnlyDictionary<Article, string> ArticlePaths)
    : SitePage(Path, Title, Description, "notes");

public sealed record NotePage(string Path, string Title, string Description, TranslationNote Note, NoteMarks Marks, IReadOnlyDictionary<Article, string> ArticlePaths, GlossaryLinks Glossary, TranslationNote? Previous, TranslationNote? Next)
    : SitePage(Path, Title, Description, "note");

public sealed record EditorialPage(string Path, string Title, string Description, ContentPage Content)
    : SitePage(Path, Title, Description, "page");

public sealed record SearchPage(string Path, string Title, string Description)
    : SitePage(Path, Title, Description, "search");

public sealed record NotFoundPage(string Path, string Title, string Description)
    : SitePage(Path, Title, Description, "404");

/// <summary>Where one article's pages live.</summary>
public sealed record ArticleLinks(Article Article, string ArticlePath, string ProvenancePath);

/// <summary>A link in the site header.</summary>
public sealed record NavItem(string Label, string Path, string? Description = null);

/// <summary>What every page knows about the whole site.</summary>
public sealed record SiteInfo(string Title, IReadOnlyList<NavItem> Navigation, string? BaseUrl)
{
    /// <summary>For each page, the pages whose content links to it (filled in after a first rendering).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Backlink>> Backlinks { get; init; } = new Dictionary<string, IReadOnlyList<Backlink>>();

    public IReadOnlyList<Backlink> BacklinksTo(string path) => Backlinks.TryGetValue(path, out var list) ? list : [];
}

/// <summary>A page that links to another one, for "Referenced from".</summary>
public sealed record Backlink(string Path, string Title, string Kind);

/// <summary>The whole site before rendering: every page, and the site-wide facts.</summary>
public sealed record Site(SiteInfo Info, IReadOnlyList<SitePage> Pages);
