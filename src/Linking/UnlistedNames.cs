using KnowledgeSite.Articles;

namespace KnowledgeSite.Linking;

/// <summary>
/// Finds capitalised acronyms (RLHF, IT) and product-style names with an inner capital (GitHub,
/// iOS) that no glossary form covers, so editors learn what a new seed mentions. An all-capital
/// word that also occurs in lower case ("TIDAK" beside "tidak") is shouting, not an acronym.
/// </summary>
public static class UnlistedNames
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
            var text = unit.Text;
            for (var at = 0; NextToken(text, ref at, out var start);)
            {
                var length = at - start;
                if (!LooksLikeName(text.AsSpan(start, length)) || Overlaps(covered, start, length)) continue;
                (namesPerUnit[i] ??= []).Add(text.Substring(start, length));
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
            var text = texts[i];
            for (var at = 0; at < text.Length;)
            {
                if (!char.IsLetter(text[at])) { at++; continue; }
                var start = at;
                while (at < text.Length && char.IsLetter(text[at])) at++;
                var span = text.AsSpan(start, at - start);
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

    private static bool Overlaps(IReadOnlyList<TermMatch> matches, int start, int length)
    {
        foreach (var m in matches)
            if (start < m.Start + m.Length && m.Start < start + length) return true;
        return false;
    }

    /// <summary>
    /// The next run of letters and digits, joined by single '&amp;', '.' or '-' ("AT&amp;T", "GPT-4", "U.S"),
    /// at or after <paramref name="at"/>. Written out rather than as a regular expression: a regex
    /// shared by both cores makes a new matcher whenever the other core holds it.
    /// </summary>
    private static bool NextToken(string text, ref int at, out int start)
    {
        while (at < text.Length && !IsWordChar(text[at])) at++;
        start = at;
        if (at >= text.Length) return false;
        while (true)
        {
            while (at < text.Length && IsWordChar(text[at])) at++;
            if (at + 1 < text.Length && text[at] is '&' or '.' or '-' && IsWordChar(text[at + 1])) at++;
            else return true;
        }
    }

    // \p{L} or \p{N}, as the regular expression it replaces: any letter, any number (not only digits).
    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);
}
