using KnowledgeSite.Knowledge.Glossary;

namespace KnowledgeSite.Linking;

/// <summary>Which matches in a text become links.</summary>
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

/// <summary>
/// Remembers, while a text is read in order, which terms it has already linked: a term links at
/// its first occurrence in each section (<see cref="StartSection"/> begins one), or only at its first
/// occurrence in the whole text when its entry says <see cref="TermLinking.OncePerArticle"/>. Every
/// later occurrence is a repeat: plain text unless the reader asks to see every link.
/// </summary>
public sealed class FirstOccurrences(IReadOnlyDictionary<string, GlossaryTerm> terms)
{
    private readonly HashSet<string> _inSection = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inText = new(StringComparer.Ordinal);

    public void StartSection() => _inSection.Clear();

    /// <summary>True for the occurrence that becomes the link; false for a repeat.</summary>
    public bool Claim(string termId)
    {
        var scope = terms[termId].Linking == TermLinking.OncePerArticle ? _inText : _inSection;
        return scope.Add(termId);
    }
}
