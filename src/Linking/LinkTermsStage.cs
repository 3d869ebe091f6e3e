using KnowledgeSite.Articles;
using KnowledgeSite.Cleaning;
using KnowledgeSite.Knowledge;
using KnowledgeSite.Knowledge.Arguments;
using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Linking;

/// <summary>
/// The "link" stage: one automaton over every glossary form finds the terms in the article and
/// in every editorial body. Article paragraphs and captions get a link at each term's first
/// occurrence per section (or per article, for a term whose entry says so) and mark later ones as
/// repeats; headings, the title and the source line are counted but not linked. Markdown bodies
/// get link nodes, and the coverage
/// report says which forms never occur and which names in the text have no entry.
/// </summary>
public static class LinkTermsStage
{
    public const string Stage = "link";

    public static GlossaryLinks Run(KnowledgeModel knowledge, Diagnostics diagnostics, Action<string>? log = null)
    {
        var articles = knowledge.ArticleTexts.ToList();
        // A body written for one article quotes that article; site-wide bodies may quote any.
        foreach (var entry in knowledge.Articles)
            LanguageMarker.Mark([.. KnowledgeModel.ArticleBodies(entry)], [entry.Article]);
        LanguageMarker.Mark([.. knowledge.SiteWideBodies], articles);
        var terms = knowledge.Glossary;
        if (terms.Count == 0) return GlossaryLinks.Empty;
        var byId = terms.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var matcher = TermMatcher.Build(terms.SelectMany(t => t.Forms.Select(f => new TermForm(f.Form, t.Id))));

        var notedPhrases = knowledge.AllNotes.SelectMany(n => n.Occurrences).ToLookup(o => o.Unit);
        // Each article's text is independent: every core takes articles, finding and classifying their terms.
        var perArticle = new ArticleTerms[articles.Count];
        Parallel.For(0, articles.Count, i => perArticle[i] = Classify(articles[i], matcher, byId, notedPhrases));
        var occurrences = new List<TermOccurrence>();
        var linksByUnit = new Dictionary<TextUnit, IReadOnlyList<TermMatch>>();
        var repeatsByUnit = new Dictionary<TextUnit, IReadOnlyList<TermMatch>>();
        var matchesByUnit = new Dictionary<TextUnit, IReadOnlyList<TermMatch>>();
        foreach (var article in perArticle)
        {
            foreach (var (unit, matches, links, repeats) in article.Units)
            {
                matchesByUnit[unit] = matches;
                if (links.Count > 0) linksByUnit[unit] = links;
                if (repeats.Count > 0) repeatsByUnit[unit] = repeats;
            }
            occurrences.AddRange(article.Occurrences);
        }

        var bodyMatches = new List<TermMatch>();
        foreach (var term in terms)
            bodyMatches.AddRange(MarkdownTermLinker.Link(term.Body, matcher, byId, ownTermId: term.Id));
        foreach (var body in knowledge.Bodies.Where(b => terms.All(t => t.Body != b)))
            bodyMatches.AddRange(MarkdownTermLinker.Link(body, matcher, byId, ownTermId: null));

        var argumentsByTerm = ArgumentsByTerm([.. knowledge.AllArguments], matcher);
        var unlisted = UnlistedNames.Find(articles, unit => matchesByUnit[unit]);
        Report(terms, occurrences, bodyMatches, unlisted, articles.Count > 1, diagnostics, log);
        return new GlossaryLinks(terms, occurrences, linksByUnit, repeatsByUnit, argumentsByTerm, unlisted);
    }

    private sealed record UnitTerms(TextUnit Unit, IReadOnlyList<TermMatch> Matches, IReadOnlyList<TermMatch> Links, IReadOnlyList<TermMatch> Repeats);

    private sealed record ArticleTerms(IReadOnlyList<UnitTerms> Units, IReadOnlyList<TermOccurrence> Occurrences);

    /// <summary>An article's term matches, unit by unit, each shown as a link, a repeat or plain text.</summary>
    private static ArticleTerms Classify(Article article, TermMatcher matcher, IReadOnlyDictionary<string, GlossaryTerm> byId,
        ILookup<TextUnit, Anchoring.QuoteLocation> notedPhrases)
    {
        var first = new FirstOccurrences(byId);
        var units = new List<UnitTerms>(article.Units.Count);
        var occurrences = new List<TermOccurrence>();
        foreach (var unit in article.Units)
        {
            var matches = matcher.FindAll(unit.Text);
            if (unit.Kind == TextUnitKind.Heading) first.StartSection();
            var shown = matches.Select(m => Display(m, unit, notedPhrases[unit], first)).ToList();
            units.Add(new UnitTerms(unit, matches,
                matches.Where((_, i) => shown[i] == TermDisplay.Link).ToList(),
                matches.Where((_, i) => shown[i] == TermDisplay.Repeat).ToList()));
            occurrences.AddRange(matches.Select((m, i) => new TermOccurrence(byId[m.TermId], article, unit, m.Start, m.Length, shown[i])));
        }
        return new ArticleTerms(units, occurrences);
    }

    private static bool IsLinkable(TextUnit unit) => unit.Kind is TextUnitKind.Paragraph or TextUnitKind.Caption;

    /// <summary>
    /// The first occurrence of a term in its section (or article) that can be a link is the link;
    /// later ones are repeats. A match across the edge of a noted phrase cannot be a link (the
    /// two would not nest), so it neither links nor uses up the term's first occurrence.
    /// </summary>
    private static TermDisplay Display(TermMatch match, TextUnit unit, IEnumerable<Anchoring.QuoteLocation> noted, FirstOccurrences first)
    {
        if (!IsLinkable(unit) || noted.Any(n => AnnotatedText.Crosses(match.Start, match.End, n.Start, n.Start + n.Length))) return TermDisplay.Text;
        return first.Claim(match.TermId) ? TermDisplay.Link : TermDisplay.Repeat;
    }

    /// <summary>An argument uses a term if its passages, claim or body mention one of the term's forms.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<Argument>> ArgumentsByTerm(IReadOnlyList<Argument> arguments, TermMatcher matcher) =>
        arguments
            .SelectMany(a => a.Passages.Select(p => p.Quote.Exact).Append(a.Claim).Append(Markdig.Markdown.ToPlainText(a.Body.Markdown))
                .SelectMany(text => matcher.FindAll(text)).Select(m => (m.TermId, Argument: a)))
            .Distinct()
            .GroupBy(x => x.TermId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Argument>)g.Select(x => x.Argument).ToList(), StringComparer.Ordinal);

    private static void Report(IReadOnlyList<GlossaryTerm> terms, List<TermOccurrence> occurrences, List<TermMatch> bodyMatches,
        IReadOnlyList<UnlistedName> unlisted, bool many, Diagnostics diagnostics, Action<string>? log)
    {
        var usedForms = occurrences.Select(o => (o.Term.Id, Key: GlossaryChecks.FormKey(o.Text)))
            .Concat(bodyMatches.Select(m => (Id: m.TermId, Key: GlossaryChecks.FormKey(m.Form))))
            .ToHashSet();
        foreach (var term in terms)
        {
            var unused = term.Forms.Where(f => !usedForms.Contains((term.Id, GlossaryChecks.FormKey(f.Form)))).ToList();
            if (unused.Count == 0) continue;
            var message = unused.Count == term.Forms.Count
                ? $"none of the forms of '{term.Id}' occurs anywhere: {string.Join(", ", unused.Select(u => $"\"{u.Form}\" (line {u.Line})"))}."
                : $"{CleaningSummary.Plural(unused.Count, "form")} of '{term.Id}' never {(unused.Count == 1 ? "occurs" : "occur")}: {string.Join(", ", unused.Select(u => $"\"{u.Form}\" (line {u.Line})"))}.";
            diagnostics.Warning(Stage, message, term.SourcePath, unused[0].Line,
                fix: "check the spelling against the article (forms match whole words, acronyms case-sensitively), or remove the form.");
        }

        if (unlisted.Count > 0)
            diagnostics.Warning(Stage,
                $"{CleaningSummary.Plural(unlisted.Count, "name")} in the {(many ? "articles" : "article")} {(unlisted.Count == 1 ? "has" : "have")} no glossary entry: " +
                string.Join(", ", unlisted.OrderByDescending(u => u.Count).Take(30).Select(u => $"{u.Name} ({u.Count}×, first in {u.FirstUnit.Label}{(many ? $" of {u.FirstArticle.Slug}" : "")})"))
                + (unlisted.Count > 30 ? $" and {unlisted.Count - 30} more (all on the glossary page's coverage report)" : "") + ".",
                InputKinds.GlossaryFolder, fix: "add an entry in input/glossary/ whose forms include the name.");

        var articleCount = occurrences.Count;
        var articleTexts = occurrences.Select(o => o.Article).Distinct().Count();
        var linked = occurrences.Count(o => o.Linked);
        log?.Invoke($"glossary: {CleaningSummary.Plural(terms.Count, "term")}; {articleCount} occurrences in {CleaningSummary.Plural(articleTexts, "article")}, {linked} linked (first per section), {occurrences.Count(o => o.Display == TermDisplay.Repeat)} repeats; " +
                    $"{bodyMatches.Count} in editorial text; {CleaningSummary.Plural(unlisted.Count, "unlisted name")}");
    }
}
