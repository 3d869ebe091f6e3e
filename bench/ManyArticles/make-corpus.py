#!/usr/bin/env python3
"""Makes a project folder with the shipped seed and input/ plus N generated scraped articles.

Usage: python3 bench/ManyArticles/make-corpus.py N OUT_DIR

Each generated article has the aggregator's shape: the article twice, a caption in one copy
only, the "Lihat Asli" line, the third-party disclaimer, then the title and "Sumber:" line
between the copies; `** starred **` headings and short slogan headings; about 600 words of
Indonesian-looking sentences with forms taken from the shipped glossary (input/glossary/), so
every article shares terms with the others. The text is a fixed function of N, the article's
number and the shipped glossary, so the same command always makes the same corpus.

OUT_DIR/hugo/ gets the same articles, already clean, as a minimal Hugo site (one page per
article in content/articles/, the glossary terms each article uses as a taxonomy, paginated
lists and a home page), for comparing build speed with Hugo. The generator never reads it.
"""
import glob, json, os, random, re, shutil, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORDS = ("model besar sumber terbuka tertutup perusahaan data pengguna industri layanan biaya "
         "pasar teknologi pengembang komunitas kualitas keamanan pelatihan aplikasi platform "
         "produk ekosistem inovasi kemampuan masa depan pemerintah awan kecerdasan buatan").split()
DISCLAIMER = ("This page may contain third-party content, which is provided for information purposes only "
              "(not representations/warranties) and should not be considered as an endorsement of its views "
              "by Gate, nor as financial or professional advice. See Disclaimer for details.")
OUTLETS = ["Media Uji", "Kabar Teknologi", "Warta Industri"]
SECTIONS, PARAGRAPHS_PER_SECTION = 4, 3
TERMS_PER_ARTICLE = 8
CAPTION_SECTION = 1  # the caption sits between this section's paragraphs
PAGE_SIZE = 100  # as the generator's article lists


def glossary_forms():
    """(term id, forms) for every shipped glossary file, by id."""
    terms = []
    for path in sorted(glob.glob(os.path.join(ROOT, "input", "glossary", "*.md"))):
        front = open(path, encoding="utf-8").read().split("---")[1]
        term_id = re.search(r"^id:\s*(\S+)", front, re.M).group(1)
        listed = re.search(r"^forms:\n((?:\s+- .*\n)+)", front, re.M).group(1)
        forms = [line.strip()[2:].strip().strip("'\"") for line in listed.splitlines()]
        terms.append((term_id, forms))
    return terms


def sentence(rng, forms):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 15))]
    if rng.random() < 0.5:
        words.insert(rng.randint(1, len(words)), rng.choice(forms))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."  # not str.capitalize: it would lower-case "MMLU"


def heading(rng, index):
    """Alternates the two heading shapes the cleaner knows: a starred line and a short slogan line."""
    if index % 2 == 1:
        place = rng.choice(WORDS)
        return "slogan", f"Pergi ke {place}, pergi ke {place}"
    text = f"Dalam hal {rng.choice(WORDS)}, {rng.choice(WORDS)} {rng.choice(WORDS)} lebih penting."
    return "starred", text


def article(number, glossary):
    """One article as data: title, outlet, the glossary ids it uses, sections, and its caption."""
    rng = random.Random(number)
    chosen = rng.sample(glossary, TERMS_PER_ARTICLE)
    forms = [form for _, term_forms in chosen for form in term_forms]
    sections = []
    for index in range(SECTIONS):
        kind, text = heading(rng, index)
        paragraphs = [" ".join(sentence(rng, forms) for _ in range(rng.randint(3, 5)))
                      for _ in range(PARAGRAPHS_PER_SECTION)]
        sections.append({"kind": kind, "heading": text, "paragraphs": paragraphs})
    return {
        "title": f"Artikel {number}: {rng.choice(WORDS)} {rng.choice(WORDS)} dan {rng.choice(WORDS)}",
        "outlet": OUTLETS[number % len(OUTLETS)],
        "terms": sorted(term_id for term_id, _ in chosen),
        "sections": sections,
        "caption": f"(Gambar {number}: {rng.choice(WORDS)} {rng.choice(WORDS)})",
        "caption_copy": number % 2,  # which copy has the caption: the scrape lost it from the other
    }


def copy_lines(art, with_caption):
    lines = []
    for index, section in enumerate(art["sections"]):
        text = section["heading"]
        if section["kind"] == "starred":
            lines.append(f"** {text} **" if index == 0 else f"**{text} **")  # both spacings occur in real scrapes
        else:
            lines.append(text)
        lines.extend(section["paragraphs"])
        if index == CAPTION_SECTION and with_caption:
            lines.insert(-2, art["caption"])  # between paragraphs, as in the shipped seed
    return lines


def scrape(art):
    first = copy_lines(art, art["caption_copy"] == 0)
    second = copy_lines(art, art["caption_copy"] == 1)
    return "\n".join(first + ["Lihat Asli", DISCLAIMER, art["title"], f"Sumber: {art['outlet']}"] + second) + "\n"


def markdown(art):
    """The cleaned article as Hugo content: the text once, headings as ##, the caption in place."""
    blocks = []
    for index, section in enumerate(art["sections"]):
        blocks.append("## " + section["heading"])
        blocks.extend(section["paragraphs"])
        if index == CAPTION_SECTION:
            blocks.insert(-2, f"*{art['caption']}*")
    front = f"---\ntitle: {json.dumps(art['title'])}\nsource: {json.dumps(art['outlet'])}\nglossary: {json.dumps(art['terms'])}\n---\n"
    return front + "\n\n".join(blocks) + "\n"


HUGO_CONFIG = f"""\
title = "Generated articles"
baseURL = "https://example.org/"
relativeURLs = true
uglyURLs = true
disableKinds = ["RSS", "sitemap", "robotsTXT"]
paginate = {PAGE_SIZE}

[taxonomies]
  term = "glossary"
"""

HUGO_LAYOUTS = {
    "baseof.html": """\
<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ site.Title }}</title></head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "single.html": """\
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p>Sumber: {{ .Params.source }}</p>
{{ .Content }}
{{ with .GetTerms "glossary" }}<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
</article>
{{ end }}
""",
    # The home page lists the first PAGE_SIZE articles, like ours; every other list is paginated.
    "list.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
{{ if .IsHome }}
<ul>{{ range first PAGE_SIZE (where site.RegularPages "Section" "articles") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ with site.GetPage "/articles" }}<p><a href="{{ .RelPermalink }}">All articles</a></p>{{ end }}
{{ else }}
<ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}
{{ end }}
""".replace("PAGE_SIZE", str(PAGE_SIZE)),
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_hugo_site(hugo, articles):
    write(os.path.join(hugo, "hugo.toml"), HUGO_CONFIG)
    for name, text in HUGO_LAYOUTS.items():
        write(os.path.join(hugo, "layouts", "_default", name), text)
    write(os.path.join(hugo, "content", "_index.md"), '---\ntitle: "Generated articles"\n---\nThe same generated articles as the scraped seeds, already clean.\n')
    write(os.path.join(hugo, "content", "articles", "_index.md"), '---\ntitle: "Articles"\n---\n')
    for number, art in articles:
        write(os.path.join(hugo, "content", "articles", f"{number:04d}.md"), markdown(art))


def main():
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.exit(__doc__.split("\n\n")[1])
    count, out = int(sys.argv[1]), sys.argv[2]
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(os.path.join(ROOT, "seeds"), os.path.join(out, "seeds"))
    shutil.copytree(os.path.join(ROOT, "input"), os.path.join(out, "input"))
    shutil.copytree(os.path.join(ROOT, "theme", "assets"), os.path.join(out, "theme", "assets"))
    glossary = glossary_forms()
    articles = [(n, article(n, glossary)) for n in range(1, count + 1)]
    for number, art in articles:
        write(os.path.join(out, "seeds", f"{number:04d}_generated.txt"), scrape(art))
    write_hugo_site(os.path.join(out, "hugo"), articles)


main()
