using KnowledgeSite.CommandLine;
using KnowledgeSite.Tests.Support;

namespace KnowledgeSite.Tests.WholeSite;

/// <summary>Small inline sites with translation notes: markers, side notes, the clearer reading, and editor errors.</summary>
public class NotesSiteTests
{
    private const string NotesFolder = "input/articles/judul-uji/notes/";

    private const string Seed = """
        -- seeds/a.txt --
        Judul Uji
        Sumber: Badan Cerebropolar
        Semua orang bisa memakai model dengan harga kubis dan Huging Face senang.
        Pabrik besar punya parit, dan parit itu dalam.
        **Biskuit sandwich, mau kemana?**
        Ini adalah paragraf penutup yang cukup panjang.

        """;

    private static string Note(string id, string quote, string extra = "", string kind = "idiom", string better = "lebih baik") => $"""
        -- input/articles/judul-uji/notes/{id}.md --
        ---
        quote: "{quote}"
        kind: {kind}
        source: "白菜价 (báicài jià)"
        literal: literal words
        meaning: what it means
        better: "{better}"
        confidence: high
        {extra}
        ---
        Explanation of {id}.

        """;

    private static string Term(string id, string form) => $"""
        -- input/glossary/{id}.md --
        ---
        term: {form}
        category: organisation
        forms: ["{form}"]
        short: About {form}.
        ---
        Definition.

        """;

    private static readonly string Site = Seed
        + Note("harga-kubis", "harga kubis", better: "harga sangat murah")
        + Note("huging-face", "Huging Face", kind: "garbled-name", better: "Hugging Face")
        + Note("parit", "parit", "occurrences: all", better: "keunggulan")
        + Note("cerebropolar", "Badan Cerebropolar", kind: "garbled-name")
        + Note("biskuit", "Biskuit sandwich")
        + Term("hugging-face", "Huging Face");

    [Fact]
    public async Task Every_occurrence_gets_a_numbered_marker_linked_to_its_side_note_and_back()
    {
        var site = await InMemorySite.BuildAsync(Site);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Diagnostics.All));
        var article = site.Html("articles/judul-uji.html");

        var markers = article.QuerySelectorAll(".note-ref a").ToList();
        Assert.Equal(["1", "2", "3", "4", "5", "6"], markers.Select(m => m.TextContent));  // the source line, ¶1 twice, ¶2 twice, the heading
        foreach (var marker in markers)
        {
            var sidenote = article.GetElementById(marker.GetAttribute("href")![1..]);
            Assert.NotNull(sidenote);
            Assert.Equal("#" + marker.Id, sidenote!.QuerySelector(".sn-back")!.GetAttribute("href"));
        }
        var paragraph2 = article.QuerySelectorAll("p.para")[1];
        Assert.Equal(2, paragraph2.QuerySelectorAll(".note-ref").Length);   // "parit" occurs twice, occurrences: all
        Assert.NotNull(article.QuerySelector("h2 .note-ref"));                // a note on a heading
        Assert.NotNull(article.QuerySelector("#source .note-ref"));           // and on the source line
    }

    [Fact]
    public async Task A_marker_comes_right_after_its_phrase_and_after_a_term_link_that_holds_the_phrase()
    {
        var site = await InMemorySite.BuildAsync(Site);
        var p1 = site.Html("articles/judul-uji.html").QuerySelectorAll("p.para")[0];

        var html = p1.InnerHtml;
        Assert.Matches(@"harga kubis</span><ins[^>]*>harga sangat murah</ins></span><sup class=""note-ref""", html);
        var term = p1.QuerySelector(".term")!;
        Assert.Equal("Huging Face", term.QuerySelector(".original")!.TextContent);   // the noted phrase sits inside the link
        Assert.Empty(term.QuerySelectorAll(".note-ref"));                              // but its marker is not inside the link
        Assert.Equal("sup", term.NextElementSibling!.LocalName);
    }

    [Fact]
    public async Task The_clearer_reading_carries_the_better_rendering_marked_as_editorial_and_is_off_without_script()
    {
        var site = await InMemorySite.BuildAsync(Site);
        var article = site.Html("articles/judul-uji.html");

        var better = article.QuerySelectorAll("ins.better").Select(i => i.TextContent).ToList();
        Assert.Contains("harga sangat murah", better);
        Assert.All(article.QuerySelectorAll("ins.better"), i => Assert.Contains("Editorial", i.GetAttribute("title")));
        var box = article.QuerySelector(".reading-switch")!;
        Assert.True(box.HasAttribute("hidden"));                                     // without JavaScript: no switch, original text
        Assert.Equal("false", box.QuerySelector("button")!.GetAttribute("aria-pressed"));
        Assert.NotNull(article.QuerySelector("script[src='../assets/reading.js']"));
        Assert.DoesNotContain("class=\"clearer\"", site.Text("articles/judul-uji.html"));
    }

    [Fact]
    public async Task The_notes_page_is_a_table_by_kind_and_every_note_links_back_to_each_occurrence()
    {
        var site = await InMemorySite.BuildAsync(Site);
        var index = site.Html("articles/judul-uji/notes/index.html");

        Assert.Equal(["Idioms and slang translated word for word (3)", "Garbled names (2)"],
            index.QuerySelectorAll("table.notes-table tbody > tr.notes-kind-row th").Select(h => h.TextContent));
        var parit = index.GetElementById("parit")!;
        Assert.Equal("tr", parit.LocalName);
        Assert.Equal(["Phrase in the text", "Meaning", "Better rendering", "Paragraph", "Kind"], index.QuerySelectorAll("table.notes-table thead th").Select(h => h.TextContent));
        var occurrences = parit.QuerySelectorAll("td[data-label='Paragraph'] a");
        Assert.Equal(2, occurrences.Length);
        Assert.All(occurrences, a => Assert.Matches(@"^\.\./\.\./judul-uji\.html#nref-\d+$", a.GetAttribute("href")!));
        Assert.True(index.QuerySelector("form.notes-filter")!.HasAttribute("hidden"), "without script the filter stays hidden and every row shows");

        var page = site.Html("articles/judul-uji/notes/parit.html");
        Assert.Equal(2, page.QuerySelectorAll(".occurrences li").Length);
        Assert.Contains("high confidence", page.QuerySelector(".note-facts")!.TextContent);
        Assert.Equal("白菜价", page.QuerySelector(".note-facts [lang='zh-Hans']")!.TextContent);
    }

    [Fact]
    public async Task A_note_pages_occurrences_heading_is_plain_words_with_one_article()
    {
        var page = (await InMemorySite.BuildAsync(Site)).Html("articles/judul-uji/notes/parit.html");

        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == "Where it occurs");
        Assert.DoesNotContain("@if", page.Body!.TextContent);
    }

    [Fact]
    public async Task Note_errors_are_reported_with_file_and_line_in_one_run()
    {
        var site = await InMemorySite.BuildAsync(Seed
            + Note("missing", "harga sawi")
            + Note("ambiguous", "parit")
            + Note("crossing", "kubis dan Huging Face senang. Pabrik")
            + Note("bad-kind", "Semua orang", kind: "proverb")
            + Note("overlap-a", "model dengan harga")
            + Note("overlap-b", "harga kubis")
            + """
            -- input/articles/judul-uji/notes/no-meaning.md --
            ---
            quote: "penutup"
            kind: typo
            source: s
            literal: l
            better: b
            confidence: sure
            ---
            """);

        var errors = site.Diagnostics.Errors.ToList();
        Assert.Contains(errors, e => e is { File: NotesFolder + "missing.md", Line: 2 } && e.Message.Contains("not in the article"));
        Assert.Contains(errors, e => e is { File: NotesFolder + "ambiguous.md", Line: 2 } && e.Message.Contains("occurs 2 times") && e.Fix!.Contains("occurrences: all"));
        Assert.Contains(errors, e => e is { File: NotesFolder + "crossing.md" } && e.Message.Contains("across two paragraphs"));
        Assert.Contains(errors, e => e is { File: NotesFolder + "bad-kind.md", Line: 3 } && e.Message.Contains("unknown kind 'proverb'"));
        Assert.Contains(errors, e => e is { File: NotesFolder + "overlap-b.md" } && e.Message.Contains("overlaps the quote of note 'overlap-a'"));
        Assert.Contains(errors, e => e is { File: NotesFolder + "no-meaning.md" } && e.Message.Contains("'meaning' is missing"));
        Assert.Contains(errors, e => e is { File: NotesFolder + "no-meaning.md", Line: 7 } && e.Message.Contains("unknown confidence 'sure'"));
    }

    [Fact]
    public async Task A_note_error_fails_the_command_and_keeps_the_previous_site()
    {
        using var project = new TestProject(Site);
        Assert.Equal(0, (await project.RunAsync()).ExitCode);
        var before = TestProject.Snapshot(project.Output);
        project.Write(NotesFolder + "parit.md", "---\nquote: parit\nkind: idiom\n---\n");

        var result = await project.RunAsync();
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains(NotesFolder + "parit.md", result.Stderr);
        Assert.Equal(before, TestProject.Snapshot(project.Output));
    }
}

public class NotesOnTermsTests
{
    [Fact]
    public async Task A_term_page_links_the_translation_note_on_its_garbled_form()
    {
        var site = await InMemorySite.BuildAsync("""
            -- seeds/a.txt --
            Judul Uji
            Sumber: Media
            Perusahaan Huging Face membantu pelanggan.

            -- input/glossary/hugging-face.md --
            ---
            term: Hugging Face
            category: organisation
            forms: ["Huging Face"]
            ---
            A company.
            -- input/articles/judul-uji/notes/huging-face.md --
            ---
            quote: "Huging Face"
            kind: garbled-name
            source: "Hugging Face"
            literal: "Huging Face"
            meaning: "the company Hugging Face, misspelt"
            better: "Hugging Face"
            confidence: high
            ---
            Misspelt.
            """);

        var links = site.Html("glossary/hugging-face.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../articles/judul-uji/notes/huging-face.html", links);
    }
}
