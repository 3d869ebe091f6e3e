namespace KnowledgeSite.Linking;

/// <summary>
/// Numbers the characters that occur in the keys 1, 2, 3 … (in character order); every other
/// character is class 0, on which every state goes back to the root. Dense transition rows are
/// then as wide as the glossary's alphabet, not as wide as Unicode.
/// </summary>
internal sealed class AlphabetClasses
{
    private readonly int[] ascii = new int[128];
    private readonly char[] others;   // sorted non-ASCII characters; the class of others[i] is otherClasses[i]
    private readonly int[] otherClasses;

    public AlphabetClasses(IEnumerable<char> used)
    {
        var characters = used.Distinct().Order().ToArray();
        Count = characters.Length + 1;
        var nonAscii = new List<(char C, int Class)>();
        for (var i = 0; i < characters.Length; i++)
        {
            if (characters[i] < 128) ascii[characters[i]] = i + 1;
            else nonAscii.Add((characters[i], i + 1));
        }
        others = [.. nonAscii.Select(x => x.C)];
        otherClasses = [.. nonAscii.Select(x => x.Class)];
    }

    /// <summary>How many classes there are, class 0 included.</summary>
    public int Count { get; }

    public int Of(char c)
    {
        if (c < 128) return ascii[c];
        var index = Array.BinarySearch(others, c);
        return index >= 0 ? otherClasses[index] : 0;
    }
}
