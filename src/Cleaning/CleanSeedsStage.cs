using KnowledgeSite.Articles;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;

namespace KnowledgeSite.Cleaning;

/// <summary>The "clean" stage: every seed file becomes one article. Seeds are cleaned on every core; what is said about them is said in seed order.</summary>
public static class CleanSeedsStage
{
    public const string Stage = "clean";

    /// <param name="cache">Seeds cleaned by an earlier build, reused while unchanged; null cleans every seed.</param>
    public static IReadOnlyList<Article> Run(IReadOnlyList<SourceFile> seeds, Diagnostics diagnostics, Action<string>? log = null, CleanedSeedCache? cache = null)
    {
        var texts = seeds.Select(seed => TextDecoder.Decode(seed, Stage, diagnostics)).ToList();
        var cleanedSeeds = new (CleanedSeed Cleaned, Article Article)?[seeds.Count];
        Parallel.For(0, seeds.Count, i =>
        {
            if (string.IsNullOrWhiteSpace(texts[i])) return;
            if (cache?.Find(seeds[i].Path, texts[i]!) is { } known)
            {
                cleanedSeeds[i] = known;
                return;
            }
            var cleaned = SeedCleaner.Clean(seeds[i].Path, texts[i]!);
            cleanedSeeds[i] = (cleaned, ArticleBuilder.Build(cleaned));
        });
        cache?.Keep(Enumerable.Range(0, seeds.Count).Where(i => cleanedSeeds[i] is not null)
            .Select(i => (seeds[i].Path, texts[i]!, cleanedSeeds[i]!.Value.Cleaned, cleanedSeeds[i]!.Value.Article)));

        var articles = new List<Article>();
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            if (texts[i] is null) continue;
            if (cleanedSeeds[i] is not { } built)
            {
                diagnostics.Error(Stage, "the seed is empty (only whitespace), so there is no article in it.", seed.Path,
                    fix: "paste the scraped article into the file, or remove the file from seeds/.");
                continue;
            }
            var (cleaned, article) = built;
            if (!article.Paragraphs.Any())
            {
                diagnostics.Error(Stage, "no body paragraph is left after removing boilerplate and metadata.", seed.Path,
                    fix: "check that the file holds the article text and not only the aggregator's page furniture.");
                continue;
            }
            if (!article.TitleFromScrape)
                diagnostics.Warning(Stage, $"no title found (the title is the line before a \"Sumber:\" line); using \"{article.Title}\".", seed.Path,
                    fix: "add the title and a \"Sumber: <outlet>\" line above the article text.");

            log?.Invoke($"{seed.Path}: " + string.Join(Environment.NewLine + "    ", CleaningSummary.Describe(cleaned)));
            articles.Add(article);
        }
        return articles;
    }
}
