using System.Globalization;
using System.Text;

namespace KnowledgeSite.Linking;

/// <summary>
/// Word characters are letters, decimal digits and combining marks (so an accent written as a
/// separate mark still belongs to its letter). Characters outside the Basic Multilingual Plane are
/// read as whole code points; anything else, including a broken surrogate, is a boundary.
/// </summary>
internal static class WordBoundary
{
    /// <summary>Whether the character starting at <paramref name="index"/> is a word character; false at the end of the text.</summary>
    public static bool IsWordAt(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length) return false;
        var c = text[index];
        if (c < 128) return char.IsAsciiLetterOrDigit(c);
        Rune.DecodeFromUtf16(text[index..], out var rune, out _);
        return IsWord(rune);
    }

    /// <summary>Whether the character ending just before <paramref name="index"/> is a word character; false at the start of the text.</summary>
    public static bool IsWordBefore(ReadOnlySpan<char> text, int index)
    {
        if (index <= 0) return false;
        var c = text[index - 1];
        if (c < 128) return char.IsAsciiLetterOrDigit(c);
        Rune.DecodeLastFromUtf16(text[..index], out var rune, out _);
        return IsWord(rune);
    }

    private static bool IsWord(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
