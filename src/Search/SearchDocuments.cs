using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Search;

/// <summary>Collects what search covers from the site model: every article's paragraphs and their English gists, arguments and notes (each saying which article it is in), glossary terms and pages.</summary>
public static class SearchDocuments
{
    public static IReadOnlyList<SearchDocument> From(Site site)
    {
        var documents = new List<SearchDocument>();
        foreach (var page in site.Pages)
        {
            switch (page)
            {
                case ArticlePage a:
                    foreach (var section in a.Article.Sections)
                        foreach (var p in section.Paragraphs)
                        {
                            documents.Add(new("Paragraph", $"¶{p.Number} · {section.Heading ?? a.Article.Title}", $"{a.Path}#{p.Anchor}", p.Text, "id", a.Article.Title));
                            if (a.Readings.Of(a.Article.Unit(p.Anchor))?.Gist is { } gist)
                                documents.Add(new("Gist", $"¶{p.Number} · English gist", $"{SitePaths.ArticleReadings(a.Article.Slug)}#{SitePaths.ReadingsRow(p.Anchor)}", gist, "en", a.Article.Title));
                        }
                    break;
                case ArgumentPage g:
                    var arg = g.Argument;
                    documents.Add(new("Argument", arg.Title, g.Path,
                        Join(arg.Claim, string.Join(" ", arg.Passages.Select(p => p.Quote.Exact)), PlainText(arg.Body.Markdown)), "en", arg.Article.Title, [arg.Title]));
                    break;
                case TermPage t:
                    var term = t.Term;
                    documents.Add(new("Term", term.Expansion is { Length: > 0 } e && e != term.Term ? $"{term.Term} ({e})" : term.Term, t.Path,
                        Join(term.Short, string.Join(", ", term.Forms.Select(f => f.Form)), PlainText(term.Body.Markdown)), "en", null,
                        [term.Term, .. term.Expansion is { Length: > 0 } x ? [x] : Array.Empty<string>(), .. term.Forms.Select(f => f.Form)]));
                    break;
                case NotePage n:
                    var note = n.Note;
                    documents.Add(new("Note", note.Quote.Exact, n.Path,
                        Join(note.Meaning, "Better: " + note.Better, "Literally: " + note.Literal, PlainText(note.Body.Markdown)), "en", note.Article.Title, [note.Quote.Exact]));
                    break;
                case EditorialPage editorial:
                    documents.Add(new("Page", editorial.Title, editorial.Path, PlainText(editorial.Content.Body.Markdown), "en", null, [editorial.Title]));
                    break;
            }
        }
        return documents;
    }

    private static string Join(params string[] parts) => string.Join(" — ", parts.Where(p => p.Length > 0));

    private static string PlainText(string markdown) =>
        Cleaning.SeedPatterns.NormaliseSpace(Markdig.Markdown.ToPlainText(markdown, Knowledge.MarkdownRenderer.Pipeline));
}
