using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Knowledge.Notes;

/// <summary>Checks across notes: no two notes claim overlapping words, so every marker belongs to one note.</summary>
public static class NoteChecks
{
    public static void Run(IReadOnlyList<TranslationNote> notes, string stage, Diagnostics diagnostics)
    {
        var placed = notes
            .SelectMany(n => n.Occurrences.Select(o => (Note: n, Location: o)))
            .GroupBy(x => x.Location.Unit)
            .SelectMany(g => g.OrderBy(x => x.Location.Start).ThenBy(x => x.Note.Id, StringComparer.Ordinal).ToList() is var list
                ? list.Zip(list.Skip(1)) : []);
        foreach (var (a, b) in placed)
        {
            if (b.Location.Start >= a.Location.Start + a.Location.Length) continue;
            diagnostics.Error(stage,
                $"the quote overlaps the quote of note '{a.Note.Id}' in {b.Location.Unit.Label} (\"{a.Location.Unit.Text.Substring(a.Location.Start, a.Location.Length)}\").",
                b.Note.SourcePath, b.Note.Quote.Line,
                fix: "merge the two notes, or narrow one quote so they do not share words.");
        }
    }
}
