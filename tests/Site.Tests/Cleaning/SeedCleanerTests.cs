using KnowledgeSite.Articles;
using KnowledgeSite.Cleaning;

namespace KnowledgeSite.Tests.Cleaning;

public class SeedCleanerTests
{
    private const string Body = """
        Paragraf pembuka yang cukup panjang untuk menjadi paragraf.
        Paragraf kedua menjelaskan latar belakang masalah ini.
        ** Bagian pertama dengan bintang **
        Isi bagian pertama ada di sini, dengan kalimat penuh.
        Pergi ke pasar, pergi ke pasar
        Isi bagian kedua juga kalimat penuh.
        Siapa yang menang?
        Penutup artikel ini.
        """;

    private static string TwoCopies(string first, string second) =>
        $"{first}\nLihat Asli\nThis page may contain third-party content, which is provided for information purposes only.\nJudul Artikel Uji\nSumber: Media Uji\n{second}";

    private static Article CleanToArticle(string text) =>
        ArticleBuilder.Build(SeedCleaner.Clean("seeds/t.txt", text));

    [Fact]
    public void Two_copies_around_the_metadata_are_kept_once()
    {
        var seed = SeedCleaner.Clean("seeds/t.txt", TwoCopies(Body, Body));

        Assert.Equal("Judul Artikel Uji", seed.Title);
        Assert.Equal("Media Uji", seed.Outlet);
        Assert.StartsWith("This page may contain", seed.Disclaimer);
        Assert.Equal(6, seed.Count(LineRole.Paragraph));
        Assert.Equal(2, seed.Count(LineRole.Heading));
        Assert.Equal(8, seed.Count(LineRole.Duplicate));
        Assert.Equal(2, seed.Count(LineRole.Boilerplate));
        Assert.NotNull(seed.Copies);
        // every kept line comes from the first copy, and each duplicate points at it
        Assert.All(seed.Verdicts.Where(v => v.Role == LineRole.Duplicate), d => Assert.Equal(d.Number - 12, d.KeptAs));
    }

    [Fact]
    public void A_single_copy_is_kept_whole_and_nothing_is_called_a_duplicate()
    {
        var seed = SeedCleaner.Clean("seeds/t.txt", "Judul Tunggal\nSumber: Media Uji\n" + Body);

        Assert.Equal("Judul Tunggal", seed.Title);
        Assert.Null(seed.Copies);
        Assert.Equal(0, seed.Count(LineRole.Duplicate));
        Assert.Equal(6, seed.Count(LineRole.Paragraph));
    }

    [Fact]
    public void A_line_only_one_copy_has_is_kept_in_place_and_a_parenthesised_line_is_a_caption()
    {
        var withCaption = Body.Replace("Isi bagian kedua", "(Keterangan gambar tentang sesuatu)\nIsi bagian kedua");
        var article = CleanToArticle(TwoCopies(withCaption, Body));

        var caption = Assert.Single(article.Captions);
        Assert.Equal("(Keterangan gambar tentang sesuatu)", caption.Text);
        var section = article.Sections.Single(s => s.Blocks.Contains(caption));
        Assert.Equal("Pergi ke pasar, pergi ke pasar", section.Heading);
        Assert.Equal(6, article.Paragraphs.Count());
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.StartsWith('('));
    }

    [Fact]
    public void A_copy_cut_short_is_replaced_by_the_complete_paragraph()
    {
        var truncated = Body.Replace("Penutup artikel ini.", "Penutup artikel ini yang terpotong di tengah jalan oleh scraper");
        var complete = Body.Replace("Penutup artikel ini.", "Penutup artikel ini yang terpotong di tengah jalan oleh scraper, tetapi lengkap di salinan kedua.");
        var article = CleanToArticle(TwoCopies(truncated, complete));

        Assert.Equal(6, article.Paragraphs.Count());
        Assert.EndsWith("lengkap di salinan kedua.", article.Paragraphs.Last().Text);
    }

    [Fact]
    public void Crlf_line_ends_clean_exactly_like_lf()
    {
        var lf = SeedCleaner.Clean("seeds/t.txt", TwoCopies(Body, Body));
        var crlf = SeedCleaner.Clean("seeds/t.txt", KnowledgeSite.Reading.TextDecoder.NormaliseLineEnds(TwoCopies(Body, Body).Replace("\n", "\r\n")));

        Assert.Equal(lf.Content, crlf.Content);
    }

    [Theory]
    [InlineData("**Judul rapat**", "Judul rapat")]
    [InlineData("** Judul dengan spasi **", "Judul dengan spasi")]
    [InlineData("**Judul tanya, mau kemana? **", "Judul tanya, mau kemana?")]
    [InlineData("**  Spasi banyak  di dalam **", "Spasi banyak di dalam")]
    public void Starred_lines_are_headings_with_or_without_inner_spaces(string line, string heading)
    {
        var article = CleanToArticle($"Paragraf pertama yang biasa saja.\n{line}\nParagraf sesudah judul.");

        Assert.Equal(heading, article.Sections[1].Heading);
        Assert.Equal(2, article.Paragraphs.Count());
    }

    [Fact]
    public void A_short_slogan_opens_a_section_but_a_short_question_or_sentence_stays_a_paragraph()
    {
        var article = CleanToArticle("Pembuka artikel.\nMaju terus, maju terus\nIsi bagian.\nSiapa yang dipukul?\nTIDAK.\nBenar-benar ada.\nKalimat akhir tanpa titik");

        Assert.Equal(["Maju terus, maju terus"], article.HeadedSections.Select(s => s.Heading!));
        Assert.Equal(["Pembuka artikel.", "Isi bagian.", "Siapa yang dipukul?", "TIDAK.", "Benar-benar ada.", "Kalimat akhir tanpa titik"],
            article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void An_article_that_repeats_one_line_is_not_mistaken_for_two_copies()
    {
        var seed = SeedCleaner.Clean("seeds/t.txt", "Satu.\nDua dua dua.\nTiga tiga.\nEmpat empat empat.\nLima lima.\nSatu.\nEnam enam.");

        Assert.Null(seed.Copies);
        Assert.Equal(7, seed.Count(LineRole.Paragraph));
    }

    [Fact]
    public void Whitespace_inside_lines_is_collapsed_but_text_is_otherwise_unchanged()
    {
        var article = CleanToArticle("  Kalimat   dengan\tspasi  aneh.Dan titik rapat.  \n\n\nKedua.");

        Assert.Equal(["Kalimat dengan spasi aneh.Dan titik rapat.", "Kedua."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Every_raw_line_gets_exactly_one_verdict_with_a_reason()
    {
        var text = TwoCopies(Body, Body);
        var seed = SeedCleaner.Clean("seeds/t.txt", text);

        Assert.Equal(text.Split('\n').Length, seed.Verdicts.Count);
        Assert.Equal(Enumerable.Range(1, seed.Verdicts.Count), seed.Verdicts.Select(v => v.Number));
        Assert.All(seed.Verdicts, v => Assert.False(string.IsNullOrWhiteSpace(v.Reason)));
    }
}
