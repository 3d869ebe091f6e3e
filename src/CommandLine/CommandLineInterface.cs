using System.CommandLine;

namespace KnowledgeSite.CommandLine;

/// <summary>The command line, declared with System.CommandLine: `build` is the default verb.</summary>
public static class CommandLineInterface
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the site to (replaced as a whole).", DefaultValueFactory = _ => "output" };
        var root = new Option<string>("--root") { Description = "Project folder holding seeds/, input/ and theme/.", DefaultValueFactory = _ => "." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site is served at, for canonical links (all other links stay relative)." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only problems and the summary." };

        var build = new Command("build", "Build the site into the output folder (the default).");
        var command = new RootCommand("Builds a cross-linked static knowledge site from the scraped articles in seeds/ and the editorial notes in input/.");
        foreach (var option in new Option[] { output, root, baseUrl, strict, quiet })
        {
            option.Recursive = true;
            command.Options.Add(option);
        }
        command.Subcommands.Add(build);

        Func<ParseResult, CancellationToken, Task<int>> runBuild = (parse, _) => BuildCommand.RunAsync(
            new BuildRequest(parse.GetValue(root)!, parse.GetValue(output)!, parse.GetValue(baseUrl), parse.GetValue(strict), parse.GetValue(quiet)),
            stdout, stderr);
        command.SetAction(runBuild);
        build.SetAction(runBuild);

        var parsed = command.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"error: {error.Message}");
            stderr.WriteLine("Run with --help to see the commands and options.");
            return ExitCodes.UsageError;
        }
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
