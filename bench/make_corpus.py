#!/usr/bin/env python3
"""Writes a benchmark corpus: the project's own sample articles, recombined.

Each generated article takes a sample's shape (its title, chrome, bylines,
copyright and headline lists) and a shuffled selection of body paragraphs from
samples of the same language, with numbers varied, so that no two articles are
the same and every stage has work to do. Output: corpus.txt (articles separated
by form-feed lines) and corpus.jsonl (one {"id", "text"} object per article).

With --pages DIR (../shared/eval), the corpus is the real whole pages instead:
every raw dump under DIR (ko, intl, aeb, and the seed beside it), whole and in
turn, numbers varied, until the size is reached; and noise.txt, the distinct
lines the labelled dumps mark as noise (UI, BYLINE, COPYRIGHT, HEADLINES,
CAPTION, AD, DUPLEAD) and the benchmark pages' lines outside their body, the grep baseline's patterns. Neither file is part of
the repository: they are built where the benchmark runs.

usage: make_corpus.py OUT_DIR [--mb 200] [--seed 1] [--pages DIR]
"""
import argparse, json, os, random, re

SAMPLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")

def load_samples():
    samples = []
    for name in sorted(os.listdir(SAMPLES)):
        if not (name.endswith(".txt") or name.endswith(".md")) or name == "multi.txt":
            continue
        with open(os.path.join(SAMPLES, name), encoding="utf-8") as f:
            samples.append((name[:2], f.read().split("\n")))
    return samples

def is_body(line):
    return len(line) >= 40 and line.rstrip()[-1:] in ".!?。”\"」"

NOISE = {"UI", "BYLINE", "COPYRIGHT", "HEADLINES", "CAPTION", "AD", "DUPLEAD"}

def load_pages(folder):
    """Yields (raw text, noise lines) for every raw dump under folder and the seed."""
    roots = [folder, os.path.join(folder, "..", "seed")]
    for root in roots:
        for base, _, names in sorted(os.walk(root)):
            for name in sorted(names):
                if not name.endswith(".raw.txt"):
                    continue
                raw = open(os.path.join(base, name), encoding="utf-8", errors="replace").read()
                lines = raw.split("\n")
                noise = []
                labels = os.path.join(base, name[:-len(".raw.txt")] + ".labels.tsv")
                if os.path.exists(labels):
                    for row in open(labels, encoding="utf-8"):
                        parts = row.rstrip("\n").split("\t")
                        if len(parts) >= 2 and parts[1] in NOISE and parts[0].isdigit():
                            number = int(parts[0])
                            if 0 < number <= len(lines) and lines[number - 1].strip():
                                noise.append(lines[number - 1].strip())
                body = os.path.join(base, name[:-len(".raw.txt")] + ".body.txt")
                if os.path.exists(body):
                    # Benchmark pages mark the article body, not the noise: a line
                    # of the page that is nowhere in the body is noise.
                    text = open(body, encoding="utf-8", errors="replace").read()
                    noise += [l.strip() for l in lines if l.strip() and l.strip() not in text]
                yield raw, noise

def write_corpus(out_dir, mb, prefix, next_article):
    """Writes articles from next_article(n) until mb megabytes; returns the count."""
    limit = int(mb * 1024 * 1024)
    written = n = 0
    with open(os.path.join(out_dir, "corpus.txt"), "w", encoding="utf-8") as text, \
         open(os.path.join(out_dir, "corpus.jsonl"), "w", encoding="utf-8") as jsonl:
        while written < limit:
            article = next_article(n).strip("\n") + "\n"
            if n:
                text.write("\f\n")
            text.write(article)
            jsonl.write(json.dumps({"id": f"{prefix}-{n}", "text": article}, ensure_ascii=False) + "\n")
            written += len(article.encode("utf-8"))
            n += 1
    return n, written

def vary_numbers(text, rng):
    return re.sub(r"\d+", lambda m: str(rng.randint(1, 999)), text)

def write_pages(a, rng):
    pages = list(load_pages(a.pages))
    noise = sorted({line for _, lines in pages for line in lines})
    with open(os.path.join(a.out, "noise.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(noise) + "\n")
    # Numbers varied so that no two copies of a page are the same bytes.
    n, written = write_corpus(a.out, a.mb, "page",
                              lambda n: vary_numbers(pages[n % len(pages)][0], rng).replace("\f", " "))
    print(f"{n} pages ({len(pages)} distinct), {written / 1048576:.0f} MB of text, "
          f"{len(noise)} noise lines in {a.out}")

def write_samples(a, rng):
    samples = load_samples()
    bodies = {}
    for lang, lines in samples:
        bodies.setdefault(lang, []).extend(l for l in lines if is_body(l))

    def article(n):
        lang, lines = samples[n % len(samples)]
        pool = bodies[lang]
        out = []
        for line in lines:
            if is_body(line):
                # A different paragraph of the same language, numbers varied.
                out.append(vary_numbers(rng.choice(pool), rng))
                if rng.random() < 0.5:
                    out.append(rng.choice(pool))
            else:
                out.append(line)
        return "\n".join(out)

    n, written = write_corpus(a.out, a.mb, "bench", article)
    print(f"{n} articles, {written / 1048576:.0f} MB of text in {a.out}")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pages", help="build from the real raw dumps under this folder")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    if a.pages:
        write_pages(a, rng)
    else:
        write_samples(a, rng)

if __name__ == "__main__":
    main()
