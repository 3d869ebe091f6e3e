using System.Threading.Channels;

namespace KnowledgeSite.Preview;

/// <summary>
/// Watches the folders a build reads and hands out changes in batches: a batch starts with the
/// first change and ends once the folders have been quiet for a short while, so an editor's
/// save (often several events) or a git checkout becomes one rebuild.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    public static readonly string[] Folders = ["seeds", "input", "theme"];

    private readonly string _root;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public ChangeWatcher(string root)
    {
        _root = Path.GetFullPath(root);
        foreach (var folder in Folders.Select(f => Path.Combine(_root, f)).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Post(e.FullPath);
            watcher.Created += (_, e) => Post(e.FullPath);
            watcher.Deleted += (_, e) => Post(e.FullPath);
            watcher.Renamed += (_, e) => { Post(e.OldFullPath); Post(e.FullPath); };
            watcher.Error += (_, _) => Post(folder); // events were lost: rebuild anyway
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The folders actually watched, relative to the project root.</summary>
    public IReadOnlyList<string> Watched => _watchers.Select(w => Path.GetRelativePath(_root, w.Path) + "/").ToList();

    /// <summary>Waits for a change, then until <paramref name="quiet"/> passes with none; returns the changed paths, sorted.</summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(TimeSpan quiet, CancellationToken cancel)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancel) };
        while (true)
        {
            using var window = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            window.CancelAfter(quiet);
            try
            {
                batch.Add(await _changes.Reader.ReadAsync(window.Token));
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                return batch.ToList();
            }
        }
    }

    private void Post(string fullPath)
    {
        if (!IsEditorScratch(Path.GetFileName(fullPath)))
            _changes.Writer.TryWrite(Path.GetRelativePath(_root, fullPath).Replace('\\', '/'));
    }

    /// <summary>Files editors write beside the real one while saving: backups, swap and lock files, vim's "4913" probe.</summary>
    public static bool IsEditorScratch(string name) =>
        name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913"
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
        || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _changes.Writer.TryComplete();
    }
}
