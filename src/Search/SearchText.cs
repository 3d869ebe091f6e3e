using System.Buffers;
using System.Globalization;
using System.Text;

namespace KnowledgeSite.Search;

/// <summary>
/// What counts as a search word, shared by the index (built here) and the query box
/// (theme/assets/search/stemmer.js, which must give exactly the same words).
/// A word starts at a letter or digit and runs on over letters, digits and combining marks, so
/// "model-model" and "open-source" are two words each and an apostrophe splits a word too.
/// Each word is normalised: canonical decomposition (NFD), non-spacing marks dropped, lower-cased.
/// </summary>
/// <remarks>
/// The site builds with InvariantGlobalization, where string.Normalize leaves non-ASCII text as it
/// is; so the decomposition comes from the table in <see cref="Decomposition"/> instead.
/// Lower-casing is done letter by letter (simple case mapping), which JavaScript matches by turning
/// Σ into σ before toLowerCase (its whole-string rules would make a word-final Σ a ς).
/// Not reproduced: the canonical reordering of marks, which only matters when spacing marks of
/// different combining classes meet (musical symbols); unpaired surrogates pass through unchanged.
/// Letter classes and case come from each engine's own Unicode data, so for characters encoded after
/// the older of two engines' Unicode versions the two sides may still differ.
/// </remarks>
public static class SearchText
{
    public static IReadOnlyList<string> Tokens(string text) => [.. TokenSpans(text).Select(span => span.Token)];

    /// <summary>Every word with its place in <paramref name="text"/> as given (UTF-16 offsets), for highlighting.</summary>
    public static IReadOnlyList<(int Start, int Length, string Token)> TokenSpans(string text)
    {
        var spans = new List<(int Start, int Length, string Token)>();
        var buffer = new char[64];
        for (var at = 0; NextWord(text, ref at, ref buffer, out var start, out var normalised);)
            spans.Add((start, at - start, new string(buffer, 0, normalised)));
        return spans;
    }

    /// <summary>
    /// Finds the next word of <paramref name="text"/> at or after <paramref name="at"/> and writes it,
    /// normalised, to the start of <paramref name="buffer"/> (grown when needed), so that a caller
    /// indexing thousands of documents makes no string for a word it has seen before.
    /// </summary>
    /// <returns>False when no word is left; else <paramref name="at"/> is just past the word, which began at <paramref name="start"/>.</returns>
    public static bool NextWord(string text, ref int at, ref char[] buffer, out int start, out int normalisedLength)
    {
        var i = at;
        while (i < text.Length)
        {
            var (category, width) = CategoryAt(text, i);
            if (IsLetterOrDigit(category)) break;
            i += width;
        }
        start = i;
        if (i >= text.Length)
        {
            at = i;
            normalisedLength = 0;
            return false;
        }
        i += CategoryAt(text, i).Width;
        while (i < text.Length)
        {
            var (category, width) = CategoryAt(text, i);
            if (!IsLetterOrDigit(category) && !IsMark(category)) break;
            i += width;
        }
        at = i;
        normalisedLength = NormaliseInto(text.AsSpan(start, i - start), ref buffer);
        return true;
    }

    public static string Normalise(string word)
    {
        var buffer = Array.Empty<char>();
        var length = NormaliseInto(word, ref buffer);
        return new string(buffer, 0, length);
    }

    /// <returns>How many characters of <paramref name="buffer"/> the normalised word fills.</returns>
    private static int NormaliseInto(ReadOnlySpan<char> word, ref char[] buffer)
    {
        // A decomposed code point leaves at most three code points of two UTF-16 units each.
        if (buffer.Length < word.Length * 6) buffer = new char[word.Length * 6];
        if (Ascii.IsValid(word)) return Ascii.ToLower(word, buffer, out var written) == OperationStatus.Done ? written : throw new InvalidOperationException();
        var length = 0;
        var i = 0;
        while (i < word.Length)
        {
            if (Rune.DecodeFromUtf16(word[i..], out var rune, out var consumed) != OperationStatus.Done)
            {
                buffer[length++] = word[i];
                i++;
                continue;
            }
            i += consumed;
            if (Decomposition.TryStrip(rune, out var stripped))
            {
                foreach (var part in stripped.EnumerateRunes())
                    length += Rune.ToLowerInvariant(part).EncodeToUtf16(buffer.AsSpan(length));
            }
            else if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.NonSpacingMark)
            {
                length += Rune.ToLowerInvariant(rune).EncodeToUtf16(buffer.AsSpan(length));
            }
        }
        return length;
    }

    private static (UnicodeCategory Category, int Width) CategoryAt(string text, int index) =>
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) == OperationStatus.Done
            ? (Rune.GetUnicodeCategory(rune), consumed)
            : (UnicodeCategory.Surrogate, 1);

    private static bool IsLetterOrDigit(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static bool IsMark(UnicodeCategory category) => category is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>
    /// What canonical decomposition followed by dropping non-spacing marks leaves of a code point,
    /// for every code point that has a canonical decomposition (Unicode 15.0, UnicodeData.txt: field 5
    /// without a &lt;tag&gt;, applied recursively, then every code point of category Mn dropped).
    /// Hangul syllables are decomposed by the Unicode Standard's arithmetic (section 3.12) instead,
    /// and non-spacing marks are not listed because they are dropped whole anyway.
    /// </summary>
    private static class Decomposition
    {
        private const int HangulFirst = 0xAC00, HangulCount = 11172, JamoL = 0x1100, JamoV = 0x1161, JamoT = 0x11A7;
        private const int VowelCount = 21, TrailCount = 28;

        private static readonly Dictionary<int, string> Table = Build();

        public static bool TryStrip(Rune rune, out string stripped)
        {
            var hangul = rune.Value - HangulFirst;
            if (hangul is >= 0 and < HangulCount)
            {
                var lead = (char)(JamoL + hangul / (VowelCount * TrailCount));
                var vowel = (char)(JamoV + hangul % (VowelCount * TrailCount) / TrailCount);
                var trail = hangul % TrailCount;
                stripped = trail == 0 ? string.Concat(lead, vowel) : string.Concat(lead, vowel, (char)(JamoT + trail));
                return true;
            }
            return Table.TryGetValue(rune.Value, out stripped!);
        }

        // Single: runs "START:ccc…" where START is the hex code point of the first character and each
        // following character (one code point) is what the next code point becomes; \0 marks a code
        // point without a decomposition. Multiple: "CODE:HEX.HEX…" for the few that leave several.
        private static Dictionary<int, string> Build()
        {
            var table = new Dictionary<int, string>();
            foreach (var run in Single.Split(' '))
            {
                var colon = run.IndexOf(':');
                var code = int.Parse(run[..colon], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                foreach (var target in run[(colon + 1)..].EnumerateRunes())
                {
                    if (target.Value != 0)
                        table.Add(code, target.ToString());
                    code++;
                }
            }
            foreach (var entry in Multiple.Split(' '))
            {
                var colon = entry.IndexOf(':');
                var parts = entry[(colon + 1)..].Split('.')
                    .Select(hex => char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                table.Add(int.Parse(entry[..colon], NumberStyles.HexNumber, CultureInfo.InvariantCulture), string.Concat(parts));
            }
            return table;
        }

        private const string Single =
            "C0:AAAAAA\0CEEEEIIII\0NOOOOO\0\0UUUUY\0\0aaaaaa\0ceeeeiiii " +
            "F1:nooooo\0\0uuuuy\0yAaAaAaCcCcCcCcDd\0\0EeEeEeEeEeGgGgG 121:gGgHh\0\0IiIiIiIiI\0\0\0JjKk\0LlLlLl " +
            "143:NnNnNn\0\0\0OoOoOo\0\0RrRrRrSsSsSsSsTtTt\0\0UuUuUuUuUuU 173:uWwYyYZzZzZz 1A0:Oo 1AF:Uu " +
            "1CD:AaIiOoUuUuUuUuUu\0AaAa\u00C6\u00E6\0\0GgKkOoOo\u01B7\u0292j\0\0\0Gg\0\0NnAa\u00C6 " +
            "1FD:\u00E6\u00D8\u00F8AaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh 226:AaEeOoOoOoOoYy 374:\u02B9 37E:\u003B " +
            "385:\u00A8\u0391\u00B7\u0395\u0397\u0399\0\u039F\0\u03A5\u03A9\u03B9 " +
            "3AA:\u0399\u03A5\u03B1\u03B5\u03B7\u03B9\u03C5 3CA:\u03B9\u03C5\u03BF\u03C5\u03C9 3D3:\u03D2\u03D2 " +
            "400:\u0415\u0415\0\u0413\0\0\0\u0406 40C:\u041A\u0418\u0423 419:\u0418 439:\u0438 " +
            "450:\u0435\u0435\0\u0433\0\0\0\u0456 45C:\u043A\u0438\u0443 476:\u0474\u0475 4C1:\u0416\u0436 " +
            "4D0:\u0410\u0430\u0410\u0430\0\0\u0415\u0435\0\0\u04D8\u04D9\u0416\u0436\u0417\u0437\0\0\u0418\u0438\u0418\u0438\u041E\u043E\0\0\u04E8\u04E9\u042D\u044D\u0423\u0443\u0423\u0443\u0423\u0443\u0427\u0447\0\0\u042B\u044B " +
            "622:\u0627\u0627\u0648\u0627\u064A 6C0:\u06D5\0\u06C1 6D3:\u06D2 929:\u0928 931:\u0930\0\0\u0933 " +
            "958:\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F 9DC:\u09A1\u09A2\0\u09AF A33:\u0A32\0\0\u0A38 " +
            "A59:\u0A16\u0A17\u0A1C\0\0\u0A2B B48:\u0B47 B5C:\u0B21\u0B22 CC0:\u0CD5 CC7:\u0CD5\u0CD6\0\u0CC2 " +
            "DDA:\u0DD9 F43:\u0F42 F4D:\u0F4C F52:\u0F51 F57:\u0F56 F5C:\u0F5B F69:\u0F40 1026:\u1025 " +
            "1B3B:\u1B35\0\u1B35 1B43:\u1B35 1E00:AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIi " +
            "1E30:KkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRr " +
            "1E60:SsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYy 1E90:ZzZzZzhtwy\0\u017F " +
            "1EA0:AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOo " +
            "1ED0:OoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy " +
            "1F00:\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u0391\u0391\u0391\u0391\u0391\u0391\u0391\u0391\u03B5\u03B5\u03B5\u03B5\u03B5\u03B5\0\0\u0395\u0395\u0395\u0395\u0395\u0395\0\0\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u0397\u0397\u0397\u0397\u0397\u0397\u0397\u0397 " +
            "1F30:\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u03B9\u0399\u0399\u0399\u0399\u0399\u0399\u0399\u0399\u03BF\u03BF\u03BF\u03BF\u03BF\u03BF\0\0\u039F\u039F\u039F\u039F\u039F\u039F\0\0\u03C5\u03C5\u03C5\u03C5\u03C5\u03C5\u03C5\u03C5\0\u03A5\0\u03A5\0\u03A5\0\u03A5 " +
            "1F60:\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03A9\u03A9\u03A9\u03A9\u03A9\u03A9\u03A9\u03A9\u03B1\u03B1\u03B5\u03B5\u03B7\u03B7\u03B9\u03B9\u03BF\u03BF\u03C5\u03C5\u03C9\u03C9\0\0\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u03B1\u0391\u0391\u0391\u0391\u0391\u0391\u0391\u0391 " +
            "1F90:\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u03B7\u0397\u0397\u0397\u0397\u0397\u0397\u0397\u0397\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03C9\u03A9\u03A9\u03A9\u03A9\u03A9\u03A9\u03A9\u03A9\u03B1\u03B1\u03B1\u03B1\u03B1\0\u03B1\u03B1\u0391\u0391\u0391\u0391\u0391\0\u03B9\0\0\u00A8 " +
            "1FC2:\u03B7\u03B7\u03B7\0\u03B7\u03B7\u0395\u0395\u0397\u0397\u0397\u1FBF\u1FBF\u1FBF\u03B9\u03B9\u03B9\u03B9\0\0\u03B9\u03B9\u0399\u0399\u0399\u0399\0\u1FFE\u1FFE\u1FFE\u03C5\u03C5\u03C5\u03C5\u03C1\u03C1\u03C5\u03C5\u03A5\u03A5\u03A5\u03A5\u03A1\u00A8\u00A8\u0060\0\0\u03C9 " +
            "1FF3:\u03C9\u03C9\0\u03C9\u03C9\u039F\u039F\u03A9\u03A9\u03A9\u00B4\0\0\u2002\u2003 " +
            "2126:\u03A9\0\0\0KA 219A:\u2190\u2192 21AE:\u2194 21CD:\u21D0\u21D4\u21D2 2204:\u2203 " +
            "2209:\u2208\0\0\u220B 2224:\u2223\0\u2225 2241:\u223C\0\0\u2243\0\0\u2245\0\u2248 " +
            "2260:\u003D\0\u2261 226D:\u224D\u003C\u003E\u2264\u2265\0\0\u2272\u2273\0\0\u2276\u2277 " +
            "2280:\u227A\u227B\0\0\u2282\u2283\0\0\u2286\u2287 22AC:\u22A2\u22A8\u22A9\u22AB " +
            "22E0:\u227C\u227D\u2291\u2292 22EA:\u22B2\u22B3\u22B4\u22B5 2329:\u3008\u3009 2ADC:\u2ADD " +
            "304C:\u304B\0\u304D\0\u304F\0\u3051\0\u3053\0\u3055\0\u3057\0\u3059\0\u305B\0\u305D\0\u305F\0\u3061\0\0\u3064\0\u3066\0\u3068 " +
            "3070:\u306F\u306F\0\u3072\u3072\0\u3075\u3075\0\u3078\u3078\0\u307B\u307B 3094:\u3046 309E:\u309D " +
            "30AC:\u30AB\0\u30AD\0\u30AF\0\u30B1\0\u30B3\0\u30B5\0\u30B7\0\u30B9\0\u30BB\0\u30BD\0\u30BF\0\u30C1\0\0\u30C4\0\u30C6\0\u30C8 " +
            "30D0:\u30CF\u30CF\0\u30D2\u30D2\0\u30D5\u30D5\0\u30D8\u30D8\0\u30DB\u30DB " +
            "30F4:\u30A6\0\0\u30EF\u30F0\u30F1\u30F2\0\0\0\u30FD " +
            "F900:豈更車賈滑串句龜龜契金喇奈懶癩羅蘿螺裸邏樂洛烙珞落酪駱亂卵欄爛蘭鸞嵐濫藍襤拉臘蠟廊朗浪狼郎來冷勞 " +
            "F930:擄櫓爐盧老蘆虜路露魯鷺碌祿綠菉錄鹿論壟弄籠聾牢磊賂雷壘屢樓淚漏累縷陋勒肋凜凌稜綾菱陵讀拏樂諾丹寧 " +
            "F960:怒率異北磻便復不泌數索參塞省葉說殺辰沈拾若掠略亮兩凉梁糧良諒量勵呂女廬旅濾礪閭驪麗黎力曆歷轢年憐 " +
            "F990:戀撚漣煉璉秊練聯輦蓮連鍊列劣咽烈裂說廉念捻殮簾獵令囹寧嶺怜玲瑩羚聆鈴零靈領例禮醴隸惡了僚寮尿料樂 " +
            "F9C0:燎療蓼遼龍暈阮劉杻柳流溜琉留硫紐類六戮陸倫崙淪輪律慄栗率隆利吏履易李梨泥理痢罹裏裡里離匿溺吝燐璘 " +
            "F9F0:藺隣鱗麟林淋臨立笠粒狀炙識什茶刺切度拓糖宅洞暴輻行降見廓兀嗀\0\0塚\0晴\0\0凞猪益礼神祥福靖精羽\0蘒 " +
            "FA22:諸\0\0逸都\0\0\0飯飼館鶴郞隷侮僧免勉勤卑喝嘆器塀墨層屮悔慨憎懲敏既暑梅海渚漢煮爫琢碑社祉祈祐祖祝 " +
            "FA52:禍禎穀突節練縉繁署者臭艹艹著褐視謁謹賓贈辶逸難響頻恵𤋮舘\0\0並况全侀充冀勇勺喝啕喙嗢塚墳奄奔婢嬨 " +
            "FA82:廒廙彩徭惘慎愈憎慠懲戴揄搜摒敖晴朗望杖歹殺流滛滋漢瀞煮瞧爵犯猪瑱甆画瘝瘟益盛直睊着磌窱節类絛練缾 " +
            "FAB2:者荒華蝹襁覆視調諸請謁諾諭謹變贈輸遲醙鉶陼難靖韛響頋頻鬒龜𢡊𢡄𣏕\u3B9D\u4018\u4039𥉉𥳐𧻓齃龎 FB1D:\u05D9\0\u05F2 " +
            "FB2A:\u05E9\u05E9\u05E9\u05E9\u05D0\u05D0\u05D0\u05D1\u05D2\u05D3\u05D4\u05D5\u05D6\0\u05D8\u05D9\u05DA\u05DB\u05DC\0\u05DE\0\u05E0\u05E1\0\u05E3\u05E4\0\u05E6\u05E7\u05E8\u05E9\u05EA\u05D5\u05D1\u05DB\u05E4 " +
            "1109A:\U00011099\0\U0001109B 110AB:\U000110A5 114BB:\U000114B9 " +
            "2F800:丽丸乁𠄢你侮侻倂偺備僧像\u349E𠘺免兔兤具𠔜\u34B9內再𠕋冗冤仌冬况𩇟凵刃\u34DF刻剆割剷\u3515勇勉勤勺包匆北卉卑博即 " +
            "2F830:卽卿卿卿𠨬灰及叟𠭣叫叱吆咞吸呈周咢哶唐啓啣善善喙喫喳嗂圖嘆圗噑噴切壮城埴堍型堲報墬𡓤売壷夆多夢奢 " +
            "2F860:𡚨𡛪姬娛娧姘婦\u36EE\u36FC嬈嬾嬾𡧈寃寘寧寳𡬘寿将当尢\u3781屠屮峀岍𡷤嵃𡷦嵮嵫嵼巡巢\u382F巽帨帽幩\u3862𢆃\u387C庰庳庶廊𪎒 " +
            "2F890:廾𢌱𢌱舁弢弢\u38C7𣊸𦇚形彫\u38E3徚忍志忹悁\u393A\u391C悔𢛔惇慈慌慎慌慺憎憲憤憯懞懲懶成戛扝抱拔捐𢬌挽拼捨掃揤𢯱搢 " +
            "2F8C0:揅掩\u3A2E摩摾撝摷\u3A6C敏敬𣀊旣書晉\u3B19暑\u3B08\u3AE4冒冕最暜肭\u43D9朗望朡杞杓𣏃\u3B49柺枅桒梅𣑭梎栟椔\u3B9D楂榣槪檨𣚣櫛\u3C18次 " +
            "2F8F0:𣢧歔\u3C4E歲殟殺殻𣪍𡴋𣫺汎𣲼沿泍汧洖派海流浩浸涅𣴞洴港湮\u3D33滋滇𣻑淹潮𣽞𣾎濆瀹瀞瀛\u3D96灊災灷炭𠔥煅𤉣熜𤎫 " +
            "2F920:爨爵牐𤘈犀犕𤜵𤠔獺王\u3EAC玥\u3EB8\u3EB8瑇瑜瑱璅瓊\u3F1B甤𤰶甾𤲒異𢆟瘐𤾡𤾸𥁄\u3FFC\u4008直𥃳𥃲𥄙𥄳眞真真睊\u4039瞋\u4046\u4096𥐝硎碌 " +
            "2F950:磌\u40E3𥘦祖𥚚𥛅福秫\u412F穀穊穏𥥼𥪧𥪧竮\u4202𥮫篆築\u4227𥲀糒\u42A0糨糣紀𥾆絣\u4301緇縂繅\u4334𦈨𦉇\u4359𦋙罺𦌾羕翺者𦓚𦔣聠𦖨聰 " +
            "2F980:𣍟\u43D5育脃\u440B脾媵𦞧𦞵𣎓𣎜舁舄辞\u446B芑芋芝劳花芳芽苦𦬼若茝荣莭茣莽菧著荓菊菌菜𦰶𦵫𦳕\u452B蓱蓳蔖𧏊蕤𦼬\u455D\u4561 " +
            "2F9B0:𦾱𧃒\u456B虐虜虧虩蚩蚈蜎蛢蝹蜨蝫螆\u45D7蟡蠁\u45F9衠衣𧙧裗裞\u4635裺\u34BB𧢮𧥦\u46BE\u46C7誠諭變豕𧲨貫賁贛起𧼯𠠄跋趼跰𠣞軔輸 " +
            "2F9E0:𨗒𨗭邔郱鄑𨜮鄛鈸鋗鋘鉼鏹鐕𨯺開\u4995閷𨵷\u49E6雃嶲霣𩅅𩈚\u4A6E\u4A76韠𩐊\u4AB2𩒖頋頋頩𩖶飢\u4B33餩馧駂駾\u4BCE𩬰鬒鱀鳽\u4CCE\u4CED鵧 " +
            "2FA10:𪃎\u4CF8𪄅𪈎𪊑麻\u4D56黹黾鼅鼏鼖鼻𪘀";

        private const string Multiple =
            "9CB:9C7.9BE 9CC:9C7.9D7 B4B:B47.B3E B4C:B47.B57 B94:B92.BD7 BCA:BC6.BBE BCB:BC7.BBE BCC:BC6.BD7 " +
            "CCB:CC2.CD5 D4A:D46.D3E D4B:D47.D3E D4C:D46.D57 DDC:DD9.DCF DDD:DD9.DCF DDE:DD9.DDF 1B06:1B05.1B35 " +
            "1B08:1B07.1B35 1B0A:1B09.1B35 1B0C:1B0B.1B35 1B0E:1B0D.1B35 1B12:1B11.1B35 1B40:1B3E.1B35 " +
            "1B41:1B3F.1B35 1134B:11347.1133E 1134C:11347.11357 114BC:114B9.114B0 114BE:114B9.114BD " +
            "115BA:115B8.115AF 115BB:115B9.115AF 11938:11935.11930 1D15E:1D157.1D165 1D15F:1D158.1D165 " +
            "1D160:1D158.1D165.1D16E 1D161:1D158.1D165.1D16F 1D162:1D158.1D165.1D170 1D163:1D158.1D165.1D171 " +
            "1D164:1D158.1D165.1D172 1D1BB:1D1B9.1D165 1D1BC:1D1BA.1D165 1D1BD:1D1B9.1D165.1D16E " +
            "1D1BE:1D1BA.1D165.1D16E 1D1BF:1D1B9.1D165.1D16F 1D1C0:1D1BA.1D165.1D16F";

    }
}
