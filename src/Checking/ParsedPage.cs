using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KnowledgeSite.Rendering;

namespace KnowledgeSite.Checking;

/// <summary>A written HTML page read back with AngleSharp, with the parse errors it raised.</summary>
public sealed record ParsedPage(string Path, IHtmlDocument Document, IReadOnlyList<(int Line, int Column, string Message)> ParseErrors)
{
    /// <summary>Every element id of the page, gathered once: a link check asks for thousands of fragments.</summary>
    public IReadOnlySet<string> Ids { get; } = Document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);

    public static ParsedPage Parse(OutputFile file)
    {
        var errors = new List<(int, int, string)>();
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error)
                errors.Add((error.Position.Line, error.Position.Column, error.Message));
        };
        var document = parser.ParseDocument(file.AsText());
        return new ParsedPage(file.Path, document, errors);
    }

    public static int LineOf(IElement element) => element.SourceReference?.Position.Line ?? 0;
}
