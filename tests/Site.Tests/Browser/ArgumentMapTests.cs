using Microsoft.Playwright;

namespace KnowledgeSite.Tests.Browser;

/// <summary>
/// The shipped article's argument map as a reader sees it: its geometry measured in the browser
/// (no line behind a box, nothing clipped), its fit on a laptop, its highlighting, the outline
/// that replaces it on a phone, and axe at both sizes in both themes.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ArgumentMapTests(BrowserFixture site)
{
    private static readonly ViewportSize Laptop = new() { Width = 1280, Height = 800 };
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private string MapUrl => site.FileUrl(site.ArticlePage()[..^".html".Length] + "/arguments/index.html");

    private async Task<WatchedPage> OpenMapAsync(ViewportSize viewport, ColorScheme scheme = ColorScheme.Light)
    {
        var phone = viewport.Width < 500;
        var watched = await site.OpenAsync(new() { ViewportSize = viewport, ColorScheme = scheme, HasTouch = phone, IsMobile = phone });
        await watched.Page.GotoAsync(MapUrl);
        return watched;
    }

    [Fact]
    public async Task No_line_passes_behind_a_box_and_every_line_joins_its_own_two_boxes()
    {
        await using var watched = await OpenMapAsync(Laptop);
        // Sample every edge path each 2 units and test the points against every box but its ends,
        // grown by 2 units so a line grazing a border counts too.
        var report = await watched.Page.EvaluateAsync<string[]>(
            """
            () => {
              const svg = document.querySelector('.map-svg');
              const boxes = [...svg.querySelectorAll('.map-node')].map(a => {
                const r = a.querySelector('rect').getBBox();
                return { id: a.dataset.id, x: r.x, y: r.y, w: r.width, h: r.height };
              });
              const byId = Object.fromEntries(boxes.map(b => [b.id, b]));
              const onBorder = (p, b) => p.x >= b.x - 0.5 && p.x <= b.x + b.w + 0.5 && (Math.abs(p.y - b.y) < 0.5 || Math.abs(p.y - b.y - b.h) < 0.5);
              const problems = [];
              const edges = [...svg.querySelectorAll('.map-edge')];
              if (edges.length < 20) problems.push(`only ${edges.length} edges`);
              for (const edge of edges) {
                const name = `${edge.dataset.from} → ${edge.dataset.to}`;
                const length = edge.getTotalLength();
                if (!onBorder(edge.getPointAtLength(0), byId[edge.dataset.from])) problems.push(`${name} does not start on its box`);
                if (!onBorder(edge.getPointAtLength(length), byId[edge.dataset.to])) problems.push(`${name} does not end on its box`);
                const behind = new Set();
                for (let s = 0; s <= length; s += 2) {
                  const p = edge.getPointAtLength(s);
                  for (const b of boxes) {
                    if (b.id === edge.dataset.from || b.id === edge.dataset.to || behind.has(b.id)) continue;
                    if (p.x > b.x - 2 && p.x < b.x + b.w + 2 && p.y > b.y - 2 && p.y < b.y + b.h + 2) {
                      behind.add(b.id);
                      problems.push(`${name} passes behind ${b.id} at ${p.x.toFixed(1)},${p.y.toFixed(1)}`);
                    }
                  }
                }
              }
              return [...new Set(problems)];
            }
            """);
        Assert.True(report.Length == 0, string.Join("\n", report));
    }

    [Fact]
    public async Task Every_line_box_and_arrowhead_lies_inside_the_drawing()
    {
        await using var watched = await OpenMapAsync(Laptop);
        var report = await watched.Page.EvaluateAsync<string[]>(
            """
            () => {
              const svg = document.querySelector('.map-svg');
              const view = svg.viewBox.baseVal;
              const problems = [];
              const inside = (r, grow, name) => {
                if (r.x - grow < view.x || r.y - grow < view.y || r.x + r.width + grow > view.x + view.width || r.y + r.height + grow > view.y + view.height)
                  problems.push(`${name} (${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}×${r.height.toFixed(1)}, +${grow}) leaves the viewBox`);
              };
              for (const edge of svg.querySelectorAll('.map-edge')) {
                // An arrowhead is at most its marker's size beyond the end of its path.
                const markers = ['marker-end', 'marker-start'].map(a => edge.getAttribute(a)).filter(Boolean)
                  .map(url => svg.querySelector(url.slice(4, -1)));
                if (markers.length === 0 || markers.some(m => !m)) problems.push(`${edge.dataset.from} → ${edge.dataset.to} has no arrowhead`);
                const grow = Math.max(0, ...markers.filter(Boolean).map(m => Math.max(m.markerWidth.baseVal.value, m.markerHeight.baseVal.value)));
                inside(edge.getBBox(), grow, `${edge.dataset.from} → ${edge.dataset.to}`);
              }
              for (const box of svg.querySelectorAll('.map-node')) inside(box.getBBox(), 0, box.dataset.id);
              return problems;
            }
            """);
        Assert.True(report.Length == 0, string.Join("\n", report));
    }

    [Fact]
    public async Task On_a_laptop_the_map_fits_the_screen_at_a_readable_size_with_its_key_beside_it()
    {
        await using var watched = await OpenMapAsync(Laptop);
        var page = watched.Page;
        var svg = page.Locator(".map-svg");
        var legend = page.Locator(".map-legend");
        await Assertions.Expect(svg).ToBeVisibleAsync();
        await Assertions.Expect(legend).ToBeVisibleAsync();

        var map = (await svg.BoundingBoxAsync())!;
        var key = (await legend.BoundingBoxAsync())!;
        var viewBox = await svg.EvaluateAsync<double[]>("s => [s.viewBox.baseVal.width, s.viewBox.baseVal.height]");
        // The drawing scales to fit its element's box, keeping its proportions.
        var scale = Math.Min(map.Width / viewBox[0], map.Height / viewBox[1]);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= Laptop.Width, "no sideways scrolling");
        Assert.True(map.X >= 0 && map.X + map.Width <= Laptop.Width, $"the map's width fits: {map.X}+{map.Width}");
        Assert.True(map.Y >= 0 && map.Y + map.Height <= Laptop.Height, $"the whole map is on the first screen: {map.Y}+{map.Height}");
        Assert.True(scale >= 0.8, $"the map is shrunk to {scale:P0}, too small to read");
        Assert.True(key.X >= map.X + map.Width, $"the key ({key.X}) is beside the map (right edge {map.X + map.Width})");
        Assert.True(key.Y >= 0 && key.Y + key.Height <= Laptop.Height, $"the whole key is on the first screen: {key.Y}+{key.Height}");
        // The key shows a sample line for each kind of relation on the map, and the side colours.
        var kinds = await page.EvaluateAsync<string[]>("() => [...new Set([...document.querySelectorAll('.map-svg .map-edge')].map(e => [...e.classList].find(c => c.startsWith('rel-'))))]");
        foreach (var kind in kinds) await Assertions.Expect(legend.Locator($".legend-sample .{kind}")).ToHaveCountAsync(1);
        Assert.True(await legend.Locator(".legend-swatch").CountAsync() >= 2);
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task Hovering_or_focusing_a_box_picks_out_its_relations()
    {
        await using var watched = await OpenMapAsync(Laptop);
        var page = watched.Page;
        var nodes = page.Locator(".map-svg .map-node");

        // Keyboard order follows the arguments' numbers.
        var labels = await nodes.EvaluateAllAsync<string[]>("ns => ns.map(n => n.getAttribute('aria-label'))");
        Assert.Equal(Enumerable.Range(1, labels.Length).Select(i => $"#{i} "), labels.Select(l => l[..(l.IndexOf(' ') + 1)]));

        var busiest = await page.EvaluateAsync<string>(
            "() => { const c = {}; for (const e of document.querySelectorAll('.map-svg .map-edge')) for (const id of [e.dataset.from, e.dataset.to]) c[id] = (c[id] || 0) + 1; return Object.entries(c).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0]; }");
        var own = page.Locator($".map-svg .map-edge[data-from='{busiest}'], .map-svg .map-edge[data-to='{busiest}']");
        var total = await page.Locator(".map-svg .map-edge").CountAsync();
        var ownCount = await own.CountAsync();

        await page.Locator($".map-node[data-id='{busiest}']").HoverAsync();
        await Assertions.Expect(page.Locator(".map-svg .map-edge.is-related")).ToHaveCountAsync(ownCount);
        Assert.Equal(ownCount, await page.Locator($".map-svg .map-edge.is-related[data-from='{busiest}'], .map-svg .map-edge.is-related[data-to='{busiest}']").CountAsync());
        Assert.True(ownCount < total);
        Assert.True(await page.Locator(".map-svg .map-node.is-neighbour").CountAsync() >= 2);
        await Assertions.Expect(page.Locator(".map-svg")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-picking"));

        // Moving the mouse away clears it; focusing the first box with the keyboard picks out its own.
        await page.Mouse.MoveAsync(1, 1);
        await Assertions.Expect(page.Locator(".map-svg .map-edge.is-related")).ToHaveCountAsync(0);
        var first = nodes.First;
        var firstId = await first.GetAttributeAsync("data-id");
        await first.FocusAsync();
        var firstEdges = await page.Locator($".map-svg .map-edge[data-from='{firstId}'], .map-svg .map-edge[data-to='{firstId}']").CountAsync();
        Assert.True(firstEdges > 0);
        await Assertions.Expect(page.Locator(".map-svg .map-edge.is-related")).ToHaveCountAsync(firstEdges);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".map-svg .map-edge.is-related")).ToHaveCountAsync(0);
        Assert.Empty(watched.Problems);
    }

    [Fact]
    public async Task On_a_phone_an_outline_by_side_replaces_the_drawing()
    {
        await using var watched = await OpenMapAsync(Phone);
        var page = watched.Page;
        await Assertions.Expect(page.Locator(".map-svg")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".map-legend")).ToBeHiddenAsync();

        var arguments = await page.Locator(".map-svg .map-node").EvaluateAllAsync<string[]>("ns => ns.map(n => n.getAttribute('href'))");
        var outline = page.Locator(".map-outline .outline-list > li");
        await Assertions.Expect(outline).ToHaveCountAsync(arguments.Length);
        var outlined = await page.Locator(".map-outline .outline-list > li > a").EvaluateAllAsync<string[]>("ns => ns.map(n => n.getAttribute('href'))");
        Assert.Equal(arguments.Order(), outlined.Order());
        await Assertions.Expect(outline.First).ToBeVisibleAsync();
        await Assertions.Expect(outline.Last).ToBeVisibleAsync();

        // Relations in words carry the arguments' numbers, in the outline and in the list below it.
        var related = await page.Locator(".outline-relations li").AllInnerTextsAsync();
        Assert.NotEmpty(related);
        Assert.All(related, r => Assert.Matches(@"^[a-z ]+ #\d+ · \S", r));
        Assert.All(await page.Locator(".relation-list li").AllInnerTextsAsync(), r => Assert.Matches(@"^#\d+ · .+ [a-z ]+ #\d+ · \S", r));

        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= Phone.Width, "no sideways scrolling");
        Assert.Empty(watched.Problems);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_map_page_passes_axe_at_both_sizes(ColorScheme scheme)
    {
        var violations = new List<string>();
        foreach (var viewport in new[] { Phone, Laptop })
        {
            await using var watched = await OpenMapAsync(viewport, scheme);
            violations.AddRange(await Axe.ViolationsAsync(watched.Page, $"{scheme}, {viewport.Width}px"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
