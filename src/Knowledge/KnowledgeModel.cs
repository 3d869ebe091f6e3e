using KnowledgeSite.Knowledge.Arguments;

namespace KnowledgeSite.Knowledge;

/// <summary>The home page's editorial text (input/index.md).</summary>
public sealed record HomeContent(string SiteTitle, string? Description, string IntroHtml);

/// <summary>A free-standing editorial page such as input/pages/about.md.</summary>
public sealed record ContentPage(string Slug, string Title, string? Description, int Order, string BodyHtml, string SourcePath);

/// <summary>Everything editors wrote in input/, parsed and checked against the articles.</summary>
public sealed record KnowledgeModel(HomeContent Home, IReadOnlyList<ContentPage> Pages, IReadOnlyList<Argument> Arguments)
{
    public const string DefaultSiteTitle = "Knowledge site";
}
