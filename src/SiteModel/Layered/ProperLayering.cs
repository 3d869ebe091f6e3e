namespace KnowledgeSite.SiteModel.Layered;

/// <summary>
/// Step 3: the layered graph made "proper": an edge that spans several layers gets a dummy vertex
/// in every layer it passes, so every segment joins two neighbouring layers and the edge can later
/// be routed through the gaps its dummies are given, never behind a box.
/// Vertices 0..BoxCount-1 are the boxes; the rest are dummies.
/// </summary>
public sealed class ProperLayering
{
    public int BoxCount { get; }
    public int VertexCount => LayerOf.Count;
    public List<int> LayerOf { get; } = [];
    /// <summary>Per layer, its vertices in their current left-to-right order.</summary>
    public List<List<int>> Layers { get; } = [];
    /// <summary>Per vertex, its neighbours in the layer above and in the layer below.</summary>
    public List<List<int>> Up { get; } = [];
    public List<List<int>> Down { get; } = [];
    /// <summary>Per input edge, the vertices it passes from its upper end to its lower end.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Chains { get; }

    public bool IsDummy(int vertex) => vertex >= BoxCount;

    public ProperLayering(int[] boxLayers, IReadOnlyList<GraphEdge> downwardEdges)
    {
        BoxCount = boxLayers.Length;
        var layerCount = boxLayers.Length == 0 ? 0 : boxLayers.Max() + 1;
        for (var l = 0; l < layerCount; l++) Layers.Add([]);
        foreach (var layer in boxLayers) AddVertex(layer);

        var chains = new List<IReadOnlyList<int>>(downwardEdges.Count);
        foreach (var (from, to, _) in downwardEdges)
        {
            var chain = new List<int> { from };
            for (var l = boxLayers[from] + 1; l < boxLayers[to]; l++) chain.Add(AddVertex(l));
            chain.Add(to);
            for (var i = 0; i + 1 < chain.Count; i++)
            {
                Down[chain[i]].Add(chain[i + 1]);
                Up[chain[i + 1]].Add(chain[i]);
            }
            chains.Add(chain);
        }
        Chains = chains;
    }

    private int AddVertex(int layer)
    {
        var vertex = LayerOf.Count;
        LayerOf.Add(layer);
        Layers[layer].Add(vertex);
        Up.Add([]);
        Down.Add([]);
        return vertex;
    }
}
