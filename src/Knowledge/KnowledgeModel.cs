using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Knowledge.Notes;

namespace KnowledgeSite.Knowledge;

/// <summary>The home page's editorial text (input/index.md).</summary>
public sealed record HomeContent(string SiteTitle, string? Description, EditorialBody? Intro);

/// <summary>A free-standing editorial page such as input/pages/about.md.</summary>
public sealed record ContentPage(string Slug, string Title, string? Description, int Order, EditorialBody Body, string SourcePath);

/// <summary>Everything editors wrote in input/, parsed and checked against the articles.</summary>
public sealed record KnowledgeModel(HomeContent Home, IReadOnlyList<ContentPage> Pages, IReadOnlyList<Argument> Arguments, IReadOnlyList<GlossaryTerm> Glossary, IReadOnlyList<TranslationNote> Notes)
{
    public const string DefaultSiteTitle = "Knowledge site";

    /// <summary>Every Markdown body, for stages that work on all of them (such as glossary linking).</summary>
    public IEnumerable<EditorialBody> Bodies =>
        new[] { Home.Intro }.OfType<EditorialBody>()
            .Concat(Pages.Select(p => p.Body))
            .Concat(Arguments.Select(a => a.Body))
            .Concat(Glossary.Select(t => t.Body))
            .Concat(Notes.Select(n => n.Body));
}
