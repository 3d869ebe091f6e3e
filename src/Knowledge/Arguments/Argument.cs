using KnowledgeSite.Anchoring;
using KnowledgeSite.Knowledge;

namespace KnowledgeSite.Knowledge.Arguments;

/// <summary>
/// A camp an argument can speak for, declared by the article's editors in
/// input/articles/&lt;article&gt;/index.md (<c>sides:</c>); its position there is its column on the map.
/// </summary>
public sealed record ArgumentSide(string Id, string Name, string? Description, int Position)
{
    /// <summary>Palette slot for the theme's colours; they repeat after <see cref="Colours"/> sides.</summary>
    public const int Colours = 6;
    public string CssClass => "side-" + (Position % Colours + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A quote from the article that carries the argument, resolved to its place.</summary>
public sealed record Passage(QuoteSelector Quote, QuoteLocation Location);

/// <summary>"This argument supports that one", as the editor wrote it.</summary>
public sealed record ArgumentRelation(string Relation, string TargetId, int Line);

/// <summary>One argument an article makes, from input/articles/&lt;article&gt;/arguments/&lt;id&gt;.md.</summary>
public sealed record Argument(
    Articles.Article Article,
    string Id,
    string Title,
    ArgumentSide? Side,
    string Claim,
    int Order,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<ArgumentRelation> Related,
    EditorialBody Body,
    string SourcePath)
{
    // Identity, like articles: two arguments with the same id in two articles are different arguments.
    public bool Equals(Argument? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

public static class ArgumentVocabulary
{
    /// <summary>The relations an editor may name, each with how it reads from the other end.</summary>
    public static readonly IReadOnlyDictionary<string, string> Inverse = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["supports"] = "supported by",
        ["supported by"] = "supports",
        ["answers"] = "answered by",
        ["answered by"] = "answers",
        ["leads to"] = "follows from",
        ["follows from"] = "leads to",
        ["contrasts with"] = "contrasts with",
        ["example of"] = "has example",
        ["has example"] = "example of",
    };
}
