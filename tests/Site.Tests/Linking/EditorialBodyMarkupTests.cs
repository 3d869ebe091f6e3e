using System.Net;
using AngleSharp.Html.Parser;
using KnowledgeSite.Knowledge;
using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Linking;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeSite.Tests.Linking;

/// <summary>
/// The linking stage rewrites an editorial body's Markdown tree twice: <see cref="LanguageMarker"/>
/// wraps Chinese runs in lang spans, then <see cref="MarkdownTermLinker"/> turns glossary forms
/// into links. Whatever the order and number of both in a paragraph, every word must still be
/// rendered, and the tree must stay one that Markdig walks the same way forwards and backwards.
/// </summary>
public class EditorialBodyMarkupTests
{
    private static readonly GlossaryTerm[] Terms = [Term("mei-hong", "Mei Hong"), Term("peking-university", "Peking University")];

    public static TheoryData<string, string[], string[]> Bodies => new()
    {
        // markdown, the words linked, the Chinese runs marked
        { "Mei Hong (梅宏; surname Mei) is a computer scientist. END.", ["Mei Hong"], ["梅宏"] },
        { "院士 (\"academician\") is a title. Mei Hong (梅宏; surname Mei) works at Peking University. END.", ["Mei Hong", "Peking University"], ["院士", "梅宏"] },
        { "梅宏 Mei Hong END.", ["Mei Hong"], ["梅宏"] },
        { "梅宏Mei Hong", ["Mei Hong"], ["梅宏"] },
        { "Mei Hong 梅宏", ["Mei Hong"], ["梅宏"] },
        { "Mei Hong梅宏", ["Mei Hong"], ["梅宏"] },
        { "梅宏", [], ["梅宏"] },
        { "Mei Hong", ["Mei Hong"], [] },
        { "梅宏 Mei Hong 梅宏 Peking University 北京大学 Mei Hong 北京 END.", ["Mei Hong", "Peking University"], ["梅宏", "梅宏", "北京大学", "北京"] },
        { "Mei Hong wrote *Mei Hong* twice, and\nMei Hong again.", ["Mei Hong"], [] },   // once per paragraph, though each sits at 0 in its own literal
        { "*Mei Hong (梅宏) in emphasis* then Peking University (北京大学) END.", ["Mei Hong", "Peking University"], ["梅宏", "北京大学"] },
        { "Before **梅宏 and Mei Hong** after 北京 END.", ["Mei Hong"], ["梅宏", "北京"] },
        { "[a link to 梅宏 and Mei Hong](https://example.org/) then Mei Hong (梅宏) END.", ["Mei Hong"], ["梅宏", "梅宏"] },
        { "Escapes \\* split the text: Mei Hong \\* 梅宏 \\* Peking University \\* END.", ["Mei Hong", "Peking University"], ["梅宏"] },
        { "A line\nMei Hong (梅宏)\nand another 北京 Peking University END.", ["Mei Hong", "Peking University"], ["梅宏", "北京"] },
        { "- Mei Hong (梅宏) in a list END-1.\n- 北京 Peking University END-2.", ["Mei Hong", "Peking University"], ["梅宏", "北京"] },
        { "| who | where |\n| --- | --- |\n| Mei Hong (梅宏) | 北京 Peking University END |", ["Mei Hong", "Peking University"], ["梅宏", "北京"] },
        { "First Mei Hong (梅宏) END-1.\n\n## Part two\n\nSecond 北京 Mei Hong END-2.", ["Mei Hong", "Mei Hong"], ["梅宏", "北京"] },   // once per section: a heading starts one
        { "First Mei Hong (梅宏) END-1.\n\nSecond 北京 Mei Hong END-2.", ["Mei Hong"], ["梅宏", "北京"] },                        // a later paragraph of the same section repeats it
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Marking_and_linking_keep_every_word_in_order(string markdown, string[] linked, string[] chinese)
    {
        var body = Parse(markdown);
        LanguageMarker.Mark([body], []);
        AssertWellFormed(body.Document);
        MarkdownTermLinker.Link(body, TermMatcher.Build(Terms.SelectMany(t => t.Forms.Select(f => new TermForm(f.Form, t.Id)))), Terms.ToDictionary(t => t.Id), ownTermId: null);
        AssertWellFormed(body.Document);

        var page = new HtmlParser().ParseDocument("<body>" + MarkdownRenderer.Render(body, new TestTermRenderer()) + "</body>");
        var plain = new HtmlParser().ParseDocument("<body>" + MarkdownRenderer.Render(Parse(markdown)) + "</body>");
        Assert.Equal(plain.Body!.TextContent, page.Body!.TextContent);
        Assert.Equal(linked, page.QuerySelectorAll("a.term").Select(a => a.TextContent));
        Assert.Equal(chinese, page.QuerySelectorAll("span[lang='zh-Hans']").Select(s => s.TextContent));
        Assert.Equal(linked.Length, body.Document.Descendants<TermLinkInline>().Count());
    }

    /// <summary>Every container's children link up both ways and know their parent, as Markdig's walks (forwards to render, backwards for Descendants) assume.</summary>
    private static void AssertWellFormed(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<LeafBlock>())
            if (block.Inline is { } root) AssertWellFormed(root);
    }

    private static void AssertWellFormed(ContainerInline container)
    {
        var forwards = new List<Inline>();
        Inline? previous = null;
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Assert.Same(container, child.Parent);
            Assert.Same(previous, child.PreviousSibling);
            Assert.True(forwards.Count < 10_000, "the sibling chain loops");
            forwards.Add(child);
            previous = child;
            if (child is ContainerInline nested) AssertWellFormed(nested);
        }
        Assert.Same(previous, container.LastChild);
        var backwards = new List<Inline>();
        for (var child = container.LastChild; child is not null && backwards.Count <= forwards.Count; child = child.PreviousSibling)
            backwards.Add(child);
        backwards.Reverse();
        Assert.Equal(forwards, backwards);
    }

    private static EditorialBody Parse(string markdown) =>
        new(Markdig.Markdown.Parse(markdown, MarkdownRenderer.Pipeline), "input/articles/a/notes/n.md", "articles/a/notes/n.html", markdown);

    private static GlossaryTerm Term(string id, string form) =>
        new(id, form, null, TermCategory.Person, [new TermFormEntry(form, 4)], [], "Short.", Parse(""), $"input/glossary/{id}.md");

    private sealed class TestTermRenderer : HtmlObjectRenderer<TermLinkInline>
    {
        protected override void Write(HtmlRenderer renderer, TermLinkInline link) =>
            renderer.Write($"<a class=\"term\" href=\"{WebUtility.HtmlEncode(link.Href)}\">{WebUtility.HtmlEncode(link.Text)}</a>");
    }
}
