namespace KnowledgeSite.SiteModel.Layered;

/// <summary>
/// Step 1 of the layered layout: makes the graph acyclic by reversing the back edges a depth-first
/// search finds, visiting boxes in input order and edges in input order, so the choice is
/// deterministic. A reversed edge is drawn in its true direction at the end.
/// </summary>
public static class CycleRemoval
{
    /// <returns>For each edge, whether it points against the layering and must be reversed.</returns>
    public static bool[] BackEdges(int boxCount, IReadOnlyList<GraphEdge> edges)
    {
        var outgoing = Enumerable.Range(0, boxCount).Select(_ => new List<int>()).ToArray();
        for (var e = 0; e < edges.Count; e++) outgoing[edges[e].From].Add(e);

        var reversed = new bool[edges.Count];
        var state = new byte[boxCount]; // 0 unvisited, 1 on the current path, 2 finished
        var stack = new Stack<(int Box, int Next)>();
        for (var root = 0; root < boxCount; root++)
        {
            if (state[root] != 0) continue;
            state[root] = 1;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (box, next) = stack.Pop();
                if (next == outgoing[box].Count)
                {
                    state[box] = 2;
                    continue;
                }
                stack.Push((box, next + 1));
                var edge = outgoing[box][next];
                var to = edges[edge].To;
                if (state[to] == 1) reversed[edge] = true;
                else if (state[to] == 0)
                {
                    state[to] = 1;
                    stack.Push((to, 0));
                }
            }
        }
        return reversed;
    }
}
