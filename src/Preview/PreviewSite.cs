using KnowledgeSite.Pipeline;
using KnowledgeSite.Writing;

namespace KnowledgeSite.Preview;

/// <summary>What a rebuild did to the served site.</summary>
/// <param name="Changed">Output files written or removed; empty when the site came out byte for byte the same.</param>
public sealed record RefreshOutcome(bool Succeeded, IReadOnlyList<string> Changed);

/// <summary>
/// The site the preview serves from the output folder. A good build goes to disk (the first one
/// whole and atomically, later ones file by file, only where the bytes differ) and then open pages
/// are told; a failed build changes nothing on disk and open pages show its problems.
/// </summary>
public sealed class PreviewSite(string outputDir, LiveReload reload)
{
    public RefreshOutcome Apply(BuildResult result, Diagnostics diagnostics)
    {
        if (!result.Succeeded) return Failed(diagnostics);

        if (!OutputSync.CanSync(outputDir))
        {
            if (!OutputWriter.Write(result.Files, outputDir, diagnostics)) return Failed(diagnostics);
            var all = result.Files.Select(f => f.Path).ToList();
            reload.SiteChanged(all);
            return new RefreshOutcome(true, all);
        }

        var sync = OutputSync.Apply(result.Files, outputDir, diagnostics);
        if (sync is null) return Failed(diagnostics);
        var changed = sync.Paths.ToList();
        if (changed.Count > 0) reload.SiteChanged(changed);
        else reload.SiteUnchanged();
        return new RefreshOutcome(true, changed);
    }

    /// <summary>A bug in the generator, reported like a failed build so the editor sees it on the page.</summary>
    public void Crashed(string message) => reload.BuildFailed([message]);

    private RefreshOutcome Failed(Diagnostics diagnostics)
    {
        reload.BuildFailed(diagnostics.Errors.Select(d => d.ToString()).ToList());
        return new RefreshOutcome(false, []);
    }
}
