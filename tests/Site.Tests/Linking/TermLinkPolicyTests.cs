using KnowledgeSite.Linking;

namespace KnowledgeSite.Tests.Linking;

public class TermLinkPolicyTests
{
    private static readonly TermMatcher Matcher = TermMatcher.Build(
    [
        new("AI", "ai"), new("model besar", "model-besar"), new("model bahasa besar", "model-besar"), new("open source", "open-source"),
    ]);

    private const string Paragraph =
        "Model besar (AI) kini open source. Tapi AI bukan hanya model bahasa besar: \"AI\" juga alat, dan open source bukan jaminan.";

    private static string[] Linked(IReadOnlyList<TermMatch> links) => [.. links.Select(m => Paragraph.Substring(m.Start, m.Length))];

    [Fact]
    public void Only_the_first_occurrence_of_each_term_in_a_paragraph_links()
    {
        var links = TermLinkPolicy.SelectLinks(Matcher.FindAll(Paragraph));

        Assert.Equal(["Model besar", "AI", "open source"], Linked(links));
        Assert.Equal(["model-besar", "ai", "open-source"], links.Select(l => l.TermId));
    }

    [Fact]
    public void Every_occurrence_links_when_asked()
    {
        var matches = Matcher.FindAll(Paragraph);

        Assert.Equal(matches, TermLinkPolicy.SelectLinks(matches, firstPerTerm: false));
        Assert.Equal(["Model besar", "AI", "open source", "AI", "model bahasa besar", "AI", "open source"], Linked(matches));
    }

    [Fact]
    public void A_term_never_links_on_its_own_page()
    {
        var matches = Matcher.FindAll(Paragraph);

        Assert.Equal(["Model besar", "open source"], Linked(TermLinkPolicy.SelectLinks(matches, skipTermId: "ai")));
        Assert.DoesNotContain(TermLinkPolicy.SelectLinks(matches, firstPerTerm: false, skipTermId: "ai"), m => m.TermId == "ai");
    }

    [Fact]
    public void No_matches_give_no_links()
    {
        Assert.Empty(TermLinkPolicy.SelectLinks([]));
        Assert.Empty(TermLinkPolicy.SelectLinks(Matcher.FindAll("Paragraf tanpa istilah.")));
    }
}
