using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Knowledge.Glossary;

namespace KnowledgeSite.Linking;

/// <summary>How an occurrence of a term shows in the article.</summary>
public enum TermDisplay
{
    /// <summary>Never a link: in the title, a heading or the source line, or across the edge of a noted phrase.</summary>
    Text,
    /// <summary>The first occurrence in its section (or article): a link.</summary>
    Link,
    /// <summary>A later occurrence: plain text unless the reader asks to see every link.</summary>
    Repeat,
}

/// <summary>One occurrence of a term in the article, and how it shows.</summary>
public sealed record TermOccurrence(GlossaryTerm Term, Article Article, TextUnit Unit, int Start, int Length, TermDisplay Display)
{
    public string Text => Unit.Text.Substring(Start, Length);

    public bool Linked => Display == TermDisplay.Link;
}

/// <summary>A capitalised acronym or product name in the article that no glossary form covers.</summary>
public sealed record UnlistedName(string Name, int Count, TextUnit FirstUnit, Article FirstArticle);

/// <summary>Where every glossary term occurs and links, worked out once by the linking stage.</summary>
public sealed class GlossaryLinks
{
    public static GlossaryLinks Empty { get; } = new([], [], new Dictionary<TextUnit, IReadOnlyList<TermMatch>>(), new Dictionary<TextUnit, IReadOnlyList<TermMatch>>(), new Dictionary<string, IReadOnlyList<Argument>>(), []);

    public GlossaryLinks(
        IReadOnlyList<GlossaryTerm> terms,
        IReadOnlyList<TermOccurrence> occurrences,
        IReadOnlyDictionary<TextUnit, IReadOnlyList<TermMatch>> linksByUnit,
        IReadOnlyDictionary<TextUnit, IReadOnlyList<TermMatch>> repeatsByUnit,
        IReadOnlyDictionary<string, IReadOnlyList<Argument>> argumentsByTerm,
        IReadOnlyList<UnlistedName> unlisted)
    {
        Terms = terms;
        Occurrences = occurrences;
        LinksByUnit = linksByUnit;
        RepeatsByUnit = repeatsByUnit;
        ArgumentsByTerm = argumentsByTerm;
        Unlisted = unlisted;
        ById = terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
        _occurrencesByTerm = occurrences.GroupBy(o => o.Term.Id).ToDictionary(g => g.Key, g => (IReadOnlyList<TermOccurrence>)g.ToList(), StringComparer.Ordinal);
        _termsByArgument = argumentsByTerm
            .SelectMany(kv => kv.Value.Select(a => (Argument: a, Term: ById[kv.Key])))
            .GroupBy(x => x.Argument)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<GlossaryTerm>)g.Select(x => x.Term).OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToList());
        _occurrencesByArticle = occurrences.GroupBy(o => o.Article).ToDictionary(g => g.Key, g => (IReadOnlyList<TermOccurrence>)g.ToList());
    }

    public IReadOnlyList<GlossaryTerm> Terms { get; }
    public IReadOnlyDictionary<string, GlossaryTerm> ById { get; }
    public IReadOnlyList<TermOccurrence> Occurrences { get; }
    public IReadOnlyDictionary<TextUnit, IReadOnlyList<TermMatch>> LinksByUnit { get; }
    public IReadOnlyDictionary<TextUnit, IReadOnlyList<TermMatch>> RepeatsByUnit { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<Argument>> ArgumentsByTerm { get; }
    public IReadOnlyList<UnlistedName> Unlisted { get; }

    private readonly Dictionary<string, IReadOnlyList<TermOccurrence>> _occurrencesByTerm;
    private readonly Dictionary<Argument, IReadOnlyList<GlossaryTerm>> _termsByArgument;
    private readonly Dictionary<Article, IReadOnlyList<TermOccurrence>> _occurrencesByArticle;

    public IReadOnlyList<TermOccurrence> OccurrencesOf(GlossaryTerm term) =>
        _occurrencesByTerm.TryGetValue(term.Id, out var list) ? list : [];

    /// <summary>The occurrences in the unit that are links.</summary>
    public IReadOnlyList<TermMatch> LinksIn(TextUnit unit) => LinksByUnit.TryGetValue(unit, out var list) ? list : [];

    /// <summary>The occurrences in the unit that repeat a term already linked in its section (or article): links only when the reader asks.</summary>
    public IReadOnlyList<TermMatch> RepeatsIn(TextUnit unit) => RepeatsByUnit.TryGetValue(unit, out var list) ? list : [];

    public IReadOnlyList<Argument> ArgumentsUsing(GlossaryTerm term) => ArgumentsByTerm.TryGetValue(term.Id, out var list) ? list : [];

    public IReadOnlyList<GlossaryTerm> TermsUsedBy(Argument argument) => _termsByArgument.TryGetValue(argument, out var list) ? list : [];

    /// <summary>Every term occurrence in one article, in reading order.</summary>
    public IReadOnlyList<TermOccurrence> OccurrencesIn(Article article) => _occurrencesByArticle.TryGetValue(article, out var list) ? list : [];
}
