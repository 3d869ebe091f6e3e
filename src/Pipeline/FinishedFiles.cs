using System.Collections.Concurrent;
using KnowledgeSite.Checking;
using KnowledgeSite.Rendering;

namespace KnowledgeSite.Pipeline;

/// <summary>
/// Every file passes here once, as soon as its bytes are final: a page is read for the check at once,
/// while its bytes are at hand, and the file then goes to the sink, which may write it out and let the
/// bytes go. So the pages of a large site die young instead of all living until the check, which the
/// garbage collector pays for at every collection in between.
/// </summary>
/// <param name="sink">Where files go; null keeps them in memory.</param>
/// <param name="readPages">False leaves reading to the check, for a build that reuses pages read before (the preview).</param>
public sealed class FinishedFiles(IOutputSink? sink, bool readPages)
{
    private readonly ConcurrentDictionary<OutputFile, ParsedPage> _read = new(ReferenceEqualityComparer.Instance);

    /// <summary>Thread-safe.</summary>
    /// <returns>The file the build keeps in its place.</returns>
    public OutputFile Take(OutputFile file)
    {
        var page = readPages && file.IsHtml ? ParsedPage.Parse(file) : null;
        var kept = sink?.Keep(file) ?? file;
        if (page is not null) _read[kept] = page;
        return kept;
    }

    /// <summary>The pages read so far, by the file kept for each; null when reading is left to the check.</summary>
    public IReadOnlyDictionary<OutputFile, ParsedPage>? Read => readPages ? _read : null;
}
