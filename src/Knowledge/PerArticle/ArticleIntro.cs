using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Knowledge.PerArticle;

/// <summary>
/// What an article's editors say about it as a whole, from input/articles/&lt;article&gt;/index.md:
/// the seed it is pinned to, its thesis, what kind of text it is, the sides its arguments take,
/// and an introduction (the Markdown body).
/// </summary>
/// <param name="Seed">The seed file's name (in seeds/) the folder is pinned to, or null to match by title.</param>
/// <param name="Origin">What the text is, e.g. "machine translation of a Chinese original"; shown with the article.</param>
public sealed record ArticleIntro(
    string ArticleId,
    string? Seed,
    int SeedLine,
    string? Thesis,
    string? Origin,
    IReadOnlyList<ArgumentSide> Sides,
    EditorialBody Body,
    string SourcePath)
{
    /// <summary>Headings (exact text) that are sub-points of the heading before them; the article shows them one level down.</summary>
    public IReadOnlyList<(string Value, int Line)> Subheadings { get; init; } = [];
}

public static class ArticleIntroReader
{
    public static readonly string[] Fields = ["seed", "thesis", "origin", "sides", "subheadings"];

    public static ArticleIntro Read(FrontMatterDocument doc, string articleId, EditorialBody body)
    {
        var f = doc.Fields;
        f.RejectUnknown(Fields);
        var seed = f.String("seed");
        if (seed is not null && (seed.Contains('/') || seed.Contains('\\')))
        {
            f.ErrorAt("seed", $"'seed' names a file, not a path: '{seed}'.", $"write just the file name in seeds/, such as 'seed: {Path.GetFileName(seed)}'.");
            seed = Path.GetFileName(seed);
        }
        return new ArticleIntro(articleId, seed, f.LineOf("seed"), f.String("thesis"), f.String("origin"), ReadSides(f), body, doc.Path)
            { Subheadings = f.StringList("subheadings") };
    }

    private static IReadOnlyList<ArgumentSide> ReadSides(FrontMatter f)
    {
        var sides = new List<ArgumentSide>();
        foreach (var item in f.MapList("sides"))
        {
            item.RejectUnknown("id", "name", "description");
            var id = item.String("id", required: true);
            var name = item.String("name", required: true);
            if (id is null || name is null) continue;
            if (!ArgumentReader.Slug().IsMatch(id))
            {
                item.ErrorAt("id", $"the side id '{id}' is not a slug.", "use lower-case letters, digits and hyphens, such as 'closed'.");
                continue;
            }
            if (sides.Any(s => s.Id == id))
            {
                item.ErrorAt("id", $"the side '{id}' is declared twice.", "give each side its own id.");
                continue;
            }
            sides.Add(new ArgumentSide(id, name, item.String("description"), sides.Count));
        }
        return sides;
    }
}
