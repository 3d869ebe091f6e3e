using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace KnowledgeSite.Checking;

/// <summary>
/// Reads the character references of a page ("&amp;amp;", "&amp;#x27;") and says what is wrong with one.
/// Stricter than HTML5: a named reference must end in ';' and be one of the HTML 4 names (those
/// <see cref="WebUtility"/> decodes), and a '&amp;' directly followed by a letter or digit must start one,
/// in attribute values too. The site's templates and Markdown escape '&amp;' themselves, so only hand-written
/// markup can trip this, and writing the character itself always works.
/// </summary>
internal static class CharacterReferences
{
    private static readonly ConcurrentDictionary<string, bool> KnownNames = new(StringComparer.Ordinal);

    /// <param name="start">The position of the '&amp;'.</param>
    /// <returns>The position after the reference, and what is wrong with it or null.</returns>
    public static (int End, string? Problem) Read(ReadOnlySpan<byte> page, int start)
    {
        var at = start + 1;
        if (at < page.Length && page[at] == '#') return ReadNumeric(page, start);
        while (at < page.Length && char.IsAsciiLetterOrDigit((char)page[at])) at++;
        if (at == start + 1) return (at, null);

        var name = page[(start + 1)..at];
        if (at >= page.Length || page[at] != ';')
            return (at, $"\"&{Encoding.ASCII.GetString(name)}\" is not a character reference: it has no closing ';' (write &amp; for a literal '&')");
        return IsKnown(name)
            ? (at + 1, null)
            : (at + 1, $"\"&{Encoding.ASCII.GetString(name)};\" is not a character reference the check knows (it accepts the HTML 4 names); write the character itself");
    }

    /// <summary>
    /// The text as a browser reads it: its references replaced by their characters (only for text that
    /// <see cref="Read"/> accepted) and its line ends made "\n".
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> text)
    {
        var s = Encoding.UTF8.GetString(text);
        if (s.Contains('\r')) s = s.Replace("\r\n", "\n").Replace('\r', '\n');
        return s.Contains('&') ? WebUtility.HtmlDecode(s) : s;
    }

    private static (int, string?) ReadNumeric(ReadOnlySpan<byte> page, int start)
    {
        var at = start + 2;
        var hex = at < page.Length && (page[at] == 'x' || page[at] == 'X');
        if (hex) at++;
        var digitsStart = at;
        var value = 0;
        for (; at < page.Length; at++)
        {
            var digit = HexDigit(page[at]);
            if (digit < 0 || (!hex && digit > 9)) break;
            value = Math.Min(value * (hex ? 16 : 10) + digit, 0x110000);
        }
        var text = Encoding.ASCII.GetString(page[start..at]);
        if (at == digitsStart) return (at, $"\"{text}\" is not followed by a number (write &amp; for a literal '&')");
        if (at >= page.Length || page[at] != ';') return (at, $"the character reference \"{text}\" has no closing ';'");
        return IsAllowedCodePoint(value) ? (at + 1, null) : (at + 1, $"\"{text};\" names a character HTML does not allow in a page");
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>HTML5's numeric-reference errors: null, surrogates, beyond Unicode, noncharacters and controls other than whitespace.</summary>
    private static bool IsAllowedCodePoint(int c) =>
        c is > 0 and <= 0x10FFFF
        && c is not (>= 0xD800 and <= 0xDFFF)
        && c is not (>= 0xFDD0 and <= 0xFDEF)
        && (c & 0xFFFE) != 0xFFFE
        && c is not ((>= 0x01 and <= 0x08) or 0x0B or (>= 0x0D and <= 0x1F) or (>= 0x7F and <= 0x9F));

    private static bool IsKnown(ReadOnlySpan<byte> name)
    {
        if (name.SequenceEqual("amp"u8) || name.SequenceEqual("lt"u8) || name.SequenceEqual("gt"u8) || name.SequenceEqual("quot"u8) || name.SequenceEqual("nbsp"u8))
            return true;
        var text = Encoding.ASCII.GetString(name);
        return KnownNames.GetOrAdd(text, static n => WebUtility.HtmlDecode("&" + n + ";") != "&" + n + ";");
    }
}
