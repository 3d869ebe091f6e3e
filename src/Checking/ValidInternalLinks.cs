using KnowledgeSite.Knowledge;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Checking;

/// <summary>
/// Every internal link and resource reference resolves to a file of the site, and its fragment,
/// if any, to an element id in that file. Nothing is loaded from outside the site.
/// </summary>
public sealed partial class ValidInternalLinks : IOutputRule
{
    public void Check(CheckInput site, ParsedPage page, Diagnostics diagnostics)
    {
        var file = "output/" + page.Path;
        foreach (var (kind, target, line, rel) in page.References)
        {
            if (IsExternal(target))
            {
                if (kind.IsLoad && !(kind.Element == "link" && rel == "canonical"))
                    diagnostics.Error(CheckStage.Stage, $"<{kind.Element}> loads \"{target}\" from outside the site; the site must work with no network.", file, line,
                        fix: "copy the resource into theme/assets/ and refer to it relatively.");
                continue;
            }
            if (page.HasBaseHref || HasOtherScheme(target)) continue;
            // Each link is resolved where it stands. A cache of answers per folder once paid; since resolving
            // stopped allocating, the cache's locks, shared by both cores, cost more than they saved.
            var problem = Resolve(page.Path, target, site);
            if (problem is not null)
                diagnostics.Error(CheckStage.Stage, $"broken link \"{target}\": {problem}.", file, line,
                    fix: "correct the link or the anchor it points to.");
        }
    }

    private static bool IsExternal(string target) =>
        target.StartsWith("//", StringComparison.Ordinal)
        || target.StartsWith("http:", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("https:", StringComparison.OrdinalIgnoreCase);

    private static bool HasOtherScheme(string target) => OtherScheme().IsMatch(target);

    [System.Text.RegularExpressions.GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial System.Text.RegularExpressions.Regex OtherScheme();

    /// <returns>Null if the link resolves, else what is wrong with it.</returns>
    private static string? Resolve(string fromPath, string target, CheckInput site)
    {
        if (target.Length == 0) return "the link is empty";
        var hash = target.IndexOf('#');
        var pathPart = hash < 0 ? target : target[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
        var query = pathPart.IndexOf('?');
        if (query >= 0) pathPart = pathPart[..query];
        if (pathPart.StartsWith('/')) return "root-relative links break under a GitHub Pages sub-path and from disk; use a relative link";

        string resolved;
        if (pathPart.Length == 0) resolved = fromPath;
        else if (SiteModel.RelativeUrl.Resolve(fromPath, Uri.UnescapeDataString(pathPart)) is { } path) resolved = path + (pathPart.EndsWith('/') ? "/" : "");
        else return "it climbs above the site's root folder";
        if (resolved.EndsWith('/') || !site.Files.ContainsKey(resolved))
            return resolved == Publishing.OfflineBundle.FileName
                ? $"only a build for publishing (with --base-url) makes {Publishing.OfflineBundle.FileName}, and the foot of every page then links to it"
                : resolved.EndsWith('/') || !resolved.Contains('.')
                ? $"no file \"{resolved}\" (links must name the .html file, not a folder)"
                : $"no file \"{resolved}\" in the site{ClosestFile(resolved, site)}";
        if (fragment is null) return null;
        if (fragment.Length == 0) return "the fragment after '#' is empty";
        if (!site.Pages.TryGetValue(resolved, out var targetPage)) return $"\"{resolved}\" is not an HTML page, so it has no #{fragment}";
        return !targetPage.Ids.Contains(fragment) ? $"\"{resolved}\" has no element with id \"{fragment}\"" : null;
    }

    private static string ClosestFile(string missing, CheckInput site) =>
        Suggest.Closest(missing, site.Files.Keys) is { } closest ? $"; the closest is \"{closest}\"" : "";
}
