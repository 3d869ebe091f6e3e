using System.Text.RegularExpressions;

namespace KnowledgeSite.Cleaning;

/// <summary>
/// Every pattern the cleaner knows about scraped articles, in one place. The rules are about the
/// shape of a scrape from a news aggregator, never about one article's sentences:
/// <list type="bullet">
/// <item>Boilerplate: the aggregator's "Lihat Asli" (view original) link line and its
/// third-party-content disclaimer. Both are dropped from the article; the disclaimer is kept
/// as provenance.</item>
/// <item>Source line: <c>Sumber: Outlet</c>. The line just before it is the title.</item>
/// <item>Heading: a line wrapped in <c>**</c>, with or without spaces inside the stars; or a
/// short slogan line (at most <see cref="SloganMaxWords"/> words) without sentence-final
/// punctuation that is followed by a paragraph.</item>
/// <item>Caption: a line wholly in parentheses (an image caption whose image the scrape lost),
/// or one starting with a caption label such as "Sumber gambar:".</item>
/// </list>
/// </summary>
public static partial class SeedPatterns
{
    public const int SloganMaxWords = 8;
    public const int SloganMaxLength = 60;

    /// <summary>Lines the aggregator adds around every article, with the reason shown in the report.</summary>
    public static readonly IReadOnlyList<(Regex Pattern, string Reason)> Boilerplate =
    [
        (ViewOriginalLink(), "aggregator link to the original (\"Lihat Asli\" = view original)"),
        (ThirdPartyDisclaimer(), "aggregator's third-party-content disclaimer"),
    ];

    [GeneratedRegex(@"^(Lihat Asli|Lihat Sumber Asli|Lihat artikel asli|View Original)$", RegexOptions.IgnoreCase)]
    private static partial Regex ViewOriginalLink();

    [GeneratedRegex(@"^(This page may contain third-party content|Halaman ini mungkin berisi konten pihak ketiga)", RegexOptions.IgnoreCase)]
    private static partial Regex ThirdPartyDisclaimer();

    /// <summary>The scraper's source line; group "outlet" is the publication.</summary>
    [GeneratedRegex(@"^Sumber\s*[:：]\s*(?<outlet>\S.*)$")]
    public static partial Regex SourceLine();

    /// <summary>A heading wrapped in stars; group "text" is the heading.</summary>
    [GeneratedRegex(@"^\*\*\s*(?<text>[^*].*?)\s*\*\*$")]
    public static partial Regex StarredHeading();

    /// <summary>A caption line: wholly in (half- or full-width) parentheses, or labelled.</summary>
    [GeneratedRegex(@"^(\([^()]+\)|（[^（）]+）|(Sumber gambar|Sumber foto|Gambar|Foto|Image source)\s*[:：].+)$", RegexOptions.IgnoreCase)]
    public static partial Regex Caption();

    /// <summary>Punctuation that ends a sentence, possibly followed by closing quotes or brackets.</summary>
    [GeneratedRegex(@"[.!?…:;。！？：；][""'”’»)\]）]*$")]
    public static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    public static partial Regex Whitespace();

    /// <summary>Collapses every run of whitespace to one space and trims: the only change the cleaner makes to text.</summary>
    public static string NormaliseSpace(string text) => IsNormalised(text) ? text : Whitespace().Replace(text, " ").Trim();

    // Nearly every line of a scrape is already clean; seeing that is far cheaper than a regex replace.
    private static bool IsNormalised(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) return false;
        for (var i = 0; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || char.IsWhiteSpace(text[i + 1]))) return false;
        return true;
    }

    public static string? BoilerplateReason(string line)
    {
        foreach (var (pattern, reason) in Boilerplate)
            if (pattern.IsMatch(line))
                return reason;
        return null;
    }

    /// <summary>Heading text if the line is starred, else null.</summary>
    public static string? StarredHeadingText(string line)
    {
        var match = StarredHeading().Match(line);
        return match.Success ? match.Groups["text"].Value.Trim() : null;
    }

    /// <summary>True for a short line that reads like a slogan rather than a sentence.</summary>
    public static bool LooksLikeSlogan(string line) =>
        line.Length <= SloganMaxLength
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= SloganMaxWords
        && !SentenceEnd().IsMatch(line)
        && !Caption().IsMatch(line);
}
