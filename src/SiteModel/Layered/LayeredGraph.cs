namespace KnowledgeSite.SiteModel.Layered;

/// <summary>The size of one box to lay out.</summary>
public readonly record struct BoxSize(double Width, double Height);

/// <summary>
/// An edge between two boxes, by their index in the input. A directed edge should point down the
/// drawing (from <see cref="From"/> above to <see cref="To"/> below) unless that closes a cycle;
/// an undirected one (a symmetric relation) may run either way, whichever keeps the drawing short.
/// </summary>
public readonly record struct GraphEdge(int From, int To, bool Directed = true);

/// <summary>
/// What the layered layout takes: boxes in a meaningful order (ties are broken by it, so the same
/// input always gives the same drawing) and the edges between them.
/// </summary>
public sealed record LayeredGraph(IReadOnlyList<BoxSize> Boxes, IReadOnlyList<GraphEdge> Edges);
