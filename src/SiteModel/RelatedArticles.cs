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
        // A glossary has one object per term: comparing them as objects spares hashing every field of the record.
        IEqualityComparer<GlossaryTerm> sameTerm = ReferenceEqualityComparer.Instance;
        var termsOf = links.Select(l => glossary.OccurrencesIn(l.Article).Select(o => o.Term).Distinct(sameTerm).ToList()).ToList();
        var numberOf = new Dictionary<GlossaryTerm, int>(sameTerm);
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
            var touched = 0L;
            foreach (var term in termNumbers[i]) touched += users[term].Length;
            scores.Start(dense: touched >= links.Count / 2);
            foreach (var term in termNumbers[i])
                scores.AddAll(users[term], weight[term]);
            var mine = termsOf[i].ToHashSet(sameTerm);
            related[i] = scores.TakeBest(Limits.RelatedArticles, except: i)
                .Select(j => new RelatedArticle(links[j], termsOf[j].Where(mine.Contains).OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToList()))
                .ToList();
            return scores;
        }, _ => { });
        return Enumerable.Range(0, links.Count).ToDictionary(i => links[i], i => related[i]);
    }

    /// <summary>
    /// One article's scores against all others. Every weight is positive, so a score of zero is an article not
    /// touched yet. An article whose terms are shared with few others keeps a list of those it touched, and only
    /// they are ranked and reset; one whose terms reach most of the site (dense) keeps no list, and all articles
    /// are ranked and reset, which is cheaper than listing nearly all of them one addition at a time.
    /// </summary>
    private sealed class Scores(int articles)
    {
        private readonly double[] _score = new double[articles];
        private readonly List<int> _candidates = [];
        private bool _dense;

        /// <summary>Begins the next article's scores.</summary>
        public void Start(bool dense) => _dense = dense;

        /// <summary>Adds <paramref name="weight"/> to the score of every article in <paramref name="articles"/>.</summary>
        public void AddAll(int[] articles, double weight)
        {
            var score = _score;
            if (_dense)
            {
                foreach (var article in articles) score[article] += weight;
                return;
            }
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
            if (_dense)
            {
                // Only a score at least the lowest kept one can rank among them.
                var lowest = double.Epsilon;
                for (var j = 0; j < _score.Length; j++)
                {
                    if (_score[j] < lowest || j == except) continue;
                    BestFew.Offer(best, j, count, ranking);
                    if (best.Count == count) lowest = _score[best[^1]];
                }
                Array.Clear(_score);
                return best;
            }
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
