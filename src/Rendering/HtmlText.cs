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
}
