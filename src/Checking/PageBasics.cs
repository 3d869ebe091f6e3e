using KnowledgeSite.Pipeline;

namespace KnowledgeSite.Checking;

/// <summary>Every page has a title, a language, and exactly one top-level heading.</summary>
public sealed class PageBasics : IOutputRule
{
    public void Check(CheckInput site, Diagnostics diagnostics)
    {
        foreach (var page in site.Pages.Values)
        {
            var file = "output/" + page.Path;
            var doc = page.Document;
            if (string.IsNullOrWhiteSpace(doc.Title))
                diagnostics.Error(CheckStage.Stage, "the page has no <title>.", file, fix: "give the page model a title.");
            if (string.IsNullOrWhiteSpace(doc.DocumentElement.GetAttribute("lang")))
                diagnostics.Error(CheckStage.Stage, "the <html> element has no lang attribute.", file, fix: "set lang in theme/Layout/SiteLayout.razor.");
            var h1 = doc.QuerySelectorAll("h1").Length;
            if (h1 != 1)
                diagnostics.Error(CheckStage.Stage, $"the page has {h1} <h1> elements; it needs exactly one.", file,
                    fix: "use '##' and lower headings in Markdown bodies; the page title is the <h1>.");
        }
    }
}
