using KnowledgeSite.Articles;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;

namespace KnowledgeSite.Knowledge;

/// <summary>
/// The "knowledge" stage: reads input/index.md (home page text) and input/pages/*.md (free
/// pages). Any other Markdown file under input/ is reported, never silently ignored.
/// </summary>
public static class LoadKnowledgeStage
{
    public const string Stage = "knowledge";
    public const string HomeFile = "input/index.md";
    public const string PagesFolder = "input/pages/";

    /// <summary>Page slugs the generator itself uses; an editorial page may not take them.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal) { "index", "404", "articles", "provenance", "assets" };

    public static KnowledgeModel Run(IReadOnlyList<SourceFile> inputs, Diagnostics diagnostics)
    {
        HomeContent? home = null;
        var pages = new List<ContentPage>();
        var unread = new List<string>();
        foreach (var file in inputs)
        {
            if (file.Path == HomeFile)
                home = ReadHome(file, diagnostics);
            else if (file.Path.StartsWith(PagesFolder, StringComparison.Ordinal) && !file.Path[PagesFolder.Length..].Contains('/'))
                { if (ReadPage(file, diagnostics) is { } page) pages.Add(page); }
            else
                unread.Add(file.Path);
        }
        foreach (var folder in unread.GroupBy(p => p[..(p.LastIndexOf('/') + 1)], StringComparer.Ordinal))
            diagnostics.Warning(Stage,
                $"no stage of the build reads {(folder.Count() == 1 ? "this file" : $"the {folder.Count()} Markdown files in this folder")}, so they do not appear on the site: {string.Join(", ", folder.Select(Path.GetFileName))}.",
                folder.Count() == 1 ? folder.First() : folder.Key,
                fix: $"put free pages in {PagesFolder} and the home page text in {HomeFile}.");
        return new KnowledgeModel(
            home ?? new HomeContent(KnowledgeModel.DefaultSiteTitle, null, ""),
            pages.OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList());
    }

    private static HomeContent? ReadHome(SourceFile file, Diagnostics diagnostics)
    {
        var doc = FrontMatterDocument.Parse(file, Stage, diagnostics);
        if (doc is null) return null;
        doc.Fields.RejectUnknown("title", "description");
        var title = doc.Fields.String("title", required: true) ?? KnowledgeModel.DefaultSiteTitle;
        return new HomeContent(title, doc.Fields.String("description"), MarkdownRenderer.ToHtml(doc.Body));
    }

    private static ContentPage? ReadPage(SourceFile file, Diagnostics diagnostics)
    {
        var doc = FrontMatterDocument.Parse(file, Stage, diagnostics);
        if (doc is null) return null;
        var fields = doc.Fields;
        fields.RejectUnknown("title", "description", "order");
        var slug = AnchorScheme.Slug(Path.GetFileNameWithoutExtension(file.Path), fallback: "");
        if (slug.Length == 0 || ReservedSlugs.Contains(slug) || slug != Path.GetFileNameWithoutExtension(file.Path))
        {
            diagnostics.Error(Stage, $"the file name must be a lower-case slug not used by the generator (reserved: {string.Join(", ", ReservedSlugs.Order())}).",
                file.Path, fix: "rename the file to lower-case letters, digits and hyphens, such as 'about.md'.");
            return null;
        }
        var title = fields.String("title", required: true);
        var order = fields.Int("order") ?? 100;
        if (title is null) return null;
        return new ContentPage(slug, title, fields.String("description"), order, MarkdownRenderer.ToHtml(doc.Body), file.Path);
    }
}
