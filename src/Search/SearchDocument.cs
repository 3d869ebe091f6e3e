namespace KnowledgeSite.Search;

/// <summary>One search result candidate: what it is, its title, where it goes, and its text.</summary>
/// <param name="Kind">What a reader sees as the result's type: Paragraph, Argument, Term, Note, Page.</param>
/// <param name="Url">Path from the site root, with the fragment for a paragraph.</param>
/// <param name="Language">"id" for article text, "en" for editorial text.</param>
/// <param name="Article">The title of the article the result belongs to; null for site-wide pages and terms.</param>
public sealed record SearchDocument(string Kind, string Title, string Url, string Text, string Language, string? Article = null);
