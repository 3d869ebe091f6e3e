using KnowledgeSite.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeSite.Tests.Browser;

/// <summary>
/// Glossary previews as a reader meets them on the shipped article: a tap on a phone, a hover or
/// focus on a laptop; and the switch that shows every glossary link.
/// </summary>
[Collection(BrowserCollection.Name)]
public class GlossaryPreviewTests(BrowserFixture site)
{
    private const int PhoneWidth = 390, PhoneHeight = 844;
    private const int LaptopWidth = 1280, LaptopHeight = 800;

    private string Article => site.ArticlePage();

    private async Task<WatchedPage> OpenPhoneAsync()
    {
        var watched = await site.OpenAsync(new() { ViewportSize = new() { Width = PhoneWidth, Height = PhoneHeight }, HasTouch = true, IsMobile = true });
        await watched.Page.GotoAsync(site.FileUrl(Article));
        return watched;
    }

    private async Task<WatchedPage> OpenLaptopAsync(bool pausedClock = false)
    {
        var watched = await site.OpenAsync(new() { ViewportSize = new() { Width = LaptopWidth, Height = LaptopHeight } });
        if (pausedClock) await watched.Page.Clock.InstallAsync();
        await watched.Page.GotoAsync(site.FileUrl(Article));
        if (pausedClock) await watched.Page.Clock.PauseAtAsync(DateTime.UtcNow.AddMinutes(1));
        return watched;
    }

    private static ILocator Preview(IPage page) => page.Locator(".term-preview");

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator element) =>
        await element.BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException("the element has no box");

    /// <summary>The boxes of the side notes a reader can see.</summary>
    private static async Task<IReadOnlyList<Box>> SideNotesAsync(IPage page) =>
        [.. (await page.EvaluateAsync<double[][]>(VisibleSideNotes)).Select(Box.Of)];

    private const string VisibleSideNotes = """
        [...document.querySelectorAll('.sidenote')].map(n => n.getBoundingClientRect())
            .filter(r => r.width > 0 && r.height > 0).map(r => [r.x, r.y, r.width, r.height])
        """;

    /// <summary>The open preview's box and every visible side note's, measured at one moment (the page may scroll between taps).</summary>
    private static async Task AssertClearOfSideNotesAsync(IPage page, string what)
    {
        var boxes = await page.EvaluateAsync<double[][]>($"(() => {{ const p = document.querySelector('.term-preview').getBoundingClientRect(); return [[p.x, p.y, p.width, p.height], ...{VisibleSideNotes}]; }})()");
        var preview = Box.Of(boxes[0]);
        foreach (var note in boxes.Skip(1).Select(Box.Of))
            Assert.False(preview.Overlaps(note), $"{what}: the preview ({preview}) covers a side note ({note})");
    }

    private sealed record Box(double X, double Y, double Width, double Height)
    {
        public static Box Of(double[] r) => new(r[0], r[1], r[2], r[3]);
        public bool Overlaps(Box b) => X < b.X + b.Width && b.X < X + Width && Y < b.Y + b.Height && b.Y < Y + Height;
        public override string ToString() => $"{X:0},{Y:0} {Width:0}×{Height:0}";
    }

    private static async Task AssertOnScreenAsync(IPage page, ILocator element, int width, int height, string what)
    {
        var box = await BoxAsync(element);
        Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{what} spans {box.X:0}–{box.X + box.Width:0} px on a {width} px screen");
        var top = box.Y;                                   // the box is in viewport coordinates
        Assert.True(top >= 0 && top + box.Height <= height, $"{what} spans {top:0}–{top + box.Height:0} px down a {height} px screen");
    }

    /// <summary>The short definition the editor wrote for a term, from its glossary file.</summary>
    private static string ShortDefinition(string termId)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Root, "input", "glossary", termId + ".md"));
        var yaml = text.Split("---", 3, StringSplitOptions.None)[1];
        var fields = new YamlDotNet.Serialization.Deserializer().Deserialize<Dictionary<string, object>>(yaml);
        return (string)fields["short"];
    }

    [Fact]
    public async Task On_a_phone_a_tap_opens_the_preview_with_a_link_to_the_entry_and_a_tap_close_or_escape_closes_it()
    {
        await using var watched = await OpenPhoneAsync();
        var page = watched.Page;
        var address = page.Url;
        var link = page.Locator("p.para .term > a").Nth(4);
        var preview = Preview(page);

        await link.TapAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync();
        Assert.Equal(address, page.Url);                                   // the tap did not follow the link
        var entry = preview.Locator("a.term-preview-entry");
        await Assertions.Expect(entry).ToHaveAttributeAsync("href", (await link.GetAttributeAsync("href"))!);
        await Assertions.Expect(preview.Locator("#" + await link.GetAttributeAsync("aria-describedby"))).ToBeVisibleAsync();
        await AssertOnScreenAsync(page, preview, PhoneWidth, PhoneHeight, "the preview");

        await link.TapAsync();                                             // a second tap closes it
        await Assertions.Expect(preview).ToBeHiddenAsync();

        await link.TapAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await preview.GetByRole(AriaRole.Button, new() { Name = "Close the preview" }).TapAsync();
        await Assertions.Expect(preview).ToBeHiddenAsync();

        await link.TapAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(preview).ToBeHiddenAsync();

        await link.TapAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await page.Locator("h1").TapAsync();                              // a tap anywhere else
        await Assertions.Expect(preview).ToBeHiddenAsync();

        Assert.Equal(address, page.Url);
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task On_a_phone_the_link_in_the_preview_opens_the_term_page()
    {
        await using var watched = await OpenPhoneAsync();
        var page = watched.Page;
        var link = page.Locator("p.para .term > a").First;
        var target = new Uri(new Uri(page.Url), await link.GetAttributeAsync("href")).AbsoluteUri;

        await link.TapAsync();
        // Waiting starts before the tap: a navigation already under way when the wait begins is never reported to it.
        var arrived = page.WaitForURLAsync(target, new() { WaitUntil = WaitUntilState.Commit });
        await Preview(page).Locator("a.term-preview-entry").TapAsync();
        await arrived;
    }

    [Fact]
    public async Task On_a_phone_every_terms_preview_stays_on_the_screen_and_off_the_side_notes()
    {
        await using var watched = await OpenPhoneAsync();
        var page = watched.Page;
        var links = page.Locator("p.para .term > a");
        var words = await links.AllInnerTextsAsync();
        var tips = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('aria-describedby'))");
        Assert.True(words.Count > 50, $"only {words.Count} term links");
        for (var i = 0; i < words.Count; i++)
        {
            await links.Nth(i).TapAsync();
            await Assertions.Expect(Preview(page).Locator("#" + tips[i])).ToBeVisibleAsync();
            await AssertOnScreenAsync(page, Preview(page), PhoneWidth, PhoneHeight, $"preview {i} ({words[i]})");
            await AssertClearOfSideNotesAsync(page, $"preview {i} ({words[i]})");
            await page.Keyboard.PressAsync("Escape");                      // it may cover the next term, as it would for a reader
            await Assertions.Expect(Preview(page)).ToBeHiddenAsync();
        }
        Assert.EndsWith(Article, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_laptop_a_hover_opens_the_preview_only_after_a_pause_and_it_stays_while_the_pointer_moves_into_it()
    {
        await using var watched = await OpenLaptopAsync(pausedClock: true);
        var page = watched.Page;
        var link = page.Locator("p.para .term > a").Nth(3);
        var preview = Preview(page);

        await link.HoverAsync();
        await page.Clock.RunForAsync(150);                                 // the clock is paused: nothing opens by itself
        await Assertions.Expect(preview).ToBeHiddenAsync();
        await page.Clock.RunForAsync(300);
        await Assertions.Expect(preview).ToBeVisibleAsync();

        // From the link into the preview, across the gap between them: it stays open (hoverable).
        var box = await BoxAsync(preview);
        await page.Mouse.MoveAsync((float)(box.X + box.Width / 2), (float)(box.Y + box.Height / 2), new() { Steps = 8 });
        await page.Clock.RunForAsync(2_000);
        await Assertions.Expect(preview).ToBeVisibleAsync();

        // Away from both: it closes after a moment's grace.
        await page.Mouse.MoveAsync(5, 5);
        await page.Clock.RunForAsync(1_000);
        await Assertions.Expect(preview).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_laptop_escape_closes_the_hovered_preview_without_moving_focus()
    {
        await using var watched = await OpenLaptopAsync();
        var page = watched.Page;
        var link = page.Locator("p.para .term > a").Nth(6);
        var preview = Preview(page);
        await page.Locator("p.para").Nth(2).Locator(".para-link").FocusAsync();   // somewhere else than the term

        await link.HoverAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(preview).ToBeHiddenAsync();
        Assert.Equal("para-link", await page.EvaluateAsync<string>("document.activeElement.className"));

        await link.FocusAsync();                                           // keyboard focus opens it at once
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(preview).ToBeHiddenAsync();
        Assert.True(await link.EvaluateAsync<bool>("a => document.activeElement === a"), "Escape moved the focus");
    }

    [Fact]
    public async Task On_a_laptop_no_preview_covers_a_side_note_and_each_leads_with_its_definition()
    {
        await using var watched = await OpenLaptopAsync();
        var page = watched.Page;
        var links = page.Locator("p.para .term > a");
        var words = await links.AllInnerTextsAsync();
        var tips = await links.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('aria-describedby'))");
        Assert.True((await SideNotesAsync(page)).Count > 10, "the side notes should be visible in the margin");
        var preview = Preview(page);
        for (var i = 0; i < words.Count; i++)
        {
            await links.Nth(i).FocusAsync();
            await Assertions.Expect(preview.Locator("#" + tips[i])).ToBeVisibleAsync();
            await AssertOnScreenAsync(page, preview, LaptopWidth, LaptopHeight, $"preview {i} ({words[i]})");
            await AssertClearOfSideNotesAsync(page, $"preview {i} ({words[i]})");
            if (i % 10 == 0)
            {
                var first = await preview.EvaluateAsync<string>("p => p.firstElementChild.firstElementChild.textContent");
                Assert.Equal(ShortDefinition(tips[i]["tip-".Length..]), first);
            }
        }
    }

    [Fact]
    public async Task The_switch_shows_every_glossary_link_is_remembered_and_turns_back_to_plain_text()
    {
        await using var watched = await OpenLaptopAsync();
        var page = watched.Page;
        var button = page.Locator("#every-term-link");
        var repeats = page.Locator("p.para .term-repeat > a");
        var repeatCount = await repeats.CountAsync();
        Assert.True(repeatCount > 20, $"only {repeatCount} repeats");
        var links = page.Locator("p.para a[href][aria-describedby^='tip-']");
        var linkCount = await links.CountAsync();
        await Assertions.Expect(button).ToBeVisibleAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Null(await repeats.First.GetAttributeAsync("href"));
        await repeats.First.FocusAsync();                                  // not a link: it takes no focus
        Assert.False(await repeats.First.EvaluateAsync<bool>("a => document.activeElement === a"));

        await button.ClickAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(links).ToHaveCountAsync(linkCount + repeatCount);
        var repeat = repeats.Nth(repeatCount / 2);
        await Assertions.Expect(repeat).ToHaveAttributeAsync("href", (await repeat.GetAttributeAsync("data-href"))!);
        await repeat.FocusAsync();                                         // now a term link, with its preview
        await Assertions.Expect(Preview(page).Locator("#" + await repeat.GetAttributeAsync("data-tip"))).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#every-term-link")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(links).ToHaveCountAsync(linkCount + repeatCount);

        await page.Locator("#every-term-link").ClickAsync();
        await Assertions.Expect(links).ToHaveCountAsync(linkCount);
        Assert.Empty(watched.Problems);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task An_open_preview_and_every_link_shown_pass_axe_for_wcag_2_2_aa_and_best_practice(ColorScheme scheme)
    {
        var violations = new List<string>();
        foreach (var phone in new[] { true, false })
        {
            await using var watched = await site.OpenAsync(phone
                ? new() { ColorScheme = scheme, ViewportSize = new() { Width = PhoneWidth, Height = PhoneHeight }, HasTouch = true, IsMobile = true }
                : new() { ColorScheme = scheme, ViewportSize = new() { Width = LaptopWidth, Height = LaptopHeight } });
            var page = watched.Page;
            await page.GotoAsync(site.FileUrl(Article));
            await page.Locator("#every-term-link").ClickAsync();
            var link = page.Locator("p.para .term > a").Nth(2);
            if (phone) await link.TapAsync(); else await link.FocusAsync();
            await Assertions.Expect(Preview(page)).ToBeVisibleAsync();
            if (phone) await Assertions.Expect(Preview(page).Locator(".term-preview-close")).ToBeVisibleAsync();
            violations.AddRange(await Axe.ViolationsAsync(page, $"{(phone ? PhoneWidth : LaptopWidth)}px, {scheme}"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task Without_javascript_only_first_occurrences_are_links()
    {
        await using var watched = await site.OpenAsync(new() { JavaScriptEnabled = false });
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl(Article));

        Assert.True(await page.Locator("p.para .term-repeat > a").CountAsync() > 20);
        await Assertions.Expect(page.Locator("p.para .term-repeat > a[href]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#every-term-link")).ToBeHiddenAsync();
    }
}
