using System.Text.RegularExpressions;
using KnowledgeSite.Anchoring;
using KnowledgeSite.Articles;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Knowledge.Arguments;

/// <summary>Reads one input/arguments/*.md file into an <see cref="Argument"/>, resolving its quotes.</summary>
public static partial class ArgumentReader
{
    public static readonly string[] Fields = ["id", "title", "side", "claim", "order", "passages", "related", "article"];

    public static Argument? Read(FrontMatterDocument doc, IReadOnlyList<Article> articles, EditorialBody body, string stage, Diagnostics diagnostics)
    {
        var f = doc.Fields;
        f.RejectUnknown(Fields);
        var id = ReadId(f, doc.Path, stage, diagnostics);
        var title = f.String("title", required: true);
        var claim = f.String("claim", required: true);
        var order = f.Int("order", required: true);
        var side = ReadSide(f);
        var scope = ArticleScope(f, articles);
        var passages = ReadPassages(f, scope, stage, diagnostics);
        var related = ReadRelated(f);

        if (id is null || title is null || claim is null || order is null || side is null || passages is null || scope is null)
            return null;
        return new Argument(id, title, side.Value, claim, order.Value, passages, related, body, doc.Path);
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

    private static ArgumentSide? ReadSide(FrontMatter f)
    {
        var side = f.String("side", required: true);
        if (side is null) return null;
        if (ArgumentVocabulary.Sides.TryGetValue(side, out var value)) return value;
        var closest = Suggest.Closest(side, ArgumentVocabulary.Sides.Keys);
        f.ErrorAt("side", $"unknown side '{side}'.",
            (closest is null ? "" : $"did you mean '{closest}'? ") + $"A side is one of: {string.Join(", ", ArgumentVocabulary.Sides.Keys)}.");
        return null;
    }

    /// <summary>Which articles the quotes are looked up in: the one named by 'article', or all of them.</summary>
    private static IReadOnlyList<Article>? ArticleScope(FrontMatter f, IReadOnlyList<Article> articles)
    {
        var slug = f.String("article");
        if (slug is null) return articles;
        var article = articles.FirstOrDefault(a => a.Slug == slug);
        if (article is not null) return [article];
        var closest = Suggest.Closest(slug, articles.Select(a => a.Slug));
        f.ErrorAt("article", $"there is no article '{slug}'.",
            closest is null ? $"use one of: {string.Join(", ", articles.Select(a => a.Slug))}." : $"did you mean '{closest}'?");
        return null;
    }

    private static IReadOnlyList<Passage>? ReadPassages(FrontMatter f, IReadOnlyList<Article>? scope, string stage, Diagnostics diagnostics)
    {
        var items = f.MapList("passages", required: true);
        if (items.Count == 0 && f.Has("passages"))
            f.ErrorAt("passages", "'passages' is empty.", "quote at least one passage of the article that carries the argument.");
        if (scope is null) return null;

        var passages = new List<Passage>();
        var ok = items.Count > 0;
        foreach (var item in items)
        {
            item.RejectUnknown("quote", "prefix", "suffix");
            var exact = item.String("quote", required: true);
            if (exact is null) { ok = false; continue; }
            var quote = QuoteSelector.Create(exact, item.String("prefix"), item.String("suffix"), f.File, item.LineOf("quote"));
            var resolution = QuoteResolver.Resolve(scope, quote);
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
