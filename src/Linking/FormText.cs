using System.Text;

namespace KnowledgeSite.Linking;

/// <summary>How a form is normalised, whether it keeps its case, and the case folding both the glossary and the text go through.</summary>
internal static class FormText
{
    /// <summary>Trims the form and turns each run of whitespace into one space, the shape of the site's normalised text.</summary>
    public static string Normalise(string form)
    {
        var builder = new StringBuilder(form.Length);
        var spacePending = false;
        foreach (var c in form)
        {
            if (char.IsWhiteSpace(c))
            {
                spacePending = builder.Length > 0;
                continue;
            }
            if (spacePending) builder.Append(' ');
            spacePending = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>A form without a lower-case letter is an acronym or a code (MMLU, GSM8K, R&amp;D, 70B) and matches only in its exact case.</summary>
    public static bool IsCaseSensitive(string form)
    {
        foreach (var c in form)
            if (IsLower(c)) return false;
        return true;
    }

    public static bool IsLower(char c) => c < 128 ? c is >= 'a' and <= 'z' : char.IsLower(c);

    public static char Fold(char c) =>
        c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    public static string Fold(string form) =>
        string.Create(form.Length, form, static (folded, source) =>
        {
            for (var i = 0; i < source.Length; i++) folded[i] = Fold(source[i]);
        });
}
