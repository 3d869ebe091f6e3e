using Markdig.Syntax;

namespace KnowledgeSite.Knowledge;

/// <summary>
/// The Markdown body of an input file, parsed once. Links to other input files are already
/// rewritten to the pages they build; the linking stage adds glossary links to the tree before
/// the theme renders it on <see cref="PagePath"/>.
/// </summary>
public sealed class EditorialBody(MarkdownDocument document, string sourcePath, string pagePath, string markdown)
{
    public MarkdownDocument Document => document;
    public string SourcePath => sourcePath;
    public string PagePath => pagePath;
    public string Markdown => markdown;
    public bool IsEmpty => document.Count == 0;
}
