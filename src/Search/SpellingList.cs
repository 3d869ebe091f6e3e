using System.Globalization;
using System.Text;

namespace KnowledgeSite.Search;

/// <summary>
/// The index's words for correcting a typo in the browser, read only when a query finds nothing.
/// A word one edit away from a typed word (one letter inserted, deleted, replaced, or two neighbours
/// swapped) is at most one letter longer or shorter, and keeps either its first or its last letter
/// (an edit touches at most two neighbouring letters, and the word has at least three). So every
/// word is listed twice, in a bucket by its length and first letter and in one by its length and
/// last letter; a typed word of length n looks in the six buckets for n − 1, n and n + 1 with its
/// own first and last letter. Entries are "bucket word documents", sorted, so a bucket is a
/// contiguous stretch, cut into files the way the keys are (theme/assets/search.js reads them).
/// </summary>
public static class SpellingList
{
    /// <summary>The shortest typed word the browser corrects (search.js: MIN_CORRECTED).</summary>
    public const int MinTypedLength = 4;

    private const int MaxLength = 99;

    /// <summary>A bucket's name: "s" (by first letter) or "e" (by last), the length in two digits, the letter.</summary>
    public static string Bucket(bool byFirst, string word) =>
        (byFirst ? "s" : "e") + word.Length.ToString("00", CultureInfo.InvariantCulture) + (byFirst ? word[0] : word[^1]);

    /// <summary>Every entry, in ordinal order.</summary>
    public static IReadOnlyList<string> Entries(InvertedIndex index)
    {
        var entries = new List<string>();
        for (var k = 0; k < index.Keys.Count; k++)
        {
            var word = index.Keys[k];
            if (word.Length < MinTypedLength - 1 || word.Length > MaxLength || !word.All(c => char.IsLetter(c) && !char.IsSurrogate(c))) continue;
            var documents = index.Postings[k].Entries.Count.ToString(CultureInfo.InvariantCulture);
            entries.Add($"{Bucket(true, word)} {word} {documents}");
            entries.Add($"{Bucket(false, word)} {word} {documents}");
        }
        entries.Sort(StringComparer.Ordinal);
        return entries;
    }

    /// <summary>The entries cut into consecutive pieces of at most <paramref name="budget"/> bytes of script (one entry at least).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cut(IReadOnlyList<string> entries, int budget)
    {
        var pieces = new List<IReadOnlyList<string>>();
        var piece = new List<string>();
        long size = 0;
        foreach (var entry in entries)
        {
            var bytes = Encoding.UTF8.GetByteCount(SearchScript.String(entry)) + 1;
            if (piece.Count > 0 && size + bytes > budget)
            {
                pieces.Add(piece);
                piece = [];
                size = 0;
            }
            piece.Add(entry);
            size += bytes;
        }
        if (piece.Count > 0) pieces.Add(piece);
        return pieces;
    }
}
