namespace KnowledgeSite.Linking;

/// <summary>One surface form of a glossary term as an editor wrote it, e.g. "Llama 2" for the term <c>llama-2</c>.</summary>
public sealed record TermForm(string Form, string TermId);
