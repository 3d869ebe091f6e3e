using System.Globalization;
using System.Text;
using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.SiteModel.Layered;

namespace KnowledgeSite.SiteModel;

/// <param name="Lines">The title, wrapped to the box's width (SVG text does not wrap by itself).</param>
public sealed record MapNode(Argument Argument, double X, double Y, double Width, double Height, IReadOnlyList<string> Lines);

/// <param name="Path">SVG path data from <paramref name="From"/>'s box to <paramref name="To"/>'s.</param>
public sealed record MapEdge(Argument From, Argument To, string Relation, string Path);

/// <summary>Positions for the argument map, drawn as inline SVG by the theme.</summary>
/// <param name="InitialCrossings">Edge crossings with the boxes in article order, before crossing reduction.</param>
public sealed record MapLayout(double Width, double Height, IReadOnlyList<MapNode> Nodes, IReadOnlyList<MapEdge> Edges, int InitialCrossings, int Crossings);

/// <summary>
/// Lays one article's arguments out as a layered drawing (<see cref="LayeredLayout"/>): relations
/// point down the page, from what supports or leads to a point towards the point, so the article's
/// conclusions gather at the bottom. Sides are the boxes' colours, not columns.
/// </summary>
public static class ArgumentMapLayout
{
    public const double NodeWidth = 196, LineHeight = 15, HeaderLine = 13, Padding = 7;
    public const int CharsPerLine = 26;

    private static readonly LayeredLayout.Options Options = new(Margin: 12,
        new CoordinateAssignment.Spacing(BoxGap: 20, DummyGap: 8, DummyWidth: 8, LayerGap: 32), MaxLayerWidth: 4);

    public static MapLayout Lay(ArgumentIndex index)
    {
        var arguments = index.Arguments;
        var number = arguments.Select((a, i) => (a, i)).ToDictionary(t => t.a, t => t.i);
        var lines = arguments.Select(a => Wrap(a.Title, CharsPerLine)).ToList();
        var boxes = lines.Select(l => new BoxSize(NodeWidth, 2 * Padding + HeaderLine + l.Count * LineHeight)).ToList();
        var relations = index.Edges().Where(e => e.From != e.To).ToList();
        var drawing = LayeredLayout.Lay(new LayeredGraph(boxes, relations.Select(e => Downward(e.Relation, number[e.From], number[e.To])).ToList()), Options);

        var nodes = arguments.Select((a, i) => new MapNode(a, drawing.Boxes[i].X, drawing.Boxes[i].Y, drawing.Boxes[i].Width, drawing.Boxes[i].Height, lines[i])).ToList();
        var edges = relations.Select((e, i) => new MapEdge(e.From, e.To, e.Relation,
            SmoothPath(IsDrawnUpwards(e.Relation) ? drawing.Edges[i].Points.Reverse().ToList() : drawing.Edges[i].Points))).ToList();
        return new MapLayout(drawing.Width, drawing.Height, nodes, edges, drawing.InitialCrossings, drawing.Crossings);
    }

    /// <summary>
    /// How a relation runs down the page: what supports, leads to or exemplifies a point sits
    /// above it; an answer sits below the claim it answers, as a reply follows what it replies to;
    /// a contrast runs whichever way keeps the map short.
    /// </summary>
    private static GraphEdge Downward(string relation, int from, int to) => relation switch
    {
        "contrasts with" => new GraphEdge(from, to, Directed: false),
        _ when IsDrawnUpwards(relation) => new GraphEdge(to, from),
        _ => new GraphEdge(from, to),
    };

    private static bool IsDrawnUpwards(string relation) => relation == "answers";

    /// <summary>
    /// Straight lines where the route runs vertically beside boxes, and an S-curve with vertical
    /// ends where it crosses the gap between two layers; a curve never leaves the rectangle of its
    /// two points, so it stays in the gap, clear of every box.
    /// </summary>
    public static string SmoothPath(IReadOnlyList<Point> points)
    {
        var d = new StringBuilder();
        d.Append('M').Append(F(points[0].X)).Append(',').Append(F(points[0].Y));
        for (var i = 1; i < points.Count; i++)
        {
            var (a, b) = (points[i - 1], points[i]);
            if (Math.Abs(a.X - b.X) < 0.05) d.Append(" V").Append(F(b.Y));
            else
            {
                var mid = (a.Y + b.Y) / 2;
                d.Append(" C").Append(F(a.X)).Append(',').Append(F(mid)).Append(' ').Append(F(b.X)).Append(',').Append(F(mid)).Append(' ').Append(F(b.X)).Append(',').Append(F(b.Y));
            }
        }
        return d.ToString();
    }

    private static string F(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Greedy word wrap; SVG text does not wrap by itself.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }
}
