using System.Net;
using KnowledgeSite.Knowledge;
using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Linking;
using KnowledgeSite.Rendering;
using KnowledgeSite.SiteModel;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Microsoft.AspNetCore.Components;

namespace KnowledgeSite.Theme;

/// <summary>
/// How a glossary term looks where it occurs: a link to the term's page, described (by
/// aria-describedby) by the term's short definition. Each definition is written once per page, in
/// a hidden block at the end of the page's main content; assets/terms.js shows it in a preview
/// beside the link the reader hovers (after a short delay), focuses or, on a touch screen, taps.
/// Without JavaScript the link still leads to the term's page, and screen readers still announce
/// the definition. A repeat (a later occurrence in the same section) is plain text: an anchor
/// with no href, neither focusable nor announced as a link, that terms.js turns into a link when
/// the reader asks to see every link.
/// </summary>
public static class TermMarkup
{
    public static string Html(string text, GlossaryTerm term, string href, PageContext context) => HtmlAround(E(text), term, href, context);

    /// <param name="innerHtml">The linked words, already HTML (they may hold a noted phrase).</param>
    public static string HtmlAround(string innerHtml, GlossaryTerm term, string href, PageContext context)
    {
        var html = new System.Text.StringBuilder();
        AppendStart(html, term, href, context, repeat: false);
        return html.Append(innerHtml).Append(End).ToString();
    }

    /// <summary>
    /// Opens a term's link; the linked words and <see cref="End"/> follow. A repeat (a later occurrence)
    /// carries only what it needs to become the same link on request.
    /// </summary>
    public static void AppendStart(System.Text.StringBuilder html, GlossaryTerm term, string href, PageContext context, bool repeat)
    {
        html.Append(repeat ? "<span class=\"term-repeat\"><a data-href=\"" : "<span class=\"term\"><a href=\"");
        HtmlText.AppendWebEncoded(html, href);
        html.Append(repeat ? "\" data-tip=\"" : "\" aria-describedby=\"").Append(context.TipFor(term)).Append("\">");
    }

    public const string End = "</a></span>";

    /// <summary>
    /// The definitions of the terms the page links, once each; empty when it links none. Each
    /// leads with the definition; the entry's name (and expansion) follows it.
    /// </summary>
    public static string Tips(PageContext context)
    {
        var terms = context.Tips;
        if (terms.Count == 0) return "";
        var html = new System.Text.StringBuilder($"<div class=\"term-tips\" hidden data-entry-label=\"{E(UiText.TermPreviewEntry)}\" data-close-label=\"{E(UiText.TermPreviewClose)}\">");
        foreach (var term in terms)
        {
            var expansion = term.Expansion is { Length: > 0 } e && e != term.Term ? $" ({SourceText.Markup(e)})" : "";
            html.Append($"<span class=\"term-tip\" role=\"tooltip\" id=\"{PageContext.TipId(term)}\" lang=\"{UiText.InterfaceLanguage}\">"
                + $"<span class=\"tip-definition\">{SourceText.Markup(term.Short)}</span> <span class=\"tip-name\">{E(term.Term)}{expansion}</span></span>");
        }
        return html.Append($"</div>\n<script src=\"{E(context.Asset("terms.js"))}\"></script>").ToString();
    }

    /// <summary>An editorial Markdown body, with the glossary links the linking stage added.</summary>
    public static MarkupString Body(EditorialBody? body, PageContext context)
    {
        if (body is null) return new MarkupString("");
        foreach (var target in MarkdownRenderer.LinkedPages(body)) context.Refer(target);
        return new MarkupString(MarkdownRenderer.Render(body, new TermLinkRenderer(context)));
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private sealed class TermLinkRenderer(PageContext context) : HtmlObjectRenderer<TermLinkInline>
    {
        protected override void Write(HtmlRenderer renderer, TermLinkInline link)
        {
            context.Refer(SitePaths.Term(link.Term.Id));
            renderer.Write(Html(link.Text, link.Term, link.Href, context));
        }
    }
}
