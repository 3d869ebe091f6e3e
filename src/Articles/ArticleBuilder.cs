using KnowledgeSite.Cleaning;

namespace KnowledgeSite.Articles;

/// <summary>Turns a cleaned seed into sections of numbered, anchored paragraphs.</summary>
public static class ArticleBuilder
{
    /// <summary>Pages the articles folder holds besides the articles; an article's id may not take these names.</summary>
    public static readonly IReadOnlySet<string> ReservedIds = new HashSet<string>(StringComparer.Ordinal) { "index" };

    /// <summary>Whether an id would take the name of a page of the article list (articles/index.html, articles/page-2.html …).</summary>
    public static bool IsReserved(string id) => ReservedIds.Contains(id) || System.Text.RegularExpressions.Regex.IsMatch(id, "^page-[0-9]+$");

    /// <summary>The article's id defaults to the slug of its title (the seed's file name if it has none); the knowledge stage may pin another.</summary>
    public static Article Build(CleanedSeed seed)
    {
        var stem = Path.GetFileNameWithoutExtension(seed.SeedPath);
        var title = seed.Title ?? stem;
        var slug = AnchorScheme.Slug(title, fallback: AnchorScheme.Slug(stem, "article"));
        if (IsReserved(slug)) slug = "article-" + slug;

        var usedAnchors = new HashSet<string>(StringComparer.Ordinal) { "top", "main", "contents", "contents-title", TextUnits.TitleAnchor, TextUnits.SourceAnchor };
        var captions = 0;
        var sections = new List<Section>();
        string? heading = null;
        int? headingLine = null;
        var blocks = new List<Block>();
        var number = 0;

        foreach (var line in seed.Content)
        {
            switch (line.Role)
            {
                case LineRole.Heading:
                    CloseSection();
                    heading = line.Text;
                    headingLine = line.Number;
                    break;
                case LineRole.Caption:
                    blocks.Add(new Caption(line.Number, line.Text, AnchorScheme.Unique("caption-" + ++captions, usedAnchors)));
                    break;
                default:
                    number++;
                    var anchor = AnchorScheme.Unique(AnchorScheme.ParagraphBase(line.Text), usedAnchors);
                    blocks.Add(new Paragraph(number, anchor, line.Number, line.Text));
                    break;
            }
        }
        CloseSection();

        return new Article(slug, title, seed.Title is not null, seed.Outlet, seed.Disclaimer, sections, seed);

        void CloseSection()
        {
            if (blocks.Count == 0 && heading is null) return;
            sections.Add(new Section(AnchorScheme.Unique(AnchorScheme.SectionBase(heading), usedAnchors), heading, headingLine, blocks));
            blocks = [];
        }
    }
}
