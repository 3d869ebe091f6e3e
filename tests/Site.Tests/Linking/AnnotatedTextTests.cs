using KnowledgeSite.Anchoring;
using KnowledgeSite.Articles;
using KnowledgeSite.Cleaning;
using KnowledgeSite.Knowledge;
using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Knowledge.Notes;
using KnowledgeSite.Linking;

namespace KnowledgeSite.Tests.Linking;

public class AnnotatedTextTests
{
    private const string Text = "pakai model besar sumber tertutup Hasilnya bagus";

    private static readonly Article Article = ArticleBuilder.Build(SeedCleaner.Clean("seeds/t.txt", Text));
    private static readonly TextUnit Unit = Article.Paragraphs.Select(p => Article.Unit(p.Anchor)).Single();

    private static GlossaryTerm Term(string id) =>
        new(id, id, null, TermCategory.Concept, [], [], "short", new EditorialBody(new Markdig.Syntax.MarkdownDocument(), "", "", ""), "");

    private static NoteMark Mark(string phrase, int number = 1)
    {
        var start = Text.IndexOf(phrase, StringComparison.Ordinal);
        var note = new TranslationNote(Article, "n" + number, QuoteSelector.Create(phrase, null, null, "", 1), false, NoteKind.LostPunctuation, "", "", "", "better", Confidence.High, [],
            new EditorialBody(new Markdig.Syntax.MarkdownDocument(), "", "", ""), "");
        return new NoteMark(note, new QuoteLocation(Article, Unit, start, phrase.Length), number);
    }

    private static (int, int, GlossaryTerm) Link(string phrase, string id) => (Text.IndexOf(phrase, StringComparison.Ordinal), phrase.Length, Term(id));

    private static string Shape(IEnumerable<InlineNode> nodes) => string.Concat(nodes.Select(n => n switch
    {
        TextNode t => t.Text,
        TermNode t => "[" + Shape(t.Children) + "]",
        NotedNode noted => "{" + Shape(noted.Children) + "}",
        MarkerNode m => "^" + m.Mark.Number,
        _ => "?",
    }));

    [Fact]
    public void A_link_inside_a_noted_phrase_nests_inside_it_and_the_marker_follows_the_phrase() =>
        Assert.Equal("pakai model besar {[sumber tertutup] Hasilnya}^1 bagus",
            Shape(AnnotatedText.Build(Text, [Link("sumber tertutup", "closed")], [Mark("sumber tertutup Hasilnya")])));

    [Fact]
    public void A_noted_phrase_inside_a_link_puts_its_marker_after_the_link() =>
        Assert.Equal("pakai [model {besar}]^1 sumber tertutup Hasilnya bagus",
            Shape(AnnotatedText.Build(Text, [Link("model besar", "large")], [Mark("besar")])));

    [Fact]
    public void The_same_words_as_link_and_note_nest_with_the_link_outside() =>
        Assert.Equal("pakai [{model besar}]^1 sumber tertutup Hasilnya bagus",
            Shape(AnnotatedText.Build(Text, [Link("model besar", "large")], [Mark("model besar")])));

    [Fact]
    public void A_link_that_crosses_a_noted_phrase_is_left_out() =>
        Assert.Equal("pakai model {besar sumber}^1 tertutup Hasilnya bagus",
            Shape(AnnotatedText.Build(Text, [Link("sumber tertutup", "closed")], [Mark("besar sumber")])));

    [Fact]
    public void Several_notes_and_links_in_one_run_keep_their_order()
    {
        var shape = Shape(AnnotatedText.Build(Text, [Link("model besar", "large"), Link("bagus", "good")], [Mark("pakai", 1), Mark("Hasilnya", 2)]));
        Assert.Equal("{pakai}^1 [model besar] sumber tertutup {Hasilnya}^2 [bagus]", shape);
    }
}
