using System.Text;
using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge.Notes;

namespace KnowledgeSite.Knowledge.Readings;

/// <summary>Where one note's rendering sits in a unit's clearer text.</summary>
public sealed record RenderingJoin(int Start, int End, TranslationNote Note);

/// <summary>
/// The clearer reading of one unit: the editors' rendering of the whole paragraph when there is
/// one, else the published text with each note's <c>better</c> pasted over its quote.
/// </summary>
public sealed record ClearerText(TextUnit Unit, string Text, IReadOnlyList<RenderingJoin> Joins, ParagraphReading? Whole)
{
    public bool Differs => Whole is not null || Joins.Count > 0;

    public static ClearerText Of(TextUnit unit, IEnumerable<(TranslationNote Note, int Start, int Length)> notes, ParagraphReading? reading)
    {
        if (reading?.Clearer is { } whole) return new ClearerText(unit, whole, [], reading);
        var placed = notes.OrderBy(n => n.Start).ToList();
        if (placed.Count == 0) return new ClearerText(unit, unit.Text, [], null);   // most units of most articles: no copy
        var text = new StringBuilder();
        var joins = new List<RenderingJoin>();
        var at = 0;
        foreach (var (note, start, length) in placed)
        {
            if (start < at) continue;                  // overlapping quotes are an error of their own (NoteChecks)
            text.Append(unit.Text, at, start - at);
            var from = text.Length;
            text.Append(note.Better);
            joins.Add(new RenderingJoin(from, text.Length, note));
            at = start + length;
        }
        text.Append(unit.Text, at, unit.Text.Length - at);
        return new ClearerText(unit, text.ToString(), joins, null);
    }
}
