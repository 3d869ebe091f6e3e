using Markdig.Syntax.Inlines;

namespace KnowledgeSite.Linking;

/// <summary>
/// Replaces one inline of a parsed Markdown tree by several, keeping the tree's sibling links
/// whole in both directions. Markdig's <c>Inline.InsertBefore</c> links the new inline to the
/// one after it but never back to the one before it (its <c>PreviousSibling</c> stays null), so a
/// tree edited with it still renders but walks wrongly backwards: <c>Descendants</c> misses
/// inlines, and removing such an inline later leaves the one before it pointing at the removed
/// node, which cuts the rest of the paragraph off the page. <c>InsertAfter</c> sets both links,
/// so the pieces go in one after another behind the inline they replace.
/// </summary>
public static class InlineSplice
{
    /// <summary>Puts <paramref name="pieces"/>, in order, where <paramref name="inline"/> was, and takes it out of the tree.</summary>
    public static void Replace(Inline inline, IEnumerable<Inline> pieces)
    {
        var last = inline;
        foreach (var piece in pieces)
        {
            last.InsertAfter(piece);
            last = piece;
        }
        inline.Remove();
    }
}
