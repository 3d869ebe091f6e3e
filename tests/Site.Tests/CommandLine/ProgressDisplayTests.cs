using KnowledgeSite.CommandLine;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Tests.CommandLine;

/// <summary>Progress: one line rewritten in place in a terminal, plain lines in a log, nothing when quiet.</summary>
public class ProgressDisplayTests
{
    private static readonly string[] Plan = ["read", "clean", "link"];

    private static string Run(Verbosity verbosity, bool terminal)
    {
        var output = new StringWriter();
        var reporter = new ConsoleReporter(new ConsoleStreams(output, new StringWriter(), terminal), verbosity, Plan);
        foreach (var stage in Plan)
        {
            reporter.Started(stage);
            if (stage == "clean") reporter.Log("a log line");
            reporter.Finished(new StageTiming(stage, TimeSpan.FromMilliseconds(12)));
        }
        reporter.Diagnostics(new Diagnostics());
        return output.ToString();
    }

    [Fact]
    public void In_a_terminal_one_line_is_rewritten_in_place_and_erased_before_other_output()
    {
        var text = Run(Verbosity.Normal, terminal: true);

        Assert.Contains("\rstage 1/3: read…", text);
        Assert.Contains("\rstage 3/3: link…", text);
        // erased before the log line, so the log line starts on a clean row
        Assert.Contains("\r" + new string(' ', "stage 2/3: clean…".Length) + "\r  a log line\n", text);
        Assert.EndsWith("\r", text);
        Assert.DoesNotContain("stage 1/3: read…\n", text);
    }

    [Fact]
    public void In_a_log_each_stage_is_a_plain_line_with_no_carriage_return()
    {
        var text = Run(Verbosity.Normal, terminal: false);

        Assert.Equal("  stage 1/3: read…\n  stage 2/3: clean…\n  a log line\n  stage 3/3: link…\n", text.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Verbose_adds_each_stage_time_as_it_ends_even_in_a_terminal()
    {
        var text = Run(Verbosity.Verbose, terminal: true);

        Assert.DoesNotContain("\r", text.Replace("\r\n", "\n"));
        Assert.Contains("  stage 2/3: clean done in 12 ms", text);
    }

    [Fact]
    public void Quiet_shows_no_progress()
    {
        Assert.Equal("", Run(Verbosity.Quiet, terminal: true));
    }
}
