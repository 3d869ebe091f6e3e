using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Knowledge.Notes;

namespace KnowledgeSite.Knowledge.PerArticle;

/// <summary>One article with the editorial layer written for it: its introduction, arguments and notes.</summary>
public sealed record ArticleKnowledge(Article Article, ArticleIntro? Intro, IReadOnlyList<Argument> Arguments, IReadOnlyList<TranslationNote> Notes)
{
    public string Id => Article.Slug;
    public IReadOnlyList<ArgumentSide> Sides => Intro?.Sides ?? [];
}
