using Microsoft.Playwright;

namespace KnowledgeSite.Tests.Browser;

/// <summary>
/// The article page on a phone and on a laptop: a compact header, the first words on the first
/// screen, the contents in the margin, side notes beside their line (or opened in place on a phone).
/// </summary>
[Collection(BrowserCollection.Name)]
public class ArticleLayoutTests(BrowserFixture site)
{
    private const int PhoneWidth = 390, PhoneHeight = 844, LaptopWidth = 1280, LaptopHeight = 800;

    private string Article => site.ArticlePage();

    private static BrowserNewContextOptions Phone(bool javaScript = true) =>
        new() { ViewportSize = new() { Width = PhoneWidth, Height = PhoneHeight }, HasTouch = true, IsMobile = true, JavaScriptEnabled = javaScript };

    private static BrowserNewContextOptions Screen(int width, int height = LaptopHeight, bool javaScript = true) =>
        new() { ViewportSize = new() { Width = width, Height = height }, JavaScriptEnabled = javaScript };

    private static BrowserNewContextOptions Size(string size) => size == "phone" ? Phone() : Screen(LaptopWidth);

    private async Task<WatchedPage> OpenAsync(string path, BrowserNewContextOptions options)
    {
        var watched = await site.OpenAsync(options);
        await watched.Page.GotoAsync(site.FileUrl(path));
        return watched;
    }

    private static async Task<LayoutBox> BoxAsync(ILocator element) =>
        (await element.EvaluateAsync<LayoutBox>("e => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; }"))!;

    private sealed class LayoutBox { public double Top { get; set; } public double Bottom { get; set; } public double Left { get; set; } public double Right { get; set; } }

    [Fact]
    public async Task On_a_phone_the_header_is_compact_and_its_menu_opens_and_closes_the_links()
    {
        await using var watched = await OpenAsync(Article, Phone());
        var page = watched.Page;
        var header = await BoxAsync(page.Locator(".site-header"));
        Assert.True(header.Bottom - header.Top <= 120, $"the header is {header.Bottom - header.Top:0} px tall on an {PhoneHeight} px screen");

        var glossary = page.Locator(".site-nav a", new() { HasText = "Glossary" });
        await Assertions.Expect(glossary).ToBeHiddenAsync();
        await page.Locator(".site-menu > summary").TapAsync();
        await Assertions.Expect(glossary).ToBeVisibleAsync();
        await Assertions.Expect(glossary).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(glossary).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".site-menu > summary")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Without_javascript_the_phone_menu_still_opens_the_links_and_on_a_laptop_they_show_without_it()
    {
        await using (var watched = await OpenAsync(Article, Phone(javaScript: false)))
        {
            var glossary = watched.Page.Locator(".site-nav a", new() { HasText = "Glossary" });
            await Assertions.Expect(glossary).ToBeHiddenAsync();
            await watched.Page.Locator(".site-menu > summary").TapAsync();
            await Assertions.Expect(glossary).ToBeVisibleAsync();
        }
        await using (var watched = await OpenAsync(Article, Screen(LaptopWidth, javaScript: false)))
        {
            await Assertions.Expect(watched.Page.Locator(".site-menu > summary")).ToBeHiddenAsync();
            await Assertions.Expect(watched.Page.Locator(".site-nav a", new() { HasText = "Glossary" })).ToBeVisibleAsync();
        }
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("laptop")]
    public async Task The_article_s_first_words_are_on_the_first_screen(string size)
    {
        await using var watched = await OpenAsync(Article, Size(size));
        var first = watched.Page.Locator("p.para").First;
        var height = size == "phone" ? PhoneHeight : LaptopHeight;
        var box = await BoxAsync(first);
        // Its first lines, not only its top pixel: at least three lines of text above the fold.
        Assert.True(box.Top + 3 * 28 < height, $"the first paragraph starts at y = {box.Top:0} on a {height} px screen");
        await Assertions.Expect(first).ToBeInViewportAsync();
    }

    [Fact]
    public async Task What_the_header_folds_away_stays_one_tap_away()
    {
        await using var watched = await OpenAsync(Article, Phone());
        var page = watched.Page;
        var thesis = page.Locator(".article-intro .thesis");
        await Assertions.Expect(thesis).ToBeHiddenAsync();
        await page.Locator(".article-intro > summary").TapAsync();
        await Assertions.Expect(thesis).ToBeVisibleAsync();

        var contents = page.Locator(".toc ol a").First;
        await Assertions.Expect(contents).ToBeHiddenAsync();
        await page.Locator(".toc summary").TapAsync();
        await Assertions.Expect(contents).ToBeVisibleAsync();

        // The clearer reading's help is the button's description, shown while it has focus.
        var help = page.Locator("#clearer-reading-help");
        await Assertions.Expect(page.Locator("#clearer-reading")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("better renderings"));
        await page.Locator("#clearer-reading").FocusAsync();
        await Assertions.Expect(help).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(help).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_laptop_the_contents_stay_in_the_left_margin_and_mark_the_section_in_view()
    {
        await using var watched = await OpenAsync(Article, Screen(LaptopWidth));
        var page = watched.Page;
        var links = page.Locator(".toc ol a");
        await Assertions.Expect(links.First).ToBeVisibleAsync();
        var toc = page.Locator(".toc-fold");
        var text = await BoxAsync(page.Locator("p.para").First);
        var margin = await BoxAsync(toc);
        Assert.True(margin.Right < text.Left - 40, $"the contents end at x = {margin.Right:0}, the text starts at x = {text.Left:0}");

        var count = await links.CountAsync();
        Assert.True(count >= 3, $"{count} sections");
        var section = count - 2;
        var id = (await links.Nth(section).GetAttributeAsync("href"))![1..];
        await page.EvaluateAsync("id => document.getElementById(id).scrollIntoView({ block: 'start' })", id);

        await Assertions.Expect(links.Nth(section)).ToHaveAttributeAsync("aria-current", "true");
        await Assertions.Expect(page.Locator(".toc a[aria-current]")).ToHaveCountAsync(1);
        await Assertions.Expect(links.Nth(section)).ToBeInViewportAsync();
        var stuck = await BoxAsync(toc);
        Assert.True(stuck.Top >= 0 && stuck.Top < 40, $"the contents scrolled with the page: their top is at y = {stuck.Top:0}");
        Assert.NotEqual(await links.Nth(section).EvaluateAsync<string>("e => getComputedStyle(e).fontWeight"),
            await links.Nth(0).EvaluateAsync<string>("e => getComputedStyle(e).fontWeight"));
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("laptop")]
    public async Task A_long_page_ends_with_a_back_to_top_link_the_keyboard_reaches(string size)
    {
        await using var watched = await OpenAsync(Article, Size(size));
        var page = watched.Page;
        var back = page.GetByRole(AriaRole.Link, new() { Name = "Back to top" });
        await back.FocusAsync();
        await Assertions.Expect(back).ToBeInViewportAsync();
        await Assertions.Expect(back).ToBeVisibleAsync();
        var box = await BoxAsync(back);
        Assert.True(box.Right - box.Left >= 24 && box.Bottom - box.Top >= 24, $"the link is {box.Right - box.Left:0}×{box.Bottom - box.Top:0} px");
        Assert.True(await page.EvaluateAsync<double>("window.scrollY") > 1000);

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task The_main_navigation_marks_the_section_a_page_belongs_to()
    {
        var pages = site.Pages();
        var argument = pages.First(p => p.Contains("/arguments/", StringComparison.Ordinal) && !p.EndsWith("index.html", StringComparison.Ordinal));
        var term = pages.First(p => p.StartsWith("glossary/", StringComparison.Ordinal) && !p.EndsWith("index.html", StringComparison.Ordinal) && p.Count(c => c == '/') == 1);
        var note = pages.First(p => p.Contains("/notes/", StringComparison.Ordinal) && !p.EndsWith("index.html", StringComparison.Ordinal));
        await using var watched = await site.OpenAsync(Screen(LaptopWidth));
        var page = watched.Page;
        foreach (var (path, section) in new[] { (argument, "Arguments"), (term, "Glossary"), (note, "Translation notes"), (Article, "Article") })
        {
            await page.GotoAsync(site.FileUrl(path));
            var marked = page.Locator(".site-nav a[aria-current]");
            await Assertions.Expect(marked).ToHaveCountAsync(1);
            await Assertions.Expect(marked).ToHaveTextAsync(section);
            await Assertions.Expect(marked).ToHaveAttributeAsync("aria-current", path == Article ? "page" : "true");
            var plain = page.Locator(".site-nav a:not([aria-current])").First;
            Assert.NotEqual(await plain.EvaluateAsync<string>("e => getComputedStyle(e).fontWeight"), await marked.EvaluateAsync<string>("e => getComputedStyle(e).fontWeight"));
        }
    }

    [Fact]
    public async Task On_a_phone_a_note_marker_opens_its_note_in_place_and_closes_it_again()
    {
        await using var watched = await OpenAsync(Article, Phone());
        var page = watched.Page;
        var marker = page.Locator("p.para .note-ref a[id]").Nth(2);
        var note = page.Locator((await marker.GetAttributeAsync("href"))!);
        await Assertions.Expect(note).ToBeHiddenAsync();
        await Assertions.Expect(marker).ToHaveAttributeAsync("aria-expanded", "false");

        await marker.ScrollIntoViewIfNeededAsync();
        await marker.TapAsync();
        await Assertions.Expect(marker).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(note).ToBeVisibleAsync();
        await Assertions.Expect(note).ToBeInViewportAsync();
        var paragraphBottom = await marker.EvaluateAsync<double>("e => e.closest('p').getBoundingClientRect().bottom");
        Assert.True((await BoxAsync(note)).Top >= paragraphBottom - 1, "the note opens under its paragraph");

        await marker.TapAsync();
        await Assertions.Expect(marker).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(note).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_phone_without_javascript_every_note_shows_under_its_text()
    {
        await using var watched = await OpenAsync(Article, Phone(javaScript: false));
        var notes = watched.Page.Locator(".article-body .sidenote");
        var count = await notes.CountAsync();
        Assert.True(count > 10);
        for (var i = 0; i < count; i += 9) await Assertions.Expect(notes.Nth(i)).ToBeVisibleAsync();
    }

    // Each note's top, its marker's top, the text column's right edge: read in one go.
    private const string NotePlacement = """
        () => {
          const text = document.querySelector('.article-body p.para').getBoundingClientRect();
          const line = parseFloat(getComputedStyle(document.querySelector('p.para')).lineHeight);
          return { line, textRight: text.right, width: window.innerWidth, notes: [...document.querySelectorAll('.article .sidenote')].map(n => {
            const marker = document.getElementById(n.querySelector('.sn-back').getAttribute('href').slice(1));
            const r = n.getBoundingClientRect();
            return { id: n.id, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, marker: marker.getBoundingClientRect().top + scrollY };
          }) };
        }
        """;

    private sealed class Placement { public double Line { get; set; } public double TextRight { get; set; } public double Width { get; set; } public PlacedNote[] Notes { get; set; } = []; }

    private sealed class PlacedNote
    {
        public string Id { get; set; } = "";
        public double Top { get; set; }
        public double Bottom { get; set; }
        public double Left { get; set; }
        public double Right { get; set; }
        public double Marker { get; set; }
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(LaptopWidth)]
    public async Task Beside_the_text_each_side_note_stands_at_its_marker_s_line_without_overlapping(int width)
    {
        await using var watched = await OpenAsync(Article, Screen(width));
        var page = watched.Page;
        await Assertions.Expect(page.Locator("html.notes-aligned")).ToHaveCountAsync(1);
        var placement = (await page.EvaluateAsync<Placement>(NotePlacement))!;
        Assert.True(placement.Notes.Length > 10);
        PlacedNote? previous = null;
        var problems = new List<string>();
        foreach (var note in placement.Notes)
        {
            if (note.Left < placement.TextRight + 8) problems.Add($"{note.Id} starts at x = {note.Left:0}, over the text (which ends at {placement.TextRight:0})");
            if (note.Right > placement.Width) problems.Add($"{note.Id} ends at x = {note.Right:0}, off the {placement.Width:0} px screen");
            if (note.Top < note.Marker - placement.Line - 1) problems.Add($"{note.Id} starts {note.Marker - note.Top:0} px above its marker");
            if (previous is not null && note.Top < previous.Bottom) problems.Add($"{note.Id} overlaps {previous.Id}");
            // Within a line of its marker's line, unless the notes around it leave no room there:
            // then it is packed against the note above it.
            var besideItsLine = Math.Abs(note.Top - note.Marker) <= placement.Line + 1;
            var packed = previous is not null && note.Top - previous.Bottom <= 8;
            if (!besideItsLine && !packed) problems.Add($"{note.Id} starts {note.Top - note.Marker:0} px from its marker with room nearer it");
            previous = note;
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Markers a line apart whose notes are three lines tall cannot all have their note beside
        // them; most do (on the shipped article about three in four).
        var besideTheirLine = placement.Notes.Count(n => Math.Abs(n.Top - n.Marker) <= placement.Line + 1);
        Assert.True(besideTheirLine * 3 >= placement.Notes.Length * 2, $"only {besideTheirLine} of {placement.Notes.Length} notes start within a line of their marker");
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(LaptopWidth)]
    public async Task A_marker_whose_note_is_on_the_screen_highlights_it_without_moving_the_page(int width)
    {
        await using var watched = await OpenAsync(Article, Screen(width));
        var page = watched.Page;
        await Assertions.Expect(page.Locator("html.notes-aligned")).ToHaveCountAsync(1);
        var marker = page.Locator("p.para .note-ref a[id]").Nth(20);
        var href = (await marker.GetAttributeAsync("href"))!;
        await page.EvaluateAsync("id => document.getElementById(id).scrollIntoView({ block: 'center' })", (await marker.GetAttributeAsync("id"))!);
        var note = page.Locator(href);
        await Assertions.Expect(note).ToBeInViewportAsync(new() { Ratio = 1 });
        var before = await page.EvaluateAsync<double>("window.scrollY");
        var plain = await note.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");

        await marker.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith(href, StringComparison.Ordinal));
        await Assertions.Expect(note).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bis-current\b"));
        Assert.Equal(before, await page.EvaluateAsync<double>("window.scrollY"));
        Assert.NotEqual(plain, await note.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await Assertions.Expect(marker).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Each_text_comes_before_its_notes_in_the_page()
    {
        await using var watched = await OpenAsync(Article, Screen(LaptopWidth));
        var misplaced = await watched.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.note-ref a')].flatMap(marker => {
              const note = document.getElementById(marker.getAttribute('href').slice(1));
              return marker.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING ? [] : [marker.id + ' comes after ' + note.id];
            })
            """);
        Assert.Empty(misplaced);
        // And the row's own text (paragraph, heading, caption) is the first thing in it.
        var firsts = await watched.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.unit-row')].map(r => r.firstElementChild.tagName + '.' + r.firstElementChild.className).filter(t => t.startsWith('ASIDE'))");
        Assert.Empty(firsts);
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("laptop")]
    [InlineData("1024")]
    public async Task The_article_never_scrolls_sideways(string size)
    {
        await using var watched = await OpenAsync(Article, size == "1024" ? Screen(1024) : Size(size));
        var page = watched.Page;
        var viewport = page.ViewportSize!.Width;
        Assert.True(await page.EvaluateAsync<double>("document.documentElement.scrollWidth") <= viewport);
        // Nor with everything that folds opened.
        foreach (var summary in await page.Locator(".article summary").AllAsync()) await summary.ClickAsync();
        Assert.True(await page.EvaluateAsync<double>("document.documentElement.scrollWidth") <= viewport);
        Assert.Empty(watched.Problems);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_article_with_its_menu_a_note_and_its_folds_open_passes_axe(ColorScheme scheme)
    {
        var violations = new List<string>();
        foreach (var phone in new[] { true, false })
        {
            var context = phone ? Phone() : Screen(LaptopWidth);
            context.ColorScheme = scheme;
            await using var watched = await OpenAsync(Article, context);
            var page = watched.Page;
            if (phone)
            {
                await page.Locator(".site-menu > summary").TapAsync();
                await page.Locator("p.para .note-ref a[id]").First.TapAsync();
            }
            await page.Locator(".article-intro > summary").ClickAsync();
            if (phone) await page.Locator(".toc summary").ClickAsync();
            violations.AddRange(await Axe.ViolationsAsync(page, $"{(phone ? "phone" : "laptop")} ({scheme})"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
