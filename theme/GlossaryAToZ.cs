using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Search;

namespace KnowledgeSite.Theme;

/// <summary>One line of the glossary's A–Z: a term by its name, or a form of it as the articles write it.</summary>
/// <param name="Form">The article's wording ("parit") when the line is a form of <paramref name="Term"/>, else null.</param>
public sealed record AToZEntry(string Label, GlossaryTerm Term, string? Form)
{
    public string Letter => UiText.IndexLetter(Label);
}

/// <summary>
/// The glossary's A–Z lists every term by its name and also by each of the article's own wordings
/// for it, so that a reader who meets "parit" or "harga kubis" in the text finds the entry too.
/// Wordings that differ from the name or from one another only in case, accents, spaces or hyphens
/// are listed once.
/// </summary>
public static class GlossaryAToZ
{
    public static IReadOnlyList<AToZEntry> Entries(IEnumerable<GlossaryTerm> terms)
    {
        var entries = new List<AToZEntry>();
        foreach (var term in terms)
        {
            entries.Add(new AToZEntry(term.Term, term, null));
            var seen = new HashSet<string>(StringComparer.Ordinal) { Key(term.Term) };
            foreach (var form in term.Forms)
                if (seen.Add(Key(form.Form))) entries.Add(new AToZEntry(form.Form, term, form.Form));
        }
        return entries
            .OrderBy(e => SearchText.Normalise(e.Label), StringComparer.Ordinal)
            .ThenBy(e => e.Label, StringComparer.Ordinal)
            .ThenBy(e => e.Term.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static string Key(string text) => new([.. SearchText.Normalise(text).Where(char.IsLetterOrDigit)]);
}
