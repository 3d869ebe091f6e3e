namespace KnowledgeSite.Linking;

/// <summary>The keys' trie as it is first built, node by node in insertion order; <see cref="Automaton"/> renumbers it.</summary>
internal sealed class InsertionTrie
{
    public List<int> Parent { get; } = [-1];
    public List<char> Label { get; } = ['\0'];
    public List<int> Depth { get; } = [0];
    public int[] KeyEnd { get; private init; } = [];

    public int Count => Parent.Count;

    public static InsertionTrie Build(IReadOnlyList<string> keys)
    {
        var trie = new InsertionTrie { KeyEnd = new int[keys.Count] };
        var children = new Dictionary<(int Node, char Label), int>();
        for (var k = 0; k < keys.Count; k++)
        {
            var node = 0;
            foreach (var c in keys[k])
            {
                if (!children.TryGetValue((node, c), out var child))
                {
                    child = trie.Count;
                    children.Add((node, c), child);
                    trie.Parent.Add(node);
                    trie.Label.Add(c);
                    trie.Depth.Add(trie.Depth[node] + 1);
                }
                node = child;
            }
            trie.KeyEnd[k] = node;
        }
        return trie;
    }

    /// <summary>
    /// The order states are numbered in, so that the states text visits most share cache lines:
    /// first the <paramref name="shallow"/> shallowest nodes, breadth-first; then the nodes that
    /// begin two or more keys (shared prefixes, such as a common first word); then the rest, the
    /// tails of single keys, which text reaches only where a form nearly occurs. The last two
    /// groups are in depth-first preorder, so walking down a word reads consecutive states.
    /// </summary>
    public int[] LayoutOrder(int shallow, int[] byDepth)
    {
        var order = new int[Count];
        var placed = new bool[Count];
        for (var i = 0; i < shallow; i++) placed[order[i] = byDepth[i]] = true;

        var keysThrough = new int[Count];
        foreach (var end in KeyEnd) keysThrough[end]++;
        for (var i = Count - 1; i > 0; i--) keysThrough[Parent[byDepth[i]]] += keysThrough[byDepth[i]];

        var (childStart, childNodes) = ChildrenByLabel();
        var next = shallow;
        foreach (var shared in new[] { true, false })
        {
            var stack = new Stack<int>();
            stack.Push(0);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (!placed[node] && (keysThrough[node] > 1) == shared)
                {
                    placed[node] = true;
                    order[next++] = node;
                }
                for (var i = childStart[node + 1] - 1; i >= childStart[node]; i--) stack.Push(childNodes[i]);
            }
        }
        return order;
    }

    /// <summary>Nodes in breadth-first order: by depth (a counting sort, stable), the root first.</summary>
    public int[] ByDepth()
    {
        var start = new int[Depth.Max() + 2];
        foreach (var d in Depth) start[d + 1]++;
        for (var d = 0; d + 1 < start.Length; d++) start[d + 1] += start[d];
        var order = new int[Count];
        for (var node = 0; node < Count; node++) order[start[Depth[node]]++] = node;
        return order;
    }

    /// <summary>The children of node n are childNodes[childStart[n] .. childStart[n + 1]], sorted by label.</summary>
    private (int[] ChildStart, int[] ChildNodes) ChildrenByLabel()
    {
        var childStart = new int[Count + 1];
        for (var node = 1; node < Count; node++) childStart[Parent[node] + 1]++;
        for (var node = 0; node < Count; node++) childStart[node + 1] += childStart[node];
        var childNodes = new int[Count];
        var childLabels = new char[Count];
        var fill = childStart[..^1];
        for (var node = 1; node < Count; node++)
        {
            var at = fill[Parent[node]]++;
            childNodes[at] = node;
            childLabels[at] = Label[node];
        }
        for (var node = 0; node < Count; node++)
            if (childStart[node + 1] - childStart[node] > 1)
                Array.Sort(childLabels, childNodes, childStart[node], childStart[node + 1] - childStart[node]);
        return (childStart, childNodes);
    }
}
