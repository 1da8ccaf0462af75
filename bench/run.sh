#!/usr/bin/env bash
# Benchmark: newsclean and the baselines a user would otherwise pick, side by
# side on the same corpus, RUNS times each. Prints MB/s (median), each tool's
# speed relative to newsclean -j1 JSONL, and newsclean's peak resident memory.
#
# usage: bench/run.sh [CORPUS_MB] [RUNS] [pages|samples]   (defaults: 200 MB, 3 runs, pages)
#   pages:   the real whole pages of ../shared/eval recombined (make_corpus.py --pages);
#            grep gets the labelled dumps' noise lines (grep -v -F -f, as a user would)
#   samples: this project's samples recombined; grep gets the packs' exact lines (-x)
# QUICK=1 leaves out the slow sed and Python baselines.
# BASELINE=path/to/newsclean adds that binary's -j1 JSONL run, alternating with
# this one's, for before/after ratios of a change.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-200} runs=${2:-3}
kind=${3:-pages}
pages=../shared/eval
[ "$kind" = pages ] && [ ! -d "$pages" ] && { echo "no $pages: using samples" >&2; kind=samples; }
bin=build/newsclean
work=build/bench/$kind
mkdir -p "$work"
[ -x "$bin" ] || { echo "build newsclean first (scripts/test.sh)" >&2; exit 1; }
if [ ! -f "$work/corpus.txt" ] || [ "$(cat "$work/corpus.mb" 2>/dev/null)" != "$mb" ]; then
  if [ "$kind" = pages ]; then
    python3 bench/make_corpus.py "$work" --mb "$mb" --pages "$pages"
  else
    python3 bench/make_corpus.py "$work" --mb "$mb"
  fi
  echo "$mb" > "$work/corpus.mb"
fi
corpus="$work/corpus.txt"
bytes=$(stat -c %s "$corpus")

# The grep baseline: the packs' exact lines plus every distinct line newsclean
# drops from the first 5,000 articles (a boilerplate list a user could have
# collected). The sed baseline: the packs' line regexes that GNU sed -E reads.
head -n 40000 "$corpus" | "$bin" -f jsonl > "$work/sample.jsonl"
python3 - "$work" <<'PY'
import json, os, re, subprocess, sys
sys.path.insert(0, "bench")
from baseline import read_rules
work = sys.argv[1]
exact, sed = [], []
for scope, _, matcher, pattern in read_rules("rules"):
    if matcher == "exact":
        exact.append(pattern)
    elif matcher == "regex" and scope in ("line", "head", "tail"):
        flags = ""
        if pattern.startswith("(?i)"):
            pattern, flags = pattern[4:], "I"
        if re.search(r"\\[pPx]|\(\?|\\[dD]", pattern) or "/" in pattern:
            continue
        expr = f"/{pattern}/{flags}d"
        ok = subprocess.run(["sed", "-E", "-e", expr], input=b"", capture_output=True).returncode == 0
        if ok:
            sed.append(expr)
for row in open(os.path.join(work, "sample.jsonl"), encoding="utf-8"):
    for removed in json.loads(row)["removed"]:
        if removed["action"] == "drop":
            exact.append(removed["text"].strip())
exact = sorted(set(exact))
open(os.path.join(work, "exact.txt"), "w", encoding="utf-8").write("\n".join(exact) + "\n")
open(os.path.join(work, "lines.sed"), "w", encoding="utf-8").write("\n".join(sed) + "\n")
print(f"baselines: {len(exact)} exact lines for grep, {len(sed)} regexes for sed")
PY

declare -A median
tools=(cat grep sed python "newsclean -j1 text" "newsclean -j1 jsonl" "newsclean -j2 text" "newsclean -j2 jsonl"
  "newsclean -j1 base")
[ -n "${BASELINE:-}" ] && tools+=("baseline -j1 jsonl")
# QUICK=1 leaves out sed and Python (a minute each per run at 200 MB).
[ -n "${QUICK:-}" ] && tools=("${tools[@]/sed/}") && tools=("${tools[@]/python/}")
command_for() {
  case $1 in
    cat) echo "cat $corpus" ;;
    grep)
      if [ "$kind" = pages ]; then
        echo "LC_ALL=C.UTF-8 grep -v -F -f $work/noise.txt $corpus"
      else
        echo "LC_ALL=C.UTF-8 grep -v -x -F -f $work/exact.txt $corpus"
      fi ;;
    sed) echo "LC_ALL=C.UTF-8 sed -E -f $work/lines.sed $corpus" ;;
    python) echo "python3 bench/baseline.py rules $corpus" ;;
    "newsclean -j1 text") echo "$bin -j1 $corpus" ;;
    "newsclean -j1 jsonl") echo "$bin -j1 -f jsonl $corpus" ;;
    "newsclean -j2 text") echo "$bin -j2 $corpus" ;;
    "newsclean -j2 jsonl") echo "$bin -j2 -f jsonl $corpus" ;;
    # The floor under the rules and detectors: read, normalise, detect
    # languages, write JSONL, with no rule and no detector.
    "newsclean -j1 base") echo "$bin -j1 -f jsonl --no-default-rules --no-detectors $corpus" ;;
    "baseline -j1 jsonl") echo "$BASELINE -j1 -f jsonl $corpus" ;;
  esac
}
# Rounds of every tool in turn, so that a slow spell of the machine hits all
# tools alike; the median of each tool's runs is reported.
declare -A times
for _ in $(seq "$runs"); do
  for tool in "${tools[@]}"; do
    [ -z "$tool" ] && continue
    start=$(date +%s.%N)
    # To a file, not /dev/null: GNU grep stops at the first match when it sees /dev/null.
    bash -c "$(command_for "$tool") > $work/out.tmp"
    end=$(date +%s.%N)
    times[$tool]="${times[$tool]:-} $(echo "$end - $start" | bc -l)"
  done
done
for tool in "${tools[@]}"; do
  [ -z "$tool" ] && continue
  median[$tool]=$(printf '%s\n' ${times[$tool]} | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
done

rss=$( { /usr/bin/time -f %M "$bin" -j2 -f jsonl "$corpus" > /dev/null; } 2>&1 | tail -n 1)
cmp -s <("$bin" -j1 -f jsonl "$corpus") <("$bin" -j2 -f jsonl "$corpus") && same=identical || same=DIFFERENT

printf 'corpus: %s, %.0f MB, %s runs each, medians\n' "$corpus" "$(echo "$bytes / 1048576" | bc -l)" "$runs"
printf '%-22s %10s %10s %16s\n' tool seconds "MB/s" "speed / newsclean"
ref=${median["newsclean -j1 jsonl"]}
for tool in "${tools[@]}"; do
  [ -z "$tool" ] && continue
  t=${median[$tool]}
  printf '%-22s %10.2f %10.1f %15.2fx\n' "$tool" "$t" "$(echo "$bytes / 1048576 / $t" | bc -l)" "$(echo "$ref / $t" | bc -l)"
done
echo "(speed / newsclean: the tool's MB/s divided by newsclean -j1 JSONL's)"
printf 'newsclean -j2 jsonl peak RSS: %.1f MB; -j2 output vs -j1: %s\n' "$(echo "$rss / 1024" | bc -l)" "$same"
