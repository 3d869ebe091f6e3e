using KnowledgeSite.Search;

namespace KnowledgeSite.Tests.Search;

public class SearchTextTests
{
    [Theory]
    [InlineData("model-model open-source", "model model open source")]
    [InlineData("don't l\u2019\u00e9t\u00e9", "don t l ete")]
    [InlineData("Llama2 70B GPT-3.5 2023", "llama2 70b gpt 3 5 2023")]
    [InlineData("R&D, (alpaca) \"alpacas\"; AI.", "r d alpaca alpacas ai")]
    [InlineData("Menurut pengalaman industri AI saat ini", "menurut pengalaman industri ai saat ini")]
    [InlineData("  \t\r\n—…", "")]
    [InlineData("", "")]
    public void Words_are_runs_of_letters_and_digits(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', SearchText.Tokens(text)));

    [Theory]
    [InlineData("Caf\u00e9", "cafe")]                 // precomposed é
    [InlineData("Cafe\u0301", "cafe")]                // e + combining acute: the mark stays in the word, then goes
    [InlineData("NA\u00cfVE", "naive")]
    [InlineData("\u0130stanbul", "istanbul")]         // İ decomposes to I + dot above
    [InlineData("\u212b\u212a", "ak")]                // Ångström and Kelvin signs
    [InlineData("\u1ec6", "e")]                        // Ệ: two marks
    [InlineData("\u039f\u0394\u039f\u03a3", "\u03bf\u03b4\u03bf\u03c3")] // letter by letter: no final-sigma form
    [InlineData("\ud55c", "\u1112\u1161\u11ab")]      // a Hangul syllable becomes its jamo, as NFD does
    [InlineData("\uf900", "\u8c48")]                  // CJK compatibility ideograph
    [InlineData("\U0001D15F", "\U0001D158\U0001D165")] // musical symbol: base + spacing stem
    [InlineData("\U00010400", "\U00010428")]          // Deseret capital: a surrogate pair lower-cases
    public void Normalise_lower_cases_and_strips_diacritics(string word, string expected) =>
        Assert.Equal(expected, SearchText.Normalise(word));

    [Fact]
    public void Normalise_leaves_an_unpaired_surrogate_alone() =>
        Assert.Equal("a\ud800b", SearchText.Normalise("A\ud800B"));

    [Fact]
    public void Combining_marks_do_not_split_a_word_but_spacing_ones_stay_in_it()
    {
        Assert.Equal(["naive"], SearchText.Tokens("nai\u0308ve"));
        Assert.Equal(["\u0939\u093f\u0926\u0940"], SearchText.Tokens("\u0939\u093f\u0902\u0926\u0940")); // Hindi: vowel signs kept, anusvara dropped
    }

    [Fact]
    public void Spans_point_into_the_original_text()
    {
        const string text = "Open-source \u201cCafe\u0301\u201d \U0001D4B3yz 70B!";
        var spans = SearchText.TokenSpans(text);

        Assert.Equal(["open", "source", "cafe", "\U0001D4B3yz", "70b"], spans.Select(s => s.Token));
        Assert.Equal(["Open", "source", "Cafe\u0301", "\U0001D4B3yz", "70B"], spans.Select(s => text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Tokens_are_the_tokens_of_the_spans()
    {
        const string text = "Dampak model besar sumber terbuka pada model besar sumber tertutup.";
        Assert.Equal(SearchText.TokenSpans(text).Select(s => s.Token), SearchText.Tokens(text));
    }
}
