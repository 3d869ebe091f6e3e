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
    public const string WhereItOccurs = "Where it occurs";
    public const string SearchLabel = "Search";
    public const string SiteSearch = "Search the site";
    public const string SearchPageForm = "Search with results on this page";
    public const string SearchPlaceholder = "Search (press /)";
    public const string Theme = "Theme";
    public const string ThemeSystem = "System";
    public const string ThemeLight = "Light";
    public const string ThemeDark = "Dark";
    public const string NotesPhrase = "Phrase in the text";
    public const string NotesMeaning = "Meaning";
    public const string NotesBetter = "Better rendering";
    public const string NotesWhere = "Paragraph";
    public const string NotesKind = "Kind";
    public const string NotesFilter = "Filter the notes";
    public const string NotesFilterText = "Words in the phrase, meaning or rendering";
    public const string NotesFilterKind = "Kind of note";
    public const string NotesFilterAllKinds = "All kinds";
    public const string SearchNeedsScript = "Search runs in your browser and needs JavaScript, which is off. Everything is also reachable from these indexes:";
    public const string MainNavigation = "Main";
    public const string Menu = "Menu";
    public const string BackToTop = "Back to top";
    public static string AboutThisArticleHint(bool hasThesis) => hasThesis ? "thesis and introduction" : "the editors' introduction";
    public const string Contents = "Contents";
    public const string OpeningSection = "Opening";
    public const string SourceAndProvenance = "Source and provenance";
    public const string ImageMissing = "Image caption; the image itself is not in the scraped text.";
    public const string DownloadSite = "Download the whole site";
    public const string DownloadSiteHow = "(site.zip): unpack it anywhere and open index.html to read it offline.";
    public const string FooterNote = "Built from scraped articles and editorial notes. Works offline; no external requests.";
    public const string DefaultOrigin = "Article";
    public const string Articles = "Articles";
    public const string RelatedArticles = "Related articles";
    public const string AboutThisArticle = "About this article";
    public const string NotFoundText = "There is no page at this address. It may have moved, or the link may be mistyped.";

    public const string Arguments = "Arguments";
    public const string ArgumentMapTitle = "Map of the arguments";
    public const string CarriesArguments = "Argument";
    public const string MapHowToRead = "Each line runs from one argument to the one it relates to; what supports or leads to a point sits above it. Hover over or focus a box to pick out its relations; every box opens its argument.";
    public const string MapKey = "Key";
    public const string MapLines = "Lines";
    public const string MapSides = "Box colours: sides";
    public const string NoSide = "No side";
    public const string RelationsInWords = "How they relate, in words";
    public const string BySide = "By side";
    public const string BySection = "By section of the article";
    public const string OutlineRelations = "Relations";

    /// <summary>An argument's number as the map and the lists show it: "#3".</summary>
    public static string ArgumentHash(int order) => "#" + order.ToString(CultureInfo.InvariantCulture);

    /// <summary>"#3 · Title": how an argument is named in the relation lists.</summary>
    public static string NumberedTitle(Argument argument) => $"{ArgumentHash(argument.Order)} · {argument.Title}";

    /// <summary>A box's name on the map: its visible text, "#3 · Closed source Title".</summary>
    public static string MapNodeLabel(Argument argument) =>
        argument.Side is null ? $"{ArgumentHash(argument.Order)} {argument.Title}" : $"{ArgumentHash(argument.Order)} · {argument.Side.Name} {argument.Title}";

    public static string RelationSentence(Argument from, string relation, Argument to) =>
        $"{NumberedTitle(from)} — {relation} — {NumberedTitle(to)}";

    public static string MapIntro(int count, bool hasSides) =>
        $"The article makes {Count(count, "argument")}. On a wide screen the map draws how they relate{(hasSides ? ", each box in the colour of its side" : "")}; on a narrow one they are listed {(hasSides ? "by side" : "in order")} with their relations. Every argument links to its own page, and the relations are also listed in words below.";
    public const string Previous = "Previous";
    public const string Next = "Next";

    public static string CategoryName(KnowledgeSite.Knowledge.Glossary.TermCategory category) => category switch
    {
        KnowledgeSite.Knowledge.Glossary.TermCategory.Benchmark => "Benchmarks",
        KnowledgeSite.Knowledge.Glossary.TermCategory.Model => "Models",
        KnowledgeSite.Knowledge.Glossary.TermCategory.Organisation => "Companies and institutions",
        KnowledgeSite.Knowledge.Glossary.TermCategory.Person => "People",
        KnowledgeSite.Knowledge.Glossary.TermCategory.Concept => "Concepts",
        KnowledgeSite.Knowledge.Glossary.TermCategory.BusinessTerm => "Business terms",
        _ => category.ToString(),
    };

    /// <summary>The letter a term is filed under in the A–Z list (digits and symbols under '#').</summary>
    public static string IndexLetter(string term)
    {
        var first = KnowledgeSite.Search.SearchText.Normalise(term).FirstOrDefault(char.IsLetterOrDigit);
        return char.IsLetter(first) ? char.ToUpperInvariant(first).ToString() : "#";
    }

    /// <summary>The text as a sentence: a full stop added unless it already ends with punctuation.</summary>
    public static string Sentence(string text) => text.Length > 0 && ".!?…)".Contains(text[^1]) ? text : text + ".";

    public static string ArgumentNumber(int order) => $"Arg. {order.ToString(CultureInfo.InvariantCulture)}";

    public static string SideClass(ArgumentSide? side) => side?.CssClass ?? "side-none";


    public const string BetterReadingTitle = "Editorial rendering from the translation notes, not the published text";
    public const string ClearerReading = "Clearer reading";
    public const string ClearerReadingHelp = "Shows the translation notes' better renderings (marked) in place of garbled phrases. Off by default: the text as published.";
    public const string EveryTermLink = "Show every glossary link";
    public const string AsPublished = "(as published)";
    public const string GistLabel = "English gist (editorial):";
    public const string EnglishGist = "English gist";
    public const string EnglishGistHelp = "Shows the editors' English gist under each paragraph: a summary written from the text and the notes, not a translation.";
    public const string EveryTermLinkHelp = "Glossary terms are linked where each section first uses them; this links every later use too.";
    public const string TermPreviewEntry = "Open the glossary entry";
    public const string TermPreviewClose = "Close the preview";
    public static string NoteMarkerLabel(int number) => $"Translation note {number.ToString(CultureInfo.InvariantCulture)}";

    public static string KindName(KnowledgeSite.Knowledge.Notes.NoteKind kind) => kind switch
    {
        KnowledgeSite.Knowledge.Notes.NoteKind.Idiom => "Idioms and slang translated word for word",
        KnowledgeSite.Knowledge.Notes.NoteKind.GarbledName => "Garbled names",
        KnowledgeSite.Knowledge.Notes.NoteKind.Typo => "Typos",
        KnowledgeSite.Knowledge.Notes.NoteKind.LostPunctuation => "Lost punctuation and headings",
        KnowledgeSite.Knowledge.Notes.NoteKind.WordSense => "Wrong word sense",
        KnowledgeSite.Knowledge.Notes.NoteKind.Terminology => "Inconsistent terminology",
        KnowledgeSite.Knowledge.Notes.NoteKind.Register => "Wrong register or tone",
        KnowledgeSite.Knowledge.Notes.NoteKind.Attribution => "Who says it: attribution lost",
        _ => kind.ToString(),
    };

    public static string ConfidenceName(KnowledgeSite.Knowledge.Notes.Confidence c) => c switch
    {
        KnowledgeSite.Knowledge.Notes.Confidence.High => "high confidence",
        KnowledgeSite.Knowledge.Notes.Confidence.Medium => "medium confidence",
        _ => "low confidence: a guess",
    };

    public static string PageOf(int number, int count) => $"Page {number.ToString(CultureInfo.InvariantCulture)} of {count.ToString(CultureInfo.InvariantCulture)}";

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
