namespace KnowledgeSite.Linking;

/// <summary>
/// An occurrence of a glossary form in a text: <c>text.Substring(Start, Length)</c> is what the text
/// says; <see cref="Form"/> is the glossary's spelling of the form that matched (whitespace
/// normalised), which may differ from the text in case.
/// </summary>
public readonly record struct TermMatch(int Start, int Length, string TermId, string Form)
{
    public int End => Start + Length;
}
