using System.Text;

namespace KnowledgeSite.Bench.TermLinking;

/// <summary>Indonesian-looking made-up words from syllables, each distinct from every word made before by the same instance.</summary>
public sealed class PseudoWords(Random random)
{
    private const string Consonants = "bcdghjklmnprstwy";
    private const string Vowels = "aaeiiou";
    private static readonly string[] Codas = ["", "", "", "n", "ng", "r", "s", "k", "t"];
    private readonly HashSet<string> made = new(StringComparer.Ordinal);

    public string Next()
    {
        while (true)
        {
            var builder = new StringBuilder();
            var syllables = random.Next(2, 5);
            for (var i = 0; i < syllables; i++)
            {
                builder.Append(Consonants[random.Next(Consonants.Length)]).Append(Vowels[random.Next(Vowels.Length)]);
                if (i == syllables - 1 || random.Next(4) == 0) builder.Append(Codas[random.Next(Codas.Length)]);
            }
            var word = builder.ToString();
            if (made.Add(word)) return word;
        }
    }

    /// <summary>An upper-case code such as KRT, BPMU7 or TSK-70B, whose letters no earlier code of this instance used.</summary>
    public string NextAcronym()
    {
        while (true)
        {
            var builder = new StringBuilder();
            var letters = random.Next(2, 6);
            for (var i = 0; i < letters; i++) builder.Append((char)('A' + random.Next(26)));
            // The letters alone are taken too, so no code is another's prefix before a hyphen ("KRT" and "KRT-7B").
            if (!made.Add(builder.ToString())) continue;
            switch (random.Next(4))
            {
                case 0: builder.Append(random.Next(1, 10)); break;
                case 1: builder.Append('-').Append(random.Next(1, 100)).Append('B'); break;
            }
            return builder.ToString();
        }
    }
}
