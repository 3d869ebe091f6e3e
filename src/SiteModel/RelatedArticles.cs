using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Linking;

namespace KnowledgeSite.SiteModel;

/// <summary>
/// Which articles are related: those sharing the most glossary terms. A shared term weighs more
/// the fewer articles use it (log(1 + N / articles using it)), so a term every article uses says
/// little. Ties go to the article that comes first.
/// </summary>
public static class RelatedArticles
{
    public static IReadOnlyDictionary<ArticleLinks, IReadOnlyList<RelatedArticle>> Find(IReadOnlyList<ArticleLinks> links, GlossaryLinks glossary)
    {
        var termsOf = links.Select(l => glossary.OccurrencesIn(l.Article).Select(o => o.Term).Distinct().ToList()).ToList();
        var usersOf = new Dictionary<GlossaryTerm, List<int>>();
        for (var i = 0; i < links.Count; i++)
            foreach (var term in termsOf[i])
                (usersOf.TryGetValue(term, out var list) ? list : usersOf[term] = []).Add(i);
        var weight = usersOf.ToDictionary(kv => kv.Key, kv => Math.Log(1 + (double)links.Count / kv.Value.Count));

        var result = new Dictionary<ArticleLinks, IReadOnlyList<RelatedArticle>>();
        var scores = new double[links.Count];
        var shared = new int[links.Count];
        for (var i = 0; i < links.Count; i++)
        {
            Array.Clear(scores);
            Array.Clear(shared);
            foreach (var term in termsOf[i])
                foreach (var j in usersOf[term])
                    if (j != i) { scores[j] += weight[term]; shared[j]++; }
            var mine = termsOf[i].ToHashSet();
            result[links[i]] = Enumerable.Range(0, links.Count)
                .Where(j => shared[j] > 0)
                .OrderByDescending(j => scores[j]).ThenBy(j => j)
                .Take(Limits.RelatedArticles)
                .Select(j => new RelatedArticle(links[j], termsOf[j].Where(mine.Contains).OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToList()))
                .ToList();
        }
        return result;
    }
}
