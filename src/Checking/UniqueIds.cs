using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Checking;

/// <summary>No two elements of a page share an id, so every fragment link has one target.</summary>
public sealed class UniqueIds : IOutputRule
{
    public void Check(CheckInput site, Diagnostics diagnostics)
    {
        foreach (var page in site.Pages.Values)
            foreach (var group in page.Document.QuerySelectorAll("[id]").GroupBy(e => e.Id!, StringComparer.Ordinal).Where(g => g.Count() > 1))
                diagnostics.Error(CheckStage.Stage, $"{group.Count()} elements share the id \"{group.Key}\".", "output/" + page.Path, ParsedPage.LineOf(group.Skip(1).First()),
                    fix: "give each element its own id.");
    }
}
