using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeSite.Articles;

/// <summary>
/// How permalinks are made. A paragraph's anchor is <c>p-</c> followed by the first six hex
/// digits of the SHA-256 of its whitespace-normalised text, so it survives edits elsewhere in
/// the article and changes only when the paragraph's own text changes. If two paragraphs would
/// share an anchor (same text, or a hash prefix clash), later ones get <c>-2</c>, <c>-3</c> … in
/// article order. A section's anchor is <c>s-</c> plus the slug of its heading; the opening
/// section is <c>s-opening</c>.
/// </summary>
public static class AnchorScheme
{
    public const int HashDigits = 6;

    public static string ParagraphBase(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "p-" + Convert.ToHexStringLower(hash)[..HashDigits];
    }

    public static string SectionBase(string? heading) =>
        "s-" + (heading is null ? "opening" : Slug(heading, fallback: "section"));

    /// <summary>Adds -2, -3 … to a base already used in the same page.</summary>
    public static string Unique(string baseAnchor, ISet<string> used)
    {
        var anchor = baseAnchor;
        for (var n = 2; !used.Add(anchor); n++)
            anchor = baseAnchor + "-" + n.ToString(CultureInfo.InvariantCulture);
        return anchor;
    }

    /// <summary>
    /// Lower-case ASCII letters and digits joined by single hyphens; accents are stripped and other
    /// characters separate words. Cut at a hyphen to at most <paramref name="maxLength"/> characters.
    /// </summary>
    public static string Slug(string text, string fallback = "page", int maxLength = 80)
    {
        // The site runs with invariant globalization, where string.Normalize leaves accents alone;
        // the search normaliser carries its own decomposition table.
        var folded = Search.SearchText.Normalise(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > 0 ? cut : maxLength)];
        }
        return slug.Length == 0 ? fallback : slug;
    }
}
