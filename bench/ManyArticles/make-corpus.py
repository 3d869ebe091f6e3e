#!/usr/bin/env python3
"""Makes a project folder with the shipped seed and input/ plus N generated scraped articles.

Usage: python3 bench/ManyArticles/make-corpus.py N OUT_DIR

Each generated article has the aggregator's shape (two copies, a caption in one copy only, the
"Lihat Asli" line, the third-party disclaimer, title and "Sumber:" line, `** headings **`), about
600 words of Indonesian-looking sentences and a few glossary forms from the shipped glossary, so
every article shares terms with the others. The text is a fixed function of N and the article's
number, so the same command always makes the same corpus.
"""
import os, random, shutil, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORDS = ("model besar sumber terbuka tertutup perusahaan data pengguna industri layanan biaya "
         "pasar teknologi pengembang komunitas kualitas keamanan pelatihan aplikasi platform "
         "produk ekosistem inovasi kemampuan masa depan pemerintah awan kecerdasan buatan").split()
FORMS = ["MMLU", "GSM8K", "ISV", "Llama 2", "GPT-4", "OpenAI", "Meta", "Hugging Face",
         "model besar", "open source", "closed source", "daya komputasi", "kartu"]
DISCLAIMER = ("This page may contain third-party content, which is provided for information purposes only "
              "(not representations/warranties) and should not be considered as an endorsement of its views "
              "by Gate, nor as financial or professional advice. See Disclaimer for details.")

def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 16))]
    if rng.random() < 0.5:
        words.insert(rng.randint(0, len(words)), rng.choice(FORMS))
    return " ".join(words).capitalize() + "."

def article(number):
    rng = random.Random(number)
    lines = []
    for section in range(3):
        lines.append(f"** Bagian {section + 1} tentang {rng.choice(WORDS)} {rng.choice(WORDS)} **")
        for _ in range(4):
            lines.append(" ".join(sentence(rng) for _ in range(rng.randint(3, 5))))
    caption = f"(Gambar {number}: {rng.choice(WORDS)} {rng.choice(WORDS)})"
    title = f"Artikel {number}: {rng.choice(WORDS)} {rng.choice(WORDS)} dan {rng.choice(WORDS)}"
    first = lines[:3] + [caption] + lines[3:]
    return "\n".join(first + ["Lihat Asli", DISCLAIMER, title, "Sumber: Media Uji"] + lines) + "\n"

def main():
    count, out = int(sys.argv[1]), sys.argv[2]
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(os.path.join(ROOT, "seeds"), os.path.join(out, "seeds"))
    shutil.copytree(os.path.join(ROOT, "input"), os.path.join(out, "input"))
    shutil.copytree(os.path.join(ROOT, "theme", "assets"), os.path.join(out, "theme", "assets"))
    for n in range(1, count + 1):
        with open(os.path.join(out, "seeds", f"{n:04d}_generated.txt"), "w", encoding="utf-8") as f:
            f.write(article(n))

main()
