using System.Globalization;
using System.Text;

namespace KnowledgeSite.Tests.Support;

/// <summary>How one generated scrape looks.</summary>
/// <param name="Index">Picks the words: the same index always gives the same article.</param>
/// <param name="Paragraphs">Body paragraphs (two or three pseudo-Indonesian sentences each).</param>
/// <param name="Headings">`** heading **` lines, spread between the paragraphs (never before the first).</param>
/// <param name="Caption">A caption line in parentheses, in the first copy only (or the only copy).</param>
/// <param name="TwoCopies">The aggregator's shape: copy, "Lihat Asli", disclaimer, title, source, copy again.</param>
/// <param name="Include">
/// Text to work into the paragraphs — glossary forms such as "MMLU", or phrases such as "harga kubis" —
/// one item per paragraph, round-robin from the first paragraph; repeat an item to use it in several paragraphs.
/// </param>
public sealed record ScrapeOptions(
    int Index,
    string? Title = null,
    string? Outlet = null,
    int Paragraphs = 6,
    int Headings = 2,
    bool Caption = true,
    bool TwoCopies = true,
    bool Crlf = false,
    bool Bom = false,
    IReadOnlyList<string>? Include = null);

/// <summary>A generated scrape, with what the cleaner should make of it.</summary>
/// <param name="Text">The scrape as text (line ends as asked, without the BOM).</param>
/// <param name="Paragraphs">The body paragraphs the article page should show, in order.</param>
/// <param name="Headings">The section headings, in order (without the stars).</param>
/// <param name="Caption">The caption line, parentheses included, or null.</param>
public sealed record ScrapedArticle(
    ScrapeOptions Options,
    string Title,
    string Outlet,
    string Text,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Headings,
    string? Caption)
{
    /// <summary>The article's id when no index.md pins it: the slug of its title.</summary>
    public string Id => KnowledgeSite.Articles.AnchorScheme.Slug(Title);

    /// <summary>The file's bytes: UTF-8, with a BOM if asked.</summary>
    public byte[] Bytes => Options.Bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)] : Encoding.UTF8.GetBytes(Text);

    /// <summary>The scrape as one txtar file (txtar keeps only LF and no BOM: use <see cref="Bytes"/> for those).</summary>
    public string Txtar(string fileName) => $"-- seeds/{fileName} --\n{Text.Replace("\r\n", "\n")}\n";
}

/// <summary>
/// A small, deterministic generator of scraped articles in the news aggregator's format (see
/// seeds/000_ea4a4582c69bac45.txt): Indonesian-looking sentences, a few starred headings, an image
/// caption only one copy has, the "Lihat Asli" line, the English disclaimer, the title and
/// <c>Sumber: Outlet</c>. Every paragraph differs from every other paragraph of any generated article.
/// </summary>
public static class ScrapedArticles
{
    public const string ViewOriginal = "Lihat Asli";

    public const string Disclaimer = "This page may contain third-party content, which is provided for information purposes only (not representations/warranties) and should not be considered as an endorsement of its views by Gate, nor as financial or professional advice.";

    private static readonly string[] Subjects =
    [
        "perusahaan teknologi", "para pengembang", "komunitas sumber terbuka", "pelanggan industri", "tim peneliti",
        "pabrik besar", "vendor perangkat lunak", "pemerintah daerah", "bank swasta", "rumah sakit",
        "sekolah menengah", "pedagang pasar", "penulis artikel", "investor muda", "mitra lokal",
    ];

    private static readonly string[] Verbs =
    [
        "membangun", "menjual", "memakai", "menguji", "melatih", "mengembangkan", "meningkatkan", "menurunkan",
        "membandingkan", "menyewa", "menyimpan", "membagikan", "memperbaiki", "menawarkan", "membeli",
    ];

    private static readonly string[] Objects =
    [
        "model bahasa", "data pribadi", "layanan awan", "kartu grafis", "biaya pelatihan", "kualitas jawaban",
        "keamanan sistem", "lisensi terbuka", "pasar domestik", "aplikasi ponsel", "kode program", "tolok ukur",
        "rantai pasokan", "harga langganan", "platform digital",
    ];

    private static readonly string[] Endings =
    [
        "dengan cepat", "tahun ini", "secara diam-diam", "untuk jangka panjang", "di seluruh negeri", "tanpa banyak biaya",
        "sejak awal", "bersama mitra", "demi keuntungan", "dalam skala kecil", "menurut laporan terbaru", "sebelum akhir bulan",
    ];

    private static readonly string[] Connectors = ["Namun", "Selain itu", "Karena itu", "Sementara itu", "Pada akhirnya", "Menurut penulis"];

    private static readonly string[] HeadingWords =
    [
        "Jalan", "Masa Depan", "Pasar", "Biaya", "Komunitas", "Keamanan", "Industri", "Data", "Harga", "Pilihan", "Peluang", "Risiko",
    ];

    private static readonly string[] Outlets = ["Kabar Teknologi", "Media Cerdas", "Warta Digital", "Harian Mesin", "Suara Data"];

    private static readonly string[] TitleWords =
    [
        "model", "besar", "pasar", "terbuka", "tertutup", "biaya", "data", "pengembang", "industri", "harga", "awan", "komunitas",
    ];

    public static ScrapedArticle Generate(ScrapeOptions options)
    {
        var random = new Random(unchecked(options.Index * 7919 + 104729));
        var n = options.Index.ToString(CultureInfo.InvariantCulture);
        var title = options.Title ?? $"Catatan {n}: {Cap(Pick(random, TitleWords))} dan {Pick(random, TitleWords)} {Pick(random, TitleWords)}";
        var outlet = options.Outlet ?? Pick(random, Outlets);

        var include = options.Include ?? [];
        var paragraphs = new List<string>();
        for (var p = 0; p < options.Paragraphs; p++)
        {
            var sentences = new List<string>();
            // The article's and the paragraph's number make every paragraph unique, across articles too.
            sentences.Add($"{Cap(Pick(random, Subjects))} {Pick(random, Verbs)} {Pick(random, Objects)} nomor {n}-{p + 1} {Pick(random, Endings)}.");
            var extras = Enumerable.Range(0, include.Count).Where(i => i % Math.Max(1, options.Paragraphs) == p).Select(i => include[i]).ToList();
            foreach (var extra in extras)
                sentences.Add($"{Pick(random, Connectors)}, {Pick(random, Subjects)} membahas {extra} {Pick(random, Endings)}.");
            for (var s = random.Next(1, 3); s > 0; s--)
                sentences.Add($"{Pick(random, Connectors)}, {Pick(random, Subjects)} {Pick(random, Verbs)} {Pick(random, Objects)} {Pick(random, Endings)}.");
            paragraphs.Add(string.Join(' ', sentences));
        }

        // Headings after paragraphs 1, 1 + step, …: a heading never opens the article or ends it.
        var headings = new List<string>();
        var headingAfter = new Dictionary<int, string>();
        var count = Math.Min(options.Headings, Math.Max(0, options.Paragraphs - 1));
        for (var h = 0; h < count; h++)
        {
            var after = 1 + h * Math.Max(1, (options.Paragraphs - 1) / Math.Max(1, count));
            if (after >= options.Paragraphs || headingAfter.ContainsKey(after)) break;
            var heading = $"{Pick(random, HeadingWords)} {Pick(random, TitleWords)} bagian {h + 1} artikel {n}";
            headingAfter[after] = heading;
            headings.Add(heading);
        }
        var caption = options.Caption && options.Paragraphs > 0 ? $"(Gambar {n}: {Pick(random, Subjects)} dan {Pick(random, Objects)})" : null;
        var captionAfter = options.Paragraphs / 2;   // after this many paragraphs

        List<string> Copy(bool withCaption)
        {
            var lines = new List<string>();
            for (var p = 0; p < paragraphs.Count; p++)
            {
                if (headingAfter.TryGetValue(p, out var heading)) lines.Add($"** {heading} **");
                if (withCaption && caption is not null && p == captionAfter) lines.Add(caption);
                lines.Add(paragraphs[p]);
            }
            return lines;
        }

        var metadata = new[] { ViewOriginal, Disclaimer, title, $"Sumber: {outlet}" };
        var all = options.TwoCopies ? [.. Copy(withCaption: true), .. metadata, .. Copy(withCaption: false)] : metadata.Concat(Copy(withCaption: true)).ToList();
        var newline = options.Crlf ? "\r\n" : "\n";
        var text = string.Join(newline, all) + newline;
        return new ScrapedArticle(options, title, outlet, text, paragraphs, headings, caption);
    }

    /// <summary>Shorthand: article <paramref name="index"/> with the default shape and the given glossary forms or phrases.</summary>
    public static ScrapedArticle Generate(int index, params string[] include) => Generate(new ScrapeOptions(index, Include: include));

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
