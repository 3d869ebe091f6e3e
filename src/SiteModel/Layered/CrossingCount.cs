namespace KnowledgeSite.SiteModel.Layered;

/// <summary>Counts edge crossings of a proper layering under given orders of its layers.</summary>
public static class CrossingCount
{
    public static int Total(ProperLayering graph, IReadOnlyList<IReadOnlyList<int>> orders)
    {
        var position = Positions(graph, orders);
        var total = 0;
        for (var l = 0; l + 1 < orders.Count; l++) total += Between(graph, orders[l], position);
        return total;
    }

    /// <summary>Crossings among the segments from layer <paramref name="upper"/> to the next one down.</summary>
    public static int Between(ProperLayering graph, IReadOnlyList<int> upper, int[] position)
    {
        var segments = new List<(int Top, int Bottom)>();
        foreach (var u in upper)
            foreach (var d in graph.Down[u]) segments.Add((position[u], position[d]));
        var crossings = 0;
        for (var i = 0; i < segments.Count; i++)
            for (var j = i + 1; j < segments.Count; j++)
            {
                var (t1, b1) = segments[i];
                var (t2, b2) = segments[j];
                if ((t1 < t2 && b1 > b2) || (t1 > t2 && b1 < b2)) crossings++;
            }
        return crossings;
    }

    public static int[] Positions(ProperLayering graph, IReadOnlyList<IReadOnlyList<int>> orders)
    {
        var position = new int[graph.VertexCount];
        foreach (var order in orders)
            for (var i = 0; i < order.Count; i++) position[order[i]] = i;
        return position;
    }
}
