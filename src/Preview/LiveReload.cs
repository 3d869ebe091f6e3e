using System.Security.Cryptography;

namespace KnowledgeSite.Preview;

/// <summary>
/// What open pages need to know: the version of the site being served, and the problems of the
/// last build if it failed (the last good site is still served).
/// </summary>
/// <param name="ChangedCount">How many output files the last successful rebuild wrote or removed.</param>
/// <param name="Changed">The first of them by path (a first build changes them all).</param>
public sealed record ReloadState(string Version, IReadOnlyList<string> Errors, int ChangedCount, IReadOnlyList<string> Changed)
{
    public const int ListedChanges = 20;
}

/// <summary>
/// The preview's one piece of shared state. Each rebuild publishes a new state; the reload
/// endpoint waits for the next one. The version carries a random prefix per server, so a page
/// left open across a restart of the preview reloads too.
/// </summary>
public sealed class LiveReload
{
    private readonly Lock _gate = new();
    private readonly string _instance = RandomNumberGenerator.GetHexString(8, lowercase: true);
    private int _generation;
    private ReloadState _state;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LiveReload() => _state = new ReloadState(VersionOf(0), [], 0, []);

    public ReloadState Current
    {
        get { lock (_gate) return _state; }
    }

    /// <summary>The current state, and a task that completes when it is replaced; taken together, so no change slips between.</summary>
    public (ReloadState State, Task Next) Watch()
    {
        lock (_gate) return (_state, _next.Task);
    }

    /// <summary>A rebuild changed files: open pages reload.</summary>
    public void SiteChanged(IReadOnlyList<string> changed) =>
        Publish(_ => new ReloadState(VersionOf(++_generation), [], changed.Count, changed.Take(ReloadState.ListedChanges).ToList()));

    /// <summary>A rebuild succeeded without changing a byte: nothing reloads, but an error overlay goes away.</summary>
    public void SiteUnchanged() => Publish(s => s with { Errors = [] });

    /// <summary>A rebuild failed: pages keep the last good site and show the problems.</summary>
    public void BuildFailed(IReadOnlyList<string> errors) => Publish(s => s with { Errors = errors });

    private void Publish(Func<ReloadState, ReloadState> next)
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            _state = next(_state);
            done = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.SetResult();
    }

    private string VersionOf(int generation) => $"{_instance}-{generation}";
}
