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
}
