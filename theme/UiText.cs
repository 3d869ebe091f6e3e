using System.Globalization;
using KnowledgeSite.Cleaning;
using KnowledgeSite.Knowledge.Arguments;

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

    public const string Arguments = "Arguments";
    public const string ArgumentMapTitle = "Map of the arguments";
    public const string CarriesArguments = "Argument";
    public const string Previous = "Previous";
    public const string Next = "Next";

    public static string SideName(ArgumentSide side) => side switch
    {
        ArgumentSide.Closed => "Closed source",
        ArgumentSide.Open => "Open source",
        ArgumentSide.Both => "Both sides",
        ArgumentSide.Market => "Market",
        _ => side.ToString(),
    };

    public static string SideDescription(ArgumentSide side) => side switch
    {
        ArgumentSide.Closed => "arguments for closed-source large models",
        ArgumentSide.Open => "arguments for open-source large models",
        ArgumentSide.Both => "arguments that weigh both camps",
        ArgumentSide.Market => "arguments about the market and who wins or loses in it",
        _ => "",
    };

    public static string SideClass(ArgumentSide side) => "side-" + side.ToString().ToLowerInvariant();

    /// <summary>CSS class for a relation's line style on the map: one per family of relations.</summary>
    public static string RelationClass(string relation) => "rel-" + relation.Split(' ')[0];

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
