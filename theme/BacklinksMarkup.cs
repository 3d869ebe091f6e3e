using System.Net;
using KnowledgeSite.Rendering;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Theme;

/// <summary>The "referenced from" section: the pages whose content links to this one, the first <see cref="Limits.Backlinks"/> of them.</summary>
public static class BacklinksMarkup
{
    public static string Html(string pagePath, IReadOnlyList<Backlink> links)
    {
        if (links.Count == 0) return "";
        var html = new System.Text.StringBuilder("<section class=\"backlinks\" aria-labelledby=\"backlinks-title\">\n<h2 id=\"backlinks-title\">Referenced from</h2>\n<ul>\n");
        foreach (var link in links.Take(Limits.Backlinks))
            html.Append($"<li><a href=\"{E(RelativeUrl.Between(pagePath, link.Path))}\">{E(link.Title)}</a> <span class=\"category\">{E(link.Kind)}</span></li>\n");
        html.Append("</ul>\n");
        if (links.Count > Limits.Backlinks) html.Append($"<p>… and {links.Count - Limits.Backlinks} more pages.</p>\n");
        return html.Append("</section>").ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
