using KnowledgeSite.Rendering;

namespace KnowledgeSite.Checking;

/// <summary>A markup mistake that makes a page not well-formed, where it starts.</summary>
public readonly record struct MarkupError(int Line, int Column, string Message);

/// <summary>An element's id attribute and the line its start tag is on.</summary>
public readonly record struct ElementId(string Id, int Line);

/// <summary>An attribute that points at another file, e.g. a[href] or img[src].</summary>
/// <param name="Rel">The rel attribute of a &lt;link&gt;, else null.</param>
public readonly record struct PageReference(ReferenceKind Kind, string Target, int Line, string? Rel);

/// <summary>An element and attribute that refer to a file; a load is fetched by the browser as the page opens.</summary>
public sealed record ReferenceKind(string Element, string Attribute, bool IsLoad)
{
    /// <summary>Every kind the link check looks at, in the order it reports them.</summary>
    public static IReadOnlyList<ReferenceKind> All { get; } =
    [
        new("a", "href", false),
        new("area", "href", false),
        new("link", "href", true),
        new("script", "src", true),
        new("img", "src", true),
        new("iframe", "src", true),
        new("source", "src", true),
        new("video", "src", true),
        new("audio", "src", true),
    ];
}

/// <summary>
/// A written HTML page read back: exactly the facts the check's rules look at, gathered in one pass by
/// <see cref="HtmlScanner"/>. Facts inside &lt;template&gt; are left out, as a browser's document leaves them out.
/// </summary>
/// <param name="References">In the order of <see cref="ReferenceKind.All"/>, then of the page.</param>
public sealed record ParsedPage(
    string Path,
    IReadOnlyList<MarkupError> MarkupErrors,
    string? Title,
    string? Lang,
    int H1Count,
    IReadOnlyList<ElementId> ElementIds,
    IReadOnlyList<PageReference> References,
    bool HasBaseHref)
{
    /// <summary>Every element id of the page, gathered once: a link check asks for thousands of fragments.</summary>
    public IReadOnlySet<string> Ids { get; } = ElementIds.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

    public static ParsedPage Parse(OutputFile file) => HtmlScanner.Scan(file.Path, file.Bytes);
}
