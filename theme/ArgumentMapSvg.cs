using System.Globalization;
using System.Net;
using System.Text;
using KnowledgeSite.Rendering;
using KnowledgeSite.SiteModel;

namespace KnowledgeSite.Theme;

/// <summary>
/// Draws the argument map as inline SVG. Written in C# rather than Razor because Razor reserves
/// the &lt;text&gt; element that SVG needs. Boxes are links (keyboard-focusable in the article's
/// order, with an accessible name); the lines are decorative here, since the page lists every
/// relation in words. Each edge names its ends (data-from, data-to) so map.js can highlight a
/// box's relations.
/// </summary>
public static class ArgumentMapSvg
{
    public static string Render(MapLayout layout, PageContext context)
    {
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map-svg\" viewBox=\"0 0 {F(layout.Width)} {F(layout.Height)}\" width=\"{F(layout.Width)}\" height=\"{F(layout.Height)}\" role=\"group\" aria-label=\"{E(UiText.ArgumentMapTitle)}\">\n");
        svg.Append("<defs>");
        foreach (var kind in RelationStyle.All) svg.Append(Marker(kind));
        svg.Append("</defs>\n");

        svg.Append("<g class=\"map-edges\" aria-hidden=\"true\">\n");
        foreach (var edge in layout.Edges)
        {
            var style = RelationStyle.Of(edge.Relation);
            svg.Append($"<path d=\"{edge.Path}\" class=\"map-edge map-line {style.CssClass}\" data-from=\"{E(edge.From.Id)}\" data-to=\"{E(edge.To.Id)}\"{MarkerAttributes(style)}><title>{E(UiText.RelationSentence(edge.From, edge.Relation, edge.To))}</title></path>\n");
        }
        svg.Append("</g>\n");

        foreach (var node in layout.Nodes)
        {
            var a = node.Argument;
            svg.Append($"<a href=\"{E(context.Href(SitePaths.For(a)))}\" class=\"map-node {UiText.SideClass(a.Side)}\" data-id=\"{E(a.Id)}\" aria-label=\"{E(UiText.MapNodeLabel(a))}\">");
            svg.Append($"<rect x=\"{F(node.X)}\" y=\"{F(node.Y)}\" width=\"{F(node.Width)}\" height=\"{F(node.Height)}\" rx=\"5\"/>");
            var textX = F(node.X + ArgumentMapLayout.Padding);
            // One text element, so the visible text reads "#3 · Side Title", as the label does.
            svg.Append($"<text x=\"{textX}\" y=\"{F(node.Y + ArgumentMapLayout.Padding + 10)}\" aria-hidden=\"true\">");
            svg.Append($"<tspan class=\"map-head\"><tspan class=\"map-number\">{E(UiText.ArgumentHash(a.Order))}</tspan>");
            if (a.Side is { } side) svg.Append($"<tspan class=\"map-side\"> · {E(side.Name)}</tspan>");
            svg.Append(" </tspan>");
            for (var i = 0; i < node.Lines.Count; i++)
                svg.Append($"<tspan class=\"map-title\" x=\"{textX}\" dy=\"{F(i == 0 ? ArgumentMapLayout.HeaderLine + 1 : ArgumentMapLayout.LineHeight)}\">{E(node.Lines[i] + (i + 1 < node.Lines.Count ? " " : ""))}</tspan>");
            svg.Append("</text></a>\n");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A short line in a relation's style, for the legend.</summary>
    public static string Sample(RelationStyle style) =>
        $"<svg class=\"legend-sample\" viewBox=\"0 0 48 14\" width=\"48\" height=\"14\" aria-hidden=\"true\" focusable=\"false\"><path d=\"M{(style.BothEnds ? 6 : 2)},7 H{(style.BothEnds ? 42 : 44)}\" class=\"legend-line map-line {style.CssClass}\"{MarkerAttributes(style)}/></svg>";

    private static string MarkerAttributes(RelationStyle style) =>
        $" marker-end=\"url(#{style.MarkerId})\"" + (style.BothEnds ? $" marker-start=\"url(#{style.MarkerId})\"" : "");

    /// <summary>Markers are sized in the drawing's units, so the viewBox margin always holds them.</summary>
    private static string Marker(RelationStyle style) =>
        $"<marker id=\"{style.MarkerId}\" class=\"map-marker {style.CssClass}\" viewBox=\"0 0 10 10\" refX=\"{F(style.MarkerTip)}\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"{F(RelationStyle.MarkerSize)}\" markerHeight=\"{F(RelationStyle.MarkerSize)}\" orient=\"auto-start-reverse\"><path d=\"{style.MarkerPath}\" class=\"{(style.MarkerFilled ? "mk-fill" : "mk-line")}\"/></marker>";

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
    private static string E(string s) => WebUtility.HtmlEncode(s);
}

/// <summary>
/// How one family of relations is drawn: its line (solid, dashed, dotted: see site.css) and its
/// marker's shape, so the kinds differ without relying on colour.
/// </summary>
public sealed record RelationStyle(string Family, string MarkerPath, bool MarkerFilled, double MarkerTip, bool BothEnds)
{
    public const double MarkerSize = 10;

    public string CssClass => "rel-" + Family;
    public string MarkerId => "mk-" + Family;

    public static readonly IReadOnlyList<RelationStyle> All =
    [
        new("supports", "M0,1 L10,5 L0,9 z", true, 10, false),      // solid line, filled triangle
        new("answers", "M1,1 L9,5 L1,9", false, 9, false),          // dashed line, open chevron
        new("leads", "M1,1 L9,5 L1,9 z", false, 9, false),          // long dashes, hollow triangle
        new("contrasts", "M2,5 A3,3 0 1 1 8,5 A3,3 0 1 1 2,5 z", true, 5, true), // dotted, a dot at each end
        new("example", "M1,5 L5,1 L9,5 L5,9 z", true, 9, false),    // dash-dot, diamond
        new("other", "M0,1 L10,5 L0,9 z", true, 10, false),
    ];

    public static RelationStyle Of(string relation)
    {
        var family = relation.Split(' ')[0];
        return All.FirstOrDefault(s => s.Family == family) ?? All[^1];
    }
}
