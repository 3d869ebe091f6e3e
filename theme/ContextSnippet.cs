using System.Text;
using KnowledgeSite.Rendering;
using Microsoft.AspNetCore.Components;

namespace KnowledgeSite.Theme;

/// <summary>
/// A few words either side of a phrase in the article, with the phrase marked; cut at spaces, never inside a word.
/// Written as markup rather than as a component: a terms page shows hundreds of them, and a component each
/// cost more to render than the rest of the page.
/// </summary>
public static class ContextSnippet
{
    private const int Around = 60;
    private static readonly string Open = $"<span lang=\"{HtmlText.Encode(UiText.ArticleLanguage)}\">";

    public static MarkupString Html(string text, int start, int length)
    {
        var from = From(text, start);
        var to = To(text, start, length);
        var html = new StringBuilder(to - from + 48);
        html.Append(Open);
        if (from > 0) html.Append("… ");
        html.Append(HtmlText.Encode(text[from..start]));
        html.Append("<mark>");
        html.Append(HtmlText.Encode(text.Substring(start, length)));
        html.Append("</mark>");
        html.Append(HtmlText.Encode(text[(start + length)..to]));
        if (to < text.Length) html.Append(" …");
        return new MarkupString(html.Append("</span>").ToString());
    }

    // Just after the last space at or before start − Around, so the snippet opens with a whole word.
    private static int From(string text, int start)
    {
        var from = start - Around;
        if (from <= 0) return 0;
        var space = text.LastIndexOf(' ', from);
        return space < 0 ? 0 : space + 1;
    }

    // At the last space before start + length + Around (past the phrase), without trailing punctuation.
    private static int To(string text, int start, int length)
    {
        var end = start + length;
        var to = end + Around;
        if (to >= text.Length) return text.Length;
        var space = text.LastIndexOf(' ', to);
        to = space >= end ? space : text.IndexOf(' ', to) is var next and >= 0 ? next : text.Length;
        while (to > end && ",;:—–-".Contains(text[to - 1])) to--;
        return to;
    }
}
