using System.Text.RegularExpressions;
using KnowledgeSite.Articles;

namespace KnowledgeSite.Linking;

/// <summary>
/// Finds capitalised acronyms (RLHF, IT) and product-style names with an inner capital (GitHub,
/// iOS) that no glossary form covers, so editors learn what a new seed mentions. An all-capital
/// word that also occurs in lower case ("TIDAK" beside "tidak") is shouting, not an acronym.
/// </summary>
public static partial class UnlistedNames
{
    public static IReadOnlyList<UnlistedName> Find(IReadOnlyList<Article> articles, Func<TextUnit, IReadOnlyList<TermMatch>> matchesIn)
    {
        var units = articles.SelectMany(a => a.Units.Select(u => (Article: a, Unit: u))).ToList();
        // The regular expressions are the cost, and each unit is independent; the tallies below keep text order.
        var lowerWordsPerUnit = new HashSet<string>[units.Count];
        var candidatesPerUnit = new List<string>[units.Count];
        Parallel.For(0, units.Count, i =>
        {
            var (_, unit) = units[i];
            lowerWordsPerUnit[i] = Word().Matches(unit.Text).Select(m => m.Value).Where(w => w.Any(char.IsLower)).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
            var covered = matchesIn(unit);
            candidatesPerUnit[i] = Token().Matches(unit.Text)
                .Where(token => LooksLikeName(token.Value) && !covered.Any(m => token.Index < m.Start + m.Length && m.Start < token.Index + token.Length))
                .Select(token => token.Value).ToList();
        });
        var lowerWords = lowerWordsPerUnit.SelectMany(w => w).ToHashSet(StringComparer.Ordinal);

        var found = new Dictionary<string, (int Count, TextUnit First, Article In)>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var (article, unit) = units[i];
            foreach (var name in candidatesPerUnit[i].Where(name => !lowerWords.Contains(name.ToLowerInvariant())))
                found[name] = found.TryGetValue(name, out var seen) ? (seen.Count + 1, seen.First, seen.In) : (1, unit, article);
        }
        return found.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new UnlistedName(kv.Key, kv.Value.Count, kv.Value.First, kv.Value.In)).ToList();
    }

    /// <summary>Two or more capitals and no lower-case letter (an acronym), or a capital right after a lower-case letter.</summary>
    private static bool LooksLikeName(string token) =>
        (token.Count(char.IsUpper) >= 2 && !token.Any(char.IsLower)) || InnerCapital().IsMatch(token);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[&.\-][\p{L}\p{N}]+)*")]
    private static partial Regex Token();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\p{Ll}\p{Lu}")]
    private static partial Regex InnerCapital();
}
