using System.Diagnostics;

namespace KnowledgeSite.Pipeline;

/// <summary>Told when each stage of a run starts and ends, so a console can show progress and timings.</summary>
public interface IStageListener
{
    void Started(string stage);
    void Finished(StageTiming timing);
}

public static class StageListenerExtensions
{
    /// <summary>Runs one step outside <see cref="SiteBuilder"/> (reading, writing) as a named, timed stage.</summary>
    public static T Stage<T>(this IStageListener? listener, string stage, Func<T> step)
    {
        listener?.Started(stage);
        var clock = Stopwatch.StartNew();
        try
        {
            return step();
        }
        finally
        {
            listener?.Finished(new StageTiming(stage, clock.Elapsed));
        }
    }
}
