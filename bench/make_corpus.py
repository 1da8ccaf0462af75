#!/usr/bin/env python3
"""Writes a benchmark corpus: the project's own sample articles, recombined.

Each generated article takes a sample's shape (its title, chrome, bylines,
copyright and headline lists) and a shuffled selection of body paragraphs from
samples of the same language, with numbers varied, so that no two articles are
the same and every stage has work to do. Output: corpus.txt (articles separated
by form-feed lines) and corpus.jsonl (one {"id", "text"} object per article).

usage: make_corpus.py OUT_DIR [--mb 200] [--seed 1]
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

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=200)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    samples = load_samples()
    bodies = {}
    for lang, lines in samples:
        bodies.setdefault(lang, []).extend(l for l in lines if is_body(l))
    os.makedirs(a.out, exist_ok=True)
    limit = int(a.mb * 1024 * 1024)
    written = 0
    n = 0
    with open(os.path.join(a.out, "corpus.txt"), "w", encoding="utf-8") as text, \
         open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as jsonl:
        while written < limit:
            lang, lines = samples[n % len(samples)]
            pool = bodies[lang]
            out = []
            for line in lines:
                if is_body(line):
                    # A different paragraph of the same language, numbers varied.
                    para = rng.choice(pool)
                    para = re.sub(r"\d+", lambda m: str(rng.randint(1, 999)), para)
                    out.append(para)
                    if rng.random() < 0.5:
                        out.append(rng.choice(pool))
                else:
                    out.append(line)
            article = "\n".join(out).strip("\n") + "\n"
            if n:
                text.write("\f\n")
            text.write(article)
            jsonl.write(json.dumps({"id": f"bench-{n}", "text": article}, ensure_ascii=False) + "\n")
            written += len(article.encode("utf-8"))
            n += 1
    print(f"{n} articles, {written / 1048576:.0f} MB of text in {a.out}")

if __name__ == "__main__":
    main()
