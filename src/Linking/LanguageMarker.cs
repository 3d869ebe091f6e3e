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
    public static void Mark(EditorialBody body, IReadOnlyList<Article> articles)
    {
        foreach (var emphasis in body.Document.Descendants<EmphasisInline>().ToList())
        {
            var text = string.Concat(emphasis.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim('"', '“', '”', ' ');
            if (text.Length > 1 && articles.Any(a => a.Units.Any(u => u.Text.Contains(text, StringComparison.Ordinal))))
                emphasis.GetAttributes().AddPropertyIfNotExist("lang", "id");
        }

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
