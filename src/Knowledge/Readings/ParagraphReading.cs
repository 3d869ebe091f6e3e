using KnowledgeSite.Articles;

namespace KnowledgeSite.Knowledge.Readings;

/// <summary>
/// What editors wrote about one paragraph (or heading or caption), from
/// input/articles/&lt;article&gt;/paragraphs/&lt;anchor&gt;.md: an English gist (the body), whether
/// every sentence has been checked for translation artifacts, and optionally a clearer rendering
/// of the whole paragraph, which replaces the note-by-note renderings in the clearer reading.
/// </summary>
public sealed record ParagraphReading(TextUnit Unit, bool Reviewed, string? Clearer, int ClearerLine, string? Gist, string SourcePath)
{
    public bool Equals(ParagraphReading? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
