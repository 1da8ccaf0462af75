#!/usr/bin/python3
"""Train the page model's story classifier and write src/page/story_model_trees.inc.

Reads the labelled dumps in ../shared/eval (ko, intl: line labels; aeb: the annotated
body, from which each line's label is derived), asks the built binary for each line's
feature row (`newsclean --explain=features`), and fits small gradient-boosted trees:
story text (BODY) against everything else (TITLE, DUPLEAD and EITHER lines are left out:
the title and duplicate-lead detectors decide those).

--cv reports leave-one-site-out scores: each site's pages are scored by a model trained
without any page of that site, and the real cleaner runs on the page with those scores
in place of its own (--story-scores), so the figures say how the whole pipeline does on
sites the model never saw.
Needs python3-sklearn (Debian); the cleaner itself needs nothing at run time.

usage: /usr/bin/python3 scripts/train_story_model.py [--cv] [--write] [--bin build/newsclean]
"""
import argparse, collections, glob, json, os, re, subprocess, sys, tempfile

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EVAL = os.path.join(ROOT, "..", "shared", "eval")
sys.path.insert(0, EVAL)
import score as line_score  # noqa: E402  (the eval set's own scorers)
import aeb_score  # noqa: E402

TREES, DEPTH, RATE = int(os.environ.get("STORY_TREES", 120)), 3, float(os.environ.get("STORY_RATE", 0.1))
WORD = re.compile(r"\w+")


def explain_rows(binary, path, extra):
    out = subprocess.run([binary, "--explain=features", *extra, path], capture_output=True, text=True, check=True).stdout
    rows = {}
    for line in out.splitlines():
        row = json.loads(line)
        rows[row["line"]] = row  # a joined line's edit rows come first; its last row is its fate
    return rows


def aeb_labels(raw_path, body_path):
    """A line is BODY when its words stand, in order, in the annotated body."""
    body_words = " " + " ".join(WORD.findall(open(body_path, encoding="utf-8").read())) + " "
    body_lines = {" ".join(WORD.findall(l)) for l in open(body_path, encoding="utf-8")}
    labels = {}
    for no, line in enumerate(open(raw_path, encoding="utf-8").read().split("\n"), 1):
        words = " ".join(WORD.findall(line))
        if not words:
            continue
        n = len(words.split())
        inside = (" " + words + " ") in body_words
        labels[no] = "BODY" if inside and (n >= 4 or words in body_lines) else "OTHER"
    return labels


def load_pages(binary, extra):
    pages = []
    for sub in ("ko", "intl"):
        for raw in sorted(glob.glob(os.path.join(EVAL, sub, "*.raw.txt"))):
            ident = os.path.basename(raw)[:-8]
            _, rows = line_score.load(os.path.join(EVAL, sub), ident)
            labels = {no: lab for no, lab, _ in rows}
            site = re.sub(r"-\d+$", "", ident)
            pages.append(dict(set=sub, id=ident, site=site, raw=raw, labels=labels, rows=explain_rows(binary, raw, extra)))
    index = [l.rstrip("\n").split("\t") for l in open(os.path.join(EVAL, "aeb", "INDEX.tsv"), encoding="utf-8")][1:]
    for pid, _key, url in index:
        raw = os.path.join(EVAL, "aeb", pid + ".raw.txt")
        body = os.path.join(EVAL, "aeb", pid + ".body.txt")
        site = re.sub(r"^www\.", "", url.split("/")[2])
        pages.append(dict(set="aeb", id=pid, site=site, raw=raw, body=body, labels=aeb_labels(raw, body),
                          rows=explain_rows(binary, raw, extra)))
    return pages


def training_rows(pages):
    X, y, w, owner = [], [], [], []
    for p, page in enumerate(pages):
        usable = [(no, row) for no, row in page["rows"].items()
                  if page["labels"].get(no) not in (None, "BLANK", "TITLE", "DUPLEAD", "EITHER")]
        for no, row in usable:
            X.append(row["features"])
            y.append(1 if page["labels"][no] == "BODY" else 0)
            # Each page weighs the same, and within it longer lines more (the scores count words).
            w.append((1.0 + np.log1p(len(row["text"]))) / max(1, len(usable)))
            owner.append(p)
    return np.array(X, dtype=np.float32), np.array(y), np.array(w), np.array(owner)


def fit(X, y, w):
    model = GradientBoostingClassifier(n_estimators=TREES, max_depth=DEPTH, learning_rate=RATE, subsample=0.8,
                                       random_state=0)
    model.fit(X, y, sample_weight=w)
    return model


def run_pipeline(binary, pages, stories, extra, name, show=0):
    """The real cleaner on every page, with each page's held-out scores in place of the model's.
    show: list this many benchmark pages of lowest F1."""
    by_set = collections.defaultdict(list)
    aeb_ids = []
    lossy_pages = []
    for page in pages:
        args = [binary, *extra]
        if stories is not None:
            tsv = tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False)
            for no, p in sorted(stories[page["id"]].items()):
                tsv.write(f"{no}\t{p:.6f}\n")
            tsv.close()
            args += ["--story-scores", tsv.name]
        if page["set"] == "aeb":
            out = subprocess.run(args + ["--format", "jsonl", page["raw"]], capture_output=True, text=True).stdout
            text = "\n".join(str(json.loads(l).get("text") or "") for l in out.splitlines() if l.strip())
            by_set["aeb"].append(aeb_score.page_counts(open(page["body"], encoding="utf-8").read(), text))
            aeb_ids.append(page["id"])
        else:
            out = subprocess.run(args + [page["raw"]], capture_output=True, text=True).stdout
            raw, rows = line_score.load(os.path.dirname(page["raw"]), page["id"])
            tp, ot, gt, _per, _exact = line_score.score_article(raw, rows, out)
            by_set[page["set"]].append((tp, ot, gt))
            if gt and tp / gt < 0.98:
                lossy_pages.append(f"{page['id']} R {tp / gt:.3f}")
        if stories is not None:
            os.unlink(tsv.name)
    parts = []
    for s in ("ko", "intl"):
        rs = by_set[s]
        tp = sum(r[0] for r in rs); ot = sum(r[1] for r in rs); gt = sum(r[2] for r in rs)
        p, r = tp / max(1, ot), tp / max(1, gt)
        lossy = sum(1 for r_ in rs if r_[2] and r_[0] / r_[2] < 0.98)
        parts.append(f"{s} F1 {2 * p * r / (p + r):.4f} (P {p:.3f} R {r:.3f}, {lossy} lose >2%)")
    c = by_set["aeb"]
    P = np.mean([aeb_score.prec(*x) for x in c if x[0] + x[1] > 0])
    R = np.mean([aeb_score.rec(*x) for x in c if x[0] + x[2] > 0])
    worst = sum(1 for x in c if aeb_score.rec(*x) < 0.8)
    parts.append(f"aeb F1 {2 * P * R / (P + R):.4f} (P {P:.3f} R {R:.3f}, {worst} pages R<0.8)")
    print(f"{name:34s} " + "  ".join(parts), flush=True)
    if lossy_pages:
        print(f"{'':34s} losing story: " + ", ".join(lossy_pages), flush=True)
    pr = [(aeb_score.prec(*x) if x[0] + x[1] > 0 else 0.0, aeb_score.rec(*x) if x[0] + x[2] > 0 else 0.0) for x in c]
    f1 = [2 * p * r / (p + r) if p + r > 0 else 0.0 for p, r in pr]
    for k in sorted(range(len(c)), key=lambda k: f1[k])[:show]:
        print(f"{'':34s} {aeb_ids[k]}  F1 {f1[k]:.3f}  P {pr[k][0]:.3f}  R {pr[k][1]:.3f}", flush=True)


def held_out_stories(pages, X, y, w, owner):
    sites = sorted({p["site"] for p in pages})
    stories = {p["id"]: {} for p in pages}
    for site in sites:
        held = {i for i, p in enumerate(pages) if p["site"] == site}
        mask = np.array([o not in held for o in owner])
        model = fit(X[mask], y[mask], w[mask])
        for i in held:
            page = pages[i]
            nos = [no for no, row in page["rows"].items() if "features" in row]
            if nos:
                probs = model.predict_proba(np.array([page["rows"][no]["features"] for no in nos], dtype=np.float32))[:, 1]
                stories[page["id"]] = dict(zip(nos, probs))
    return stories


def export(model, path):
    """Each tree as a complete binary tree of depth DEPTH (a leaf above that depth becomes
    splits that always go left), so the C++ side walks every tree without branches."""
    inner, leaves = (1 << DEPTH) - 1, 1 << DEPTH
    trees = []
    for est in model.estimators_[:, 0]:
        t = est.tree_
        feature, threshold, leaf = [0] * inner, [np.float32(np.finfo(np.float32).max)] * inner, [0.0] * leaves

        def fill(node, slot):
            if slot >= inner:  # a leaf slot
                leaf[slot - inner] = float(t.value[node][0][0]) * RATE
                return
            if t.children_left[node] == -1:  # an early leaf: always left, same value below
                fill(node, 2 * slot + 1)
                fill(node, 2 * slot + 2)
                return
            feature[slot], threshold[slot] = int(t.feature[node]), np.float32(t.threshold[node])
            fill(t.children_left[node], 2 * slot + 1)
            fill(t.children_right[node], 2 * slot + 2)

        fill(0, 0)
        trees.append((feature, threshold, leaf))
    bias = float(model._raw_predict_init(np.zeros((1, model.n_features_in_), dtype=np.float32))[0][0])
    with open(path, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/train_story_model.py: do not edit by hand.\n")
        f.write(f"// {TREES} trees of depth {DEPTH}, learning rate {RATE}.\n")
        f.write(f"constexpr std::size_t kTreeDepth = {DEPTH};\n")
        f.write(f"constexpr float kStoryBias = {bias!r}f;\n")
        f.write("constexpr Tree kStoryTrees[] = {\n")
        for feature, threshold, leaf in trees:
            f.write("    {{" + ", ".join(map(str, feature)) + "},\n     {" +
                    ", ".join(f"{v!r}f" for v in threshold) + "},\n     {" +
                    ", ".join(f"{np.float32(v)!r}f" for v in leaf) + "}},\n")
        f.write("};\n")
    return bias


def write_cases(model, X, path):
    """Feature rows (numbers only) with sklearn's answers: the C++ trees must give the same."""
    picks = X[np.linspace(0, len(X) - 1, 40).astype(int)]
    probs = model.predict_proba(picks)[:, 1]
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/train_story_model.py: feature rows and sklearn's P(story).\n")
        for row, p in zip(picks, probs):
            f.write("{{" + ", ".join(f"{np.float32(v)!r}f" for v in row) + f"}}, {p!r}}},\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "newsclean"))
    ap.add_argument("--cv", action="store_true", help="report leave-one-site-out scores")
    ap.add_argument("--write", action="store_true", help="train on every page and write the trees")
    ap.add_argument("--save-stories", help="with --cv: save the held-out scores here (JSON)")
    ap.add_argument("--load-stories", help="score the pipeline with held-out scores saved earlier")
    ap.add_argument("--show", type=int, default=0, help="with --load-stories: list this many benchmark pages of lowest F1")
    a = ap.parse_args()
    pages = load_pages(a.bin, ["--no-default-rules"])
    X, y, w, owner = training_rows(pages)
    print(f"{len(pages)} pages, {len(y)} lines, {int(y.sum())} story", file=sys.stderr)
    if a.cv:
        stories = held_out_stories(pages, X, y, w, owner)
        if a.save_stories:
            json.dump(stories, open(a.save_stories, "w"))
        run_pipeline(a.bin, pages, None, ["--no-page-model"], "packs + detectors, no page model")
        run_pipeline(a.bin, pages, stories, [], "packs + detectors + page model")
        run_pipeline(a.bin, pages, None, ["--no-page-model", "--no-default-rules"], "detectors only, no page model")
        run_pipeline(a.bin, pages, stories, ["--no-default-rules"], "detectors + page model, no packs")
    if a.load_stories:
        stories = {k: {int(n): p for n, p in v.items()} for k, v in json.load(open(a.load_stories)).items()}
        run_pipeline(a.bin, pages, stories, [], "packs + detectors + page model", a.show)
        run_pipeline(a.bin, pages, stories, ["--no-default-rules"], "detectors + page model, no packs")
    if a.write:
        model = fit(X, y, w)
        export(model, os.path.join(ROOT, "src", "page", "story_model_trees.inc"))
        write_cases(model, X, os.path.join(ROOT, "tests", "unit", "page", "story_model_cases.inc"))


if __name__ == "__main__":
    main()
