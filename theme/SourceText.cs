using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace KnowledgeSite.Theme;

/// <summary>Marks the Chinese characters in a piece of editorial text (a note's source, a tooltip) as zh-Hans, so screen readers and fonts treat them right.</summary>
public static class SourceText
{
    public static MarkupString Markup(string source)
    {
        var html = new StringBuilder();
        var i = 0;
        while (i < source.Length)
        {
            var start = i;
            var cjk = IsCjk(source[i]);
            while (i < source.Length && (IsCjk(source[i]) == cjk || (cjk && IsCjkPunctuation(source[i])))) i++;
            var run = WebUtility.HtmlEncode(source[start..i]);
            html.Append(cjk ? $"<span lang=\"zh-Hans\">{run}</span>" : run);
        }
        return new MarkupString(html.ToString());
    }

    private static bool IsCjk(char c) => KnowledgeSite.Linking.LanguageMarker.IsCjk(c);

    private static bool IsCjkPunctuation(char c) => c is >= '\uFF00' and <= '\uFFEF';
}
