namespace KnowledgeSite.SiteModel;

/// <summary>The site's URL scheme in one place. Every path is relative to the output root and ends in .html.</summary>
public static class SitePaths
{
    public const string Home = "index.html";
    public const string NotFound = "404.html";
    public const string Search = "search.html";
    public const string ArgumentMap = "arguments/index.html";
    public const string Glossary = "glossary/index.html";
    public const string Notes = "notes/index.html";

    public static string Article(string slug) => $"articles/{slug}.html";
    public static string Provenance(string slug) => $"provenance/{slug}.html";
    public static string Argument(string id) => $"arguments/{id}.html";
    public static string Term(string id) => $"glossary/{id}.html";
    public static string Note(string id) => $"notes/{id}.html";
    public static string Page(string slug) => $"{slug}.html";
}
