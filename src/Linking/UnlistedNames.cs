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
        var lowerWords = units.SelectMany(x => Word().Matches(x.Unit.Text).Select(m => m.Value))
            .Where(w => w.Any(char.IsLower)).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

        var found = new Dictionary<string, (int Count, TextUnit First, Article In)>(StringComparer.Ordinal);
        foreach (var (article, unit) in units)
        {
            var covered = matchesIn(unit);
            foreach (Match token in Token().Matches(unit.Text))
            {
                if (!LooksLikeName(token.Value) || lowerWords.Contains(token.Value.ToLowerInvariant())) continue;
                if (covered.Any(m => token.Index < m.Start + m.Length && m.Start < token.Index + token.Length)) continue;
                found[token.Value] = found.TryGetValue(token.Value, out var seen) ? (seen.Count + 1, seen.First, seen.In) : (1, unit, article);
            }
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
