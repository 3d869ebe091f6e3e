using KnowledgeSite.Rendering;
using KnowledgeSite.SiteModel;
using Microsoft.AspNetCore.Components;

namespace KnowledgeSite.Theme;

/// <summary>Base of every page template: the page context, and the page model typed.</summary>
public abstract class PageView<TPage> : ComponentBase where TPage : SitePage
{
    [Parameter, EditorRequired] public PageContext Context { get; set; } = null!;

    protected TPage Model => (TPage)Context.Page;
}
