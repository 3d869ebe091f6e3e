using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Knowledge.Notes;
using KnowledgeSite.Knowledge.PerArticle;
using KnowledgeSite.Knowledge.Readings;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Knowledge;

/// <summary>
/// The "knowledge" stage: parses every input/ file (front matter + Markdown), works out which page
/// each one builds, then reads each kind — home text, pages, arguments — and checks them against
/// the articles. Any other Markdown file under input/ is reported, never silently ignored.
/// </summary>
public static class LoadKnowledgeStage
{
    public const string Stage = "knowledge";

    /// <summary>Page slugs the generator itself uses; an editorial page may not take them.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal) { "index", "404", "articles", "arguments", "glossary", "notes", "provenance", "assets", "search" };

    /// <param name="frontMatter">What earlier builds made of front matter, for the preview's rebuilds; null reads all.</param>
    public static KnowledgeModel Run(IReadOnlyList<SourceFile> inputs, IReadOnlyList<Article> cleaned, Diagnostics diagnostics, Action<string>? log = null,
        FrontMatterCache? frontMatter = null)
    {
        var documents = new List<(FrontMatterDocument Doc, InputKind Kind)>();
        var unread = new List<string>();
        var oldLayout = new List<string>();
        foreach (var file in inputs)
        {
            var kind = InputKinds.Of(file.Path);
            if (kind == InputKind.Unknown) { unread.Add(file.Path); continue; }
            if (kind == InputKind.OldLayout) { oldLayout.Add(file.Path); continue; }
            if (FrontMatterDocument.Parse(file, Stage, diagnostics, frontMatter) is { } doc) documents.Add((doc, kind));
        }
        frontMatter?.BuildDone();
        ReportUnread(unread, diagnostics);
        ReportOldLayout(oldLayout, cleaned, diagnostics);

        var pagesByInput = documents.ToDictionary(d => d.Doc.Path, d => new LinkTarget(PagePath(d.Doc.Path, d.Kind), Title(d.Doc, d.Kind)), StringComparer.Ordinal);
        EditorialBody Body(FrontMatterDocument doc) => MarkdownRenderer.Parse(doc, pagesByInput[doc.Path].Page, pagesByInput, Stage, diagnostics);

        var intros = documents.Where(d => d.Kind == InputKind.ArticleIntro)
            .Select(d => ArticleIntroReader.Read(d.Doc, InputKinds.ArticleId(d.Doc.Path)!, Body(d.Doc)))
            .ToDictionary(i => i.ArticleId, StringComparer.Ordinal);
        var folders = documents.Where(d => d.Kind is InputKind.ArticleIntro or InputKind.Argument or InputKind.Note or InputKind.Paragraph)
            .GroupBy(d => InputKinds.ArticleId(d.Doc.Path)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(d => d.Doc.Path).ToList(), StringComparer.Ordinal);
        var articles = ArticleIdentity.Assign(cleaned, intros, folders, Stage, diagnostics);
        var byId = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        foreach (var article in articles)
            log?.Invoke($"article {article.Slug} ← {article.SeedPath} ({(intros.GetValueOrDefault(article.Slug)?.Seed is not null ? "pinned in its index.md" : "from its title")})");

        HomeContent? home = null;
        var pages = new List<ContentPage>();
        var glossary = new List<GlossaryTerm>();
        var arguments = articles.ToDictionary(a => a, _ => new List<Argument>());
        var notes = articles.ToDictionary(a => a, _ => new List<TranslationNote>());
        var readings = articles.ToDictionary(a => a, _ => new List<ParagraphReading>());
        foreach (var (doc, kind) in documents)
        {
            var article = InputKinds.ArticleId(doc.Path) is { } folder ? byId.GetValueOrDefault(folder) : null;
            switch (kind)
            {
                case InputKind.Home:
                    home = ReadHome(doc, Body(doc));
                    break;
                case InputKind.Page:
                    if (ReadPage(doc, Body(doc), diagnostics) is { } page) pages.Add(page);
                    break;
                case InputKind.Glossary:
                    if (GlossaryReader.Read(doc, Body(doc), Stage, diagnostics) is { } term) glossary.Add(term);
                    break;
                case InputKind.Argument when article is not null:
                    var sides = intros.GetValueOrDefault(article.Slug)?.Sides ?? [];
                    if (ArgumentReader.Read(doc, article, sides, articles, Body(doc), Stage, diagnostics) is { } argument) arguments[article].Add(argument);
                    break;
                case InputKind.Note when article is not null:
                    if (NoteReader.Read(doc, article, articles, Body(doc), Stage, diagnostics) is { } note) notes[article].Add(note);
                    break;
                case InputKind.Paragraph when article is not null:
                    if (ParagraphReader.Read(doc, article, Stage, diagnostics) is { } reading) readings[article].Add(reading);
                    break;
            }
        }
        GlossaryChecks.Run(glossary, Stage, diagnostics);

        var perArticle = new List<ArticleKnowledge>();
        foreach (var article in articles)
        {
            var ownArguments = arguments[article].OrderBy(a => a.Order).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
            var ownNotes = notes[article].OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
            ArgumentChecks.Run(ownArguments, article, Stage, diagnostics);
            NoteChecks.Run(ownNotes, Stage, diagnostics);
            CheckSubheadings(article, intros.GetValueOrDefault(article.Slug), diagnostics);
            var ownReadings = new ArticleReadings(article, readings[article], ownNotes);
            ClearerChecks.Run(ownReadings.ClearerTexts, Stage, diagnostics);
            GistChecks.Run(ownReadings, Stage, diagnostics);
            perArticle.Add(new ArticleKnowledge(article, intros.GetValueOrDefault(article.Slug), ownArguments, ownNotes, ownReadings));
        }

        return new KnowledgeModel(
            home ?? new HomeContent(KnowledgeModel.DefaultSiteTitle, null, null),
            pages.OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList(),
            glossary.OrderBy(t => t.Id, StringComparer.Ordinal).ToList(),
            perArticle);
    }

    private static void CheckSubheadings(Article article, ArticleIntro? intro, Diagnostics diagnostics)
    {
        if (intro is null) return;
        var headings = article.HeadedSections.Select(s => s.Heading!).ToList();
        foreach (var (value, line) in intro.Subheadings)
        {
            if (headings.Contains(value, StringComparer.Ordinal))
            {
                if (headings[0] == value)
                    diagnostics.Error(Stage, $"the subheading \"{value}\" is the article's first heading, so there is no heading it could be a sub-point of.", intro.SourcePath, line,
                        fix: "list only headings that follow the heading they belong under.");
                continue;
            }
            var closest = Suggest.Closest(value, headings);
            diagnostics.Error(Stage, $"\"{article.Title}\" has no heading \"{value}\".", intro.SourcePath, line,
                fix: (closest is null ? "" : $"did you mean \"{closest}\"? ") + $"copy a heading exactly; the headings are: {string.Join(" | ", headings)}.");
        }
    }

    /// <summary>What a reader knows the page built from a file by, for links that name only the file.</summary>
    private static string? Title(FrontMatterDocument doc, InputKind kind) => kind switch
    {
        InputKind.Argument or InputKind.Page => doc.Fields.Peek("title"),
        InputKind.Glossary => doc.Fields.Peek("term"),
        InputKind.Note => doc.Fields.Peek("quote") is { } quote ? $"“{quote}”" : null,
        _ => null,
    };

    private static string PagePath(string inputPath, InputKind kind) => kind switch
    {
        InputKind.Home => SitePaths.Home,
        InputKind.Page => SitePaths.Page(InputKinds.Stem(inputPath)),
        InputKind.Glossary => SitePaths.Term(InputKinds.Stem(inputPath)),
        InputKind.ArticleIntro => SitePaths.Article(InputKinds.ArticleId(inputPath)!),
        InputKind.Argument => SitePaths.Argument(InputKinds.ArticleId(inputPath)!, InputKinds.Stem(inputPath)),
        InputKind.Note => SitePaths.Note(InputKinds.ArticleId(inputPath)!, InputKinds.Stem(inputPath)),
        InputKind.Paragraph => SitePaths.Article(InputKinds.ArticleId(inputPath)!),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Arguments and notes from before sites held many articles: the build cannot tell which article they are for.</summary>
    private static void ReportOldLayout(List<string> files, IReadOnlyList<Article> articles, Diagnostics diagnostics)
    {
        foreach (var folder in files.GroupBy(p => p[..(p.IndexOf('/', "input/".Length) + 1)], StringComparer.Ordinal))
        {
            var sub = folder.Key["input/".Length..];
            var target = articles.Count == 1 ? $"input/articles/{articles[0].Slug}/{sub}" : $"input/articles/<article id>/{sub}";
            diagnostics.Error(Stage,
                $"{folder.Key} is the old layout: arguments and notes now belong to one article each, so the {(folder.Count() == 1 ? "file" : $"{folder.Count()} files")} here would be dropped.",
                folder.First(), 1,
                fix: $"move them to {target} (the article ids are: {string.Join(", ", articles.Select(a => a.Slug))}).");
        }
    }

    private static void ReportUnread(List<string> unread, Diagnostics diagnostics)
    {
        foreach (var folder in unread.GroupBy(p => p[..(p.LastIndexOf('/') + 1)], StringComparer.Ordinal))
            diagnostics.Warning(Stage,
                $"no stage of the build reads {(folder.Count() == 1 ? "this file" : $"the {folder.Count()} Markdown files in this folder")}, so they do not appear on the site: {string.Join(", ", folder.Select(Path.GetFileName))}.",
                folder.Count() == 1 ? folder.First() : folder.Key,
                fix: InputKinds.Guide);
    }

    private static HomeContent ReadHome(FrontMatterDocument doc, EditorialBody body)
    {
        doc.Fields.RejectUnknown("title", "description");
        var title = doc.Fields.String("title", required: true) ?? KnowledgeModel.DefaultSiteTitle;
        return new HomeContent(title, doc.Fields.String("description"), body);
    }

    private static ContentPage? ReadPage(FrontMatterDocument doc, EditorialBody body, Diagnostics diagnostics)
    {
        var fields = doc.Fields;
        fields.RejectUnknown("title", "description", "order", "nav");
        var slug = InputKinds.Stem(doc.Path);
        if (!ArgumentReader.Slug().IsMatch(slug) || ReservedSlugs.Contains(slug))
        {
            diagnostics.Error(Stage, $"the file name must be a lower-case slug not used by the generator (reserved: {string.Join(", ", ReservedSlugs.Order())}).",
                doc.Path, fix: "rename the file to lower-case letters, digits and hyphens, such as 'about.md'.");
            return null;
        }
        var title = fields.String("title", required: true);
        var order = fields.Int("order") ?? 100;
        var inNavigation = fields.YesNo("nav", absent: true, "write 'nav: no' to leave the page out of the header's navigation (link it from other pages instead).");
        return title is null ? null : new ContentPage(slug, title, fields.String("description"), order, body, doc.Path) { InNavigation = inNavigation };
    }
}
