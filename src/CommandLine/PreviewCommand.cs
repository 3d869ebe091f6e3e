using System.Diagnostics;
using KnowledgeSite.Cleaning;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Preview;
using KnowledgeSite.Writing;

namespace KnowledgeSite.CommandLine;

public sealed record PreviewRequest(string Root, string Output, int Port, bool Strict, Verbosity Verbosity);

/// <summary>
/// Preview: serve the output folder on 127.0.0.1, rebuild on every change to seeds/, input/ or
/// theme/, and reload the open pages. It builds without a base URL, so every link works locally.
/// </summary>
public static class PreviewCommand
{
    /// <summary>
    /// How long the folders must be still before a rebuild starts. An editor's save (write, rename,
    /// backup) raises its events within a few milliseconds; anything later starts another rebuild.
    /// </summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(25);

    public static async Task<int> RunAsync(PreviewRequest request, ConsoleStreams console, CancellationToken stop)
    {
        // Requests are logged from the server's threads while rebuilds print from this one.
        console = console with { Out = TextWriter.Synchronized(console.Out), Error = TextWriter.Synchronized(console.Error) };
        var outputDir = Path.Combine(request.Root, request.Output);
        var reload = new LiveReload();
        var site = new PreviewSite(outputDir, reload);
        var options = new BuildOptions(BaseUrl: null, request.Strict, ParsedPages: new(), CleanedSeeds: new(), FrontMatter: new());

        PreviewServer server;
        try
        {
            Action<string>? requestLog = request.Verbosity == Verbosity.Verbose ? line => console.Out.WriteLine("  " + line) : null;
            server = await PreviewServer.StartAsync(outputDir, request.Port, reload, requestLog);
        }
        catch (PortUnavailableException ex)
        {
            console.Error.WriteLine($"error: {ex.Message}. Fix: stop the program using it, or pass another port, such as --port {(ex.Port is > 0 and < 65535 ? ex.Port + 1 : 8081)}.");
            return ExitCodes.UsageError;
        }

        await using (server)
        {
            using var watcher = new ChangeWatcher(request.Root);
            await RebuildAsync(request, options, console, site, first: true);
            console.Out.WriteLine($"Serving {server.Address} from {request.Output}/, watching {string.Join(", ", watcher.Watched)}. Press Ctrl+C to stop.");

            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop, server.Stopping);
            try
            {
                while (true)
                {
                    var changes = await watcher.NextBatchAsync(Debounce, stopping.Token);
                    ReportChanges(changes, console);
                    await RebuildAsync(request, options, console, site, first: false);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Ctrl+C
            }
        }
        console.Out.WriteLine("Preview stopped.");
        return ExitCodes.Success;
    }

    private static async Task RebuildAsync(PreviewRequest request, BuildOptions options, ConsoleStreams console, PreviewSite site, bool first)
    {
        var clock = Stopwatch.StartNew();
        // After the first build only problems and one line per rebuild, unless --verbose.
        var verbosity = first || request.Verbosity == Verbosity.Verbose ? request.Verbosity : Verbosity.Quiet;
        var reporter = new ConsoleReporter(console, verbosity, BuildCommand.Plan(OutputWriter.Stage));
        var diagnostics = new Diagnostics();
        try
        {
            var result = await BuildCommand.BuildFromDiskAsync(request.Root, options, diagnostics, reporter);
            var outcome = reporter.Stage(OutputWriter.Stage, () => site.Apply(result, diagnostics));
            reporter.Diagnostics(diagnostics);
            if (!outcome.Succeeded)
            {
                reporter.Failed(diagnostics, request.Output);
                console.Error.WriteLine("Still serving the last good site; open pages show the problems until a save fixes them.");
            }
            else if (first)
            {
                reporter.Summary(result, request.Output, clock.Elapsed, Path.Combine(request.Root, request.Output));
            }
            else
            {
                console.Out.WriteLine(outcome.Changed.Count == 0
                    ? $"Rebuilt in {ProgressDisplay.Milliseconds(clock.Elapsed)}: no file changed, so no page reloads."
                    : $"Rebuilt in {ProgressDisplay.Milliseconds(clock.Elapsed)}: {CleaningSummary.Plural(outcome.Changed.Count, "file")} changed ({Shorten(outcome.Changed)}); open pages reload.");
            }
        }
        catch (BuildFailedException ex)
        {
            reporter.Diagnostics(diagnostics);
            console.Error.WriteLine($"error: {ex.Message}");
            console.Error.WriteLine(ex.InnerException?.StackTrace);
            console.Error.WriteLine("This is a bug in the generator, not in your content; still serving the last good site.");
            site.Crashed($"error: {ex.Message} (a bug in the generator, not in your content)");
        }
    }

    private static void ReportChanges(IReadOnlyList<string> changes, ConsoleStreams console)
    {
        console.Out.WriteLine($"Changed: {Shorten(changes)}");
        var templates = changes.Where(c => c.StartsWith("theme/", StringComparison.Ordinal) && !c.StartsWith("theme/assets/", StringComparison.Ordinal)).ToList();
        if (templates.Count > 0)
            console.Out.WriteLine($"note: {Shorten(templates)} is compiled into the generator, so the preview cannot pick it up; " +
                                  "stop it (Ctrl+C) and start it again to see that change. Changes to theme/assets/ show at once.");
    }

    private static string Shorten(IReadOnlyList<string> paths) =>
        paths.Count <= 5 ? string.Join(", ", paths) : string.Join(", ", paths.Take(5)) + $" and {paths.Count - 5} more";
}
