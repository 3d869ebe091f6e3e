using System.Diagnostics.CodeAnalysis;
using System.Text;
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
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddSingleton(HtmlText.Encoder)
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
            _html.Clear();
            using var writer = new StringWriter(_html);
            output.WriteHtmlTo(writer);
        });
        return new RenderedPage(context, new OutputFile(page.Path, Encode(_html, TermMarkup.Tips(context))));
    }

    /// <summary>
    /// The page as UTF-8: the doctype, the template's HTML without the line breaks around it, the
    /// definitions of its terms in their slot. Once the buffer has grown to the largest page it is
    /// one block of memory, read in place; only a page larger than all before it is copied out first.
    /// </summary>
    private static byte[] Encode(StringBuilder html, string termTips)
    {
        ReadOnlySpan<char> text = default;
        var chunks = 0;
        foreach (var chunk in html.GetChunks()) { text = chunk.Span; chunks++; }
        if (chunks != 1) text = html.ToString();
        text = text.Trim();
        var slot = text.IndexOf(PageSlots.TermTips, StringComparison.Ordinal);
        if (slot < 0) (slot, termTips) = (text.Length, "");
        var before = text[..slot];
        var after = text[Math.Min(text.Length, slot + PageSlots.TermTips.Length)..];

        ReadOnlySpan<byte> doctype = "<!DOCTYPE html>\n"u8;
        var bytes = new byte[doctype.Length + Utf8.GetByteCount(before) + Utf8.GetByteCount(termTips) + Utf8.GetByteCount(after) + 1];
        doctype.CopyTo(bytes);
        var at = doctype.Length;
        at += Utf8.GetBytes(before, bytes.AsSpan(at));
        at += Utf8.GetBytes(termTips, bytes.AsSpan(at));
        at += Utf8.GetBytes(after, bytes.AsSpan(at));
        bytes[at] = (byte)'\n';
        return bytes;
    }

    /// <summary>Which template renders which kind of page (the annotation keeps each template's constructor and parameters when compiled ahead of time).</summary>
    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)]
    private static Type ComponentFor(SitePage page) => page switch
    {
        HomePage => typeof(HomeView),
        ArticlesIndexPage => typeof(ArticlesIndexView),
        ArticleTermsPage => typeof(ArticleTermsView),
        ArticleReadingsPage => typeof(ArticleReadingsView),
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
        EditorsPage => typeof(EditorsView),
        _ => throw new InvalidOperationException($"no template for {page.GetType().Name}"),
    };
}

/// <summary>A page rendered once (already UTF-8, a thousand pages of text held as strings would take twice the memory), with what it recorded while rendering; "referenced from" is still a slot.</summary>
public sealed record RenderedPage(PageContext Context, OutputFile File)
{
    public SitePage Page => Context.Page;
}
