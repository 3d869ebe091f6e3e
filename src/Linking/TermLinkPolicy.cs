namespace KnowledgeSite.Linking;

/// <summary>Which matches in one text unit (a paragraph) become links.</summary>
public static class TermLinkPolicy
{
    /// <summary>
    /// Keeps the matches in text order, dropping those of <paramref name="skipTermId"/> (a term is
    /// never linked on its own page) and, when <paramref name="firstPerTerm"/>, every occurrence of
    /// a term after its first, so a paragraph is not a sea of identical links.
    /// </summary>
    public static IReadOnlyList<TermMatch> SelectLinks(IReadOnlyList<TermMatch> matches, bool firstPerTerm = true, string? skipTermId = null)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var linked = new List<TermMatch>();
        var linkedTerms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            if (string.Equals(match.TermId, skipTermId, StringComparison.Ordinal)) continue;
            if (firstPerTerm && !linkedTerms.Add(match.TermId)) continue;
            linked.Add(match);
        }
        return linked;
    }
}
