namespace KnowledgeSite.CommandLine;

/// <summary>Where a command prints, and whether a person is watching (a terminal) or a log is (CI, a pipe, a test).</summary>
public sealed record ConsoleStreams(TextWriter Out, TextWriter Error, bool IsTerminal = false)
{
    public static ConsoleStreams System => new(Console.Out, Console.Error, !Console.IsOutputRedirected);
}

public enum Verbosity { Quiet, Normal, Verbose }
