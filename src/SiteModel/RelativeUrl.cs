namespace KnowledgeSite.SiteModel;

/// <summary>
/// Links between pages are relative, so the same output works from file://, under any GitHub
/// Pages sub-path and on any server.
/// </summary>
public static class RelativeUrl
{
    /// <param name="from">Path of the page the link is on, e.g. "articles/a.html".</param>
    /// <param name="to">Path of the target, e.g. "index.html".</param>
    public static string Between(string from, string to, string? fragment = null)
    {
        var suffix = fragment is null ? "" : "#" + fragment;
        if (from == to && fragment is not null) return suffix;

        var fromDirs = from.Split('/')[..^1];
        var toParts = to.Split('/');
        var common = 0;
        while (common < fromDirs.Length && common < toParts.Length - 1 && fromDirs[common] == toParts[common]) common++;
        var ups = string.Concat(Enumerable.Repeat("../", fromDirs.Length - common));
        return ups + string.Join('/', toParts[common..]) + suffix;
    }

    /// <summary>
    /// The site path a relative link on <paramref name="from"/> leads to ("../glossary/a.html" on
    /// "articles/x.html" → "glossary/a.html"), or null if it climbs above the site's root.
    /// </summary>
    public static string? Resolve(string from, string relative)
    {
        var parts = from.Split('/').SkipLast(1).ToList();
        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
