using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Checking;

/// <summary>Every page has a title, a language, and exactly one top-level heading.</summary>
public sealed class PageBasics : IOutputRule
{
    public void Check(CheckInput site, ParsedPage page, Diagnostics diagnostics)
    {
        var file = "output/" + page.Path;
        if (string.IsNullOrWhiteSpace(page.Title))
            diagnostics.Error(CheckStage.Stage, "the page has no <title>.", file, fix: "give the page model a title.");
        if (string.IsNullOrWhiteSpace(page.Lang))
            diagnostics.Error(CheckStage.Stage, "the <html> element has no lang attribute.", file, fix: "set lang in theme/Layout/SiteLayout.razor.");
        if (page.H1Count != 1)
            diagnostics.Error(CheckStage.Stage, $"the page has {page.H1Count} <h1> elements; it needs exactly one.", file,
                fix: "use '##' and lower headings in Markdown bodies; the page title is the <h1>.");
    }
}
