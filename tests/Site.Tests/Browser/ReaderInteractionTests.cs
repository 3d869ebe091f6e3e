using Microsoft.Playwright;

namespace KnowledgeSite.Tests.Browser;

/// <summary>What a reader does with keyboard and mouse: search, tooltips, note markers, the switches.</summary>
[Collection(BrowserCollection.Name)]
public class ReaderInteractionTests(BrowserFixture site)
{
    private string Article => site.ArticlePage();

    // Both from disk and from a server: on a loaded machine a late answer to an earlier keystroke
    // once replaced the list and its selection, so that Enter submitted the form. search.js drops
    // every answer but the latest (latestSearch) and keeps the selection when the query shown is
    // answered again.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Search_finds_a_stemmed_word_and_its_result_opens_the_paragraph(bool fromDisk)
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(fromDisk ? site.FileUrl("index.html") : site.ServerUrl("index.html"));

        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("kompresi");                   // the article says "dikompresi"
        // Each letter starts a search that loads what it needs; wait for the last one's results,
        // which replace the list (and reset the selection) when they come.
        await Assertions.Expect(page.Locator("#site-search-results")).Not.ToHaveAttributeAsync("aria-busy", "true");
        var first = page.Locator(".search-popup [role=option]").First;
        await Assertions.Expect(first).ToContainTextAsync("dikompresi");
        await Assertions.Expect(first.Locator("mark")).ToHaveTextAsync("dikompresi");

        // Arrow down to the first paragraph result: the selection is what Enter opens.
        var selected = page.Locator(".search-popup [aria-selected=true]");
        for (var i = 0; i < 8; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            if ((await selected.InnerTextAsync()).StartsWith("PARAGRAPH", StringComparison.OrdinalIgnoreCase)) break;
        }
        Assert.StartsWith("PARAGRAPH", await selected.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        // Wait for the navigation that Enter starts, with the waiter attached before the key press:
        // WaitForURL after the press raced it and, when the new page had already committed by the
        // time it looked, waited for a second navigation that never came.
        var arrived = page.WaitForURLAsync(url => url.Contains("/articles/", StringComparison.Ordinal) && url.Contains("#p-", StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await arrived;
        var anchor = new Uri(page.Url).Fragment[1..];
        Assert.Contains("dikompresi", await page.Locator($"#{anchor}").InnerTextAsync());
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task The_search_page_reads_the_query_from_the_address_and_escape_closes_the_box()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl("search.html") + "?q=untung");
        await Assertions.Expect(page.Locator("#search-page-results li").First).ToBeVisibleAsync();
        Assert.Contains("keuntungan", string.Join(" ", await page.Locator("#search-page-results mark").AllInnerTextsAsync()));

        await page.FocusAsync("#site-search-input");
        await page.Keyboard.TypeAsync("MMLU");
        await Assertions.Expect(page.Locator(".search-popup")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".search-popup")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_glossary_tooltip_opens_on_keyboard_focus_and_on_hover()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl(Article));
        var term = page.Locator("p.para .term").First;
        var tip = term.Locator(".term-tip");
        await Assertions.Expect(tip).ToBeHiddenAsync();

        await term.Locator("a").FocusAsync();
        await Assertions.Expect(tip).ToBeVisibleAsync();

        await page.ReloadAsync();                                  // nothing focused, nothing open
        var other = page.Locator("p.para .term").Nth(3);
        await Assertions.Expect(other.Locator(".term-tip")).ToBeHiddenAsync();
        await other.Locator("a").HoverAsync();
        await Assertions.Expect(other.Locator(".term-tip")).ToBeVisibleAsync();
    }

    private const int PhoneWidth = 390;

    private async Task<WatchedPage> OpenArticleOnPhoneAsync()
    {
        var watched = await site.OpenAsync(new() { ViewportSize = new() { Width = PhoneWidth, Height = 844 }, HasTouch = true, IsMobile = true });
        await watched.Page.GotoAsync(site.FileUrl(Article));
        return watched;
    }

    private static async Task AssertWithinPhoneScreenAsync(ILocator element, string what)
    {
        var box = (await element.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= PhoneWidth, $"{what} spans {box.X:0}–{box.X + box.Width:0} px on a {PhoneWidth} px screen");
    }

    [Fact]
    public async Task On_a_phone_every_glossary_tooltip_stays_on_the_screen()
    {
        await using var watched = await OpenArticleOnPhoneAsync();
        var page = watched.Page;
        var links = page.Locator("p.para .term > a");
        for (var i = 0; i < 12; i++)
        {
            var link = links.Nth(i);
            await link.FocusAsync();
            var tip = page.Locator($"#{await link.GetAttributeAsync("aria-describedby")}");
            await Assertions.Expect(tip).ToBeVisibleAsync();
            await AssertWithinPhoneScreenAsync(tip, $"tooltip {i}");
        }
    }

    [Fact]
    public async Task On_a_phone_the_search_results_stay_on_the_screen()
    {
        await using var watched = await OpenArticleOnPhoneAsync();
        var page = watched.Page;
        await page.Locator("#site-search-input").FillAsync("untung");
        var popup = page.Locator(".search-popup");
        await Assertions.Expect(popup.Locator("li").First).ToBeVisibleAsync();

        await AssertWithinPhoneScreenAsync(popup, "the results");
    }

    [Fact]
    public async Task On_a_phone_the_search_box_and_the_theme_menu_stay_on_the_screen()
    {
        await using var watched = await OpenArticleOnPhoneAsync();
        var page = watched.Page;
        foreach (var selector in new[] { "#site-search-input", "#theme-choice" })
        {
            await Assertions.Expect(page.Locator(selector)).ToBeVisibleAsync();
            await AssertWithinPhoneScreenAsync(page.Locator(selector), selector);
        }
    }

    [Fact]
    public async Task A_note_marker_opens_its_side_note_by_keyboard()
    {
        await using var watched = await site.OpenAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl(Article));
        var marker = page.Locator("p.para .note-ref a[id]").First;
        var target = (await marker.GetAttributeAsync("href"))!;

        await marker.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith(target, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator(target)).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator(target)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_theme_menu_switches_is_remembered_and_can_go_back_to_following_the_system()
    {
        await using var watched = await site.OpenAsync(new() { ColorScheme = ColorScheme.Light });
        var page = watched.Page;
        await page.GotoAsync(site.ServerUrl("index.html"));
        var menu = page.Locator("#theme-choice");
        await Assertions.Expect(menu).ToBeVisibleAsync();
        await Assertions.Expect(menu).ToHaveValueAsync("system");
        var lightBackground = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

        await menu.SelectOptionAsync("dark");
        Assert.NotEqual(lightBackground, await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await page.GotoAsync(site.ServerUrl("glossary/index.html"));
        Assert.Equal("dark", await page.EvaluateAsync<string>("document.documentElement.dataset.theme"));
        await Assertions.Expect(page.Locator("#theme-choice")).ToHaveValueAsync("dark");

        await page.Locator("#theme-choice").SelectOptionAsync("system");
        Assert.Equal(lightBackground, await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        Assert.NotEqual(lightBackground, await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#theme-choice")).ToHaveValueAsync("system");
        Assert.Null(await page.EvaluateAsync<string?>("document.documentElement.getAttribute('data-theme')"));
    }

    [Fact]
    public async Task Tab_from_the_search_box_reaches_a_control_the_reader_can_see()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl(Article));
        await page.Locator("#site-search-input").FocusAsync();
        await page.Keyboard.PressAsync("Tab");

        var focused = await page.EvaluateAsync<double[]>("(() => { const r = document.activeElement.getBoundingClientRect(); return [r.width, r.height]; })()");
        Assert.True(focused[0] >= 8 && focused[1] >= 8, $"the focused element is {focused[0]}×{focused[1]} px: {await page.EvaluateAsync<string>("document.activeElement.outerHTML.slice(0, 120)")}");
        Assert.Equal("theme-choice", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task The_clearer_reading_switch_shows_the_better_renderings_and_is_remembered()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(site.ServerUrl(Article));
        var button = page.Locator("#clearer-reading");
        var better = page.Locator("p.para ins.better").First;
        await Assertions.Expect(better).ToBeHiddenAsync();

        await button.ClickAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(better).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("p.para ins.better").First).ToBeVisibleAsync();
        await page.Locator("#clearer-reading").ClickAsync();
        await Assertions.Expect(page.Locator("p.para ins.better").First).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_english_gist_switch_shows_each_paragraphs_gist_under_it_and_is_remembered()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(site.ServerUrl(Article));
        var gist = page.Locator(".para-row .gist[lang=en]").First;
        await Assertions.Expect(gist).ToBeHiddenAsync();

        await page.Locator("#english-gist").ClickAsync();
        await Assertions.Expect(page.Locator("#english-gist")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(gist).ToBeVisibleAsync();
        Assert.Equal(await page.Locator("p.para").CountAsync(), await page.Locator(".para-row .gist:visible").CountAsync());
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".para-row .gist").First).ToBeVisibleAsync();
        await page.Locator("#english-gist").ClickAsync();
        await Assertions.Expect(page.Locator(".para-row .gist").First).ToBeHiddenAsync();
    }

    [Fact]
    public async Task In_the_clearer_reading_a_rewritten_paragraph_shows_the_editors_text_with_working_markers_and_notes_quote_what_shows()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(site.ServerUrl(Article));
        await page.Locator("#clearer-reading").ClickAsync();

        var whole = page.Locator("p.para .reading.whole").First;
        await Assertions.Expect(whole.Locator(":scope > .original")).ToBeHiddenAsync();
        await Assertions.Expect(whole.Locator(":scope > ins.better")).ToBeVisibleAsync();
        var copy = whole.Locator(":scope > ins.better .note-ref a").First;
        await Assertions.Expect(copy).ToBeVisibleAsync();
        var note = page.Locator(await copy.GetAttributeAsync("href") ?? "");
        await Assertions.Expect(note).ToBeAttachedAsync();

        // A note rendered on its own: its side note quotes the rendering the reader now sees.
        var single = page.Locator(".sidenote .sn-quote ins.better").First;
        await Assertions.Expect(single).ToBeVisibleAsync();
        await page.Locator("#clearer-reading").ClickAsync();
        await Assertions.Expect(single).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Without_javascript_the_switches_stay_hidden_and_the_published_text_shows()
    {
        await using var watched = await site.OpenAsync(new() { JavaScriptEnabled = false });
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl(Article));

        await Assertions.Expect(page.Locator(".reading-switch")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".theme-choice")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("p.para .reading .original").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("p.para ins.better").First).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_paragraph_permalink_shows_on_focus_and_targets_its_paragraph()
    {
        await using var watched = await site.OpenAsync();
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl(Article));
        var link = page.Locator("p.para .para-link").Nth(4);
        await link.FocusAsync();
        await Assertions.Expect(link).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        var id = await page.Locator("p.para").Nth(4).GetAttributeAsync("id");
        await page.WaitForURLAsync(url => url.EndsWith("#" + id, StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
    }
}
