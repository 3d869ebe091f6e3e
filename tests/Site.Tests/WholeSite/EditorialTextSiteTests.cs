using AngleSharp.Dom;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>
/// Nothing an editor wrote may be silently dropped: every word of a note, argument or term body
/// reaches its page, however glossary links and Chinese characters (marked lang="zh-Hans") fall
/// in it. Built with the real command line into a temporary folder.
/// </summary>
public class EditorialTextSiteTests
{
    private const string Article = "judul-uji";

    private const string Site = """
        -- seeds/a.txt --
        Judul Uji
        Sumber: Media
        Akademisi Mei Hong berkata bahwa sumber terbuka lahir dari idealisme.
        Paragraf dua yang cukup panjang.

        -- input/glossary/mei-hong.md --
        ---
        term: Mei Hong
        category: person
        forms: ["Mei Hong"]
        short: A Chinese computer scientist.
        ---
        Mei Hong (梅宏) teaches at Peking University (北京大学) in Beijing. END-OF-TERM.

        -- input/glossary/peking-university.md --
        ---
        term: Peking University
        category: organisation
        forms: ["Peking University"]
        short: A university in Beijing.
        ---
        A university.

        -- input/articles/judul-uji/notes/akademisi.md --
        ---
        quote: "Akademisi Mei Hong"
        kind: word-sense
        source: "梅宏院士 (Méi Hóng yuànshì)"
        literal: "the academic Mei Hong"
        meaning: "Academician Mei Hong"
        better: "Mei Hong, anggota Akademi"
        confidence: high
        ---
        院士 ("academician") is a formal title, not just "an academic". Mei Hong (梅宏; surname Mei) is a computer scientist at Peking University. END-OF-NOTE.

        -- input/articles/judul-uji/arguments/idealism.md --
        ---
        title: Idealism
        claim: Open source springs from idealism.
        order: 1
        passages:
          - quote: "sumber terbuka lahir dari idealisme"
        ---
        In *Mei Hong's (梅宏) view* the idealism (理想主义) comes first; Peking University 北京大学 agrees. END-OF-ARGUMENT.

        """;

    [Fact]
    public async Task A_glossary_link_just_before_chinese_characters_keeps_the_rest_of_every_editorial_body()
    {
        using var project = new TestProject(Site);
        var result = await project.RunAsync();
        Assert.True(result.ExitCode == 0, result.All);

        var note = Body(project, $"articles/{Article}/notes/akademisi.html");
        Assert.EndsWith("Mei Hong (梅宏; surname Mei) is a computer scientist at Peking University. END-OF-NOTE.", Text(note));
        Assert.StartsWith("院士 (\"academician\")", Text(note));
        Assert.Equal(["院士", "梅宏"], note.QuerySelectorAll("[lang='zh-Hans']").Select(s => s.TextContent));
        Assert.Equal([("Mei Hong", "../../../glossary/mei-hong.html"), ("Peking University", "../../../glossary/peking-university.html")],
            note.QuerySelectorAll(".term > a").Select(a => (a.TextContent, a.GetAttribute("href"))));

        var argument = Body(project, $"articles/{Article}/arguments/idealism.html");
        Assert.Equal("In Mei Hong's (梅宏) view the idealism (理想主义) comes first; Peking University 北京大学 agrees. END-OF-ARGUMENT.", Text(argument));
        Assert.Equal(["梅宏", "理想主义", "北京大学"], argument.QuerySelectorAll("[lang='zh-Hans']").Select(s => s.TextContent));
        Assert.Equal(["Mei Hong", "Peking University"], argument.QuerySelectorAll(".term > a").Select(a => a.TextContent));
        Assert.NotNull(argument.QuerySelector("em .term"));

        var term = Body(project, "glossary/mei-hong.html");
        Assert.Equal("Mei Hong (梅宏) teaches at Peking University (北京大学) in Beijing. END-OF-TERM.", Text(term));
        Assert.Equal(["梅宏", "北京大学"], term.QuerySelectorAll("[lang='zh-Hans']").Select(s => s.TextContent));
        Assert.Equal(["Peking University"], term.QuerySelectorAll(".term > a").Select(a => a.TextContent));   // never to its own page
    }

    private static IElement Body(TestProject project, string page) =>
        project.Html(page).QuerySelector("main .body") ?? throw new Xunit.Sdk.XunitException($"{page} has no editorial body");

    private static string Text(IElement body) => VisibleText.Of(body).Trim();
}
