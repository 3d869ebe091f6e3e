using System.Globalization;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.CommandLine;

public enum ProgressStyle
{
    /// <summary>No progress at all (<c>--quiet</c>).</summary>
    None,
    /// <summary>One line rewritten in place with <c>\r</c>; only in a terminal.</summary>
    Updating,
    /// <summary>A plain line per stage, for logs that must not collect carriage returns.</summary>
    Lines,
}

/// <summary>Shows which stage of the plan is running ("stage 3/9: link…").</summary>
public sealed class ProgressDisplay(TextWriter stdout, ProgressStyle style, IReadOnlyList<string> plan, bool showTimings)
{
    private readonly string[] _plan = [.. plan];
    private int _shown; // characters of the updating line now on screen

    public static ProgressStyle StyleFor(Verbosity verbosity, bool isTerminal) => verbosity switch
    {
        Verbosity.Quiet => ProgressStyle.None,
        Verbosity.Normal when isTerminal => ProgressStyle.Updating,
        _ => ProgressStyle.Lines,
    };

    public void Started(string stage)
    {
        var text = $"{Position(stage)}: {stage}…";
        if (style == ProgressStyle.Updating)
        {
            stdout.Write("\r" + text.PadRight(_shown));
            stdout.Flush();
            _shown = text.Length;
        }
        else if (style == ProgressStyle.Lines)
        {
            stdout.WriteLine("  " + text);
        }
    }

    public void Finished(StageTiming timing)
    {
        if (showTimings && style != ProgressStyle.None)
        {
            Clear();
            stdout.WriteLine($"  {Position(timing.Stage)}: {timing.Stage} done in {Milliseconds(timing.Elapsed)}");
        }
    }

    /// <summary>Erases the updating line, so the next line printed starts on a clean row.</summary>
    public void Clear()
    {
        if (_shown == 0) return;
        stdout.Write("\r" + new string(' ', _shown) + "\r");
        stdout.Flush();
        _shown = 0;
    }

    private string Position(string stage)
    {
        var index = Array.IndexOf(_plan, stage);
        return index < 0 ? "stage" : $"stage {index + 1}/{_plan.Length}";
    }

    public static string Milliseconds(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
