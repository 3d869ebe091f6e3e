using KnowledgeSite.Anchoring;
using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge.Notes;

namespace KnowledgeSite.Linking;

/// <summary>One occurrence of a translation note in the article, numbered in reading order like a footnote.</summary>
public sealed record NoteMark(TranslationNote Note, QuoteLocation Location, int Number)
{
    /// <summary>Id of the marker in the text; the note page links back to it.</summary>
    public string MarkerId => $"nref-{Number}";

    /// <summary>Id of the side note beside the paragraph; the marker links to it.</summary>
    public string SidenoteId => $"sn-{Number}";
}

/// <summary>Every note occurrence, numbered per article in reading order, by text unit and by note.</summary>
public sealed class NoteMarks
{
    public static NoteMarks Empty { get; } = new([]);

    private readonly Dictionary<TextUnit, List<NoteMark>> _byUnit = [];
    private readonly Dictionary<TranslationNote, List<NoteMark>> _byNote = [];

    public IReadOnlyList<NoteMark> All { get; }

    public NoteMarks(IReadOnlyList<TranslationNote> notes)
    {
        var marks = new List<NoteMark>();
        foreach (var article in notes.SelectMany(n => n.Occurrences).Select(o => o.Article).Distinct())
        {
            var order = article.Units.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i);
            var number = 0;
            marks.AddRange(notes
                .SelectMany(n => n.Occurrences.Where(o => o.Article == article).Select(o => (Note: n, Location: o)))
                .OrderBy(x => order[x.Location.Unit]).ThenBy(x => x.Location.Start + x.Location.Length).ThenBy(x => x.Note.Id, StringComparer.Ordinal)
                .Select(x => new NoteMark(x.Note, x.Location, ++number)));
        }
        All = marks;
        foreach (var mark in marks)
        {
            (_byUnit.TryGetValue(mark.Location.Unit, out var u) ? u : _byUnit[mark.Location.Unit] = []).Add(mark);
            (_byNote.TryGetValue(mark.Note, out var n) ? n : _byNote[mark.Note] = []).Add(mark);
        }
    }

    public IReadOnlyList<NoteMark> In(TextUnit unit) => _byUnit.TryGetValue(unit, out var list) ? list : [];

    /// <summary>Notes in the order their first marker appears in the article; a note with no marker goes last; ties by id.</summary>
    public IReadOnlyList<TranslationNote> InReadingOrder(IEnumerable<TranslationNote> notes) =>
        notes.OrderBy(n => Of(n).Select(m => m.Number).DefaultIfEmpty(int.MaxValue).Min()).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();

    public IReadOnlyList<NoteMark> Of(TranslationNote note) => _byNote.TryGetValue(note, out var list) ? list : [];
}
