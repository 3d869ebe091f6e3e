using KnowledgeSite.Pipeline;
using KnowledgeSite.Search;

namespace KnowledgeSite.Checking;

/// <summary>
/// The search index's files are loaded by theme/assets/search.js as a reader types, not linked from
/// any page, so the link check cannot see them: the manifest must be there, and every file it names.
/// </summary>
public sealed class CompleteSearchIndex : ISiteRule
{
    private const string SearchCode = "assets/search.js";
    private const string Fix = "this is a bug in the generator's indexes stage; please report it with the build's output.";

    public void Check(CheckInput site, Diagnostics diagnostics)
    {
        if (!site.Files.TryGetValue(SearchIndexFiles.ManifestPath, out var manifest))
        {
            if (site.Files.ContainsKey(SearchCode))
                diagnostics.Error(CheckStage.Stage, $"the site has {SearchCode} but no search index for it to load.", "output/" + SearchIndexFiles.ManifestPath, fix: Fix);
            return;
        }
        var (_, data) = SearchScript.Read(manifest.AsText());
        foreach (var path in SearchIndexFiles.ShardPaths(data).Where(path => !site.Files.ContainsKey(path)))
            diagnostics.Error(CheckStage.Stage, $"the search index names \"{path}\", which the site does not have, so the searches that need it would fail.",
                "output/" + SearchIndexFiles.ManifestPath, fix: Fix);
    }
}
