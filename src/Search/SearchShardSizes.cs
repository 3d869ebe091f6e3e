namespace KnowledgeSite.Search;

/// <summary>How large the pieces of the search index may grow, in bytes of script.</summary>
/// <param name="RunBytes">A run of consecutive keys with their postings. A key whose postings alone are larger gets a run of its own.</param>
/// <param name="ChunkBytes">A chunk of consecutive documents (title, address, text, article). A larger document gets a chunk of its own.</param>
/// <param name="WholeBytes">
/// An index that fits in this is not cut: it is written as one run and one chunk, which the browser
/// loads when a search box is focused, as it loaded the single script the index once was.
/// </param>
public sealed record SearchShardSizes(int RunBytes, int ChunkBytes, int WholeBytes)
{
    /// <summary>
    /// What the site ships. A word being typed loads at most two runs or one prefix summary, and the
    /// results shown load one chunk each at worst, so these sizes bound what one keystroke loads.
    /// </summary>
    public static SearchShardSizes Default { get; } = new(64 * 1024, 16 * 1024, 512 * 1024);

    /// <summary>The index in one run and one chunk however large: what the split index must answer the same as.</summary>
    public static SearchShardSizes Whole { get; } = new(int.MaxValue, int.MaxValue, int.MaxValue);
}
