using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Knowledge.Readings;

/// <summary>
/// Once editors have started an article's paragraph files, lists its body paragraphs that have no
/// English gist yet: a warning, so an error under --strict. An article nobody has started on is
/// not warned about (the editors' page still lists its missing gists when it has notes).
/// </summary>
public static class GistChecks
{
    public static void Run(ArticleReadings readings, string stage, Diagnostics diagnostics)
    {
        var article = readings.Article;
        var missing = readings.WithoutGist;
        if (missing.Count == 0 || readings.All.Count == 0) return;
        var folder = InputKinds.ArticleFolder(article.Slug) + InputKinds.ParagraphsSubfolder;
        var total = article.Paragraphs.Count();
        var which = missing.Count == total ? $"none of its {total} paragraphs has one" : $"{missing.Count} of {total} paragraphs have none: {string.Join(", ", missing.Select(p => $"¶{p.Number} ({p.Anchor})"))}";
        diagnostics.Warning(stage, $"\"{article.Title}\" lacks English gists: {which}.", folder,
            fix: $"write each paragraph's gist as the body of {folder}<anchor>.md (such as {folder}{missing[0].Anchor}.md).");
    }
}
