using System.Globalization;
using KnowledgeSite.Publishing;
using KnowledgeSite.Cleaning;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.CommandLine;

/// <summary>
/// Everything a run prints: progress, the cleaning log, diagnostics and the closing summary.
/// It hears every stage start and end, so the summary has the time of each, reading and writing included.
/// </summary>
public sealed class ConsoleReporter : IStageListener
{
    private readonly ConsoleStreams _console;
    private readonly Verbosity _verbosity;
    private readonly ProgressDisplay _progress;
    private readonly List<StageTiming> _timings = [];

    public ConsoleReporter(ConsoleStreams console, Verbosity verbosity, IReadOnlyList<string> plan)
    {
        _console = console;
        _verbosity = verbosity;
        _progress = new ProgressDisplay(console.Out, ProgressDisplay.StyleFor(verbosity, console.IsTerminal), plan, showTimings: verbosity == Verbosity.Verbose);
    }

    public IReadOnlyList<StageTiming> Timings => _timings;

    public void Started(string stage) => _progress.Started(stage);

    public void Finished(StageTiming timing)
    {
        _timings.Add(timing);
        _progress.Finished(timing);
    }

    /// <summary>What a stage did, such as the cleaner's verdicts; hidden by <c>--quiet</c>.</summary>
    public void Log(string line)
    {
        if (_verbosity == Verbosity.Quiet) return;
        _progress.Clear();
        _console.Out.WriteLine("  " + line);
    }

    /// <summary>Detail only <c>--verbose</c> shows.</summary>
    public void Detail(string line)
    {
        if (_verbosity == Verbosity.Verbose) Log(line);
    }

    public void Diagnostics(Diagnostics diagnostics)
    {
        _progress.Clear();
        foreach (var d in diagnostics.All)
            (d.Severity == Severity.Error ? _console.Error : _console.Out).WriteLine(d.ToString());
    }

    public void Failed(Diagnostics diagnostics, string? output)
    {
        _progress.Clear();
        var counts = $"{CleaningSummary.Plural(diagnostics.Errors.Count(), "error")}, {CleaningSummary.Plural(diagnostics.Warnings.Count(), "warning")}";
        _console.Error.WriteLine(output is null
            ? $"Check failed: {counts}."
            : $"Build failed: {counts}. Nothing was written; {output}/ is as it was.");
    }

    /// <param name="output">The folder written to, or null when nothing was written (<c>check</c>).</param>
    /// <param name="outputDir">Where the site was written (null when nothing was): the zip's size is read from there, as it is made only when written.</param>
    public void Summary(BuildResult result, string? output, TimeSpan elapsed, string? outputDir = null)
    {
        _progress.Clear();
        var pages = result.Site!.Pages;
        var kinds = string.Join(", ", pages.GroupBy(p => p.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        var other = result.Files.Count - pages.Count;
        var what = $"{CleaningSummary.Plural(pages.Count, "page")} ({kinds}) and {CleaningSummary.Plural(other, "other file")}";
        var problems = $"{CleaningSummary.Plural(result.Diagnostics.Warnings.Count(), "warning")}, {CleaningSummary.Plural(result.Diagnostics.Errors.Count(), "error")}";
        _console.Out.WriteLine(output is null
            ? $"Checked {what} in {ProgressDisplay.Milliseconds(elapsed)}; {problems}. Nothing was written."
            : $"Built {what} into {output}/ in {ProgressDisplay.Milliseconds(elapsed)}; {problems}.");

        var bundle = outputDir is null ? null : new FileInfo(Path.Combine(outputDir, OfflineBundle.FileName));
        if (bundle is { Exists: true })
            _console.Out.WriteLine($"  offline bundle: {output}/{OfflineBundle.FileName}, {Size(bundle.Length)}");
        if (_verbosity != Verbosity.Quiet)
            _console.Out.WriteLine($"  stages: {string.Join(", ", _timings.Select(t => $"{t.Stage} {ProgressDisplay.Milliseconds(t.Elapsed)}"))}");
    }

    /// <summary>Decimal units, as file managers show them.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1_000 => $"{bytes} bytes",
        < 1_000_000 => (bytes / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " kB",
        _ => (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };
}
