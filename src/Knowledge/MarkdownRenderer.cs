using KnowledgeSite.Pipeline;
using KnowledgeSite.SiteModel;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeSite.Knowledge;

/// <summary>
/// Editorial Markdown: parsed in the knowledge stage, rendered by the theme. Raw HTML in Markdown
/// is shown as text rather than passed through, so an editor's stray tag cannot break a page. A
/// link to another input file (<c>[x](other-argument.md)</c>, relative to the file it is written
/// in) becomes a link to the page built from that file; a link to a file that builds no page is
/// an error. A link whose text is only the file's name or id (<c>[other-argument](other-argument.md)</c>)
/// shows the title of that page instead, since a reader knows pages by their titles.
/// </summary>
public static class MarkdownRenderer
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    /// <param name="pagePath">The page the body is rendered on, for relative links.</param>
    /// <param name="pagesByInput">Which page each input file builds, and that page's title if it has one of its own.</param>
    public static EditorialBody Parse(FrontMatterDocument source, string pagePath, IReadOnlyDictionary<string, LinkTarget> pagesByInput, string stage, Diagnostics diagnostics)
    {
        var document = Markdown.Parse(source.Body, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is not { } url || !IsInputLink(url)) continue;
            var hash = url.IndexOf('#');
            var target = hash < 0 ? url : url[..hash];
            var fragment = hash < 0 ? null : url[(hash + 1)..];
            var inputPath = RelativeUrl.Resolve(source.Path, target);
            if (inputPath is not null && pagesByInput.TryGetValue(inputPath, out var targetPage))
            {
                link.Url = RelativeUrl.Between(pagePath, targetPage.Page, fragment);
                if (targetPage.Title is { } title && fragment is null && NamesOnlyTheFile(link, target)) ((LiteralInline)link.FirstChild!).Content = new(title);
                continue;
            }
            var closest = Suggest.Closest(Path.GetFileName(target), pagesByInput.Keys.Select(Path.GetFileName).OfType<string>());
            diagnostics.Error(stage, $"the link \"{url}\" points to {inputPath ?? target}, which builds no page.",
                source.Path, source.BodyFirstLine + link.Line, link.Column + 1,
                fix: closest is null ? "link to an existing .md file in input/, relative to this file." : $"did you mean '{closest}'?");
        }
        return new EditorialBody(document, source.Path, pagePath, source.Body);
    }

    /// <summary>Renders a body; <paramref name="extraRenderers"/> draw the nodes other stages added (such as glossary links).</summary>
    public static string Render(EditorialBody body, params IMarkdownObjectRenderer[] extraRenderers)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        foreach (var extra in extraRenderers) renderer.ObjectRenderers.Insert(0, extra);
        renderer.Render(body.Document);
        return writer.ToString().TrimEnd('\n');
    }

    /// <summary>
    /// The site paths the body's own links lead to (input links already point at their pages), so a
    /// page can say whom it refers to without reading its HTML back. External and in-page links are not pages.
    /// </summary>
    public static IEnumerable<string> LinkedPages(EditorialBody body)
    {
        foreach (var link in body.Document.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is not { Length: > 0 } url || url.StartsWith('#') || url.Contains(':')) continue;
            var hash = url.IndexOf('#');
            if (RelativeUrl.Resolve(body.PagePath, Uri.UnescapeDataString(hash < 0 ? url : url[..hash])) is { } path) yield return path;
        }
    }

    private static bool NamesOnlyTheFile(LinkInline link, string target) =>
        link.FirstChild is LiteralInline literal && literal.NextSibling is null
        && literal.Content.ToString() is var text
        && (text == target || text == Path.GetFileName(target) || text == Path.GetFileNameWithoutExtension(target));

    private static bool IsInputLink(string url) =>
        !url.Contains("://", StringComparison.Ordinal) && !url.StartsWith('#')
        && url.Split('#')[0].EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The page an input file builds, and its title when the file gives one (argument, page, term, note).</summary>
public sealed record LinkTarget(string Page, string? Title);
