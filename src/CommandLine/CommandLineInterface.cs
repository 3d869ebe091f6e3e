using System.CommandLine;

namespace KnowledgeSite.CommandLine;

/// <summary>The command line, declared with System.CommandLine: `build` is the default verb.</summary>
public static class CommandLineInterface
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, new ConsoleStreams(stdout, stderr), CancellationToken.None);

    /// <param name="stop">Ends a long-running verb (preview) as Ctrl+C does; System.CommandLine links the two.</param>
    public static async Task<int> RunAsync(string[] args, ConsoleStreams console, CancellationToken stop)
    {
        var o = new CommandLineOptions();
        var command = new RootCommand("Builds a cross-linked static knowledge site from the scraped articles in seeds/ and the editorial notes in input/. " +
                                      "Exit codes: 0 success, 1 content errors, 2 usage error, 3 internal failure.");
        var build = new Command("build", "Build the site into the output folder (the default verb).");
        var check = new Command("check", "Build in memory and run every check the build runs, writing nothing.");
        var clean = new Command("clean", "Remove the output folder (only if this tool wrote it) and any leftover staging folders.");
        var preview = new Command("preview", "Build, serve the site at http://127.0.0.1:PORT/, rebuild on every change and reload open pages.");

        o.AddTo(command, o.Output, o.Root, o.BaseUrl, o.Strict, o.Quiet, o.Verbose);
        o.AddTo(build, o.Output, o.Root, o.BaseUrl, o.Strict, o.Quiet, o.Verbose);
        o.AddTo(check, o.Root, o.BaseUrl, o.Strict, o.Quiet, o.Verbose);
        o.AddTo(clean, o.Output, o.Root);
        o.AddTo(preview, o.Output, o.Root, o.Port, o.Strict, o.Quiet, o.Verbose);
        foreach (var verb in new[] { build, check, clean, preview }) command.Subcommands.Add(verb);

        Func<ParseResult, CancellationToken, Task<int>> runBuild = (parse, _) => BuildCommand.RunAsync(BuildRequestFrom(parse, write: true), console);
        command.SetAction(runBuild);
        build.SetAction(runBuild);
        check.SetAction((parse, _) => BuildCommand.RunAsync(BuildRequestFrom(parse, write: false), console));
        clean.SetAction(parse => CleanCommand.Run(new CleanRequest(parse.GetValue(o.Root)!, parse.GetValue(o.Output)!), console));
        preview.SetAction((parse, cancel) => PreviewCommand.RunAsync(
            new PreviewRequest(parse.GetValue(o.Root)!, parse.GetValue(o.Output)!, parse.GetValue(o.Port), parse.GetValue(o.Strict), o.VerbosityOf(parse)),
            console, cancel));

        var parsed = command.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) console.Error.WriteLine($"error: {error.Message}");
            console.Error.WriteLine("Run with --help to see the commands and options.");
            return ExitCodes.UsageError;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false }, stop);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            console.Error.WriteLine($"error: internal failure: {ex.Message}");
            console.Error.WriteLine(ex.StackTrace);
            console.Error.WriteLine("This is a bug in the generator, not in your content.");
            return ExitCodes.InternalFailure;
        }

        BuildRequest BuildRequestFrom(ParseResult parse, bool write) => new(
            parse.GetValue(o.Root)!, write ? parse.GetValue(o.Output)! : null, parse.GetValue(o.BaseUrl), parse.GetValue(o.Strict), o.VerbosityOf(parse));
    }
}
