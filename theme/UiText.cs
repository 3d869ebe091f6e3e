using System.Globalization;
using KnowledgeSite.Cleaning;

namespace KnowledgeSite.Theme;

/// <summary>Every user-interface string of the theme, in one place (the interface is English).</summary>
public static class UiText
{
    public const string InterfaceLanguage = "en";
    public const string ArticleLanguage = "id";

    public const string SkipToContent = "Skip to content";
    public const string MainNavigation = "Main";
    public const string Contents = "Contents";
    public const string OpeningSection = "Opening";
    public const string SourceAndProvenance = "Source and provenance";
    public const string ImageMissing = "Image caption; the image itself is not in the scraped text.";
    public const string FooterNote = "Built from a scraped article and editorial notes. Works offline; no external requests.";
    public const string NotFoundText = "There is no page at this address. It may have moved, or the link may be mistyped.";

    public static string ParagraphLabel(int number) => "¶" + number.ToString(CultureInfo.InvariantCulture);
    public static string PermalinkLabel(int number) => $"Permalink to paragraph {number.ToString(CultureInfo.InvariantCulture)}";
    public static string Count(int count, string noun) => CleaningSummary.Plural(count, noun);

    public static string RoleName(LineRole role) => role switch
    {
        LineRole.Paragraph => "paragraph",
        LineRole.Heading => "heading",
        LineRole.Caption => "caption",
        LineRole.Title => "title",
        LineRole.Source => "source line",
        LineRole.Boilerplate => "boilerplate",
        LineRole.Duplicate => "duplicate",
        LineRole.Blank => "empty",
        _ => role.ToString().ToLowerInvariant(),
    };

    public static bool IsDropped(LineRole role) => role is LineRole.Boilerplate or LineRole.Duplicate or LineRole.Blank;
}
