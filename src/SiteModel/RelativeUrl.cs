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
        if (from == to && fragment is not null) return "#" + fragment;

        // Every page link goes through here (hundreds per page), so no splitting: find the folders
        // both paths start with, then climb out of the rest of the page's folders.
        var shared = 0;
        for (var slash = from.IndexOf('/'); slash >= 0; slash = from.IndexOf('/', shared))
        {
            if (slash >= to.Length || to[slash] != '/' || string.CompareOrdinal(from, shared, to, shared, slash - shared) != 0) break;
            shared = slash + 1;
        }
        var ups = from.AsSpan(shared).Count('/');
        var link = new System.Text.StringBuilder(ups * 3 + to.Length - shared + (fragment?.Length + 1 ?? 0));
        for (var i = 0; i < ups; i++) link.Append("../");
        link.Append(to, shared, to.Length - shared);
        if (fragment is not null) link.Append('#').Append(fragment);
        return link.ToString();
    }

    /// <summary>
    /// The site path a relative link on <paramref name="from"/> leads to ("../glossary/a.html" on
    /// "articles/x.html" → "glossary/a.html"), or null if it climbs above the site's root.
    /// </summary>
    public static string? Resolve(string from, string relative)
    {
        // The check resolves every link of every page: build the path in one buffer on the stack, no splitting.
        var folderEnd = Math.Max(0, from.LastIndexOf('/'));
        var size = folderEnd + 1 + relative.Length;
        var path = size <= 512 ? stackalloc char[size] : new char[size];
        from.AsSpan(0, folderEnd).CopyTo(path);
        var length = folderEnd;
        foreach (var range in relative.AsSpan().Split('/'))
        {
            var segment = relative.AsSpan()[range];
            if (segment is "" or ".") continue;
            if (segment is "..")
            {
                if (length == 0) return null;
                length = Math.Max(0, path[..length].LastIndexOf('/'));
                continue;
            }
            if (length > 0) path[length++] = '/';
            segment.CopyTo(path[length..]);
            length += segment.Length;
        }
        return new string(path[..length]);
    }
}
