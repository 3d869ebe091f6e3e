namespace KnowledgeSite.Linking;

/// <summary>
/// A form ready for matching: <see cref="Text"/> is the whitespace-normalised spelling,
/// <see cref="Key"/> its case-folded text (what the automaton is built from).
/// </summary>
internal sealed record GlossaryForm(string Text, string Key, string TermId, bool CaseSensitive);
