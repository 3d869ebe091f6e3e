using System.Net;
using System.Text;
using KnowledgeSite.Articles;
using KnowledgeSite.Knowledge.Readings;
using KnowledgeSite.Linking;
using KnowledgeSite.Rendering;
using KnowledgeSite.SiteModel;
using Microsoft.AspNetCore.Components;

namespace KnowledgeSite.Theme;

/// <summary>
/// Draws a run of article text with its glossary links (and repeats), noted phrases and note markers. A noted
/// phrase carries both readings: the text as published and the note's better rendering, which
/// the "clearer reading" switch shows instead (CSS hides it until then, so without JavaScript
/// the page shows the original).
/// </summary>
public static class ArticleTextMarkup
{
    // One buffer per thread: a page draws every unit of its article through here, and building each
    // unit's markup in pieces (a string per link, a builder per term) was a quarter of what rendering
    // allocated (1,000 articles: 150 of 637 MiB).
    [ThreadStatic] private static StringBuilder? _buffer;

    /// <param name="readings">When the editors rendered the whole unit, the clearer reading shows their text (with copies of the markers, so the notes stay reachable) instead of the note-by-note renderings.</param>
    public static MarkupString Unit(TextUnit unit, GlossaryLinks glossary, NoteMarks notes, PageContext context, ArticleReadings? readings = null)
    {
        var links = glossary.LinksIn(unit).Select(m => (m.Start, m.Length, glossary.ById[m.TermId])).ToList();
        var repeats = glossary.RepeatsIn(unit).Select(m => (m.Start, m.Length, glossary.ById[m.TermId])).ToList();
        var marks = notes.In(unit);
        var nodes = AnnotatedText.Build(unit.Text, links, marks, repeats);
        var html = _buffer ??= new StringBuilder(4096);
        html.Clear();
        var whole = readings?.Of(unit)?.Clearer;
        if (whole is null)
        {
            Write(html, nodes, context, betters: true);
            return new MarkupString(html.ToString());
        }
        html.Append("<span class=\"reading whole\"><span class=\"original\">");
        Write(html, nodes, context, betters: false);
        html.Append("</span><ins class=\"better\" title=\"");
        HtmlText.AppendWebEncoded(html, UiText.BetterReadingTitle);
        html.Append("\">");
        HtmlText.AppendWebEncoded(html, whole);
        foreach (var m in marks) Marker(html, m, withId: false);
        html.Append("</ins></span>");
        return new MarkupString(html.ToString());
    }

    private static void Write(StringBuilder html, IReadOnlyList<InlineNode> nodes, PageContext context, bool betters)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    HtmlText.AppendWebEncoded(html, text.Text);
                    break;
                case TermNode term:
                    TermMarkup.AppendStart(html, term.Term, context.Href(SitePaths.Term(term.Term.Id)), context, term.Repeat);
                    Write(html, term.Children, context, betters);
                    html.Append(TermMarkup.End);
                    break;
                case NotedNode noted when !betters:
                    Write(html, noted.Children, context, betters);
                    break;
                case NotedNode noted:
                    html.Append("<span class=\"reading\"><span class=\"original\">");
                    Write(html, noted.Children, context, betters);
                    html.Append("</span><ins class=\"better\" title=\"");
                    HtmlText.AppendWebEncoded(html, UiText.BetterReadingTitle);
                    html.Append("\">");
                    HtmlText.AppendWebEncoded(html, noted.Mark.Note.Better);
                    html.Append("</ins></span>");
                    break;
                case MarkerNode marker:
                    Marker(html, marker.Mark, withId: true);
                    break;
            }
        }
    }

    /// <summary>A note's numbered marker; the copy in a paragraph's clearer text has no id, since the marker in the published text keeps it.</summary>
    private static void Marker(StringBuilder html, NoteMark m, bool withId) =>
        html.Append($"<sup class=\"note-ref\" lang=\"{UiText.InterfaceLanguage}\"><a {(withId ? $"id=\"{m.MarkerId}\" " : "")}href=\"#{m.SidenoteId}\" aria-label=\"{E(UiText.NoteMarkerLabel(m.Number))}\">{m.Number}</a></sup>");

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
