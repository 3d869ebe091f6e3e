using System.Collections.Concurrent;
using KnowledgeSite.Pipeline;
using KnowledgeSite.Rendering;

namespace KnowledgeSite.Writing;

/// <summary>
/// Puts a site in place. It is written to a staging folder beside the output (by the build as it goes,
/// or here from memory) and swapped in only when complete and checked, so a failed or interrupted
/// build leaves the previous output exactly as it was. A folder that was not written by this tool is
/// never replaced.
/// </summary>
public static class OutputWriter
{
    public const string Stage = "write";

    /// <summary>Written into every output folder; its presence means the folder may be replaced.</summary>
    public const string MarkerFile = ".knowledge-site";

    /// <summary>Writes a site held in memory: into a staging folder, then swapped in.</summary>
    public static bool Write(IReadOnlyList<OutputFile> files, string outputDir, Diagnostics diagnostics)
    {
        var staging = StagingFolder.For(outputDir);
        if (!MayReplace(staging, diagnostics)) return false;
        // Thousands of small files: both cores write, which roughly halves the time on a large site. The zip,
        // made from all the others (at 10,000 articles 840 MB, 1.4 s), goes first and the rest are handed
        // out one at a time, so the other core writes the pages meanwhile instead of the zip running alone at the end.
        var zipFirst = files.Where(f => f.IsStreamed).Concat(files.Where(f => !f.IsStreamed)).ToList();
        Parallel.ForEach(Partitioner.Create(zipFirst, EnumerablePartitionerOptions.NoBuffering), file => staging.Keep(file));
        return Replace(staging, diagnostics);
    }

    /// <summary>
    /// Replaces the output folder with a staging folder the build has written, or, if the output may not
    /// be replaced or a file could not be written, deletes the staging folder and reports why.
    /// </summary>
    public static bool SwapIn(StagingFolder staging, Diagnostics diagnostics)
    {
        if (MayReplace(staging, diagnostics)) return Replace(staging, diagnostics);
        staging.Discard();
        return false;
    }

    private static bool Replace(StagingFolder staging, Diagnostics diagnostics)
    {
        var target = staging.Target;
        var retired = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.previous-{Environment.ProcessId}");
        try
        {
            staging.Keep(OutputFile.Text(MarkerFile, "Written by the knowledge-site generator; the whole folder is replaced on every build.\n"));
            if (staging.Failure is { } failure) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);

            if (Directory.Exists(target))
            {
                DeleteIfExists(retired);
                Directory.Move(target, retired);
                Directory.Move(staging.Path, target);
                Directory.Delete(retired, recursive: true);
            }
            else
            {
                Directory.Move(staging.Path, target);
            }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            staging.Discard();
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            diagnostics.Error(Stage, $"could not write the site to \"{staging.Output}\": {ex.Message} The previous output is unchanged.", staging.Output,
                fix: "make sure the folder and its parent are writable, or pass another folder with --output.");
            return false;
        }
    }

    /// <summary>False, after saying why, when the output path is a file or a folder this tool did not write.</summary>
    private static bool MayReplace(StagingFolder staging, Diagnostics diagnostics)
    {
        var (shown, target) = (staging.Output, staging.Target);
        if (File.Exists(target))
        {
            diagnostics.Error(Stage, $"the output path \"{shown}\" is a file, not a folder.", shown, fix: "pass --output with a folder path.");
            return false;
        }
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, MarkerFile)))
        {
            diagnostics.Error(Stage, $"the output folder \"{shown}\" already holds files that this tool did not write, so it will not replace them.", shown,
                fix: "choose an empty or new folder with --output, or delete that folder first.");
            return false;
        }
        return true;
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
