using KnowledgeSite.Cleaning;

namespace KnowledgeSite.Anchoring;

/// <summary>
/// An editorial reference to article text, after the W3C Web Annotation TextQuoteSelector: the
/// exact words, optionally with the words just before (<see cref="Prefix"/>) and after
/// (<see cref="Suffix"/>) to pick one of several occurrences. Whitespace runs count as one space.
/// <see cref="File"/> and <see cref="Line"/> say where the editor wrote it.
/// </summary>
public sealed record QuoteSelector(string Exact, string? Prefix, string? Suffix, string File, int Line)
{
    public static QuoteSelector Create(string exact, string? prefix, string? suffix, string file, int line) =>
        new(SeedPatterns.NormaliseSpace(exact), Collapse(prefix), Collapse(suffix), file, line);

    /// <summary>Collapses whitespace runs but keeps a leading or trailing space: it is part of the context.</summary>
    private static string? Collapse(string? context) =>
        string.IsNullOrEmpty(context) ? null : SeedPatterns.Whitespace().Replace(context, " ");
}
