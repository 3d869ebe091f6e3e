using Microsoft.Playwright;

namespace KnowledgeSite.Tests.Browser;

/// <summary>The search popup's way to every result, the search page's groups and filter, snippets, and the notes index table, on a phone and a laptop.</summary>
[Collection(BrowserCollection.Name)]
public class SearchResultsTests(BrowserFixture site)
{
    private const string Phone = "phone", Laptop = "laptop";
    private const string ArticleNotes = "articles/model-besar-sumber-terbuka-tidak-dapat-mematikan-sumber-tertutup/notes/index.html";

    private Task<WatchedPage> OpenAsync(string size, ColorScheme scheme = ColorScheme.Light) => site.OpenAsync(size == Phone
        ? new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true, ColorScheme = scheme }
        : new() { ViewportSize = new() { Width = 1280, Height = 800 }, ColorScheme = scheme });

    [Theory]
    [InlineData(Phone)]
    [InlineData(Laptop)]
    public async Task The_popup_ends_with_a_link_to_every_result_that_the_arrows_reach_and_that_opens_the_search_page(string size)
    {
        await using var watched = await OpenAsync(size);
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl("index.html"));
        await page.Locator("#site-search-input").FocusAsync();
        await page.Keyboard.TypeAsync("model");
        var all = page.Locator(".search-popup .search-see-all");
        await Assertions.Expect(all).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^See all \d+ results$"));
        var total = int.Parse((await all.TextContentAsync())!.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 8, $"{total} results");

        await page.Keyboard.PressAsync("ArrowUp");                      // from the box, up wraps to the last option
        await Assertions.Expect(all).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(page.Locator("#site-search-input")).ToHaveAttributeAsync("aria-activedescendant", "site-search-option-all");
        var arrived = page.WaitForURLAsync(url => url.Contains("search.html?q=model", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Keyboard.PressAsync("Enter");
        await arrived;
        await Assertions.Expect(page.Locator("#search-page-input")).ToHaveValueAsync("model");
        await Assertions.Expect(page.Locator("#search-page-status")).ToContainTextAsync($"{total} results for “model”");
        Assert.Empty(watched.Problems);
    }

    /// <summary>
    /// The header box with its searches answered by the test, in the order the test chooses: a
    /// stand-in for KnowledgeSearch.search that holds each answer until released, as a loaded
    /// machine may deliver them late and out of order.
    /// </summary>
    private const string HeldSearches = """
        () => {
          window.__held = [];
          KnowledgeSearch.search = query => new Promise(resolve => window.__held.push({ query, resolve }));
          window.__answer = (i, urls) => window.__held[i].resolve(Object.assign(urls.map(url => (
            { kind: "Term", title: url, url, text: "text of " + url, lang: "en", article: null, terms: [] })), { total: urls.length }));
        }
        """;

    [Fact]
    public async Task A_late_answer_never_resets_the_selection_and_Enter_opens_what_is_selected_while_a_search_is_pending()
    {
        await using var watched = await OpenAsync(Laptop);
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl("index.html"));
        await page.EvaluateAsync(HeldSearches);
        var input = page.Locator("#site-search-input");
        var selected = page.Locator(".search-popup [aria-selected=true]");
        await input.FocusAsync();
        await page.Keyboard.TypeAsync("mm");                                   // two searches: "m", then "mm"
        Assert.Equal(["m", "mm"], await page.EvaluateAsync<string[]>("window.__held.map(h => h.query)"));

        await page.EvaluateAsync("window.__answer(1, ['glossary/mmlu.html', 'glossary/gsm8k.html', 'glossary/llama-2.html'])");
        await Assertions.Expect(page.Locator(".search-popup [role=option]")).ToHaveCountAsync(3);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(selected).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("gsm8k"));

        // The stale answer for "m" comes last: dropped, the list and the selection stay.
        await page.EvaluateAsync("window.__answer(0, ['index.html'])");
        await page.EvaluateAsync("() => new Promise(requestAnimationFrame)");
        await Assertions.Expect(page.Locator(".search-popup [role=option]")).ToHaveCountAsync(3);
        await Assertions.Expect(selected).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("gsm8k"));

        // The query shown, searched again (an input event that changed nothing): the selection stays.
        await input.DispatchEventAsync("input");
        await page.EvaluateAsync("window.__answer(2, ['glossary/mmlu.html', 'glossary/gsm8k.html', 'glossary/llama-2.html'])");
        await Assertions.Expect(page.Locator("#site-search-results")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Assertions.Expect(selected).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("gsm8k"));
        await Assertions.Expect(input).ToHaveAttributeAsync("aria-activedescendant", "site-search-option-1");

        // A search under way when Enter is pressed: what is selected opens.
        await input.DispatchEventAsync("input");
        await Assertions.Expect(page.Locator("#site-search-results")).ToHaveAttributeAsync("aria-busy", "true");
        var arrived = page.WaitForURLAsync(url => url.EndsWith("glossary/gsm8k.html", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await arrived;
    }

    [Theory]
    [InlineData(Phone)]
    [InlineData(Laptop)]
    public async Task A_typo_shows_a_did_you_mean_with_the_corrected_words_results(string size)
    {
        await using var watched = await OpenAsync(size);
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl("index.html"));
        await page.Locator("#site-search-input").FocusAsync();
        await page.Keyboard.TypeAsync("keuntugan");
        var suggestion = page.Locator(".search-popup .search-suggestion a");
        await Assertions.Expect(suggestion).ToHaveTextAsync("keuntungan");
        await Assertions.Expect(page.Locator(".search-popup [role=option] mark").First).ToHaveTextAsync("keuntungan");
        Assert.EndsWith("search.html?q=keuntungan", await suggestion.GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Phone)]
    [InlineData(Laptop)]
    public async Task The_search_page_groups_results_by_kind_and_the_filter_shows_one_kind_and_is_kept_in_the_address(string size)
    {
        await using var watched = await OpenAsync(size);
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl("search.html") + "?q=closed%20source");
        var groups = page.Locator("#search-page-results > section");
        await Assertions.Expect(groups.First.Locator("h2")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Glossary terms \(\d+\)$"));
        await Assertions.Expect(groups.First.Locator("li").First.Locator(".result-title")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^closed source"));
        Assert.True(await groups.CountAsync() >= 3, "closed source is in glossary terms, arguments and notes");
        var arguments = page.Locator("#search-page-results > section[data-kind=Argument]");
        var count = await arguments.Locator("li").CountAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = $"Arguments ({count})", Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = $"Arguments ({count})", Exact = true }).CheckAsync();
        await Assertions.Expect(page.Locator("#search-page-results > section:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(arguments).ToBeVisibleAsync();
        Assert.Contains("kind=Argument", page.Url, StringComparison.Ordinal);

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = $"Arguments ({count})", Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#search-page-results > section:visible")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^All kinds") }).CheckAsync();
        Assert.True(await page.Locator("#search-page-results > section:visible").CountAsync() >= 3);
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task Every_snippet_starts_and_ends_between_words()
    {
        await using var watched = await OpenAsync(Laptop);
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl("search.html") + "?q=model");
        await Assertions.Expect(page.Locator("#search-page-results li").First).ToBeVisibleAsync();
        // Each snippet against its document's text from the index: where it begins and ends there.
        var broken = await page.EvaluateAsync<string[]>("""
            async () => {
              const texts = {};
              for (const r of await KnowledgeSearch.search("model", 100)) texts[r.url] = r.text;
              const root = document.documentElement.getAttribute("data-root") || "";
              const problems = [];
              let cut = 0;
              for (const li of document.querySelectorAll("#search-page-results li")) {
                const url = li.querySelector(".result-title").getAttribute("href").slice(root.length);
                const shown = li.querySelector(".result-snippet").textContent;
                const core = shown.replace(/^… /, "").replace(/ …$/, "");
                const text = texts[url], at = text.indexOf(core), end = at + core.length;
                if (shown !== core) cut++;
                if (at < 0) { problems.push(url + ": not in its text: " + core); continue; }
                if (at > 0 && !/\s/.test(text[at - 1])) problems.push(url + " starts inside a word: " + core.slice(0, 30));
                if (end < text.length && /[\p{L}\p{N}]/u.test(text[end])) problems.push(url + " ends inside a word: " + core.slice(-30));
                if ((at > 0) !== shown.startsWith("… ") || (end < text.length) !== shown.endsWith(" …")) problems.push(url + ": ellipsis missing or extra");
              }
              if (cut < 5) problems.push("only " + cut + " snippets are cut: nothing to check");
              return problems;
            }
            """);
        Assert.True(broken.Length == 0, string.Join("\n", broken));
    }

    [Theory]
    [InlineData(Phone)]
    [InlineData(Laptop)]
    public async Task The_notes_index_is_a_table_whose_filter_narrows_the_rows_and_that_fits_the_screen(string size)
    {
        await using var watched = await OpenAsync(size);
        var page = watched.Page;
        foreach (var url in new[] { site.FileUrl(ArticleNotes), site.ManyArticlesUrl("notes/index.html") })
        {
            await page.GotoAsync(url);
            var rows = page.Locator("table.notes-table tbody tr:not(.notes-kind-row)");
            var all = await rows.CountAsync();
            Assert.True(all > 20, $"{all} rows on {url}");
            var filter = page.GetByLabel("Words in the phrase, meaning or rendering");
            await Assertions.Expect(filter).ToBeVisibleAsync();
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= (size == Phone ? 390 : 1280), "the page is wider than the screen");

            await filter.FillAsync("sumber");
            await Assertions.Expect(page.Locator(".notes-filter-count")).ToContainTextAsync($"of {all} notes shown");
            var shown = page.Locator("table.notes-table tbody tr:not(.notes-kind-row):visible");
            var narrowed = await shown.CountAsync();
            Assert.InRange(narrowed, 1, all - 1);
            Assert.All(await shown.AllInnerTextsAsync(), text => Assert.Contains("sumber", text, StringComparison.OrdinalIgnoreCase));

            await filter.FillAsync("");
            await page.GetByRole(AriaRole.Combobox, new() { Name = "Kind of note", Exact = true }).SelectOptionAsync("garbled-name");
            await Assertions.Expect(shown.First).ToBeVisibleAsync();
            Assert.All(await page.Locator("table.notes-table tbody tr:not(.notes-kind-row):visible").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.kind)"),
                kind => Assert.Equal("garbled-name", kind));
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= (size == Phone ? 390 : 1280), "the page is wider than the screen");
        }
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task Without_javascript_the_notes_table_shows_every_row_and_no_filter()
    {
        await using var watched = await site.OpenAsync(new() { JavaScriptEnabled = false });
        var page = watched.Page;
        await page.GotoAsync(site.FileUrl(ArticleNotes));
        await Assertions.Expect(page.Locator("form.notes-filter")).ToBeHiddenAsync();
        Assert.Equal(await page.Locator("table.notes-table tbody tr:not(.notes-kind-row)").CountAsync(),
            await page.Locator("table.notes-table tbody tr:not(.notes-kind-row):visible").CountAsync());
    }

    [Theory]
    [InlineData(Phone, ColorScheme.Light)]
    [InlineData(Phone, ColorScheme.Dark)]
    [InlineData(Laptop, ColorScheme.Light)]
    [InlineData(Laptop, ColorScheme.Dark)]
    public async Task The_search_page_with_results_and_the_notes_indexes_pass_axe(string size, ColorScheme scheme)
    {
        await using var watched = await OpenAsync(size, scheme);
        var page = watched.Page;
        var violations = new List<string>();
        foreach (var url in new[] { site.ManyArticlesUrl("search.html") + "?q=closed%20source", site.ManyArticlesUrl("search.html") + "?q=keuntugan", site.FileUrl(ArticleNotes), site.ManyArticlesUrl("notes/index.html") })
        {
            await page.GotoAsync(url);
            if (url.Contains("search.html", StringComparison.Ordinal)) await Assertions.Expect(page.Locator("#search-page-results li").First).ToBeVisibleAsync();
            else await Assertions.Expect(page.Locator("form.notes-filter")).ToBeVisibleAsync();
            violations.AddRange(await Axe.ViolationsAsync(page, $"{url} ({size}, {scheme})"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
