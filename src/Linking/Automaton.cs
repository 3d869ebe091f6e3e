namespace KnowledgeSite.Linking;

/// <summary>
/// An Aho–Corasick automaton over a list of keys (case-folded forms). A state is a node of the keys'
/// trie: the longest suffix of the text read so far that begins some key. Its failure link is the
/// next shorter such suffix; its report link is the longest key ending there (itself or down the
/// failure chain), and each key end leads to the next shorter one, so the keys ending at a position
/// are listed without visiting states that end none.
/// </summary>
/// <remarks>
/// Matching reads one state per character, so the memory layout decides the speed on large
/// glossaries (see <see cref="InsertionTrie.LayoutOrder"/>). The shallowest states, which text
/// visits most, come first and get dense rows (one entry per alphabet class, failures already
/// followed) up to a fixed budget of 512 KB: there a character costs one table lookup. Every other
/// state keeps its first edge inline and its further edges in a short sorted run of characters.
/// </remarks>
internal sealed class Automaton
{
    public const int Root = 0;
    public const int DefaultDenseCellBudget = 1 << 17;
    private const int None = -1;

    private readonly State[] states;
    private readonly int[] depth;
    private readonly int[] report;        // the longest key ending in s: s itself, a state on its failure chain, or Root for none
    private readonly int[] firstEdge;
    private readonly char[] edgeLabels;   // a state's edges: [firstEdge[s], firstEdge[s] + EdgeCount), sorted by label
    private readonly int[] edgeTargets;
    private readonly bool[] exactCase;    // per key: matched in its exact case (so never ends on a lower-case letter)
    private readonly ulong[] keyEnds;     // bits 2s and 2s + 1: a key, and a key that ignores case, ends in s or down its failure chain
    private readonly int[] outputStart;   // keys ending in s: outputs[outputStart[s] .. outputStart[s + 1]]
    private readonly int[] outputs;
    private readonly AlphabetClasses classes;
    private readonly int denseStates;     // states 0 .. denseStates - 1 have a dense row
    private readonly int[] dense;         // dense[state * classes.Count + class]: the next state

    /// <summary>What a transition reads, kept small so that more states share a cache line.</summary>
    private struct State
    {
        public int EdgeCount;
        public int Failure;
        public int FirstTarget;   // the first edge (the one with the lowest label), which is often the only one
        public char FirstLabel;
    }

    private Automaton(IReadOnlyList<string> keys, bool[] exactCase, InsertionTrie trie, AlphabetClasses classes, int denseStates)
    {
        this.exactCase = exactCase;
        this.classes = classes;
        this.denseStates = denseStates;
        var byDepth = trie.ByDepth();
        var order = trie.LayoutOrder(denseStates, byDepth);
        var count = order.Length;
        var renumbered = new int[count];
        for (var s = 0; s < count; s++) renumbered[order[s]] = s;

        states = new State[count];
        firstEdge = new int[count];
        depth = new int[count];
        report = new int[count];
        var parents = new int[count];
        var labels = new char[count];
        for (var s = 1; s < count; s++)
        {
            var node = order[s];
            depth[s] = trie.Depth[node];
            parents[s] = renumbered[trie.Parent[node]];
            labels[s] = trie.Label[node];
            states[parents[s]].EdgeCount++;
        }
        (edgeLabels, edgeTargets) = GatherEdges(parents, labels);

        outputStart = new int[count + 1];
        foreach (var end in trie.KeyEnd) outputStart[renumbered[end] + 1]++;
        for (var s = 0; s < count; s++) outputStart[s + 1] += outputStart[s];
        outputs = new int[keys.Count];
        var fill = outputStart[..^1];
        for (var k = 0; k < keys.Count; k++) outputs[fill[renumbered[trie.KeyEnd[k]]]++] = k;

        keyEnds = new ulong[(count + 31) / 32];
        dense = new int[denseStates * classes.Count];
        Link(parents, labels, [.. byDepth.Select(node => renumbered[node])]);
        MaxDepth = depth.Max();
    }

    /// <summary>The length of the longest key.</summary>
    public int MaxDepth { get; }

    /// <summary>
    /// Keys must be non-empty and already case-folded; a key given twice is listed twice, in the
    /// order given. <paramref name="exactCase"/> marks the keys of forms matched in their exact
    /// case. The budget (dense cells, 4 bytes each) is a parameter only so tests can make most
    /// states sparse.
    /// </summary>
    public static Automaton Build(IReadOnlyList<string> keys, bool[] exactCase, int denseCellBudget = DefaultDenseCellBudget)
    {
        var trie = InsertionTrie.Build(keys);
        var classes = new AlphabetClasses(trie.Label.Skip(1));
        var denseStates = Math.Clamp(denseCellBudget / classes.Count, 1, trie.Count);
        return new Automaton(keys, exactCase, trie, classes, denseStates);
    }

    /// <summary>The state after reading <paramref name="c"/> (already case-folded) in <paramref name="state"/>.</summary>
    public int Next(int state, char c)
    {
        while (state >= denseStates)
        {
            ref var s = ref states[state];
            if (s.FirstLabel == c && s.EdgeCount > 0) return s.FirstTarget;
            if (s.EdgeCount > 1)
            {
                var next = Child(state, c);
                if (next != None) return next;
            }
            state = s.Failure;
        }
        return dense[state * classes.Count + classes.Of(c)];
    }

    /// <summary>
    /// Whether a key may end at the current position (in this state or down its failure chain).
    /// After a lower-case letter only keys that ignore case can: an exact-case key has none. In
    /// running text that rules out the many short acronyms whose folded letters occur inside words.
    /// </summary>
    public bool Reports(int state, bool afterLowerCase) =>
        ((keyEnds[state >> 5] >> ((state & 31) * 2)) & (afterLowerCase ? 2UL : 3UL)) != 0;

    /// <summary>How many characters the state stands for; a key ending in it has this length.</summary>
    public int Depth(int state) => depth[state];

    /// <summary>The longest key ending in this state or down its failure chain; Root if none.</summary>
    public int FirstKeyEnd(int state) => report[state];

    /// <summary>The next shorter key ending at the same position; Root if none.</summary>
    public int NextKeyEnd(int keyEnd) => report[states[keyEnd].Failure];

    /// <summary>Indexes of the keys that end in the state (all of the same text).</summary>
    public ReadOnlySpan<int> KeysAt(int state) => outputs.AsSpan(outputStart[state], outputStart[state + 1] - outputStart[state]);

    private int Child(int state, char c)
    {
        var labels = edgeLabels.AsSpan(firstEdge[state], states[state].EdgeCount);
        var index = labels.Length <= 16 ? labels.IndexOf(c) : labels.BinarySearch(c);
        return index >= 0 ? edgeTargets[firstEdge[state] + index] : None;
    }

    /// <summary>Each state's edges as one run, sorted by label (the states' numbering does not keep siblings together).</summary>
    private (char[] Labels, int[] Targets) GatherEdges(int[] parents, char[] labels)
    {
        var count = states.Length;
        var fill = new int[count];
        for (int s = 0, next = 0; s < count; s++)
        {
            firstEdge[s] = fill[s] = next;
            next += states[s].EdgeCount;
        }
        var edgeLabels = new char[count - 1];
        var edgeTargets = new int[count - 1];
        for (var s = 1; s < count; s++)
        {
            var at = fill[parents[s]]++;
            edgeLabels[at] = labels[s];
            edgeTargets[at] = s;
        }
        for (var s = 0; s < count; s++)
        {
            if (states[s].EdgeCount == 0) continue;
            if (states[s].EdgeCount > 1) Array.Sort(edgeLabels, edgeTargets, firstEdge[s], states[s].EdgeCount);
            states[s].FirstLabel = edgeLabels[firstEdge[s]];
            states[s].FirstTarget = edgeTargets[firstEdge[s]];
        }
        return (edgeLabels, edgeTargets);
    }

    /// <summary>
    /// Failure and report links, then the dense rows, in breadth-first order: a failure link
    /// points to a shallower state, which is finished by then (and has a dense row if this one has).
    /// </summary>
    private void Link(int[] parents, char[] labels, int[] breadthFirst)
    {
        foreach (var state in breadthFirst.AsSpan(1))
        {
            ref var s = ref states[state];
            var parent = parents[state];
            s.Failure = parent == Root ? Root : SparseNext(states[parent].Failure, labels[state]);
            var endsKey = outputStart[state + 1] > outputStart[state];
            report[state] = endsKey ? state : report[s.Failure];
            if (report[state] != Root) keyEnds[state >> 5] |= 1UL << ((state & 31) * 2);
            if (Reports(s.Failure, afterLowerCase: true) || EndsCaselessKey(state)) keyEnds[state >> 5] |= 2UL << ((state & 31) * 2);
        }

        // States 0 .. denseStates - 1 were numbered breadth-first, so this loop is in that order too.
        var width = classes.Count;
        for (var state = 0; state < denseStates; state++)
        {
            var row = dense.AsSpan(state * width, width);
            if (state != Root) dense.AsSpan(states[state].Failure * width, width).CopyTo(row);
            for (var edge = firstEdge[state]; edge < firstEdge[state] + states[state].EdgeCount; edge++)
                row[classes.Of(edgeLabels[edge])] = edgeTargets[edge];
        }
    }

    private bool EndsCaselessKey(int state)
    {
        foreach (var key in KeysAt(state))
            if (!exactCase[key]) return true;
        return false;
    }

    /// <summary>Follows failure links until a state has the transition; Root if none has.</summary>
    private int SparseNext(int state, char c)
    {
        while (true)
        {
            var next = Child(state, c);
            if (next != None) return next;
            if (state == Root) return Root;
            state = states[state].Failure;
        }
    }
}
