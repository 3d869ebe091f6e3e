namespace KnowledgeSite.Search;

/// <summary>One search result candidate: what it is, its title, where it goes, and its text.</summary>
/// <param name="Kind">What a reader sees as the result's type: Paragraph, Argument, Term, Note, Page.</param>
/// <param name="Url">Path from the site root, with the fragment for a paragraph.</param>
/// <param name="Language">"id" for article text, "en" for editorial text.</param>
/// <param name="Article">The title of the article the result belongs to; null for site-wide pages and terms.</param>
/// <param name="Names">What the result is called: a query that is exactly one of these ranks it above every result that only mentions the words (a glossary term's name and its forms, an argument's title). None for a paragraph.</param>
public sealed record SearchDocument(string Kind, string Title, string Url, string Text, string Language, string? Article = null, IReadOnlyList<string>? Names = null)
{
    public IReadOnlyList<string> Names { get; init; } = Names ?? [];
}
