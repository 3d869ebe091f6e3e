using System.CommandLine;
using System.Globalization;

namespace KnowledgeSite.CommandLine;

/// <summary>Every option of every verb, declared once; each verb adds the ones that mean something to it.</summary>
public sealed class CommandLineOptions
{
    public const int DefaultPort = 8080;

    public Option<string> Output { get; } = new("--output", "-o") { Description = "Folder to write the site to (replaced as a whole, and only if this tool wrote it).", DefaultValueFactory = _ => "output" };
    public Option<string> Root { get; } = new("--root") { Description = "Project folder holding seeds/, input/ and theme/.", DefaultValueFactory = _ => "." };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Absolute http(s) URL the site is served at, for the sitemap and canonical links (all other links stay relative)." };
    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors." };
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only problems and the summary." };
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Print every log line and each stage's timing as it ends." };
    public Option<int> Port { get; } = new("--port", "-p") { Description = $"Port to serve on at 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => DefaultPort };

    public CommandLineOptions()
    {
        BaseUrl.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && BaseUrlProblem(value) is { } problem)
                result.AddError($"--base-url {problem}: \"{value}\". Pass the site's full address, such as https://owner.github.io/repo/.");
        });
        Port.Validators.Add(result =>
        {
            // A token that is not a number at all is already an error of System.CommandLine's own.
            if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) && port is < 0 or > 65535)
                result.AddError($"--port must be between 1 and 65535 (or 0 for any free port), not {port}.");
        });
    }

    /// <summary>Adds options to a verb, with the check that --quiet and --verbose are not both given.</summary>
    public void AddTo(Command command, params Option[] options)
    {
        foreach (var option in options) command.Options.Add(option);
        if (options.Contains(Quiet) && options.Contains(Verbose))
            command.Validators.Add(result =>
            {
                if (result.GetValue(Quiet) && result.GetValue(Verbose))
                    result.AddError("--quiet and --verbose cannot be used together.");
            });
    }

    public Verbosity VerbosityOf(ParseResult parse) =>
        parse.GetValue(Quiet) ? Verbosity.Quiet : parse.GetValue(Verbose) ? Verbosity.Verbose : Verbosity.Normal;

    /// <returns>Null for a usable base URL, else what is wrong with it.</returns>
    public static string? BaseUrlProblem(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.IsFile || uri.IsUnc)
            return "must be an absolute URL";
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            return "must start with http:// or https://";
        if (uri.Host.Length == 0)
            return "has no host name";
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return "must not have a query (?…) or fragment (#…)";
        return null;
    }
}
