using System.Globalization;
using System.Net;
using System.Text;
using KnowledgeSite.Rendering;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Theme;

/// <summary>
/// Draws the argument map as inline SVG. Written in C# rather than Razor because Razor reserves
/// the &lt;text&gt; element that SVG needs. Boxes are links (keyboard-focusable, with an
/// accessible name); the lines are decorative here, since the page lists every relation in words.
/// </summary>
public static class ArgumentMapSvg
{
    public static string Render(MapLayout layout, PageContext context, string captionId)
    {
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {F(layout.Width)} {F(layout.Height)}\" width=\"{F(layout.Width)}\" height=\"{F(layout.Height)}\" role=\"group\" aria-labelledby=\"{captionId}\">\n");
        svg.Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\"/></marker></defs>\n");
        foreach (var column in layout.Columns)
            svg.Append($"<text class=\"map-column\" x=\"{F(column.X)}\" y=\"20\" aria-hidden=\"true\">{E(column.Side?.Name ?? "")}</text>\n");

        svg.Append("<g class=\"map-edges\" aria-hidden=\"true\">\n");
        foreach (var edge in layout.Edges)
            svg.Append($"<path d=\"{edge.Path}\" class=\"map-edge {UiText.RelationClass(edge.Relation)}\" marker-end=\"url(#arrow)\"><title>{E($"{edge.From.Title} — {edge.Relation} — {edge.To.Title}")}</title></path>\n");
        svg.Append("</g>\n");

        foreach (var node in layout.Nodes)
        {
            var a = node.Argument;
            var label = $"{a.Order}. {a.Title}" + (a.Side is null ? "" : $" ({a.Side.Name})");
            svg.Append($"<a href=\"{E(context.Href(SitePaths.For(a)))}\" class=\"map-node {UiText.SideClass(a.Side)}\" aria-label=\"{E(label)}\">");
            svg.Append($"<rect x=\"{F(node.X)}\" y=\"{F(node.Y)}\" width=\"{F(node.Width)}\" height=\"{F(node.Height)}\" rx=\"6\"/>");
            svg.Append($"<text x=\"{F(node.X + 10)}\" y=\"{F(node.Y + 10)}\" aria-hidden=\"true\">");
            for (var i = 0; i < node.Lines.Count; i++)
                svg.Append($"<tspan x=\"{F(node.X + 10)}\" dy=\"16\">{E((i == 0 ? $"{a.Order}. " : "") + node.Lines[i] + (i + 1 < node.Lines.Count ? " " : ""))}</tspan>");
            svg.Append("</text></a>\n");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
    private static string E(string s) => WebUtility.HtmlEncode(s);
}
