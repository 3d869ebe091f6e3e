using Markdig;

namespace KnowledgeSite.Knowledge;

/// <summary>
/// Editorial Markdown to HTML. Raw HTML in Markdown is shown as text rather than passed through,
/// so an editor's stray tag cannot break a page's structure.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline).TrimEnd('\n');
}
