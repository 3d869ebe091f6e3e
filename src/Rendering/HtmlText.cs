using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace KnowledgeSite.Rendering;

/// <summary>
/// How the Razor templates escape text, for markup the theme writes in C# in their place (a context snippet) to
/// come out the same: pages are UTF-8, so only markup-significant characters are escaped, not every non-ASCII letter.
/// One instance for the whole build: building the encoder's allowed ranges costs more than rendering a small page.
/// </summary>
public static class HtmlText
{
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);

    private static readonly System.Buffers.SearchValues<char> WebEncoded = System.Buffers.SearchValues.Create("<>\"'&");

    /// <summary>
    /// Appends text escaped exactly as <see cref="System.Net.WebUtility.HtmlEncode(string)"/> escapes it (the older
    /// helpers' escaping, which also writes Latin-1 letters as numeric references), without a new string when
    /// nothing needs escaping, as in most of an article's words.
    /// </summary>
    public static void AppendWebEncoded(System.Text.StringBuilder html, string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(WebEncoded) < 0 && span.IndexOfAnyInRange('\u00A0', '\uFFFF') < 0) html.Append(text);
        else html.Append(System.Net.WebUtility.HtmlEncode(text));
    }
}
