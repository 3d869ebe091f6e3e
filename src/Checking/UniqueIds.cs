using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Checking;

/// <summary>No two elements of a page share an id, so every fragment link has one target.</summary>
public sealed class UniqueIds : IOutputRule
{
    public void Check(CheckInput site, ParsedPage page, Diagnostics diagnostics)
    {
        if (page.Ids.Count == page.ElementIds.Count) return;
        foreach (var group in page.ElementIds.GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            diagnostics.Error(CheckStage.Stage, $"{group.Count()} elements share the id \"{group.Key}\".", "output/" + page.Path, group.Skip(1).First().Line,
                fix: "give each element its own id.");
    }
}
