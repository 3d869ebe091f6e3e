namespace KnowledgeSite.Preview;

public enum PathVerdict { File, Redirect, BadRequest, NotFound }

/// <summary>Where a request leads: a file under the root (full path), a redirect (URL path), or a refusal.</summary>
public sealed record ResolvedPath(PathVerdict Verdict, string? Target = null)
{
    public static ResolvedPath Bad { get; } = new(PathVerdict.BadRequest);
    public static ResolvedPath Missing { get; } = new(PathVerdict.NotFound);
}

/// <summary>
/// Maps a request target to a file of the output folder and nothing else. Works on the raw target
/// as the client sent it, before any server normalisation, and refuses anything that could climb out:
/// <c>..</c> (plain or percent-encoded), backslashes, drive letters, empty segments, NUL; then
/// checks that the resolved full path is still under the root, links included.
/// </summary>
public static class RequestPath
{
    public const string IndexFile = "index.html";

    public static ResolvedPath Resolve(string root, string rawTarget)
    {
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var path = rawTarget.Split('?', '#')[0];
        if (!path.StartsWith('/') || path.Contains('\\') || path.Contains("%5c", StringComparison.OrdinalIgnoreCase))
            return ResolvedPath.Bad;

        var relative = Uri.UnescapeDataString(path)[1..];
        var segments = relative.Split('/');
        var wantsFolder = relative.Length == 0 || relative.EndsWith('/');
        if (wantsFolder) segments = segments[..^1];
        if (segments.Any(s => s is "" or "." or ".." || s.Contains('\\') || s.Contains(':') || s.Contains('\0')))
            return ResolvedPath.Bad;
        if (segments.Any(s => s.StartsWith('.')))
            return ResolvedPath.Missing; // the marker and .nojekyll are not part of the site

        var full = Path.GetFullPath(Path.Combine([rootFull, .. segments]));
        if (full != rootFull && !IsUnder(rootFull, full)) return ResolvedPath.Bad;

        if (wantsFolder) full = Path.Combine(full, IndexFile);
        else if (Directory.Exists(full))
            return File.Exists(Path.Combine(full, IndexFile)) ? new ResolvedPath(PathVerdict.Redirect, path + "/") : ResolvedPath.Missing;

        if (!File.Exists(full)) return ResolvedPath.Missing;
        return StaysUnder(rootFull, full) ? new ResolvedPath(PathVerdict.File, full) : ResolvedPath.Bad;
    }

    private static bool IsUnder(string root, string full) =>
        full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>A symbolic link inside the folder must not lead outside it.</summary>
    private static bool StaysUnder(string root, string full)
    {
        var target = File.ResolveLinkTarget(full, returnFinalTarget: true);
        if (target is null) return true;
        var realRoot = Directory.ResolveLinkTarget(root, returnFinalTarget: true)?.FullName ?? root;
        return IsUnder(root, target.FullName) || IsUnder(realRoot, target.FullName);
    }
}
