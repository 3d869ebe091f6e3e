namespace KnowledgeSite.SiteModel.Layered;

/// <summary>
/// Step 2: gives every box a layer (row) so that each edge of the acyclic graph points down at
/// least one layer. Boxes are taken in topological order (the lowest-numbered ready box first, so
/// the result is fixed) and each goes to the first layer below all its predecessors that still
/// has room for it (at most <c>maxWidth</c> boxes, which keeps the drawing narrow: a list schedule,
/// as in Coffman and Graham). Then each source moves down next to the highest of its successors
/// where there is room, which shortens edges that would otherwise span many layers.
/// </summary>
public static class LayerAssignment
{
    public static int[] Assign(int boxCount, IReadOnlyList<GraphEdge> downwardEdges, int maxWidth = int.MaxValue)
    {
        if (maxWidth < 1) throw new ArgumentOutOfRangeException(nameof(maxWidth));
        var layer = new int[boxCount];
        var earliest = new int[boxCount];
        var indegree = new int[boxCount];
        var outgoing = Enumerable.Range(0, boxCount).Select(_ => new List<int>()).ToArray();
        var incoming = Enumerable.Range(0, boxCount).Select(_ => new List<int>()).ToArray();
        foreach (var (from, to, _) in downwardEdges)
        {
            outgoing[from].Add(to);
            incoming[to].Add(from);
            indegree[to]++;
        }

        var width = new List<int>();
        int Room(int l) { while (width.Count <= l) width.Add(0); return maxWidth - width[l]; }

        var ready = new SortedSet<int>(Enumerable.Range(0, boxCount).Where(b => indegree[b] == 0));
        var placed = 0;
        while (ready.Count > 0)
        {
            var box = ready.Min;
            ready.Remove(box);
            var l = earliest[box];
            while (Room(l) == 0) l++;
            layer[box] = l;
            width[l]++;
            placed++;
            foreach (var to in outgoing[box])
            {
                earliest[to] = Math.Max(earliest[to], l + 1);
                if (--indegree[to] == 0) ready.Add(to);
            }
        }
        if (placed != boxCount) throw new ArgumentException("the graph has a cycle; remove cycles first", nameof(downwardEdges));

        for (var box = boxCount - 1; box >= 0; box--)
        {
            if (incoming[box].Count > 0 || outgoing[box].Count == 0) continue;
            var target = outgoing[box].Min(to => layer[to]) - 1;
            while (target > layer[box] && Room(target) == 0) target--;
            if (target <= layer[box]) continue;
            width[layer[box]]--;
            layer[box] = target;
            width[target]++;
        }
        var lowest = layer.Length == 0 ? 0 : layer.Min();
        for (var b = 0; b < boxCount; b++) layer[b] -= lowest;
        return layer;
    }
}
