using System.Globalization;
using KnowledgeSite.Cleaning;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.CommandLine;

/// <summary>Everything the build prints: the cleaning log, diagnostics and the closing summary.</summary>
public sealed class ConsoleReporter(TextWriter stdout, TextWriter stderr, bool quiet)
{
    public void Log(string line)
    {
        if (!quiet) stdout.WriteLine("  " + line);
    }

    public void Diagnostics(Diagnostics diagnostics)
    {
        foreach (var d in diagnostics.All)
            (d.Severity == Severity.Error ? stderr : stdout).WriteLine(d.ToString());
    }

    public void Failed(Diagnostics diagnostics, string output) =>
        stderr.WriteLine($"Build failed: {CleaningSummary.Plural(diagnostics.Errors.Count(), "error")}, {CleaningSummary.Plural(diagnostics.Warnings.Count(), "warning")}. Nothing was written; {output}/ is as it was.");

    public void Summary(BuildResult result, string output, TimeSpan elapsed)
    {
        var pages = result.Site!.Pages;
        var kinds = string.Join(", ", pages.GroupBy(p => p.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        var other = result.Files.Count - pages.Count;
        var stages = string.Join(", ", result.Timings.Select(t => $"{t.Stage} {Ms(t.Elapsed)}"));
        stdout.WriteLine($"Built {CleaningSummary.Plural(pages.Count, "page")} ({kinds}) and {CleaningSummary.Plural(other, "other file")} into {output}/ in {Ms(elapsed)}; " +
                         $"{CleaningSummary.Plural(result.Diagnostics.Warnings.Count(), "warning")}.");
        if (!quiet) stdout.WriteLine($"  stages: {stages}");
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
