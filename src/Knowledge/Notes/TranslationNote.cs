using KnowledgeSite.Anchoring;

namespace KnowledgeSite.Knowledge.Notes;

public enum NoteKind { Idiom, GarbledName, Typo, LostPunctuation, WordSense, Terminology, Register, Attribution }

public enum Confidence { High, Medium, Low }

/// <summary>
/// What a phrase of a machine-translated article really means, from
/// input/articles/&lt;article&gt;/notes/&lt;id&gt;.md. The original is not available, so
/// <see cref="Source"/> is a reconstruction whose certainty <see cref="Confidence"/> states.
/// </summary>
public sealed record TranslationNote(
    Articles.Article Article,
    string Id,
    QuoteSelector Quote,
    bool AllOccurrences,
    NoteKind Kind,
    string Source,
    string Literal,
    string Meaning,
    string Better,
    Confidence Confidence,
    IReadOnlyList<QuoteLocation> Occurrences,
    EditorialBody Body,
    string SourcePath)
{
    /// <summary>The line of <see cref="Better"/> in the file, where problems of the clearer reading are reported.</summary>
    public int BetterLine { get; init; }

    public bool Equals(TranslationNote? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

public static class NoteVocabulary
{
    public static readonly IReadOnlyDictionary<string, NoteKind> Kinds = new Dictionary<string, NoteKind>(StringComparer.Ordinal)
    {
        ["idiom"] = NoteKind.Idiom,
        ["garbled-name"] = NoteKind.GarbledName,
        ["typo"] = NoteKind.Typo,
        ["lost-punctuation"] = NoteKind.LostPunctuation,
        ["word-sense"] = NoteKind.WordSense,
        ["terminology"] = NoteKind.Terminology,
        ["register"] = NoteKind.Register,
        ["attribution"] = NoteKind.Attribution,
    };

    public static readonly IReadOnlyDictionary<string, Confidence> Confidences = new Dictionary<string, Confidence>(StringComparer.Ordinal)
    {
        ["high"] = Confidence.High,
        ["medium"] = Confidence.Medium,
        ["low"] = Confidence.Low,
    };

    public static string Name(NoteKind kind) => Kinds.First(kv => kv.Value == kind).Key;
}
