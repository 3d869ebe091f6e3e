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
        // Each unit is independent and names are rare: every core scans units without making a
        // string per word, and only the names found are compared with the ordinary words.
        var namesPerUnit = new List<string>?[units.Count];
        Parallel.For(0, units.Count, i =>
        {
            var (_, unit) = units[i];
            var covered = matchesIn(unit);
            foreach (var token in Token().EnumerateMatches(unit.Text))
            {
                var (start, length) = (token.Index, token.Length);
                if (!LooksLikeName(unit.Text.AsSpan(start, length))) continue;
                if (covered.Any(m => start < m.Start + m.Length && m.Start < start + length)) continue;
                (namesPerUnit[i] ??= []).Add(unit.Text.Substring(start, length));
            }
        });
        var shouted = AlsoOrdinaryWords(units.Select(u => u.Unit.Text).ToList(), namesPerUnit.SelectMany(n => n ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase));

        var found = new Dictionary<string, (int Count, TextUnit First, Article In)>(StringComparer.Ordinal);
        for (var i = 0; i < units.Count; i++)
        {
            var (article, unit) = units[i];
            foreach (var name in namesPerUnit[i] ?? [])
                if (!shouted.Contains(name))
                    found[name] = found.TryGetValue(name, out var seen) ? (seen.Count + 1, seen.First, seen.In) : (1, unit, article);
        }
        return found.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new UnlistedName(kv.Key, kv.Value.Count, kv.Value.First, kv.Value.In)).ToList();
    }

    /// <summary>The names that also occur, in any case, as a word with a lower-case letter somewhere in the text.</summary>
    private static HashSet<string> AlsoOrdinaryWords(IReadOnlyList<string> texts, HashSet<string> names)
    {
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        var seenPerText = new List<string>?[texts.Count];
        Parallel.For(0, texts.Count, i =>
        {
            foreach (var word in Word().EnumerateMatches(texts[i]))
            {
                var span = texts[i].AsSpan(word.Index, word.Length);
                if (HasLower(span) && lookup.TryGetValue(span, out var name)) (seenPerText[i] ??= []).Add(name);
            }
        });
        return seenPerText.SelectMany(s => s ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (char.IsLower(c)) return true;
        return false;
    }

    /// <summary>Two or more capitals and no lower-case letter (an acronym), or a capital right after a lower-case letter.</summary>
    private static bool LooksLikeName(ReadOnlySpan<char> token)
    {
        var capitals = 0;
        var lower = false;
        for (var i = 0; i < token.Length; i++)
        {
            if (char.IsUpper(token[i])) capitals++;
            else if (char.IsLower(token[i]))
            {
                lower = true;
                if (i + 1 < token.Length && char.IsUpper(token[i + 1])) return true;
            }
        }
        return capitals >= 2 && !lower;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[&.\-][\p{L}\p{N}]+)*")]
    private static partial Regex Token();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
