using System.Diagnostics;
using KnowledgeSite.Cleaning;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;
using KnowledgeSite.Writing;

namespace KnowledgeSite.CommandLine;

/// <param name="Output">The folder to write to, or null to write nothing (the <c>check</c> verb).</param>
public sealed record BuildRequest(string Root, string? Output, string? BaseUrl, bool Strict, Verbosity Verbosity);

/// <summary>Build and check: read from disk, build (build: into a staging folder as pages are finished), swap it in (build only), report.</summary>
public static class BuildCommand
{
    public static async Task<int> RunAsync(BuildRequest request, ConsoleStreams console)
    {
        var clock = Stopwatch.StartNew();
        var writes = request.Output is not null;
        var staging = writes ? StagingFolder.For(Path.Combine(request.Root, request.Output!)) : null;
        var options = new BuildOptions(request.BaseUrl, request.Strict, Output: staging);
        var reporter = new ConsoleReporter(console, request.Verbosity, Plan(writes ? OutputWriter.Stage : null));
        var diagnostics = new Diagnostics();
        try
        {
            var result = await BuildFromDiskAsync(request.Root, options, diagnostics, reporter);
            var ok = result.Succeeded && (staging is null || Write(result, staging, request.Output!, diagnostics, reporter));
            reporter.Diagnostics(diagnostics);
            if (!ok)
            {
                reporter.Failed(diagnostics, request.Output);
                return ExitCodes.ContentErrors;
            }
            reporter.Summary(result, request.Output, clock.Elapsed, writes ? Path.Combine(request.Root, request.Output!) : null);
            return ExitCodes.Success;
        }
        catch (BuildFailedException ex)
        {
            reporter.Diagnostics(diagnostics);
            console.Error.WriteLine($"error: {ex.Message}");
            console.Error.WriteLine(ex.InnerException?.StackTrace);
            console.Error.WriteLine("This is a bug in the generator, not in your content; the previous output is unchanged.");
            return ExitCodes.InternalFailure;
        }
        finally
        {
            staging?.Discard(); // nothing is left there once swapped in
        }
    }

    /// <summary>Every stage a run goes through, in order, for the progress display.</summary>
    public static IReadOnlyList<string> Plan(string? writeStage) =>
        [SourceReader.Stage, .. SiteBuilder.Stages, .. writeStage is null ? Array.Empty<string>() : [writeStage]];

    /// <summary>The disk read and the build in memory, as build, check and preview all start.</summary>
    public static async Task<BuildResult> BuildFromDiskAsync(string root, BuildOptions options, Diagnostics diagnostics, ConsoleReporter reporter)
    {
        var sources = reporter.Stage(SourceReader.Stage, () => SourceReader.Read(root, diagnostics));
        reporter.Detail($"read {CleaningSummary.Plural(sources.Seeds.Count, "seed")}, {CleaningSummary.Plural(sources.Inputs.Count, "input file")} " +
                        $"and {CleaningSummary.Plural(sources.ThemeAssets.Count, "theme asset")} from {Path.GetFullPath(root)}");
        return await SiteBuilder.BuildAsync(sources, options, diagnostics, reporter.Log, reporter);
    }

    private static bool Write(BuildResult result, StagingFolder staging, string output, Diagnostics diagnostics, ConsoleReporter reporter)
    {
        var written = reporter.Stage(OutputWriter.Stage, () => OutputWriter.SwapIn(staging, diagnostics));
        if (written) reporter.Detail($"wrote {CleaningSummary.Plural(result.Files.Count, "file")} to a staging folder and swapped it in as {output}/");
        return written;
    }
}
