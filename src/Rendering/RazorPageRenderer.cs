using System.Text;
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

/// <summary>
/// Renders page models to HTML with the Razor components in theme/. One instance serves one worker
/// and renders one page at a time: each page gets a fresh <see cref="HtmlRenderer"/>, because a
/// renderer keeps every component tree it has rendered until it is disposed, and the page's HTML is
/// written into a buffer the worker reuses, then encoded to UTF-8 once.
/// </summary>
public sealed class RazorPageRenderer
{
    // Pages are UTF-8, so only markup-significant characters need escaping, not every non-ASCII letter.
    // Shared by every renderer: building the encoder's allowed ranges costs more than rendering a small page.
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly StringBuilder _html = new(64 * 1024);

    /// <summary>Renders one page; its context then holds what the page recorded (references, terms, slots).</summary>
    public async Task<RenderedPage> RenderAsync(SiteInfo site, SitePage page)
    {
        var context = new PageContext(site, page);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Context"] = context });
        var component = ComponentFor(page);
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, parameters);
            _html.Clear().Append("<!DOCTYPE html>\n");
            using (var writer = new StringWriter(_html)) output.WriteHtmlTo(writer);
        });
        TrimAfterDoctype(_html);
        _html.Append('\n').Replace(PageSlots.TermTips, TermMarkup.Tips(context));
        return new RenderedPage(context, new OutputFile(page.Path, Encode(_html)));
    }

    /// <summary>Templates start and end with line breaks the page does not need.</summary>
    private static void TrimAfterDoctype(StringBuilder html)
    {
        const int doctypeLength = 16;
        var start = doctypeLength;
        while (start < html.Length && char.IsWhiteSpace(html[start])) start++;
        html.Remove(doctypeLength, start - doctypeLength);
        var end = html.Length;
        while (end > doctypeLength && char.IsWhiteSpace(html[end - 1])) end--;
        html.Length = end;
    }

    private static byte[] Encode(StringBuilder html)
    {
        var encoder = Utf8.GetEncoder();
        var count = 0;
        foreach (var chunk in html.GetChunks()) count += encoder.GetByteCount(chunk.Span, flush: false);
        count += encoder.GetByteCount([], flush: true);
        encoder.Reset();
        var bytes = new byte[count];
        var at = 0;
        foreach (var chunk in html.GetChunks()) at += encoder.GetBytes(chunk.Span, bytes.AsSpan(at), flush: false);
        encoder.GetBytes([], bytes.AsSpan(at), flush: true);
        return bytes;
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
}
/// <summary>A page rendered once (already UTF-8, a thousand pages of text held as strings would take twice the memory), with what it recorded while rendering; "referenced from" is still a slot.</summary>
public sealed record RenderedPage(PageContext Context, OutputFile File)
{
    public SitePage Page => Context.Page;
}
