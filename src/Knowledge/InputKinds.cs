namespace KnowledgeSite.Knowledge;

public enum InputKind { Home, Page, Glossary, ArticleIntro, Argument, Note, Paragraph, OldLayout, Unknown }

/// <summary>
/// Which kind of editorial content a file under input/ holds, decided by its folder. Site-wide
/// content sits at the top (input/index.md, input/pages/, input/glossary/); everything that belongs
/// to one article sits in that article's folder, input/articles/&lt;article id&gt;/.
/// </summary>
public static class InputKinds
{
    public const string HomeFile = "input/index.md";
    public const string PagesFolder = "input/pages/";
    public const string GlossaryFolder = "input/glossary/";
    public const string ArticlesFolder = "input/articles/";
    public const string ArgumentsSubfolder = "arguments/";
    public const string NotesSubfolder = "notes/";
    public const string ParagraphsSubfolder = "paragraphs/";
    public const string IntroFile = "index.md";

    /// <summary>Where arguments and notes lived before sites held many articles.</summary>
    public static readonly string[] OldFolders = ["input/arguments/", "input/notes/"];

    public static InputKind Of(string path)
    {
        if (path == HomeFile) return InputKind.Home;
        if (DirectlyIn(path, PagesFolder)) return InputKind.Page;
        if (DirectlyIn(path, GlossaryFolder)) return InputKind.Glossary;
        if (OldFolders.Any(f => path.StartsWith(f, StringComparison.Ordinal))) return InputKind.OldLayout;
        if (ArticleId(path) is not { } id) return InputKind.Unknown;
        var inArticle = path[(ArticlesFolder.Length + id.Length + 1)..];
        return inArticle == IntroFile ? InputKind.ArticleIntro
            : DirectlyIn(inArticle, ArgumentsSubfolder) ? InputKind.Argument
            : DirectlyIn(inArticle, NotesSubfolder) ? InputKind.Note
            : DirectlyIn(inArticle, ParagraphsSubfolder) ? InputKind.Paragraph
            : InputKind.Unknown;
    }

    /// <summary>The article folder a path lies in ("input/articles/x/notes/y.md" → "x"), or null.</summary>
    public static string? ArticleId(string path)
    {
        if (!path.StartsWith(ArticlesFolder, StringComparison.Ordinal)) return null;
        var rest = path[ArticlesFolder.Length..];
        var slash = rest.IndexOf('/');
        return slash > 0 ? rest[..slash] : null;
    }

    public static string ArticleFolder(string articleId) => $"{ArticlesFolder}{articleId}/";

    /// <summary>The article's own index.md, where its seed, thesis and sides are written.</summary>
    public static string ArticleIntroFile(string articleId) => ArticleFolder(articleId) + IntroFile;

    /// <summary>What the README tells an editor to put where, for the "file not read" warning.</summary>
    public const string Guide = "put the home page text in input/index.md, free pages in input/pages/, glossary entries in input/glossary/, and an article's arguments and translation notes in input/articles/<article id>/arguments/ and …/notes/, its English gists and clearer paragraphs in …/paragraphs/<paragraph anchor>.md (its thesis and introduction in input/articles/<article id>/index.md).";

    private static bool DirectlyIn(string path, string folder) =>
        path.StartsWith(folder, StringComparison.Ordinal) && !path[folder.Length..].Contains('/');

    /// <summary>The file's name without .md: the id of the page or entry it holds.</summary>
    public static string Stem(string path) => Path.GetFileNameWithoutExtension(path);
}
