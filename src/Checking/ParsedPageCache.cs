using KnowledgeSite.Rendering;

namespace KnowledgeSite.Checking;

/// <summary>
/// Pages read by an earlier build of the same process, reused while their bytes stay the same.
/// The preview keeps one across rebuilds, so an edit to one page re-reads that page, not the site.
/// Parsed pages are immutable facts, so sharing them between builds is safe.
/// </summary>
public sealed class ParsedPageCache
{
    private readonly Dictionary<string, (byte[] Bytes, ParsedPage Page)> _pages = new(StringComparer.Ordinal);

    public IReadOnlyList<ParsedPage> Parse(IReadOnlyList<OutputFile> htmlFiles)
    {
        var reused = new Dictionary<string, ParsedPage>(StringComparer.Ordinal);
        foreach (var file in htmlFiles)
            if (_pages.TryGetValue(file.Path, out var known) && known.Bytes.AsSpan().SequenceEqual(file.Bytes))
                reused[file.Path] = known.Page;

        var parsed = htmlFiles.Where(f => !reused.ContainsKey(f.Path)).AsParallel().AsOrdered().Select(ParsedPage.Parse).ToList();

        _pages.Clear();
        foreach (var page in parsed) reused[page.Path] = page;
        foreach (var file in htmlFiles) _pages[file.Path] = (file.Bytes, reused[file.Path]);
        return htmlFiles.Select(f => reused[f.Path]).ToList();
    }
}
