using KnowledgeSite.Knowledge.Glossary;
using Markdig.Syntax.Inlines;

namespace KnowledgeSite.Linking;

/// <summary>A glossary term found in an editorial body: the words as written, the term, and the link to its page.</summary>
public sealed class TermLinkInline(string text, GlossaryTerm term, string href) : LeafInline
{
    public string Text => text;
    public GlossaryTerm Term => term;
    public string Href => href;
}
