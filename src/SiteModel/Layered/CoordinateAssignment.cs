namespace KnowledgeSite.SiteModel.Layered;

/// <summary>
/// Step 5: positions. Layers stack top to bottom, boxes top-aligned in their layer. Within a layer
/// the order from step 4 is kept and neighbours keep a minimum distance; a fixed number of passes
/// move every vertex as close as the order allows to the mean of its neighbours in the adjacent
/// layers (a least-squares fit under the order constraints, solved exactly by pooling adjacent
/// violators), which straightens long edges and centres boxes over what they connect.
/// </summary>
public static class CoordinateAssignment
{
    public const int Passes = 12;

    public sealed record Spacing(double BoxGap, double DummyGap, double DummyWidth, double LayerGap);

    public sealed record Result(double[] CentreX, double[] LayerTop, double[] LayerHeight);

    public static Result Place(ProperLayering graph, IReadOnlyList<IReadOnlyList<int>> orders, IReadOnlyList<BoxSize> boxes, Spacing spacing)
    {
        double Width(int v) => graph.IsDummy(v) ? spacing.DummyWidth : boxes[v].Width;
        double Separation(int a, int b) => (Width(a) + Width(b)) / 2 + (graph.IsDummy(a) || graph.IsDummy(b) ? spacing.DummyGap : spacing.BoxGap);

        var x = new double[graph.VertexCount];
        foreach (var order in orders)
            for (var i = 1; i < order.Count; i++) x[order[i]] = x[order[i - 1]] + Separation(order[i - 1], order[i]);

        for (var pass = 0; pass < Passes; pass++)
        {
            // Down, up, and every third pass both ways, so boxes settle between what they join.
            var neighbours = (pass % 3) switch
            {
                0 => (Func<int, IEnumerable<int>>)(v => graph.Up[v]),
                1 => v => graph.Down[v],
                _ => v => graph.Up[v].Concat(graph.Down[v]),
            };
            var layers = pass % 3 == 1 ? orders.Reverse() : orders;
            foreach (var order in layers)
            {
                var desired = order.Select(v => neighbours(v).Select(n => x[n]).DefaultIfEmpty(x[v]).Average()).ToArray();
                var weight = order.Select(v => neighbours(v).Any() ? (graph.IsDummy(v) ? 2.0 : 1.0) : 0.25).ToArray();
                var placed = OrderedFit(desired, weight, order.Zip(order.Skip(1), Separation).ToArray());
                for (var i = 0; i < order.Count; i++) x[order[i]] = placed[i];
            }
        }

        var left = Enumerable.Range(0, graph.VertexCount).Select(v => x[v] - Width(v) / 2).DefaultIfEmpty(0).Min();
        for (var v = 0; v < x.Length; v++) x[v] = Math.Round(x[v] - left, 1);

        var heights = orders.Select(order => order.Where(v => !graph.IsDummy(v)).Select(v => boxes[v].Height).DefaultIfEmpty(0).Max()).ToArray();
        var tops = new double[orders.Count];
        for (var l = 1; l < orders.Count; l++) tops[l] = tops[l - 1] + heights[l - 1] + spacing.LayerGap;
        return new Result(x, tops, heights);
    }

    /// <summary>
    /// The positions closest (weighted least squares) to <paramref name="desired"/> that keep the
    /// order with at least <paramref name="gaps"/>[i] between neighbours i and i+1. Subtracting each
    /// vertex's minimum offset turns this into isotonic regression, which pooling solves exactly.
    /// </summary>
    public static double[] OrderedFit(double[] desired, double[] weight, double[] gaps)
    {
        var n = desired.Length;
        var offset = new double[n];
        for (var i = 1; i < n; i++) offset[i] = offset[i - 1] + gaps[i - 1];

        var blocks = new List<(double Mean, double Weight, int Count)>();
        for (var i = 0; i < n; i++)
        {
            var block = (Mean: desired[i] - offset[i], Weight: weight[i], Count: 1);
            while (blocks.Count > 0 && blocks[^1].Mean >= block.Mean)
            {
                var last = blocks[^1];
                blocks.RemoveAt(blocks.Count - 1);
                var total = last.Weight + block.Weight;
                block = ((last.Mean * last.Weight + block.Mean * block.Weight) / total, total, last.Count + block.Count);
            }
            blocks.Add(block);
        }

        var result = new double[n];
        var k = 0;
        foreach (var (mean, _, count) in blocks)
            for (var c = 0; c < count; c++, k++) result[k] = mean + offset[k];
        return result;
    }
}
