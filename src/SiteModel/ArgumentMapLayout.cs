using System.Globalization;
using KnowledgeSite.Knowledge.Arguments;

namespace KnowledgeSite.SiteModel;

public sealed record MapNode(Argument Argument, double X, double Y, double Width, double Height, IReadOnlyList<string> Lines);

public sealed record MapEdge(Argument From, Argument To, string Relation, string Path);

/// <param name="Side">The column's side, or null for the single column of an article that declares no sides.</param>
public sealed record MapColumn(ArgumentSide? Side, double X);

/// <summary>Positions for the argument map, drawn as inline SVG by the theme.</summary>
public sealed record MapLayout(double Width, double Height, IReadOnlyList<MapColumn> Columns, IReadOnlyList<MapNode> Nodes, IReadOnlyList<MapEdge> Edges);

/// <summary>
/// Lays one article's arguments out as a grid: one column per side, in the order the article's
/// index.md declares them (a single column if it declares none), and one row per argument in the
/// article's order, so reading down the map follows the article. Relations are curves between the
/// boxes' facing edges; a relation within a column bulges to the right.
/// </summary>
public static class ArgumentMapLayout
{
    private const double ColumnWidth = 240, NodeWidth = 212, LineHeight = 16, Padding = 10, RowGap = 14, Top = 40, Left = 10;
    private const int CharsPerLine = 26;

    public static MapLayout Lay(ArgumentIndex index, IReadOnlyList<ArgumentSide> sides)
    {
        List<ArgumentSide?> columnOrder = sides.Count == 0 ? [null] : [.. sides];
        var nodes = new Dictionary<string, MapNode>(StringComparer.Ordinal);
        var y = Top;
        foreach (var argument in index.Arguments)
        {
            var lines = Wrap(argument.Title, CharsPerLine);
            var height = lines.Count * LineHeight + 2 * Padding;
            var x = Left + Math.Max(0, columnOrder.IndexOf(argument.Side)) * ColumnWidth;
            nodes[argument.Id] = new MapNode(argument, x, y, NodeWidth, height, lines);
            y += height + RowGap;
        }

        var edges = index.Edges().Select(e => new MapEdge(e.From, e.To, e.Relation, Curve(nodes[e.From.Id], nodes[e.To.Id]))).ToList();
        var columns = columnOrder.Select((side, i) => new MapColumn(side, Left + i * ColumnWidth)).ToList();
        return new MapLayout(Left + columnOrder.Count * ColumnWidth, y + 10, columns, nodes.Values.ToList(), edges);
    }

    private static string Curve(MapNode from, MapNode to)
    {
        var fromMid = from.Y + from.Height / 2;
        var toMid = to.Y + to.Height / 2;
        double x1, x2, c1, c2;
        if (Math.Abs(from.X - to.X) < 1)
        {
            x1 = x2 = from.X + from.Width;
            var bulge = 30 + Math.Min(60, Math.Abs(toMid - fromMid) / 8);
            c1 = x1 + bulge;
            c2 = x2 + bulge;
        }
        else if (from.X < to.X)
        {
            x1 = from.X + from.Width;
            x2 = to.X;
            c1 = x1 + (x2 - x1) / 2;
            c2 = c1;
        }
        else
        {
            x1 = from.X;
            x2 = to.X + to.Width;
            c1 = x1 - (x1 - x2) / 2;
            c2 = c1;
        }
        return $"M{F(x1)},{F(fromMid)} C{F(c1)},{F(fromMid)} {F(c2)},{F(toMid)} {F(x2)},{F(toMid)}";
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

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
