using System.Globalization;

namespace KnowledgeSite.SiteModel;

/// <summary>
/// The site's URL scheme in one place. Every path is relative to the output root and ends in .html.
/// Site-wide pages sit at the top; what belongs to one article sits under articles/&lt;article&gt;/,
/// mirroring input/articles/&lt;article&gt;/.
/// </summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string NotFound = "404.html";
    public const string Search = "search.html";
    public const string Articles = "articles/index.html";
    public const string Arguments = "arguments/index.html";
    public const string Glossary = "glossary/index.html";
    public const string Notes = "notes/index.html";
    public const string Editors = "editors.html";

    public static string Article(string article) => $"articles/{article}.html";
    public static string Provenance(string article) => $"provenance/{article}.html";
    public static string ArgumentMap(string article) => $"articles/{article}/arguments/index.html";
    public static string Argument(string article, string id) => $"articles/{article}/arguments/{id}.html";
    public static string ArticleNotes(string article) => $"articles/{article}/notes/index.html";
    public static string Note(string article, string id) => $"articles/{article}/notes/{id}.html";
    public static string ArticleTerms(string article) => $"articles/{article}/terms.html";
    public static string ArticleReadings(string article) => $"articles/{article}/readings.html";
    /// <summary>The id of a paragraph's row on the readings page, where its gist always shows.</summary>
    public static string ReadingsRow(string anchor) => "r-" + anchor;
    public static string For(Knowledge.Arguments.Argument argument) => Argument(argument.Article.Slug, argument.Id);
    public static string For(Knowledge.Notes.TranslationNote note) => Note(note.Article.Slug, note.Id);
    public static string Term(string id) => $"glossary/{id}.html";
    public static string TermArticles(string id) => $"glossary/{id}/articles.html";
    public static string Page(string slug) => $"{slug}.html";

    /// <summary>Page <paramref name="number"/> (1-based) of a listing whose first page is <paramref name="first"/>: "x/index.html" → "x/page-2.html".</summary>
    public static string Numbered(string first, int number)
    {
        if (number == 1) return first;
        var dir = first[..(first.LastIndexOf('/') + 1)];
        var stem = Path.GetFileNameWithoutExtension(first);
        return dir + (stem == "index" ? "page-" : stem + "-") + number.ToString(CultureInfo.InvariantCulture) + ".html";
    }
}
