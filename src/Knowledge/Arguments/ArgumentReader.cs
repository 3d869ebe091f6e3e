using System.Text.RegularExpressions;
using KnowledgeSite.Anchoring;
using KnowledgeSite.Articles;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Knowledge.Arguments;

/// <summary>Reads one input/articles/&lt;article&gt;/arguments/*.md file into an <see cref="Argument"/>, resolving its quotes in that article.</summary>
public static partial class ArgumentReader
{
    public static readonly string[] Fields = ["id", "title", "side", "claim", "order", "passages", "related"];

    /// <param name="sides">The sides the article's index.md declares; with none, an argument takes no side.</param>
    /// <param name="all">Every article, only to say where a quote that is not in its own article does occur.</param>
    public static Argument? Read(FrontMatterDocument doc, Article article, IReadOnlyList<ArgumentSide> sides, IReadOnlyList<Article> all,
        EditorialBody body, string stage, Diagnostics diagnostics)
    {
        var f = doc.Fields;
        f.RejectUnknown(Fields);
        var id = ReadId(f, doc.Path, stage, diagnostics);
        var title = f.String("title", required: true);
        var claim = f.String("claim", required: true);
        var order = f.Int("order", required: true);
        var sideOk = ReadSide(f, article, sides, out var side);
        var passages = ReadPassages(f, article, all, stage, diagnostics);
        var related = ReadRelated(f);

        if (id is null || title is null || claim is null || order is null || !sideOk || passages is null)
            return null;
        return new Argument(article, id, title, side, claim, order.Value, passages, related, body, doc.Path);
    }

    /// <summary>The id is the file name; writing it in the front matter too is allowed if they agree.</summary>
    public static string? ReadId(FrontMatter f, string path, string stage, Diagnostics diagnostics)
    {
        var stem = InputKinds.Stem(path);
        if (!Slug().IsMatch(stem))
        {
            diagnostics.Error(stage, $"the file name \"{stem}\" is not a valid id.", path,
                fix: "rename the file to lower-case letters, digits and hyphens, such as 'closed-source-quality.md'.");
            return null;
        }
        var written = f.String("id");
        if (written is not null && written != stem)
        {
            f.ErrorAt("id", $"the id '{written}' differs from the file name '{stem}.md'.", $"write 'id: {stem}' or rename the file to '{written}.md'.");
            return null;
        }
        return stem;
    }

    private static bool ReadSide(FrontMatter f, Article article, IReadOnlyList<ArgumentSide> sides, out ArgumentSide? side)
    {
        side = null;
        var intro = InputKinds.ArticleIntroFile(article.Slug);
        var name = f.String("side", required: sides.Count > 0);
        if (name is null) return sides.Count == 0;
        side = sides.FirstOrDefault(s => s.Id == name);
        if (side is not null) return true;
        if (sides.Count == 0)
            f.ErrorAt("side", $"this article declares no sides, so an argument cannot take the side '{name}'.",
                $"declare the sides under 'sides:' in {intro}, or remove 'side'.");
        else
        {
            var closest = Suggest.Closest(name, sides.Select(s => s.Id));
            f.ErrorAt("side", $"unknown side '{name}'.",
                (closest is null ? "" : $"did you mean '{closest}'? ") + $"The sides of this article ({intro}) are: {string.Join(", ", sides.Select(s => s.Id))}.");
        }
        return false;
    }

    private static IReadOnlyList<Passage>? ReadPassages(FrontMatter f, Article article, IReadOnlyList<Article> all, string stage, Diagnostics diagnostics)
    {
        var items = f.MapList("passages", required: true);
        if (items.Count == 0 && f.Has("passages"))
            f.ErrorAt("passages", "'passages' is empty.", "quote at least one passage of the article that carries the argument.");

        var passages = new List<Passage>();
        var ok = items.Count > 0;
        foreach (var item in items)
        {
            item.RejectUnknown("quote", "prefix", "suffix");
            var exact = item.String("quote", required: true);
            if (exact is null) { ok = false; continue; }
            var quote = QuoteSelector.Create(exact, item.String("prefix"), item.String("suffix"), f.File, item.LineOf("quote"));
            var resolution = QuoteResolver.ResolveIn(article, all, quote);
            if (!resolution.Succeeded)
            {
                diagnostics.Error(stage, resolution.Problem!, quote.File, quote.Line, fix: resolution.Fix);
                ok = false;
                continue;
            }
            passages.Add(new Passage(quote, resolution.Locations[0]));
        }
        return ok ? passages : null;
    }

    private static IReadOnlyList<ArgumentRelation> ReadRelated(FrontMatter f)
    {
        var relations = new List<ArgumentRelation>();
        foreach (var item in f.MapList("related"))
        {
            item.RejectUnknown("id", "relation");
            var target = item.String("id", required: true);
            var relation = item.String("relation", required: true);
            if (target is null || relation is null) continue;
            if (!ArgumentVocabulary.Inverse.ContainsKey(relation))
            {
                var closest = Suggest.Closest(relation, ArgumentVocabulary.Inverse.Keys);
                item.ErrorAt("relation", $"unknown relation '{relation}'.",
                    (closest is null ? "" : $"did you mean '{closest}'? ") + $"Relations: {string.Join(", ", ArgumentVocabulary.Inverse.Keys)}.");
                continue;
            }
            relations.Add(new ArgumentRelation(relation, target, item.LineOf("id")));
        }
        return relations;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex Slug();
}
