using System.Buffers;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Rendering;
using Microsoft.Win32.SafeHandles;

namespace KnowledgeSite.Writing;

/// <summary>The files a sync wrote (new or with other bytes) and removed, as output paths.</summary>
public sealed record SyncResult(IReadOnlyList<string> Written, IReadOnlyList<string> Removed)
{
    public int Count => Written.Count + Removed.Count;
    public IEnumerable<string> Paths => Written.Concat(Removed).Order(StringComparer.Ordinal);
}

/// <summary>
/// For the preview's rebuilds: brings an output folder that <see cref="OutputWriter"/> wrote up to a
/// new build by touching only the files whose bytes differ from what is on disk, which is what the
/// preview serves. Each file is written beside its place and renamed over it, so a request never
/// reads half a file.
/// </summary>
public static class OutputSync
{
    /// <summary>True when the folder exists and carries the marker, so files in it may be changed one by one.</summary>
    public static bool CanSync(string outputDir) => File.Exists(Path.Combine(outputDir, OutputWriter.MarkerFile));

    /// <returns>What changed, or null after reporting why the folder could not be brought up to date.</returns>
    public static SyncResult? Apply(IReadOnlyList<OutputFile> files, string outputDir, Diagnostics diagnostics)
    {
        var root = Path.GetFullPath(outputDir);
        try
        {
            var written = files.Where(f => !f.IsStreamed).Select(f => (f.Path, f.Bytes)).Where(f => !SameBytes(Path.Combine(root, f.Path), f.Bytes)).ToList();
            var wanted = files.Select(f => f.Path).Append(OutputWriter.MarkerFile).ToHashSet(StringComparer.Ordinal);
            var removed = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Where(p => !wanted.Contains(p))
                .Order(StringComparer.Ordinal)
                .ToList();
            // A streamed file (the zip) is made from the others, and the same files give the same
            // bytes: while none of them changed, the one on disk is still right and is not made again.
            // Otherwise it is made once, its bytes asked for only here.
            foreach (var file in files.Where(f => f.IsStreamed))
            {
                var path = Path.Combine(root, file.Path);
                if (written.Count == 0 && removed.Count == 0 && File.Exists(path)) continue;
                var bytes = file.Bytes;
                if (!SameBytes(path, bytes)) written.Insert(0, (file.Path, bytes)); // first: a sync cut short then leaves the others differing, so the next one makes it again
            }

            foreach (var (path, bytes) in written)
                Replace(Path.Combine(root, path), bytes);
            foreach (var path in removed)
                Remove(root, path);
            return new SyncResult(written.Select(f => f.Path).ToList(), removed);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(OutputWriter.Stage, $"could not update \"{outputDir}\": {ex.Message}", outputDir,
                fix: "make sure the folder is writable; stop the preview and run the build to write it afresh.");
            return null;
        }
    }

    /// <summary>One open per file, and its bytes read into a buffer that is reused: a rebuild compares every file of the site.</summary>
    private static bool SameBytes(string path, byte[] bytes)
    {
        SafeFileHandle file;
        try
        {
            file = File.OpenHandle(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        using (file)
        {
            if (RandomAccess.GetLength(file) != bytes.Length) return false;
            var buffer = ArrayPool<byte>.Shared.Rent(bytes.Length);
            try
            {
                var read = 0;
                while (read < bytes.Length && RandomAccess.Read(file, buffer.AsSpan(read, bytes.Length - read), read) is var n and > 0) read += n;
                return read == bytes.Length && buffer.AsSpan(0, read).SequenceEqual(bytes);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static void Replace(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Deletes a file and then any folders it leaves empty, up to the output root.</summary>
    private static void Remove(string root, string path)
    {
        File.Delete(Path.Combine(root, path));
        for (var dir = Path.GetDirectoryName(Path.Combine(root, path)); dir is not null && dir.Length > root.Length; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.EnumerateFileSystemEntries(dir).Any()) break;
            Directory.Delete(dir);
        }
    }
}
