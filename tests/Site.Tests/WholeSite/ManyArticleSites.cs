using System.Text.RegularExpressions;
using AngleSharp.Dom;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>What the many-article site tests share: small sites, the glossary entry they use, and how they read a paragraph.</summary>
internal static class ManyArticleSites
{
    /// <summary>Three articles that share the phrase "harga kubis" and the glossary form "MMLU".</summary>
    public const string ThreeSeeds = """
        -- seeds/a.txt --
        Kabar Pertama
        Sumber: Media A
        Petani menjual sayur dengan harga kubis di pasar pagi.
        Model baru diuji pada MMLU dan hasilnya cukup bagus.

        -- seeds/b.txt --
        Kabar Kedua
        Sumber: Media B
        Pengembang membagikan model dengan harga kubis kepada semua orang.
        Skor MMLU naik tajam bulan ini.
        Semua pihak sepakat bahwa kualitas data itu penting.

        -- seeds/c.txt --
        Kabar Ketiga
        Sumber: Media C
        Di kota ini harga kubis naik lagi.
        Tidak ada yang peduli pada MMLU di sini.

        -- input/glossary/mmlu.md --
        ---
        term: MMLU
        category: benchmark
        forms: [MMLU]
        short: A benchmark of multiple-choice questions.
        ---
        A benchmark.

        """;

    public const string Editorial = """
        -- input/articles/kabar-pertama/index.md --
        ---
        thesis: Greens are cheap at the morning market.
        ---
        About the first article.
        -- input/articles/kabar-pertama/arguments/cheap-greens.md --
        ---
        title: Greens are cheap
        claim: Farmers sell vegetables for almost nothing.
        order: 1
        passages:
          - quote: "dengan harga kubis"
        ---
        ## Summary

        In A and in B, but quoted from A's folder.
        -- input/articles/kabar-kedua/notes/harga-kubis.md --
        ---
        quote: "harga kubis"
        occurrences: one
        kind: idiom
        source: "白菜价 (báicài jià)"
        literal: cabbage price
        meaning: dirt cheap
        better: "harga sangat murah"
        confidence: high
        ---
        An idiom.
        -- input/articles/kabar-ketiga/arguments/prices-rise.md --
        ---
        title: Prices rise
        claim: In the city, prices go up.
        order: 1
        passages:
          - quote: "harga kubis"
        ---
        ## Summary

        The phrase occurs in all three articles, once in this one.

        """;

    public static string Problems(InMemorySite site) => string.Join("\n", site.Diagnostics.All);


    /// <summary>A paragraph's visible text without its ¶ permalink.</summary>

    /// <summary>The text of every paragraph on an article page, in order.</summary>
    public static List<string> Paragraphs(IDocument page) => page.QuerySelectorAll(".article-body p.para").Select(ParagraphText).ToList();

    /// <summary>A glossary entry for MMLU, the form the generated articles include.</summary>
    public const string MmluEntry = """
        -- input/glossary/mmlu.md --
        ---
        term: MMLU
        category: benchmark
        forms: [MMLU]
        short: A benchmark.
        ---
        A benchmark.

        """;

    public static string Collapse(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    /// <summary>A paragraph's visible text without its ¶ permalink.</summary>
    public static string ParagraphText(IElement p) => Collapse(VisibleText.Of(p)[p.QuerySelector(".para-link")!.TextContent.Length..]);
}
