using System.Text.Encodings.Web;
using System.Text.Unicode;
using KnowledgeSite.SiteModel;
using KnowledgeSite.Theme;
using KnowledgeSite.Theme.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeSite.Rendering;

/// <summary>Renders page models to HTML strings with the Razor components in theme/.</summary>
public sealed class RazorPageRenderer : IAsyncDisposable
{
    // Pages are UTF-8, so only markup-significant characters need escaping, not every non-ASCII letter.
    // Shared by every renderer: building the encoder's allowed ranges costs more than rendering a small page.
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();
    private readonly HtmlRenderer _renderer;

    public RazorPageRenderer() => _renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);

    /// <summary>Renders one page; its context then holds what the page recorded (references, terms, slots).</summary>
    public Task<RenderedPage> RenderAsync(SiteInfo site, SitePage page)
    {
        var context = new PageContext(site, page);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Context"] = context });
        var component = ComponentFor(page);
        return _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync(component, parameters);
            var html = "<!DOCTYPE html>\n" + output.ToHtmlString().Trim() + "\n";
            return new RenderedPage(context, OutputFile.Text(page.Path, html.Replace(PageSlots.TermTips, TermMarkup.Tips(context), StringComparison.Ordinal)));
        });
    }

    /// <summary>Which template renders which kind of page.</summary>
    private static Type ComponentFor(SitePage page) => page switch
    {
        HomePage => typeof(HomeView),
        ArticlesIndexPage => typeof(ArticlesIndexView),
        ArticleTermsPage => typeof(ArticleTermsView),
        ArgumentsIndexPage => typeof(ArgumentsIndexView),
        ArticleNotesPage => typeof(ArticleNotesView),
        TermArticlesPage => typeof(TermArticlesView),
        ArticlePage => typeof(ArticleView),
        ProvenancePage => typeof(ProvenanceView),
        EditorialPage => typeof(EditorialView),
        ArgumentPage => typeof(ArgumentView),
        ArgumentMapPage => typeof(ArgumentMapView),
        GlossaryIndexPage => typeof(GlossaryIndexView),
        TermPage => typeof(TermView),
        NotesIndexPage => typeof(NotesIndexView),
        NotePage => typeof(NoteView),
        NotFoundPage => typeof(NotFoundView),
        SearchPage => typeof(SearchView),
        _ => throw new InvalidOperationException($"no template for {page.GetType().Name}"),
    };

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
    }
}

/// <summary>A page rendered once (already UTF-8, a thousand pages of text held as strings would take twice the memory), with what it recorded while rendering; "referenced from" is still a slot.</summary>
public sealed record RenderedPage(PageContext Context, OutputFile File)
{
    public SitePage Page => Context.Page;
}
