namespace KnowledgeSite.Tests.Support;

/// <summary>A complete small project (a seed, one argument covering it, and one page) for tests about what happens around a build.</summary>
public static class SmallSite
{
    public const string Txtar = """
        -- seeds/a.txt --
        Judul Uji
        Sumber: Media
        Paragraf satu yang cukup panjang.
        Paragraf dua yang cukup panjang.

        -- input/pages/about.md --
        ---
        title: About
        ---
        ## Who

        We read the article.

        -- input/articles/judul-uji/arguments/main-point.md --
        ---
        title: The main point
        claim: Both paragraphs make one point.
        order: 1
        passages:
          - quote: "Paragraf satu yang cukup panjang."
          - quote: "Paragraf dua yang cukup panjang."
        ---
        Summary.

        """;
}
