using System.Text.RegularExpressions;
using KnowledgeSite.Articles;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Knowledge.Readings;

/// <summary>
/// Proofreads the clearer reading the way a reader would notice it breaking: the same word twice
/// where a rendering meets the text, a space before punctuation, and a rendering that repeats a
/// word just outside it (a sign that it rewrites more than its quote covers). A paragraph the
/// editors rendered whole is checked for doubled words and stray spaces anywhere.
/// </summary>
public static partial class ClearerChecks
{
    /// <summary>How many words on each side of a join are compared, and how far apart a short word may repeat.</summary>
    private const int Window = 3, ShortWindow = 2, ShortWord = 4;

    public static void Run(IEnumerable<ClearerText> texts, string stage, Diagnostics diagnostics)
    {
        foreach (var clearer in texts)
        {
            if (clearer.Whole is { } whole) CheckWhole(clearer, whole, stage, diagnostics);
            else if (clearer.Joins.Count > 0)
            {
                var words = Words(clearer.Text);
                foreach (var join in clearer.Joins) CheckJoin(clearer, words, join, stage, diagnostics);
            }
        }
    }

    private static void CheckWhole(ClearerText clearer, ParagraphReading reading, string stage, Diagnostics diagnostics)
    {
        var words = Words(clearer.Text);
        foreach (var (a, b) in words.Zip(words.Skip(1)))
            if (OnlySpaceBetween(clearer.Text, a, b) && Same(a, b))
                Report($"the word \"{b.Value}\" comes twice in a row", clearer, a.Index, b.Index + b.Length, reading.SourcePath, reading.ClearerLine,
                    "remove one of them.", stage, diagnostics);
        foreach (Match m in SpaceBeforePunctuation().Matches(clearer.Text))
            Report("there is a space before a punctuation mark", clearer, m.Index, m.Index + m.Length, reading.SourcePath, reading.ClearerLine,
                "remove the space.", stage, diagnostics);
    }

    private static void CheckJoin(ClearerText clearer, List<Match> words, RenderingJoin join, string stage, Diagnostics diagnostics)
    {
        var text = clearer.Text;
        var note = join.Note;
        var widen = $"make the quote cover exactly the words the rendering rewrites (move words from 'prefix'/'suffix' into 'quote'), or write a clearer rendering of the whole paragraph in {ReadingsFile(clearer.Unit, note.Article)} ('clearer:').";
        var inside = words.Where(w => w.Index >= join.Start && w.Index + w.Length <= join.End).ToList();
        var before = words.Where(w => w.Index + w.Length <= join.Start).TakeLast(Window).ToList();
        var after = words.Where(w => w.Index >= join.End).Take(Window).ToList();

        for (var i = Math.Max(0, join.Start - 1); i < Math.Min(text.Length - 1, join.End + 1); i++)
            if (char.IsWhiteSpace(text[i]) && IsClosing(text[i + 1]))
            {
                Report("there is a space before a punctuation mark where the rendering meets the text", clearer, join.Start, join.End, note.SourcePath, note.BetterLine,
                    "start or end 'better' so that, pasted over the quote, no space comes before punctuation (include the space in the quote or drop the mark).", stage, diagnostics);
                break;
            }

        if (inside.Count == 0) return;
        if (before.Count > 0 && OnlySpaceBetween(text, before[^1], inside[0]) && Same(before[^1], inside[0])
            || after.Count > 0 && OnlySpaceBetween(text, inside[^1], after[0]) && Same(inside[^1], after[0]))
        {
            var word = before.Count > 0 && Same(before[^1], inside[0]) ? inside[0].Value : inside[^1].Value;
            Report($"the word \"{word}\" comes twice in a row where the rendering meets the text", clearer, join.Start, join.End, note.SourcePath, note.BetterLine, widen, stage, diagnostics);
            return;
        }
        var repeated = Repeats(text, before, inside.Take(Window).ToList()) ?? Repeats(text, inside.TakeLast(Window).ToList(), after);
        if (repeated is not null)
            Report($"the rendering repeats \"{repeated}\", which the text right beside it already says, so it seems to rewrite more than its quote covers",
                clearer, join.Start, join.End, note.SourcePath, note.BetterLine, widen, stage, diagnostics);
    }

    /// <summary>
    /// A word that stands on both sides of a join, <paramref name="left"/> being the words just
    /// before it and <paramref name="right"/> those just after, in one clause (no comma or stop
    /// between, so "sangat murah, sangat ramah" passes): long words within three words of each
    /// other, short ones (such as "di") within two.
    /// </summary>
    private static string? Repeats(string text, IReadOnlyList<Match> left, IReadOnlyList<Match> right)
    {
        for (var i = 0; i < left.Count; i++)
            for (var j = 0; j < right.Count; j++)
            {
                var apart = left.Count - i + j;          // 1 when the two words meet at the join
                if (!Same(left[i], right[j]) || apart > (left[i].Length >= ShortWord ? Window : ShortWindow)) continue;
                var between = text.AsSpan(left[i].Index + left[i].Length, right[j].Index - left[i].Index - left[i].Length);
                if (between.IndexOfAny(",;.:!?") < 0) return right[j].Value;
            }
        return null;
    }

    private static void Report(string problem, ClearerText clearer, int start, int end, string file, int line, string fix, string stage, Diagnostics diagnostics) =>
        diagnostics.Error(stage, $"in the clearer reading of {clearer.Unit.Label}, {problem}: \"{Excerpt(clearer.Text, start, end)}\".", file, line, fix: fix);

    private static string Excerpt(string text, int start, int end)
    {
        const int Context = 30;
        var from = Math.Max(0, start - Context);
        var to = Math.Min(text.Length, end + Context);
        return (from > 0 ? "…" : "") + text[from..to] + (to < text.Length ? "…" : "");
    }

    private static string ReadingsFile(TextUnit unit, Article article) =>
        $"{InputKinds.ArticleFolder(article.Slug)}{InputKinds.ParagraphsSubfolder}{unit.Anchor}.md";

    private static bool Same(Match a, Match b) => string.Equals(a.Value, b.Value, StringComparison.OrdinalIgnoreCase);

    private static bool OnlySpaceBetween(string text, Match a, Match b) =>
        text.AsSpan(a.Index + a.Length, b.Index - a.Index - a.Length).IsWhiteSpace();

    private static bool IsClosing(char c) => c is ',' or '.' or ';' or ':' or '!' or '?' or ')' or ']';

    private static List<Match> Words(string text) => Word().Matches(text).ToList();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+[,.;:!?)\]]")]
    private static partial Regex SpaceBeforePunctuation();
}
