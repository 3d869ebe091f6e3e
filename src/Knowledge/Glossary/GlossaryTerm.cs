using KnowledgeSite.Knowledge;

namespace KnowledgeSite.Knowledge.Glossary;

public enum TermCategory { Benchmark, Model, Organisation, Person, Concept, BusinessTerm }

/// <summary>A surface form of a term as it occurs in the text, with the line the editor wrote it on.</summary>
public sealed record TermFormEntry(string Form, int Line);

/// <summary>One glossary entry, from input/glossary/&lt;id&gt;.md.</summary>
public sealed record GlossaryTerm(
    string Id,
    string Term,
    string? Expansion,
    TermCategory Category,
    IReadOnlyList<TermFormEntry> Forms,
    IReadOnlyList<(string Id, int Line)> Related,
    string Short,
    EditorialBody Body,
    string SourcePath);

public static class TermCategories
{
    public static readonly IReadOnlyDictionary<string, TermCategory> ByName = new Dictionary<string, TermCategory>(StringComparer.Ordinal)
    {
        ["benchmark"] = TermCategory.Benchmark,
        ["model"] = TermCategory.Model,
        ["organisation"] = TermCategory.Organisation,
        ["person"] = TermCategory.Person,
        ["concept"] = TermCategory.Concept,
        ["business term"] = TermCategory.BusinessTerm,
    };

    public static string Name(TermCategory category) => ByName.First(kv => kv.Value == category).Key;
}
