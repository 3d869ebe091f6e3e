using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Linking;
using KnowledgeSite.Pipeline;

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
        var numberOf = new Dictionary<GlossaryTerm, int>();
        var usersOf = new List<List<int>>();
        var termNumbers = new int[links.Count][];
        for (var i = 0; i < links.Count; i++)
        {
            termNumbers[i] = new int[termsOf[i].Count];
            for (var t = 0; t < termsOf[i].Count; t++)
            {
                if (!numberOf.TryGetValue(termsOf[i][t], out var number))
                {
                    numberOf[termsOf[i][t]] = number = usersOf.Count;
                    usersOf.Add([]);
                }
                usersOf[number].Add(i);
                termNumbers[i][t] = number;
            }
        }
        var weight = usersOf.Select(users => Math.Log(1 + (double)links.Count / users.Count)).ToArray();
        var users = usersOf.Select(u => u.ToArray()).ToArray();

        // Every pair of articles sharing a term is visited (at 10,000 articles a hundred million times), so this
        // is the stage's heaviest loop: plain arrays, a list of the articles actually touched, and one article
        // per core at a time.
        var related = new IReadOnlyList<RelatedArticle>[links.Count];
        Parallel.For(0, links.Count, () => new Scores(links.Count), (i, _, scores) =>
        {
            foreach (var term in termNumbers[i])
                scores.AddAll(users[term], weight[term]);
            var mine = termsOf[i].ToHashSet();
            related[i] = scores.TakeBest(Limits.RelatedArticles, except: i)
                .Select(j => new RelatedArticle(links[j], termsOf[j].Where(mine.Contains).OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToList()))
                .ToList();
            return scores;
        }, _ => { });
        return Enumerable.Range(0, links.Count).ToDictionary(i => links[i], i => related[i]);
    }

    /// <summary>
    /// One article's scores against all others, reset after each article by clearing only what was touched.
    /// Every weight is positive, so a score of zero is an article not touched yet.
    /// </summary>
    private sealed class Scores(int articles)
    {
        private readonly double[] _score = new double[articles];
        private readonly List<int> _candidates = [];

        /// <summary>Adds <paramref name="weight"/> to the score of every article in <paramref name="articles"/>.</summary>
        public void AddAll(int[] articles, double weight)
        {
            var score = _score;
            foreach (var article in articles)
            {
                if (score[article] == 0) _candidates.Add(article);
                score[article] += weight;
            }
        }

        /// <summary>The <paramref name="count"/> highest scores but <paramref name="except"/>'s, ties to the lower number; then forgets them all.</summary>
        public List<int> TakeBest(int count, int except)
        {
            var best = new List<int>(count + 1);
            var ranking = new HigherScoreThenLower(_score);
            foreach (var j in _candidates)
                if (j != except) BestFew.Offer(best, j, count, ranking);
            foreach (var j in _candidates) _score[j] = 0;
            _candidates.Clear();
            return best;
        }

        private readonly struct HigherScoreThenLower(double[] score) : IRanking<int>
        {
            public bool Ahead(int candidate, int other) => score[candidate] > score[other] || (score[candidate] == score[other] && candidate < other);
        }
    }
}
