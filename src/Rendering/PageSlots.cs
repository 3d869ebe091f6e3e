namespace KnowledgeSite.Rendering;

/// <summary>
/// Places a template leaves in a page for what is known only once the page (or the whole site) has
/// rendered. They are HTML comments, which no content can forge: editors' Markdown passes no raw
/// HTML and article text is escaped.
/// </summary>
public static class PageSlots
{
    public const string Backlinks = "<!--slot:backlinks-->";
    public const string TermTips = "<!--slot:term-tips-->";
}
