using AngleSharp.Dom;

namespace KnowledgeSite.Tests.Support;

public static class VisibleText
{
    /// <summary>
    /// The words a reader sees in the default reading: without glossary tooltips, note markers
    /// and the hidden "clearer reading" renderings that sit in the markup beside the text.
    /// </summary>
    public static string Of(IElement element)
    {
        var copy = (IElement)element.Clone(deep: true);
        foreach (var hidden in copy.QuerySelectorAll(".term-tip, ins.better, .note-ref").ToList())
            hidden.Remove();
        return copy.TextContent;
    }
}
