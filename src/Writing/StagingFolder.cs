using System.Collections.Concurrent;
using KnowledgeSite.Rendering;

namespace KnowledgeSite.Writing;

/// <summary>
/// The folder beside the output that a build writes into, each file as soon as it is finished, and
/// that replaces the output only once the whole site has passed its checks
/// (<see cref="OutputWriter.SwapIn"/>); otherwise it is deleted and the previous output stays as it was.
/// A file that cannot be written is remembered, not thrown: the build still runs to the end and
/// reports its own problems, and the swap then reports this one.
/// </summary>
public sealed class StagingFolder : IOutputSink
{
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private Exception? _failure;

    private StagingFolder(string output, string target, string path)
    {
        Output = output;
        Target = target;
        Path = path;
    }

    /// <summary>The output folder it replaces, as the user named it (for messages).</summary>
    public string Output { get; }

    /// <summary>The output folder it replaces, as a full path.</summary>
    public string Target { get; }

    public string Path { get; }

    /// <summary>The first write that failed, if any.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>The staging folder for <paramref name="outputDir"/>, emptied of any earlier build's leftovers.</summary>
    public static StagingFolder For(string outputDir)
    {
        var target = System.IO.Path.GetFullPath(outputDir).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var staging = new StagingFolder(outputDir, target, System.IO.Path.Combine(System.IO.Path.GetDirectoryName(target)!,
            $".{System.IO.Path.GetFileName(target)}.staging-{Environment.ProcessId}"));
        staging.Discard();
        return staging;
    }

    public OutputFile Keep(OutputFile file)
    {
        if (Failure is not null) return file;
        try
        {
            var path = System.IO.Path.Combine(Path, file.Path);
            _folders.GetOrAdd(System.IO.Path.GetDirectoryName(path)!, folder => Directory.CreateDirectory(folder).Exists);
            using (var stream = File.Create(path))
                file.WriteTo(stream);
            return OutputFile.Written(file.Path, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, ex, null);
            return file;
        }
    }

    /// <summary>Deletes the folder if it is there; best effort, as a leftover staging folder is harmless (the clean verb removes it).</summary>
    public void Discard()
    {
        try
        {
            if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
        _folders.Clear();
    }
}
