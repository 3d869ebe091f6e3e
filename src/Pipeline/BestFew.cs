using System.Runtime.CompilerServices;

namespace KnowledgeSite.Pipeline;

/// <summary>Which of two candidates ranks first. A strict order, so the best few never depend on the order candidates come in.</summary>
public interface IRanking<in T>
{
    bool Ahead(T candidate, T other);
}

/// <summary>The best few of many candidates, kept in order as they come instead of sorting them all.</summary>
public static class BestFew
{
    /// <summary>Puts <paramref name="candidate"/> into <paramref name="best"/> (best first, at most <paramref name="count"/>) if it ranks among them.</summary>
    /// <remarks>
    /// The ranking is a type argument, not a delegate, and the method is inlined, so a struct ranking is compiled into
    /// the caller's loop: related articles call this a hundred million times at 10,000 articles.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Offer<T, TRanking>(List<T> best, T candidate, int count, TRanking ranking) where TRanking : IRanking<T>
    {
        var at = best.Count;
        while (at > 0 && ranking.Ahead(candidate, best[at - 1])) at--;
        if (at >= count) return;
        best.Insert(at, candidate);
        if (best.Count > count) best.RemoveAt(count);
    }
}
