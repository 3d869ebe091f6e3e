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
/// a hidden block at the end of the page's main content; assets/terms.js moves it beside the link
/// the reader hovers or focuses, where CSS shows it as a tooltip. Without JavaScript the link still
/// leads to the term's page, and screen readers still announce the definition.
/// </summary>
public static class TermMarkup
{
    public static string Html(string text, GlossaryTerm term, string href, PageContext context) => HtmlAround(E(text), term, href, context);

    /// <param name="innerHtml">The linked words, already HTML (they may hold a noted phrase).</param>
    public static string HtmlAround(string innerHtml, GlossaryTerm term, string href, PageContext context) =>
        $"<span class=\"term\"><a href=\"{E(href)}\" aria-describedby=\"{context.TipFor(term)}\">{innerHtml}</a></span>";

    /// <summary>The definitions of the terms the page links, once each; empty when it links none.</summary>
    public static string Tips(PageContext context)
    {
        var terms = context.Tips;
        if (terms.Count == 0) return "";
        var html = new System.Text.StringBuilder("<div class=\"term-tips\" hidden>");
        foreach (var term in terms)
        {
            var expansion = term.Expansion is { Length: > 0 } e && e != term.Term ? $" ({SourceText.Markup(e)})" : "";
            html.Append($"<span class=\"term-tip\" role=\"tooltip\" id=\"{PageContext.TipId(term)}\" lang=\"{UiText.InterfaceLanguage}\"><strong>{E(term.Term)}</strong>{expansion}: {SourceText.Markup(term.Short)}</span>");
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
