#!/usr/bin/env python3
"""The baseline a user would write in Python: the same rule kinds as
newsclean, done plainly. Exact lines in a set, a list of line regexes, tail
regexes peeled from the bottom, and paragraphs dropped when their hash was
seen before in the article. Reads form-feed separated articles from a file,
writes the kept lines to stdout.

usage: baseline.py RULES_DIR INPUT
"""
import re, sys, hashlib, os

def read_rules(folder):
    """Yields (scope, category, matcher, pattern) for every rule of the packs."""
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".rules"):
            continue
        for raw in open(os.path.join(folder, name), encoding="utf-8"):
            parts = raw.strip().split(None, 3)
            if len(parts) == 4 and raw[:1] not in "#@ +-":
                yield tuple(parts)

def load_rules(folder):
    exact, line_res, tail_res = set(), [], []
    for scope, _category, matcher, pattern in read_rules(folder):
        if matcher == "exact":
            exact.add(pattern)
        elif matcher == "regex" and scope in ("line", "tail", "head"):
            try:
                compiled = re.compile(pattern)
            except re.error:
                continue  # RE2-only syntax
            (tail_res if scope == "tail" else line_res).append(compiled)
    return exact, line_res, tail_res

def clean(article, exact, line_res, tail_res):
    kept, seen = [], set()
    for line in article.split("\n"):
        s = line.strip()
        if not s or s in exact or any(r.search(s) for r in line_res):
            continue
        digest = hashlib.md5(re.sub(r"\W+", "", s.lower()).encode()).digest()
        if digest in seen:
            continue
        seen.add(digest)
        kept.append(line)
    while kept and any(r.search(kept[-1].strip()) for r in tail_res):
        kept.pop()
    return "\n".join(kept)

def main():
    exact, line_res, tail_res = load_rules(sys.argv[1])
    out = sys.stdout
    with open(sys.argv[2], encoding="utf-8", errors="replace") as f:
        data = f.read()
    first = True
    for article in data.split("\n\f\n"):
        if not first:
            out.write("\f\n")
        first = False
        out.write(clean(article, exact, line_res, tail_res) + "\n")

if __name__ == "__main__":
    main()
