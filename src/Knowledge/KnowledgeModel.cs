using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Knowledge.Notes;
using KnowledgeSite.Knowledge.PerArticle;

namespace KnowledgeSite.Knowledge;

/// <summary>The home page's editorial text (input/index.md).</summary>
public sealed record HomeContent(string SiteTitle, string? Description, EditorialBody? Intro);

/// <summary>A free-standing editorial page such as input/pages/about.md.</summary>
public sealed record ContentPage(string Slug, string Title, string? Description, int Order, EditorialBody Body, string SourcePath)
{
    /// <summary>Whether the header's navigation links the page (front matter 'nav: no' leaves it to the links editors write).</summary>
    public bool InNavigation { get; init; } = true;
}

/// <summary>
/// Everything editors wrote in input/, parsed and checked: the site-wide home text, pages and
/// glossary, and per article (in seed order) the layer written for that article alone.
/// </summary>
public sealed record KnowledgeModel(HomeContent Home, IReadOnlyList<ContentPage> Pages, IReadOnlyList<GlossaryTerm> Glossary, IReadOnlyList<ArticleKnowledge> Articles)
{
    public const string DefaultSiteTitle = "Knowledge site";

    public IEnumerable<Article> ArticleTexts => Articles.Select(a => a.Article);
    public IEnumerable<Argument> AllArguments => Articles.SelectMany(a => a.Arguments);
    public IEnumerable<TranslationNote> AllNotes => Articles.SelectMany(a => a.Notes);

    /// <summary>Every Markdown body, for stages that work on all of them (such as glossary linking).</summary>
    public IEnumerable<EditorialBody> Bodies => SiteWideBodies.Concat(Articles.SelectMany(ArticleBodies));

    /// <summary>The bodies that belong to no one article: the home text, free pages and glossary entries.</summary>
    public IEnumerable<EditorialBody> SiteWideBodies =>
        new[] { Home.Intro }.OfType<EditorialBody>()
            .Concat(Pages.Select(p => p.Body))
            .Concat(Glossary.Select(t => t.Body));

    /// <summary>The bodies written for one article: its introduction, arguments and notes.</summary>
    public static IEnumerable<EditorialBody> ArticleBodies(ArticleKnowledge article) =>
        new[] { article.Intro?.Body }.OfType<EditorialBody>()
            .Concat(article.Arguments.Select(a => a.Body))
            .Concat(article.Notes.Select(n => n.Body));
}
