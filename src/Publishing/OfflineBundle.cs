using System.IO.Compression;
using KnowledgeSite.Rendering;

namespace KnowledgeSite.Publishing;

/// <summary>
/// The whole site as one zip to download and open from disk. Its bytes depend only on the files:
/// entries are sorted, every timestamp is the same fixed date, and nothing of the machine (time,
/// user, file modes) goes in, so the same site gives the same zip. Only a build for publishing
/// makes it (<see cref="PublishStage"/>), and the zip is made only as it is written.
/// </summary>
public static class OfflineBundle
{
    /// <summary>Where the zip sits in the site; it is never inside itself.</summary>
    public const string FileName = "site.zip";

    /// <summary>Entries sit in one folder, so unpacking does not scatter files into the current one.</summary>
    public const string Folder = "site/";

    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The zip of <paramref name="files"/>, made when it is written.</summary>
    public static OutputFile Create(IEnumerable<OutputFile> files)
    {
        var entries = files.Where(Belongs).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return OutputFile.Streamed(FileName, stream =>
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
            foreach (var file in entries)
            {
                var entry = zip.CreateEntry(Folder + file.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTimestamp;
                using var entryStream = entry.Open();
                file.WriteTo(entryStream);
            }
        });
    }

    // .nojekyll and the sitemap are for GitHub Pages and search engines; offline they are noise.
    private static bool Belongs(OutputFile file) => file.Path is not (FileName or ".nojekyll" or Sitemap.FileName);
}
