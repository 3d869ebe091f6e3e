using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge.Notes;

namespace KnowledgeSite.Knowledge.Readings;

/// <summary>One article's readings beside the published text: the editors' per-paragraph files and each unit's clearer text.</summary>
public sealed class ArticleReadings
{
    private readonly Dictionary<TextUnit, ParagraphReading> _byUnit;
    private readonly Dictionary<TextUnit, ClearerText> _clearer;

    public ArticleReadings(Article article, IReadOnlyList<ParagraphReading> readings, IReadOnlyList<TranslationNote> notes)
    {
        _byUnit = readings.ToDictionary(r => r.Unit);
        var placed = notes.SelectMany(n => n.Occurrences.Select(o => (Note: n, o.Unit, o.Start, o.Length))).ToLookup(x => x.Unit);
        _clearer = article.Units.ToDictionary(u => u, u => ClearerText.Of(u, placed[u].Select(x => (x.Note, x.Start, x.Length)), _byUnit.GetValueOrDefault(u)));
        Article = article;
    }

    public Article Article { get; }

    public IReadOnlyCollection<ParagraphReading> All => _byUnit.Values;

    public ParagraphReading? Of(TextUnit unit) => _byUnit.GetValueOrDefault(unit);

    public ClearerText Clearer(TextUnit unit) => _clearer[unit];

    public IEnumerable<ClearerText> ClearerTexts => Article.Units.Select(u => _clearer[u]);

    /// <summary>Body paragraphs with no English gist yet, in article order.</summary>
    public IReadOnlyList<Paragraph> WithoutGist => Article.Paragraphs.Where(p => Of(Article.Unit(p.Anchor))?.Gist is null).ToList();
}
