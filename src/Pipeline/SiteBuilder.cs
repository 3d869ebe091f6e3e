using System.Diagnostics;
using KnowledgeSite.Articles;
using KnowledgeSite.Checking;
using KnowledgeSite.Cleaning;
using KnowledgeSite.Knowledge;
using KnowledgeSite.Linking;
using KnowledgeSite.Publishing;
using KnowledgeSite.Reading;
using KnowledgeSite.Rendering;
using KnowledgeSite.Search;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Pipeline;

/// <param name="ParsedPages">Pages parsed by an earlier build, for the preview's rebuilds; null parses all.</param>
/// <param name="CleanedSeeds">Seeds cleaned by an earlier build, for the preview's rebuilds; null cleans all.</param>
/// <param name="FrontMatter">Front matter read by an earlier build, for the preview's rebuilds; null reads all.</param>
/// <param name="Output">Where each file goes as soon as it is finished; null keeps the whole site in memory (the result's files).</param>
public sealed record BuildOptions(string? BaseUrl = null, bool Strict = false, ParsedPageCache? ParsedPages = null, CleanedSeedCache? CleanedSeeds = null,
    IOutputSink? Output = null, FrontMatterCache? FrontMatter = null);

public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>The result of a build: the files to write (or, with a sink, where they were written), or the problems that stopped it.</summary>
public sealed record BuildResult(
    IReadOnlyList<OutputFile> Files,
    Diagnostics Diagnostics,
    IReadOnlyList<StageTiming> Timings,
    IReadOnlyList<Article> Articles,
    Site? Site)
{
    public bool Succeeded => !Diagnostics.HasErrors;
}

/// <summary>
/// The build as a recipe of named stages: clean → knowledge → link → site → render → indexes → publish → check. It works on
/// a <see cref="SourceTree"/> already read from disk and returns files still in memory, so the
/// same code builds a real site or a small one in a test. Each stage's problems carry its name;
/// a stage with errors stops the build.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The stages <see cref="BuildAsync"/> runs, in order.</summary>
    public static IReadOnlyList<string> Stages { get; } =
        [CleanSeedsStage.Stage, LoadKnowledgeStage.Stage, LinkTermsStage.Stage, BuildSiteStage.Stage, RenderStage.Stage, IndexesStage.Stage, PublishStage.Stage, CheckStage.Stage];

    public static async Task<BuildResult> BuildAsync(SourceTree sources, BuildOptions options, Diagnostics diagnostics,
        Action<string>? log = null, IStageListener? listener = null)
    {
        var timings = new List<StageTiming>();
        IReadOnlyList<Article> articles = [];
        Site? site = null;
        IReadOnlyList<OutputFile> files = [];
        KnowledgeModel? knowledge = null;
        GlossaryLinks glossary = GlossaryLinks.Empty;
        var finished = new FinishedFiles(options.Output, readPages: options.ParsedPages is null);

        var ok = !diagnostics.HasErrors
            && Run(CleanSeedsStage.Stage, () => articles = CleanSeedsStage.Run(sources.Seeds, diagnostics, log, options.CleanedSeeds))
            // The knowledge stage gives each article its final id, so later stages take the articles from it.
            && Run(LoadKnowledgeStage.Stage, () => { knowledge = LoadKnowledgeStage.Run(sources.Inputs, articles, diagnostics, log, options.FrontMatter); articles = [.. knowledge.ArticleTexts]; })
            && Run(LinkTermsStage.Stage, () => glossary = LinkTermsStage.Run(knowledge!, diagnostics, log))
            && Run(BuildSiteStage.Stage, () => site = BuildSiteStage.Run(knowledge!, glossary, options.BaseUrl))
            && await RunAsync(RenderStage.Stage, async () => files = await RenderStage.RunAsync(site!, sources.ThemeAssets, finished))
            && Run(IndexesStage.Stage, () => files = [.. files.Concat(IndexesStage.Run(site!, log).AsParallel().Select(finished.Take)).OrderBy(f => f.Path, StringComparer.Ordinal)])
            // Before the check, so that a page may link to the zip or the sitemap.
            && Run(PublishStage.Stage, () => files = PublishStage.Run(site!, files, options.BaseUrl, finished))
            && Run(CheckStage.Stage, () => CheckStage.Run(files, diagnostics, options.ParsedPages, finished.Read));

        if (ok && options.Strict) diagnostics.Escalate();
        return new BuildResult(diagnostics.HasErrors ? [] : files, diagnostics, timings, articles, site);

        bool Run(string stage, Action step) => RunAsync(stage, () => { step(); return Task.CompletedTask; }).GetAwaiter().GetResult();

        async Task<bool> RunAsync(string stage, Func<Task> step)
        {
            listener?.Started(stage);
            var clock = Stopwatch.StartNew();
            try
            {
                await step();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new BuildFailedException(stage, ex);
            }
            finally
            {
                var timing = new StageTiming(stage, clock.Elapsed);
                timings.Add(timing);
                listener?.Finished(timing);
            }
            return !diagnostics.HasErrors;
        }
    }
}

/// <summary>An unexpected failure inside a stage: a bug, not a content error.</summary>
public sealed class BuildFailedException(string stage, Exception inner)
    : Exception($"internal failure in the {stage} stage: {inner.Message}", inner)
{
    public string Stage => stage;
}
