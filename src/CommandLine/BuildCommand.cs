using System.Diagnostics;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Reading;
using KnowledgeSite.Writing;

namespace KnowledgeSite.CommandLine;

public sealed record BuildRequest(string Root, string Output, string? BaseUrl, bool Strict, bool Quiet);

/// <summary>Build: read from disk, build in memory, write atomically, report.</summary>
public static class BuildCommand
{
    public static async Task<int> RunAsync(BuildRequest request, TextWriter stdout, TextWriter stderr)
    {
        var clock = Stopwatch.StartNew();
        var reporter = new ConsoleReporter(stdout, stderr, request.Quiet);
        var diagnostics = new Diagnostics();
        try
        {
            var sources = SourceReader.Read(request.Root, diagnostics);
            var result = await SiteBuilder.BuildAsync(sources, new BuildOptions(request.BaseUrl, request.Strict), diagnostics, reporter.Log);
            var written = result.Succeeded && OutputWriter.Write(result.Files, Path.Combine(request.Root, request.Output), diagnostics);
            reporter.Diagnostics(diagnostics);
            if (!written)
            {
                reporter.Failed(diagnostics, request.Output);
                return ExitCodes.ContentErrors;
            }
            reporter.Summary(result, request.Output, clock.Elapsed);
            return ExitCodes.Success;
        }
        catch (BuildFailedException ex)
        {
            reporter.Diagnostics(diagnostics);
            stderr.WriteLine($"error: {ex.Message}");
            stderr.WriteLine(ex.InnerException?.StackTrace);
            stderr.WriteLine("This is a bug in the generator, not in your content; the previous output is unchanged.");
            return ExitCodes.InternalFailure;
        }
    }
}
