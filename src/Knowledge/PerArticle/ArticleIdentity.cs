using KnowledgeSite.Articles;
using KnowledgeSite.Cleaning;
using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Knowledge.PerArticle;

/// <summary>
/// Gives every article the id an editor types as its folder name in input/articles/. By default
/// the id is the slug of the scraped title; a folder whose index.md says <c>seed: file.txt</c>
/// pins that seed to the folder's name instead, so the id survives a change of title. Two
/// articles may not share an id, and every article folder must have an article behind it.
/// </summary>
public static class ArticleIdentity
{
    /// <param name="folders">Every article folder that holds editorial files, with the files in it.</param>
    /// <returns>The articles with their final ids, in seed order; an article whose id is taken is left out after the error.</returns>
    public static IReadOnlyList<Article> Assign(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, ArticleIntro> intros,
        IReadOnlyDictionary<string, IReadOnlyList<string>> folders, string stage, Diagnostics diagnostics)
    {
        var seedNames = articles.Select(a => Path.GetFileName(a.SeedPath)).ToList();
        var pinnedBySeed = new Dictionary<string, ArticleIntro>(StringComparer.Ordinal);
        var brokenPins = new HashSet<string>(StringComparer.Ordinal);
        foreach (var intro in intros.Values.Where(i => i.Seed is not null).OrderBy(i => i.ArticleId, StringComparer.Ordinal))
        {
            if (!seedNames.Contains(intro.Seed!))
            {
                brokenPins.Add(intro.ArticleId);
                var closest = Suggest.Closest(intro.Seed!, seedNames);
                diagnostics.Error(stage, $"this folder is pinned to the seed '{intro.Seed}', but there is no such file in seeds/ (was it renamed or removed?).",
                    intro.SourcePath, intro.SeedLine,
                    fix: (closest is null ? $"the seeds are: {List(seedNames)}. " : $"did you mean '{closest}'? ")
                         + $"If the article is gone, delete {InputKinds.ArticleFolder(intro.ArticleId)}.");
            }
            else if (pinnedBySeed.TryGetValue(intro.Seed!, out var first))
                diagnostics.Error(stage, $"the seed '{intro.Seed}' is already pinned by {first.SourcePath}.", intro.SourcePath, intro.SeedLine,
                    fix: "pin each seed from one article folder only; merge the two folders.");
            else if (!ArgumentReader.Slug().IsMatch(intro.ArticleId) || ArticleBuilder.IsReserved(intro.ArticleId))
                diagnostics.Error(stage, $"the folder name '{intro.ArticleId}' cannot be an article id{(ArticleBuilder.IsReserved(intro.ArticleId) ? ": the site uses that name for its list of articles" : "")}.", intro.SourcePath, intro.SeedLine,
                    fix: "rename the folder to lower-case letters, digits and hyphens, such as 'kartu-grafis'.");
            else pinnedBySeed[intro.Seed!] = intro;
        }

        var identified = new List<Article>();
        var byId = new Dictionary<string, Article>(StringComparer.Ordinal);
        // A folder that pins a seed names its article outright, so a pinned id is never lost to a title's slug.
        var pinnedIds = articles.Where(a => pinnedBySeed.ContainsKey(Path.GetFileName(a.SeedPath)))
            .ToDictionary(a => pinnedBySeed[Path.GetFileName(a.SeedPath)].ArticleId, StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var id = pinnedBySeed.TryGetValue(Path.GetFileName(article.SeedPath), out var pin) ? pin.ArticleId : article.Slug;
            var other = byId.GetValueOrDefault(id) ?? (pin is null ? pinnedIds.GetValueOrDefault(id) : null);
            if (other is not null)
            {
                var pinnedOther = pinnedIds.GetValueOrDefault(id) == other;
                diagnostics.Error(stage,
                    $"the articles in {other.SeedPath} and {article.SeedPath} would both get the id '{id}'"
                    + (pinnedOther ? $" ({InputKinds.ArticleIntroFile(id)} pins {Path.GetFileName(other.SeedPath)} to it, and it is the slug of the other's title)." : pin is null ? " (the slug of their title)." : "."),
                    article.SeedPath, TitleLine(article),
                    fix: $"give {article.SeedPath} its own id: create input/articles/<another id>/index.md with 'seed: {Path.GetFileName(article.SeedPath)}' in its front matter.");
                continue;
            }
            var final = id == article.Slug ? article : article with { Slug = id };
            byId[id] = final;
            identified.Add(final);
        }

        foreach (var (folder, files) in folders.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (byId.ContainsKey(folder) || brokenPins.Contains(folder)) continue;
            var closest = Suggest.Closest(folder, byId.Keys);
            var unclaimed = identified.Where(a => !folders.ContainsKey(a.Slug)).Select(a => a.Slug).ToList();
            var file = files.Contains(InputKinds.ArticleIntroFile(folder)) ? InputKinds.ArticleIntroFile(folder) : files[0];
            diagnostics.Error(stage,
                $"there is no article with the id '{folder}', so the {(files.Count == 1 ? "file" : $"{files.Count} files")} in {InputKinds.ArticleFolder(folder)} belong to nothing. Known ids: {List(byId.Keys.Order(StringComparer.Ordinal))}.",
                file, 1,
                fix: (closest is null ? "" : $"did you mean '{closest}'? ")
                     + "The folder's name must be an article's id: the slug of its title, or any name pinned with 'seed: <file in seeds/>' in the folder's index.md."
                     + (unclaimed.Count > 0 ? $" If the seed's title changed, its id is now one of: {List(unclaimed)}; rename the folder, or pin it to its seed." : " If the seed was removed, delete the folder."));
        }
        return identified;
    }

    private static int? TitleLine(Article article) => article.Cleaning.Verdicts.FirstOrDefault(v => v.Role == LineRole.Title)?.Number;

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 12 ? string.Join(", ", list) : string.Join(", ", list.Take(12)) + $" and {list.Count - 12} more";
    }
}
