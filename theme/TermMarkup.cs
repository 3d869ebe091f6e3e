using System.Net;
using KnowledgeSite.Knowledge;
using KnowledgeSite.Knowledge.Glossary;
using KnowledgeSite.Linking;
using KnowledgeSite.Rendering;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Microsoft.AspNetCore.Components;

namespace KnowledgeSite.Theme;

/// <summary>
/// How a glossary term looks where it occurs: a link to the term's page, with the short
/// definition as a tooltip that CSS shows on hover and keyboard focus (no JavaScript needed).
/// The tooltip is tied to the link by aria-describedby, so screen readers announce it too.
/// </summary>
public static class TermMarkup
{
    public static string Html(string text, GlossaryTerm term, string href, string tooltipId) => HtmlAround(E(text), term, href, tooltipId);

    /// <param name="innerHtml">The linked words, already HTML (they may hold a noted phrase).</param>
    public static string HtmlAround(string innerHtml, GlossaryTerm term, string href, string tooltipId)
    {
        var expansion = term.Expansion is { Length: > 0 } e && e != term.Term ? $" ({SourceText.Markup(e)})" : "";
        return $"<span class=\"term\"><a href=\"{E(href)}\" aria-describedby=\"{tooltipId}\">{innerHtml}</a>" +
               $"<span class=\"term-tip\" role=\"tooltip\" id=\"{tooltipId}\" lang=\"{UiText.InterfaceLanguage}\"><strong>{E(term.Term)}</strong>{expansion}: {SourceText.Markup(term.Short)}</span></span>";
    }

    /// <summary>An editorial Markdown body, with the glossary links the linking stage added.</summary>
    public static MarkupString Body(EditorialBody? body, PageContext context) =>
        body is null ? new MarkupString("") : new MarkupString(MarkdownRenderer.Render(body, new TermLinkRenderer(context)));

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private sealed class TermLinkRenderer(PageContext context) : HtmlObjectRenderer<TermLinkInline>
    {
        protected override void Write(HtmlRenderer renderer, TermLinkInline link) =>
            renderer.Write(Html(link.Text, link.Term, link.Href, context.NewId("tip")));
    }
}
