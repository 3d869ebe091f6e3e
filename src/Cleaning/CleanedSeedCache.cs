using KnowledgeSite.Articles;

namespace KnowledgeSite.Cleaning;

/// <summary>
/// Seeds cleaned by an earlier build of the same process, reused while a seed's text stays the
/// same. The preview keeps one across rebuilds, so an edit to a note or an argument does not clean
/// every seed again, and an edit to one seed cleans that seed only. Cleaned seeds and their articles
/// are immutable, so sharing them between builds is safe; what is said about a seed is said on every build.
/// </summary>
public sealed class CleanedSeedCache
{
    private Dictionary<string, (string Text, CleanedSeed Cleaned, Article Article)> _seeds = new(StringComparer.Ordinal);

    /// <summary>What an earlier build made of this seed, if its text is the same; safe to call from several threads at once.</summary>
    internal (CleanedSeed Cleaned, Article Article)? Find(string path, string text) =>
        _seeds.TryGetValue(path, out var known) && string.Equals(known.Text, text, StringComparison.Ordinal)
            ? (known.Cleaned, known.Article)
            : null;

    /// <summary>Keeps this build's seeds, and only those: a seed that is gone is forgotten.</summary>
    internal void Keep(IEnumerable<(string Path, string Text, CleanedSeed Cleaned, Article Article)> seeds) =>
        _seeds = seeds.ToDictionary(s => s.Path, s => (s.Text, s.Cleaned, s.Article), StringComparer.Ordinal);
}
