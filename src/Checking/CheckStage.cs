using KnowledgeSite.Pipeline;
using KnowledgeSite.Rendering;

namespace KnowledgeSite.Checking;

/// <summary>The "check" stage: reads the rendered site back and applies every rule, before anything is written.</summary>
public static class CheckStage
{
    public const string Stage = "check";

    public static IReadOnlyList<IOutputRule> Rules { get; } =
        [new WellFormedHtml(), new PageBasics(), new UniqueIds(), new ValidInternalLinks()];

    public static void Run(IReadOnlyList<OutputFile> files, Diagnostics diagnostics)
    {
        var duplicates = files.GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1);
        foreach (var group in duplicates)
            diagnostics.Error(Stage, $"{group.Count()} outputs claim the same path.", "output/" + group.Key,
                fix: "rename one of the input files that produce this page.");

        var byPath = files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pages = byPath.Values.Where(f => f.IsHtml).AsParallel().AsOrdered().Select(ParsedPage.Parse)
            .ToDictionary(p => p.Path, StringComparer.Ordinal);
        var input = new CheckInput(byPath, pages);
        foreach (var rule in Rules)
            rule.Check(input, diagnostics);
    }
}
