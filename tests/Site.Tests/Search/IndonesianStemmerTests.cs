using KnowledgeSite.Search;

namespace KnowledgeSite.Tests.Search;

/// <summary>Expected stems are those of Snowball's own Indonesian stemmer (libstemmer 2.2).</summary>
public class IndonesianStemmerTests
{
    [Theory]
    [InlineData("dikompresi", "kompresi")]
    [InlineData("keuntungan", "untung")]
    [InlineData("mengoptimalkan", "optimal")]
    [InlineData("ditulis", "tulis")]
    [InlineData("membaca", "baca")]
    [InlineData("pembaca", "baca")]
    [InlineData("terbaca", "baca")]
    public void Affixed_and_bare_forms_stem_the_same(string affixed, string bare) =>
        Assert.Equal(IndonesianStemmer.Stem(bare), IndonesianStemmer.Stem(affixed));

    [Theory]
    [InlineData("bersama", "sama")]                // ber-
    [InlineData("belajar", "ajar")]                // belajar → ajar
    [InlineData("pelajaran", "ajar")]              // pelajar → ajar, then -an
    [InlineData("bekerja", "kerja")]               // be- before consonant + "er"
    [InlineData("berlari", "lari")]
    [InlineData("pelari", "lari")]                 // pe- (second order)
    [InlineData("menyapu", "sapu")]                // meny- + vowel → s-
    [InlineData("menyebarkan", "sebar")]
    [InlineData("penyusunan", "susun")]            // peny- + vowel → s-
    [InlineData("memakai", "paka")]                // mem- + vowel → p-, and -i may follow me-
    [InlineData("pemakai", "pakai")]               // pem- + vowel → p-, but -i may not follow pe(ng)-
    [InlineData("pemandangan", "pandang")]
    [InlineData("membaca", "baca")]                // mem- + consonant is just removed
    [InlineData("mendengarkan", "dengar")]
    [InlineData("dibaca", "baca")]
    [InlineData("sepatunya", "sepatu")]            // -nya
    [InlineData("bukumu", "buku")]                 // -mu
    [InlineData("bacalah", "baca")]                // -lah
    [InlineData("apakah", "apa")]                  // -kah, then too few vowels for more
    [InlineData("kelihatannya", "lihat")]          // -nya, ke-, -an
    [InlineData("perbaikan", "baik")]              // per- rules out -kan, so -an goes
    [InlineData("memperbaiki", "baik")]            // mem-, -i, then per-
    [InlineData("memperkenalkan", "kenal")]
    [InlineData("keberhasilan", "hasil")]          // ke-, -an, ber-
    [InlineData("pemerintahan", "perintah")]       // after a recoded p- no second prefix is found
    [InlineData("dipenjara", "penjara")]           // no suffix went, so no second prefix either
    [InlineData("televisi", "televisi")]           // -i is kept after s
    [InlineData("bertanya", "berta")]              // -nya goes first and leaves too few vowels
    public void Stems_as_snowball_does(string word, string stem) =>
        Assert.Equal(stem, IndonesianStemmer.Stem(word));

    [Theory]
    [InlineData("di")]
    [InlineData("buku")]
    [InlineData("open")]
    [InlineData("fittest")]
    [InlineData("70b")]
    [InlineData("3")]
    [InlineData("2023")]
    [InlineData("")]
    public void Words_with_two_vowels_or_fewer_are_left_alone(string word) =>
        Assert.Equal(word, IndonesianStemmer.Stem(word));

    [Theory]
    [InlineData("Open source", "model besar open source terkuat di komunitas AI")]
    [InlineData("booming", "model skala besar sumber terbuka sedang booming, dan setiap orang")]
    [InlineData("Survival of the fittest", "dengan bantuan \"survival of the fittest\" evolusi")]
    [InlineData("70B", "Meta membandingkan hasil Llama 2 70B dengan model sumber tertutup")]
    [InlineData("dikompresi", "model yang dapat kompresi")]
    public void Query_words_find_the_text_words(string query, string text)
    {
        var indexed = SearchText.Tokens(text).Select(IndonesianStemmer.Stem).ToHashSet(StringComparer.Ordinal);
        Assert.All(SearchText.Tokens(query).Select(IndonesianStemmer.Stem), stem => Assert.Contains(stem, indexed));
    }
}
