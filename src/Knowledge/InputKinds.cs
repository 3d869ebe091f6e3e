namespace KnowledgeSite.Knowledge;

public enum InputKind { Home, Page, Argument, Glossary, Note, Unknown }

/// <summary>Which kind of editorial content a file under input/ holds, decided by its folder.</summary>
public static class InputKinds
{
    public const string HomeFile = "input/index.md";
    public const string PagesFolder = "input/pages/";
    public const string ArgumentsFolder = "input/arguments/";
    public const string GlossaryFolder = "input/glossary/";
    public const string NotesFolder = "input/notes/";

    public static InputKind Of(string path) =>
        path == HomeFile ? InputKind.Home
        : DirectlyIn(path, PagesFolder) ? InputKind.Page
        : DirectlyIn(path, ArgumentsFolder) ? InputKind.Argument
        : DirectlyIn(path, GlossaryFolder) ? InputKind.Glossary
        : DirectlyIn(path, NotesFolder) ? InputKind.Note
        : InputKind.Unknown;

    /// <summary>What the README tells an editor to put where, for the "file not read" warning.</summary>
    public const string Guide = "put the home page text in input/index.md, free pages in input/pages/, arguments in input/arguments/, glossary entries in input/glossary/, translation notes in input/notes/.";

    private static bool DirectlyIn(string path, string folder) =>
        path.StartsWith(folder, StringComparison.Ordinal) && !path[folder.Length..].Contains('/');

    /// <summary>The file's name without .md: the id of the page or entry it holds.</summary>
    public static string Stem(string path) => Path.GetFileNameWithoutExtension(path);
}
