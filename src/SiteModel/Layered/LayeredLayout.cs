namespace KnowledgeSite.SiteModel.Layered;

public readonly record struct Point(double X, double Y);

public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
}

/// <summary>
/// An edge's route from its start to its end, in the edge's own direction. Every pair of points
/// is either vertical (through a layer, beside the boxes) or crosses the empty gap between two
/// layers from the bottom of one to the top of the next.
/// </summary>
public sealed record EdgeRoute(IReadOnlyList<Point> Points, bool Reversed);

public sealed record LayeredDrawing(double Width, double Height, IReadOnlyList<Rect> Boxes, IReadOnlyList<EdgeRoute> Edges, int InitialCrossings, int Crossings);

/// <summary>
/// A Sugiyama-style layered drawing, top to bottom: <see cref="CycleRemoval"/>,
/// <see cref="LayerAssignment"/>, <see cref="ProperLayering"/> (dummy vertices for long edges),
/// <see cref="CrossingReduction"/>, <see cref="CoordinateAssignment"/>, then routes through the
/// dummies' places with each box's edge ends spread along its top and bottom sides.
/// </summary>
public static class LayeredLayout
{
    /// <param name="MaxLayerWidth">At most this many boxes side by side (dummies not counted).</param>
    public sealed record Options(double Margin, CoordinateAssignment.Spacing Spacing, int MaxLayerWidth = int.MaxValue);

    public static LayeredDrawing Lay(LayeredGraph graph, Options options)
    {
        var boxCount = graph.Boxes.Count;
        if (graph.Edges.Any(e => e.From == e.To || e.From < 0 || e.To < 0 || e.From >= boxCount || e.To >= boxCount))
            throw new ArgumentException("every edge must join two different boxes of the graph", nameof(graph));

        var reversed = Orient(boxCount, graph.Edges);
        var downward = graph.Edges.Select((e, i) => reversed[i] ? new GraphEdge(e.To, e.From) : e).ToList();
        var layering = new ProperLayering(LayerAssignment.Assign(boxCount, downward, options.MaxLayerWidth), downward);
        var ordering = CrossingReduction.Order(layering);
        var place = CoordinateAssignment.Place(layering, ordering.Orders, graph.Boxes, options.Spacing);

        var m = options.Margin;
        var boxes = Enumerable.Range(0, boxCount).Select(b => new Rect(
            m + place.CentreX[b] - graph.Boxes[b].Width / 2, m + place.LayerTop[layering.LayerOf[b]], graph.Boxes[b].Width, graph.Boxes[b].Height)).ToList();
        double X(int v) => m + place.CentreX[v];
        double Top(int layer) => m + place.LayerTop[layer];
        double Bottom(int layer) => Top(layer) + place.LayerHeight[layer];

        var (startX, endX) = SpreadEnds(layering, boxes, X);
        var routes = new List<EdgeRoute>(graph.Edges.Count);
        for (var e = 0; e < layering.Chains.Count; e++)
        {
            var chain = layering.Chains[e];
            var upper = chain[0];
            var points = new List<Point> { new(startX[e], boxes[upper].Bottom), new(startX[e], Bottom(layering.LayerOf[upper])) };
            foreach (var dummy in chain.Skip(1).SkipLast(1))
            {
                points.Add(new(X(dummy), Top(layering.LayerOf[dummy])));
                points.Add(new(X(dummy), Bottom(layering.LayerOf[dummy])));
            }
            points.Add(new(endX[e], boxes[chain[^1]].Y));
            var route = points.Where((p, i) => i == 0 || p != points[i - 1]).ToList();
            if (reversed[e]) route.Reverse();
            routes.Add(new EdgeRoute(route, reversed[e]));
        }

        var width = Enumerable.Range(0, layering.VertexCount).Select(v => X(v) + (layering.IsDummy(v) ? options.Spacing.DummyWidth / 2 : graph.Boxes[v].Width / 2)).DefaultIfEmpty(0).Max() + m;
        var height = place.LayerTop.Length == 0 ? 2 * m : Bottom(place.LayerTop.Length - 1) + m;
        return new LayeredDrawing(Math.Round(width, 1), Math.Round(height, 1), boxes, routes, ordering.InitialCrossings, ordering.Crossings);
    }

    /// <summary>
    /// Which edges to draw upwards: directed edges that close a cycle, and undirected edges that
    /// point up in the layering of the directed ones (or, in the same layer, from a later box to an
    /// earlier one). Orienting every undirected edge along that order cannot close a cycle.
    /// </summary>
    private static bool[] Orient(int boxCount, IReadOnlyList<GraphEdge> edges)
    {
        var directed = edges.Select((e, i) => (Edge: e, Index: i)).Where(t => t.Edge.Directed).ToList();
        var back = CycleRemoval.BackEdges(boxCount, directed.Select(t => t.Edge).ToList());
        var reversed = new bool[edges.Count];
        for (var k = 0; k < directed.Count; k++) reversed[directed[k].Index] = back[k];
        var layer = LayerAssignment.Assign(boxCount, directed.Select((t, k) => back[k] ? new GraphEdge(t.Edge.To, t.Edge.From) : t.Edge).ToList());
        for (var i = 0; i < edges.Count; i++)
            if (!edges[i].Directed)
                reversed[i] = (layer[edges[i].From], edges[i].From).CompareTo((layer[edges[i].To], edges[i].To)) > 0;
        return reversed;
    }

    /// <summary>
    /// Where each edge leaves its upper box (on the bottom side) and meets its lower box (on the
    /// top side): the ends on one side are spread evenly along it, ordered by where the edge goes
    /// next, so that arrowheads do not meet in one point and ends do not cross at the box.
    /// </summary>
    private static (double[] Start, double[] End) SpreadEnds(ProperLayering layering, IReadOnlyList<Rect> boxes, Func<int, double> x)
    {
        var chains = layering.Chains;
        var start = new double[chains.Count];
        var end = new double[chains.Count];
        var bottomEnds = new List<(int Edge, double Toward)>[boxes.Count];
        var topEnds = new List<(int Edge, double Toward)>[boxes.Count];
        for (var b = 0; b < boxes.Count; b++) { bottomEnds[b] = []; topEnds[b] = []; }
        for (var e = 0; e < chains.Count; e++)
        {
            bottomEnds[chains[e][0]].Add((e, x(chains[e][1])));
            topEnds[chains[e][^1]].Add((e, x(chains[e][^2])));
        }
        for (var b = 0; b < boxes.Count; b++)
        {
            Spread(boxes[b], bottomEnds[b], start);
            Spread(boxes[b], topEnds[b], end);
        }
        return (start, end);
    }

    private static void Spread(Rect box, List<(int Edge, double Toward)> ends, double[] into)
    {
        var sorted = ends.OrderBy(t => t.Toward).ThenBy(t => t.Edge).ToList();
        for (var i = 0; i < sorted.Count; i++)
            into[sorted[i].Edge] = Math.Round(box.X + box.Width * (i + 1) / (sorted.Count + 1), 1);
    }
}
