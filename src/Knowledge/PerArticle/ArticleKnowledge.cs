using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Knowledge.Notes;
using KnowledgeSite.Knowledge.Readings;

namespace KnowledgeSite.Knowledge.PerArticle;

/// <summary>One article with the editorial layer written for it: its introduction, arguments, notes and readings (gists, clearer text).</summary>
public sealed record ArticleKnowledge(Article Article, ArticleIntro? Intro, IReadOnlyList<Argument> Arguments, IReadOnlyList<TranslationNote> Notes, ArticleReadings Readings)
{
    public string Id => Article.Slug;
    public IReadOnlyList<ArgumentSide> Sides => Intro?.Sides ?? [];

    /// <summary>Whether the editors said this section's heading is a sub-point of the one before (index.md, 'subheadings').</summary>
    public bool IsSubsection(Section section) =>
        section.Heading is { } heading && Intro is { } intro && intro.Subheadings.Any(s => s.Value == heading);
}
