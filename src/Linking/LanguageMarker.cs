using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeSite.Linking;

/// <summary>
/// Marks language changes inside English editorial bodies, so screen readers switch voice and
/// browsers pick fonts: Chinese characters become <c>lang="zh-Hans"</c>, and an emphasised phrase
/// that is quoted from the article (the editors' convention, <c>*harga kubis*</c>) becomes
/// <c>lang="id"</c>.
/// </summary>
public static class LanguageMarker
{
    /// <summary>Marks every body, each phrase looked up in <paramref name="articles"/>' text together with the others in one pass over it.</summary>
    public static void Mark(IReadOnlyList<EditorialBody> bodies, IReadOnlyList<Article> articles)
    {
        var emphases = bodies.SelectMany(b => b.Document.Descendants<EmphasisInline>())
            .Select(e => (Emphasis: e, Text: string.Concat(e.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim('"', '“', '”', ' ')))
            .Where(e => e.Text.Length > 1)
            .ToList();
        var quoted = PhrasesIn(articles, emphases.Select(e => e.Text));
        foreach (var (emphasis, text) in emphases)
            if (quoted.Contains(text)) emphasis.GetAttributes().AddPropertyIfNotExist("lang", "id");
        foreach (var body in bodies) MarkChinese(body);
    }

    /// <summary>
    /// Which of the phrases occur somewhere in the articles' text. Site-wide bodies may quote any
    /// article: searching the whole text once per phrase, on one core, took about 100 ms at 1,000 articles.
    /// </summary>
    private static HashSet<string> PhrasesIn(IReadOnlyList<Article> articles, IEnumerable<string> phrases)
    {
        var wanted = phrases.Distinct(StringComparer.Ordinal).ToArray();
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (wanted.Length == 0) return found;
        var any = System.Buffers.SearchValues.Create(wanted, StringComparison.Ordinal);
        var perArticle = new List<string>[articles.Count];
        Parallel.For(0, articles.Count, a =>
        {
            var mine = new List<string>();
            foreach (var unit in articles[a].Units)
            {
                // Every place where some phrase starts, and every phrase that starts there.
                for (var rest = unit.Text.AsSpan(); rest.IndexOfAny(any) is var at and >= 0; rest = rest[(at + 1)..])
                    foreach (var phrase in wanted)
                        if (rest[at..].StartsWith(phrase, StringComparison.Ordinal)) mine.Add(phrase);
            }
            perArticle[a] = mine;
        });
        foreach (var mine in perArticle) found.UnionWith(mine);
        return found;
    }

    private static void MarkChinese(EditorialBody body)
    {
        foreach (var literal in body.Document.Descendants<LiteralInline>().ToList())
        {
            var text = literal.Content.ToString();
            if (!text.Any(IsCjk)) continue;
            var pieces = new List<Inline>();
            var i = 0;
            while (i < text.Length)
            {
                var start = i;
                var cjk = IsCjk(text[i]);
                while (i < text.Length && IsCjk(text[i]) == cjk) i++;
                var run = new LiteralInline(text[start..i]);
                if (cjk) pieces.AddRange([new HtmlInline("<span lang=\"zh-Hans\">"), run, new HtmlInline("</span>")]);
                else pieces.Add(run);
            }
            InlineSplice.Replace(literal, pieces);
        }
    }

    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or >= '\u3000' and <= '\u303F';
}
