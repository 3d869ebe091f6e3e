using KnowledgeSite.Pipeline;
using KnowledgeSite.Rendering;

namespace KnowledgeSite.Checking;

/// <summary>
/// The "check" stage: applies every rule to the rendered site before it replaces the output. Pages are
/// read as they are finished (<see cref="FinishedFiles"/>); any HTML file not read then is read here.
/// </summary>
public static class CheckStage
{
    public const string Stage = "check";

    public static IReadOnlyList<IOutputRule> Rules { get; } =
        [new WellFormedHtml(), new PageBasics(), new UniqueIds(), new ValidInternalLinks()];

    public static IReadOnlyList<ISiteRule> SiteRules { get; } = [new CompleteSearchIndex()];

    /// <param name="cache">Pages parsed by an earlier build, reused when unchanged; null parses every page.</param>
    /// <param name="read">Pages read as they were finished (<see cref="FinishedFiles"/>), by file; the others are read here.</param>
    public static void Run(IReadOnlyList<OutputFile> files, Diagnostics diagnostics, ParsedPageCache? cache = null, IReadOnlyDictionary<OutputFile, ParsedPage>? read = null)
    {
        var duplicates = files.GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1);
        foreach (var group in duplicates)
            diagnostics.Error(Stage, $"{group.Count()} outputs claim the same path.", "output/" + group.Key,
                fix: "rename one of the input files that produce this page.");
        // On Windows, macOS and in a zip unpacked there, paths that differ only in case are one file.
        var caseTwins = files.Select(f => f.Path).Distinct(StringComparer.Ordinal).GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1);
        foreach (var group in caseTwins)
            diagnostics.Error(Stage, $"{string.Join(", ", group.Order(StringComparer.Ordinal))} differ only in letter case, so they overwrite each other on Windows and macOS.",
                "output/" + group.Key, fix: "rename one of the input files that produce these pages.");

        var byPath = files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var html = byPath.Values.Where(f => f.IsHtml).ToList();
        var pages = read is null
            ? (cache ?? new ParsedPageCache()).Parse(html)
            : html.AsParallel().AsOrdered().Select(file => read.TryGetValue(file, out var page) ? page : ParsedPage.Parse(file)).ToList();
        var input = new CheckInput(byPath, pages.ToDictionary(p => p.Path, StringComparer.Ordinal));

        // Pages are checked in parallel, each into its own list, and reported rule by rule in page order,
        // so the same site always gives the same messages in the same order.
        var found = pages.AsParallel().AsOrdered().Select(page => Rules.Select(rule =>
        {
            var own = new Diagnostics();
            rule.Check(input, page, own);
            return own.All;
        }).ToArray()).ToArray();
        for (var rule = 0; rule < Rules.Count; rule++)
            foreach (var page in found)
                foreach (var diagnostic in page[rule])
                    diagnostics.Add(diagnostic);
        foreach (var rule in SiteRules)
            rule.Check(input, diagnostics);
    }
}
