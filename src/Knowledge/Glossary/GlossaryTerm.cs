using KnowledgeSite.Knowledge;

namespace KnowledgeSite.Knowledge.Glossary;

public enum TermCategory { Benchmark, Model, Organisation, Person, Concept, BusinessTerm }

/// <summary>
/// How often an article links a term: by default at its first occurrence in each section; core
/// vocabulary an editor marks "once per article" only at its first occurrence in the article.
/// </summary>
public enum TermLinking { OncePerSection, OncePerArticle }

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
    string SourcePath,
    TermLinking Linking = TermLinking.OncePerSection);

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

public static class TermLinkings
{
    /// <summary>The values of the front matter's <c>link</c> field, as an editor writes them.</summary>
    public static readonly IReadOnlyDictionary<string, TermLinking> ByName = new Dictionary<string, TermLinking>(StringComparer.Ordinal)
    {
        ["once per section"] = TermLinking.OncePerSection,
        ["once per article"] = TermLinking.OncePerArticle,
    };
}
