namespace KnowledgeSite.SiteModel.Layered;

/// <summary>
/// Step 4: orders the vertices within each layer to reduce edge crossings. A fixed number of
/// alternating down and up sweeps sort each layer by the barycentre (in every other pair of sweeps,
/// the median) of its neighbours in the layer just fixed, each followed by a pass swapping neighbours while that removes crossings; the best
/// orders seen win. Ties keep the current order, and the start is the input order, so the result
/// depends on nothing but the input.
/// </summary>
public static class CrossingReduction
{
    public const int Sweeps = 24;

    public sealed record Result(IReadOnlyList<IReadOnlyList<int>> Orders, int InitialCrossings, int Crossings);

    public static Result Order(ProperLayering graph)
    {
        var orders = InitialOrders(graph);
        var initial = CrossingCount.Total(graph, orders);
        var best = Copy(orders);
        var bestCrossings = initial;
        for (var sweep = 0; sweep < Sweeps && bestCrossings > 0; sweep++)
        {
            var downwards = sweep % 2 == 0;
            var position = CrossingCount.Positions(graph, orders);
            var layers = Enumerable.Range(0, orders.Count);
            foreach (var l in downwards ? layers.Skip(1) : layers.Reverse().Skip(1))
            {
                var neighbours = downwards ? graph.Up : graph.Down;
                var current = orders[l];
                var useMedian = sweep / 2 % 2 == 1;
                var keyed = current
                    .Select((v, i) => (Vertex: v, Index: i, Key: neighbours[v].Count == 0 ? i : useMedian ? Median(neighbours[v], position) : neighbours[v].Average(n => (double)position[n])))
                    .OrderBy(k => k.Key).ThenBy(k => k.Index)
                    .Select(k => k.Vertex).ToList();
                orders[l] = keyed;
                for (var i = 0; i < keyed.Count; i++) position[keyed[i]] = i;
            }
            Transpose(graph, orders);
            var crossings = CrossingCount.Total(graph, orders);
            if (crossings < bestCrossings)
            {
                bestCrossings = crossings;
                best = Copy(orders);
            }
        }
        return new Result(best, initial, bestCrossings);
    }

    private static double Median(List<int> neighbours, int[] position)
    {
        var sorted = neighbours.Select(n => position[n]).Order().ToList();
        var m = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2.0;
    }

    /// <summary>Boxes in input order; a dummy sits where its edge's upper end sits, so long edges start straight.</summary>
    private static List<List<int>> InitialOrders(ProperLayering graph)
    {
        var key = new double[graph.VertexCount];
        for (var v = 0; v < graph.VertexCount; v++)
        {
            if (!graph.IsDummy(v)) { key[v] = v; continue; }
            var top = v;
            while (graph.IsDummy(top)) top = graph.Up[top][0];
            key[v] = top + 0.5;
        }
        return graph.Layers.Select(layer => layer.OrderBy(v => key[v]).ThenBy(v => v).ToList()).ToList();
    }

    /// <summary>Swaps neighbouring vertices while a swap lowers the crossings on both sides of their layer.</summary>
    private static void Transpose(ProperLayering graph, List<List<int>> orders)
    {
        const int MaxPasses = 8;
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var improved = false;
            for (var l = 0; l < orders.Count; l++)
            {
                var order = orders[l];
                for (var i = 0; i + 1 < order.Count; i++)
                {
                    var (a, b) = (order[i], order[i + 1]);
                    var before = PairCrossings(graph, orders, a, b);
                    var after = PairCrossings(graph, orders, b, a);
                    if (after < before)
                    {
                        (order[i], order[i + 1]) = (b, a);
                        improved = true;
                    }
                }
            }
            if (!improved) return;
        }
    }

    /// <summary>Crossings between the edges of <paramref name="left"/> and <paramref name="right"/> if left stood just before right.</summary>
    private static int PairCrossings(ProperLayering graph, List<List<int>> orders, int left, int right)
    {
        var count = 0;
        foreach (var neighbours in new[] { graph.Up, graph.Down })
        {
            var ln = neighbours[left];
            var rn = neighbours[right];
            if (ln.Count == 0 || rn.Count == 0) continue;
            var layer = orders[graph.LayerOf[ln[0]]];
            foreach (var x in ln)
                foreach (var y in rn)
                    if (layer.IndexOf(x) > layer.IndexOf(y)) count++;
        }
        return count;
    }

    private static List<List<int>> Copy(List<List<int>> orders) => orders.Select(o => o.ToList()).ToList();
}
