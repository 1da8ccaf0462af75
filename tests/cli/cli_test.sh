#!/usr/bin/env bash
# Command-line checks, one per name: `cli_test.sh NAME BINARY SOURCE_DIR`.
# Exit 0 pass, 1 fail (with what was seen), 77 skip (with why).
set -u
name=$1 bin=$2 src=$3
seed="$src/../shared/seed"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
expect_rc() { [ "$1" = "$2" ] || fail "exit status $1, expected $2"; }

# learn's planted corpus in $tmp: all.txt, shard0-3.txt and truth.json. 400
# articles of random sentences; 20 widget labels planted in 10% to 57% of
# them, anywhere (between sentences too); 10 rare lines in 5 articles each.
planted_corpus() {
  python3 - "$tmp" <<'PY'
import json, random, sys
d = sys.argv[1]
rng = random.Random(7)
words = "harbor council library robot budget river school station market bridge weather season ferry garden".split()
def sentence():
    return " ".join(rng.choice(words) for _ in range(rng.randint(8, 16))).capitalize() + "."
planted = [f"Planted widget label number {chr(65 + i)}" for i in range(20)]
rare = [f"Rare line that should not be learned {chr(65 + i)}" for i in range(10)]
articles = []
for n in range(400):
    lines = [sentence() for _ in range(rng.randint(4, 9))]
    for i, p in enumerate(planted):
        if rng.random() < 0.1 + 0.025 * i:
            lines.insert(rng.randint(0, len(lines)), p)
    if n < 5 * len(rare):
        lines.append(rare[n // 5])
    articles.append("\n".join(lines))
with open(d + "/all.txt", "w") as f:
    f.write("\n\f\n".join(articles) + "\n")
for s in range(4):
    with open(d + f"/shard{s}.txt", "w") as f:
        f.write("\n\f\n".join(articles[s::4]) + "\n")
json.dump({"planted": planted, "rare": rare}, open(d + "/truth.json", "w"))
PY
}

case $name in
help)
  "$bin" --help > "$tmp/out" 2>&1; expect_rc $? 0
  grep -q -- "--format" "$tmp/out" || fail "--help does not list --format"
  grep -q -- "--explain" "$tmp/out" || fail "--help does not list --explain" ;;
version)
  out=$("$bin" --version); expect_rc $? 0
  [[ $out =~ ^newsclean\ [0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "version line: $out" ;;
unknown_flag)
  "$bin" --frobnicate > "$tmp/out" 2> "$tmp/err"; expect_rc $? 2
  grep -q "^newsclean: " "$tmp/err" || fail "no 'newsclean:' message: $(cat "$tmp/err")"
  [ ! -s "$tmp/out" ] || fail "stdout not empty" ;;
missing_file)
  "$bin" "$tmp/nope.txt" "$src/samples/en-wire.txt" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 1
  grep -q "^newsclean: $tmp/nope.txt: cannot open: No such file or directory$" "$tmp/err" || fail "message: $(cat "$tmp/err")"
  grep -q "lighthouse" "$tmp/out" || fail "the readable input was not cleaned" ;;
stdin_equals_file)
  "$bin" "$src/samples/ko-daum-portal.txt" > "$tmp/file"
  "$bin" < "$src/samples/ko-daum-portal.txt" > "$tmp/stdin"
  "$bin" - < "$src/samples/ko-daum-portal.txt" > "$tmp/dash"
  cmp "$tmp/file" "$tmp/stdin" && cmp "$tmp/file" "$tmp/dash" || fail "stdin output differs from file output" ;;
bad_rule_line)
  printf 'line ui exact ok\nline ui exact ok\nbogus ui exact x\n' > "$tmp/r.rules"
  "$bin" --rules "$tmp/r.rules" "$src/samples/en-wire.txt" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 2
  [ "$(cat "$tmp/err")" = "newsclean: $tmp/r.rules:3:1: unknown scope 'bogus' (expected line, head, tail, inline or cut[:N])" ] ||
    fail "message: $(cat "$tmp/err")"
  [ ! -s "$tmp/out" ] || fail "input was read before the rules were checked" ;;
bad_regex_column)
  printf 'line ui regex ab(c\n' > "$tmp/r.rules"
  "$bin" --rules "$tmp/r.rules" < /dev/null 2> "$tmp/err"; expect_rc $? 2
  grep -q "r.rules:1:15: bad regex: missing ): ab(c" "$tmp/err" || fail "message: $(cat "$tmp/err")" ;;
output_file_atomic)
  "$bin" -o "$tmp/out.txt" "$src/samples/en-wire.txt"; expect_rc $? 0
  "$bin" "$src/samples/en-wire.txt" | cmp - "$tmp/out.txt" || fail "-o output differs from stdout"
  [ "$(ls "$tmp" | wc -l)" = 1 ] || fail "temporary files left: $(ls "$tmp")" ;;
output_special_files)
  # A FIFO (and so /dev/null) is written in place, never replaced by a file.
  mkfifo "$tmp/fifo"
  timeout 20 cat "$tmp/fifo" > "$tmp/from_fifo" & reader=$!
  timeout 20 "$bin" -o "$tmp/fifo" "$src/samples/en-wire.txt"; expect_rc $? 0
  wait $reader || fail "the FIFO's reader got no output"
  [ -p "$tmp/fifo" ] || fail "the FIFO was replaced by a regular file"
  "$bin" "$src/samples/en-wire.txt" | cmp - "$tmp/from_fifo" || fail "output through the FIFO differs"
  # A symlink keeps pointing at its file, which gets the output.
  echo old > "$tmp/target"; ln -s target "$tmp/link"
  "$bin" -o "$tmp/link" "$src/samples/en-wire.txt"; expect_rc $? 0
  [ -L "$tmp/link" ] || fail "the symlink was replaced by a regular file"
  "$bin" "$src/samples/en-wire.txt" | cmp - "$tmp/target" || fail "the symlink's file did not get the output" ;;
unwritable_output)
  "$bin" -o "$tmp/no/such/dir/out.txt" "$src/samples/en-wire.txt" 2> "$tmp/err"; expect_rc $? 2
  grep -q "^newsclean: $tmp/no/such/dir/out.txt: cannot create: " "$tmp/err" || fail "message: $(cat "$tmp/err")"
  if [ -w /dev/full ]; then
    "$bin" "$src/samples/en-wire.txt" > /dev/full 2> "$tmp/err"; expect_rc $? 2
    grep -q "write failed: No space left on device" "$tmp/err" || fail "message: $(cat "$tmp/err")"
  fi ;;
broken_pipe)
  for i in $(seq 2000); do cat "$src/samples/en-wire.txt"; printf '\f\n'; done > "$tmp/big.txt"
  "$bin" "$tmp/big.txt" 2> "$tmp/err" | head -n 1 > /dev/null
  rc=${PIPESTATUS[0]}; expect_rc "$rc" 0
  [ ! -s "$tmp/err" ] || fail "stderr: $(cat "$tmp/err")" ;;
list_packs)
  "$bin" --list-packs > "$tmp/out"; expect_rc $? 0
  for pack in common ko daum naver en; do grep -q "^$pack " "$tmp/out" || fail "pack $pack not listed"; done ;;
packs_unknown)
  "$bin" --packs ko,nosuch < /dev/null 2> "$tmp/err"; expect_rc $? 2
  grep -q "no embedded pack 'nosuch'" "$tmp/err" || fail "message: $(cat "$tmp/err")" ;;
jsonl_bad_records)
  printf '%s\n' '{"id":"1","text":"Good one.\nShare this article"}' 'not json' '{"id":"3"}' '{"text":5}' '' \
    '{"id":"5","text":"Also fine."}' > "$tmp/in.jsonl"
  "$bin" --format jsonl --rejects "$tmp/rej.jsonl" "$tmp/in.jsonl" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 1
  [ "$(wc -l < "$tmp/out")" = 2 ] || fail "expected 2 records out: $(cat "$tmp/out")"
  [ "$(wc -l < "$tmp/rej.jsonl")" = 3 ] || fail "expected 3 rejects: $(cat "$tmp/rej.jsonl")"
  grep -q "^newsclean: $tmp/in.jsonl:2: not a JSON object: " "$tmp/err" || fail "line 2 message: $(cat "$tmp/err")"
  grep -q "^newsclean: $tmp/in.jsonl:3: no 'text' field$" "$tmp/err" || fail "line 3 message"
  grep -q "^newsclean: $tmp/in.jsonl:4: field 'text' is not a string$" "$tmp/err" || fail "line 4 message"
  grep -q '"text":"Good one."' "$tmp/out" || fail "the share widget was not removed" ;;
gzip_input)
  gzip -c "$src/samples/en-wire.txt" > "$tmp/a.txt.gz"
  "$bin" "$tmp/a.txt.gz" | cmp - <("$bin" "$src/samples/en-wire.txt") || fail "gzip output differs"
  head -c 100 "$tmp/a.txt.gz" > "$tmp/cut.gz"
  "$bin" "$tmp/cut.gz" > /dev/null 2> "$tmp/err"; expect_rc $? 1
  grep -q "truncated gzip data" "$tmp/err" || fail "message: $(cat "$tmp/err")" ;;
zstd_input)
  command -v zstd > /dev/null || { echo "SKIP: zstd command not installed"; exit 77; }
  zstd -q -c "$src/samples/ko-daum-portal.txt" > "$tmp/a.zst"
  "$bin" < "$tmp/a.zst" | cmp - <("$bin" "$src/samples/ko-daum-portal.txt") || fail "zstd output differs" ;;
folder_input)
  mkdir -p "$tmp/d/sub"
  cp "$src/samples/en-wire.txt" "$tmp/d/b.txt"; cp "$src/samples/ko-daum-portal.txt" "$tmp/d/sub/a.txt"
  "$bin" --format jsonl "$tmp/d" > "$tmp/out"; expect_rc $? 0
  [ "$(wc -l < "$tmp/out")" = 2 ] || fail "expected 2 articles"
  head -n 1 "$tmp/out" | grep -q "\"path\":\"$tmp/d/b.txt\"" || fail "folder order is not sorted by path" ;;
idempotent_samples)
  for f in "$src"/samples/*.txt "$src"/tests/golden/*/input.txt; do
    "$bin" "$f" > "$tmp/once" 2> /dev/null
    "$bin" < "$tmp/once" > "$tmp/twice" 2> /dev/null
    cmp -s "$tmp/once" "$tmp/twice" || { diff "$tmp/once" "$tmp/twice"; fail "cleaning $f twice changes it"; }
  done ;;
seed_expected)
  [ -f "$seed/daum-digitaltimes.raw.txt" ] || { echo "SKIP: ../shared/seed not found"; exit 77; }
  "$bin" "$seed/daum-digitaltimes.raw.txt" | cmp - "$seed/expected.txt" || fail "seed output differs from expected.txt" ;;
seed_jsonl)
  [ -f "$seed/daum-digitaltimes.raw.txt" ] || { echo "SKIP: ../shared/seed not found"; exit 77; }
  "$bin" --format jsonl "$seed/daum-digitaltimes.raw.txt" > "$tmp/out.jsonl"; expect_rc $? 0
  python3 - "$tmp/out.jsonl" "$seed" <<'PY' || fail "seed JSONL does not match"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert len(rows) == 1, rows
r = rows[0]
raw = open(sys.argv[2] + "/daum-digitaltimes.raw.txt", encoding="utf-8").read().split("\n")
expected = open(sys.argv[2] + "/expected.txt", encoding="utf-8").read().rstrip("\n").split("\n")
assert r["title"] == expected[0], r["title"]
assert r["text"] == "\n".join(expected[1:]), "text differs"
assert r["byline"] == raw[16] and r["copyright"] == raw[17], (r["byline"], r["copyright"])
assert len(r["removed"]) == 17, len(r["removed"])
assert [x["line"] for x in r["removed"]] == [2, 3, 4, 5, 6] + list(range(17, 29))
cats = {x["line"]: x["category"] for x in r["removed"]}
assert cats[2] == "ui" and cats[3] == "duplead" and cats[17] == "byline" and cats[18] == "copyright" and cats[19] == "headlines", cats
PY
  ;;
empty_article)
  printf 'First article line.\n\f\n\f\nThird article line.\n' > "$tmp/in.txt"
  "$bin" --stats "$tmp/in.txt" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 1
  grep -q "^newsclean: $tmp/in.txt:3: empty article (no text), not written$" "$tmp/err" || fail "message: $(cat "$tmp/err")"
  grep -q "articles 3 written 2 rejected 0 empty 1" "$tmp/err" || fail "counts: $(cat "$tmp/err")"
  : > "$tmp/nothing.txt"
  "$bin" "$tmp/nothing.txt" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 1
  [ "$(cat "$tmp/err")" = "newsclean: $tmp/nothing.txt: empty input, no article" ] || fail "empty file: $(cat "$tmp/err")" ;;
explain_names_rules)
  "$bin" --explain --color never "$src/samples/ko-daum-portal.txt" > "$tmp/out"; expect_rc $? 0
  grep -q "drop  ui         daum.rules:" "$tmp/out" || fail "no daum rule named"
  grep -q "drop  duplead    detector:duplead" "$tmp/out" || fail "no duplead detector named"
  lines=$(grep -c . "$src/samples/ko-daum-portal.txt")
  [ "$(grep -c "" "$tmp/out")" = $((lines + 1)) ] || fail "expected a header and one row per input line" ;;
threads_same_output)
  for i in $(seq 200); do cat "$src/samples/en-wire.txt"; printf '\f\n'; cat "$src/samples/ko-daum-portal.txt"; printf '\f\n'; done > "$tmp/big.txt"
  printf 'not json\n' > "$tmp/bad.jsonl"
  for fmt in text jsonl; do
    "$bin" -j1 -f $fmt "$tmp/big.txt" "$tmp/bad.jsonl" > "$tmp/j1" 2> "$tmp/e1"
    "$bin" -j3 -f $fmt "$tmp/big.txt" "$tmp/bad.jsonl" > "$tmp/j3" 2> "$tmp/e3"
    cmp -s "$tmp/j1" "$tmp/j3" || fail "-j3 $fmt output differs from -j1"
    cmp -s "$tmp/e1" "$tmp/e3" || fail "-j3 messages differ from -j1"
  done
  [ "$(grep -c "" "$tmp/e1")" = 1 ] || fail "expected one message: $(cat "$tmp/e1")" ;;
output_dir)
  mkdir -p "$tmp/in/sub"
  cp "$src/samples/en-wire.txt" "$tmp/in/a.txt"; gzip -c "$src/samples/ko-daum-portal.txt" > "$tmp/in/sub/b.txt.gz"
  cp "$src/samples/en-wire.txt" "$tmp/in/skip.md"
  "$bin" --glob '*.txt*' --output-dir "$tmp/out" "$tmp/in"; expect_rc $? 0
  cmp "$tmp/out/a.txt" <("$bin" "$src/samples/en-wire.txt") || fail "out/a.txt differs"
  cmp "$tmp/out/sub/b.txt" <("$bin" "$src/samples/ko-daum-portal.txt") || fail "out/sub/b.txt differs"
  [ ! -e "$tmp/out/skip.md" ] || fail "--glob did not filter"
  mkdir "$tmp/empty"
  "$bin" "$tmp/empty" 2> "$tmp/err"; expect_rc $? 1
  grep -q "^newsclean: $tmp/empty: no files in this folder$" "$tmp/err" || fail "empty folder: $(cat "$tmp/err")"
  "$bin" -f jsonl --output-dir "$tmp/outj" "$tmp/in/a.txt"; expect_rc $? 0
  [ -s "$tmp/outj/a.txt.jsonl" ] || fail "no a.txt.jsonl: $(ls -R "$tmp/outj")" ;;
stats_json)
  printf '%s\n' '{"text":"Body line one.\nShare this article"}' 'oops' > "$tmp/in.jsonl"
  "$bin" --stats-json "$tmp/s.json" "$tmp/in.jsonl" > /dev/null 2>&1; expect_rc $? 1
  python3 - "$tmp/s.json" <<'PY' || fail "stats JSON: $(cat "$tmp/s.json")"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["articles_read"] == 2 and s["written"] == 1 and s["rejected"] == 1, s
assert s["articles_read"] == s["written"] + s["rejected"] + s["empty"]
assert s["by_category"]["ui"] == 1, s
assert list(s["by_rule"].values()) == [1] and next(iter(s["by_rule"])).startswith("common.rules:"), s  # the share-widget rule, whatever its line
assert s["bytes_in"] == len("Body line one.\nShare this article".encode()), s
assert s["bytes_out"] > 0, s
PY
  ;;
encodings)
  python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
ko = "한빛시가 도서관 배달 로봇을 시범 운행한다.\n<저작권자 ⓒ 예시타임스, 무단전재 및 재배포 금지>\n"
ja = "新型の配達ロボットが図書館で試験運行を始めた。\n記事・写真の無断転載を禁じます\n"
open(d + "/ko.txt", "wb").write(ko.encode("cp949"))
open(d + "/ja.txt", "wb").write(ja.encode("shift_jis"))
open(d + "/u16.txt", "wb").write(ko.encode("utf-16"))
PY
  [ "$("$bin" --encoding cp949 "$tmp/ko.txt")" = "한빛시가 도서관 배달 로봇을 시범 운행한다." ] || fail "cp949"
  [ "$("$bin" --encoding shift_jis "$tmp/ja.txt")" = "新型の配達ロボットが図書館で試験運行を始めた。" ] || fail "shift_jis"
  [ "$("$bin" --encoding auto "$tmp/u16.txt")" = "한빛시가 도서관 배달 로봇을 시범 운행한다." ] || fail "utf-16 with BOM, auto"
  [ "$("$bin" --encoding auto < "$src/samples/en-wire.txt" | head -n 1)" = "Harbor town votes to rebuild its lighthouse with solar power" ] || fail "auto on UTF-8"
  "$bin" --encoding klingon "$tmp/ko.txt" 2> "$tmp/err"; expect_rc $? 2
  grep -q "unknown encoding 'klingon'" "$tmp/err" || fail "message: $(cat "$tmp/err")" ;;
encoding_auto_short_files)
  # Short legacy files fool the charset detector (it says GB18030 or UTF-16
  # for a Korean headline): auto:FALLBACK uses the fallback when unsure and
  # says so once per file; a confident answer on a long file is kept quietly.
  python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
files = {"headline": "“AI·가상현실” 시대 연다", "sections": "정치 경제 사회 소식", "word": "속보",
         "long": "한빛시가 다음 달부터 공공자전거 500대를 추가로 배치한다고 밝혔다. " * 20}
for name, text in files.items():
    open(f"{d}/{name}.txt", "wb").write((text + "\n").encode("cp949"))
open(d + "/ja.txt", "wb").write("東京で新しい駅が開業した。\n".encode("cp932"))
open(d + "/zh.txt", "wb").write("北京新开一座图书馆。\n".encode("gbk"))
PY
  [ "$("$bin" --encoding auto:cp949 "$tmp/headline.txt" 2> "$tmp/err")" = "“AI·가상현실” 시대 연다" ] || fail "headline"
  grep -q "headline.txt: encoding unsure .*decoded as cp949" "$tmp/err" || fail "no warning: $(cat "$tmp/err")"
  [ "$("$bin" --encoding auto:cp949 "$tmp/sections.txt" 2> /dev/null)" = "정치 경제 사회 소식" ] || fail "sections"
  [ "$("$bin" --encoding auto:cp949 "$tmp/word.txt" 2> /dev/null)" = "속보" ] || fail "one word"
  "$bin" --encoding auto:cp949 "$tmp/long.txt" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 0
  [ ! -s "$tmp/err" ] || fail "a sure guess warned: $(cat "$tmp/err")"
  grep -q "^한빛시가 다음 달부터" "$tmp/out" || fail "long Korean"
  [ "$("$bin" --encoding auto:cp949 "$tmp/ja.txt" 2> /dev/null)" = "東京で新しい駅が開業した。" ] || fail "Japanese"
  [ "$("$bin" --encoding auto:cp949 "$tmp/zh.txt" 2> /dev/null)" = "北京新开一座图书馆。" ] || fail "Chinese"
  "$bin" --encoding auto "$tmp/word.txt" > /dev/null 2> "$tmp/err"; expect_rc $? 0
  grep -q "give a fallback with --encoding auto:NAME" "$tmp/err" || fail "no hint: $(cat "$tmp/err")"
  # --stats-json counts the inputs by the encoding each got.
  "$bin" --encoding auto:cp949 --stats-json "$tmp/stats.json" "$tmp/headline.txt" "$tmp/sections.txt" \
    "$src/samples/en-wire.txt" > /dev/null 2> /dev/null
  python3 - "$tmp/stats.json" <<'PY' || fail "encodings in stats: $(cat "$tmp/stats.json")"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["by_encoding"] == {"cp949": 2, "utf-8": 1}, s["by_encoding"]
PY
  ;;
invalid_utf8)
  printf 'Good line here.\nBad \xff\xfe byte line.\n\f\nAnother article.\n' > "$tmp/bad.txt"
  "$bin" "$tmp/bad.txt" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 0
  grep -q "Bad �� byte line." "$tmp/out" || fail "replacement missing: $(cat "$tmp/out")"
  [ "$(cat "$tmp/err")" = "newsclean: $tmp/bad.txt: 2 invalid UTF-8 sequence(s) replaced with U+FFFD (first at line 2, byte 5)" ] || fail "warning: $(cat "$tmp/err")"
  "$bin" --invalid skip --rejects "$tmp/rej" "$tmp/bad.txt" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 1
  [ "$(cat "$tmp/out")" = "Another article." ] || fail "skip kept: $(cat "$tmp/out")"
  grep -q "^newsclean: $tmp/bad.txt:1: invalid UTF-8 at byte 20 of the article, article skipped$" "$tmp/err" || fail "skip message: $(cat "$tmp/err")"
  cmp -s "$tmp/rej" <(printf 'Good line here.\nBad \xff\xfe byte line.\n') || fail "rejects file differs"
  "$bin" --invalid fail -o "$tmp/o.txt" "$tmp/bad.txt" 2> "$tmp/err"; expect_rc $? 2
  [ ! -e "$tmp/o.txt" ] || fail "fail left an output file" ;;
nul_bytes)
  printf 'Text\x00with NUL\n\f\nA clean article.\n' > "$tmp/nul.txt"
  "$bin" --stats "$tmp/nul.txt" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 1
  [ "$(cat "$tmp/out")" = "A clean article." ] || fail "output: $(cat "$tmp/out")"
  grep -q "^newsclean: $tmp/nul.txt:1: binary data (NUL bytes), article skipped$" "$tmp/err" || fail "message: $(cat "$tmp/err")"
  grep -q "articles 2 written 1 rejected 1 empty 0" "$tmp/err" || fail "counts: $(cat "$tmp/err")" ;;
rejects_byte_for_byte)
  # Every skipped JSONL record lands in --rejects exactly as it was read, so
  # that a user can fix the file and run it again.
  python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
good = [json.dumps({"id": f"ok{i}", "text": f"Headline {i}\nA clean paragraph of the story number {i}."}) for i in range(3)]
bad = [
    '{"id": "nul", "text": "Text with a \\u0000 NUL inside."}',   # NUL once decoded
    '{"id": "broken", "text": "no closing brace"',                # not JSON
    '{"id": "number", "text": 42}',                              # text not a string
    '{"id": "missing", "body": "no text field"}\r',             # no text field, CRLF line
    b'{"id": "latin1", "text": "caf\xe9 au lait"}'.decode("latin-1"),  # invalid UTF-8 (with --invalid skip)
]
lines = [good[0], bad[0], bad[1], good[1], bad[2], bad[3], bad[4], good[2]]
with open(d + "/in.jsonl", "wb") as f:
    for line in lines:
        f.write(line.encode("latin-1") + b"\n")
with open(d + "/expected.rejects", "wb") as f:
    for line in bad:
        f.write(line.encode("latin-1") + b"\n")
PY
  "$bin" --invalid skip --rejects "$tmp/rejects.jsonl" --stats-json "$tmp/stats.json" -f jsonl "$tmp/in.jsonl" \
    > "$tmp/out" 2> "$tmp/err"; expect_rc $? 1
  cmp "$tmp/rejects.jsonl" "$tmp/expected.rejects" || fail "rejects differ from the skipped lines: $(od -c "$tmp/rejects.jsonl" | head)"
  python3 - "$tmp/stats.json" <<'PY' || fail "counts: $(cat "$tmp/stats.json")"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["articles_read"] == s["written"] + s["rejected"] + s["empty"], s
assert s["written"] == 3 and s["rejected"] == 5, s
PY
  # Fixed by hand, the rejects run clean.
  python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
fixed = []
for n, raw in enumerate(open(d + "/rejects.jsonl", "rb").read().split(b"\n")[:-1]):
    fixed.append(json.dumps({"id": f"fixed{n}", "text": f"Headline\nThe record number {n} was fixed by hand."}))
open(d + "/fixed.jsonl", "w").write("\n".join(fixed) + "\n")
PY
  "$bin" --rejects "$tmp/rejects2.jsonl" -f jsonl "$tmp/fixed.jsonl" > "$tmp/out2"; expect_rc $? 0
  [ ! -s "$tmp/rejects2.jsonl" ] || fail "fixed records rejected again"
  [ "$(wc -l < "$tmp/out2")" = 5 ] || fail "fixed records: $(cat "$tmp/out2")" ;;
rejects_legacy_encoding)
  # Rejects of an input decoded from CP949 hold its bytes as read (not the
  # decoded UTF-8): text articles, JSONL records, an oversized article, stdin.
  python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
a = "제목 하나\n서울시는 오늘 새 계획을 발표했다. AI·가상현실 사업이다.\n"
b = "제목 둘\n이 기사에는 \x00 이 들어 있다. ～ ― ·\r\n"
c = "제목 셋\n위원회는 다시 모여 계획에 합의했다.\n"
big = "큰 기사\n" + "위원회는 다시 모여 이야기했다. " * 40000 + "\n끝 줄.\n"
w = lambda name, text: open(d + "/" + name, "wb").write(text.encode("cp949"))
w("t.txt", a + "\f\n" + b + "\f\n" + big + "\f\n" + c)
w("want.txt", b + big)
recs = [json.dumps({"id": "a", "text": a}, ensure_ascii=False), '{"id":"b","text":"깨진 레코드',
        json.dumps({"id": "c", "text": c + "\x00"}, ensure_ascii=False)]
w("t.jsonl", "\n".join(recs) + "\n")
w("want.jsonl", recs[1] + "\n" + recs[2] + "\n")
PY
  "$bin" --encoding cp949 --max-article-bytes 100KB --rejects "$tmp/rej.txt" --stats "$tmp/t.txt" > "$tmp/out" 2> "$tmp/err"
  expect_rc $? 1
  cmp -s "$tmp/rej.txt" "$tmp/want.txt" || fail "text rejects are not the CP949 bytes as read"
  grep -q "articles 4 written 2 rejected 2" "$tmp/err" || fail "counts: $(grep stats "$tmp/err")"
  grep -q "AI·가상현실" "$tmp/out" || fail "the kept articles: $(cat "$tmp/out")"
  "$bin" --encoding cp949 --max-article-bytes 100KB --rejects "$tmp/rej2.txt" < "$tmp/t.txt" > /dev/null 2>&1
  cmp -s "$tmp/rej2.txt" "$tmp/want.txt" || fail "stdin: text rejects are not the bytes as read"
  "$bin" --encoding cp949 -f jsonl --rejects "$tmp/rej.jsonl" "$tmp/t.jsonl" > "$tmp/out" 2> /dev/null; expect_rc $? 1
  cmp -s "$tmp/rej.jsonl" "$tmp/want.jsonl" || fail "JSONL rejects are not the CP949 bytes as read"
  # Fixed by hand in their own encoding, they run again.
  python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
text = open(d + "/rej.jsonl", "rb").read().decode("cp949")
text = text.replace("깨진 레코드", "고친 레코드\\n본문이 이어진다.\"}").replace("\\u0000", "")
open(d + "/fixed.jsonl", "wb").write(text.encode("cp949"))
PY
  "$bin" --encoding cp949 -f jsonl --rejects "$tmp/rej3.jsonl" "$tmp/fixed.jsonl" > "$tmp/out"; expect_rc $? 0
  [ ! -s "$tmp/rej3.jsonl" ] && [ "$(wc -l < "$tmp/out")" = 2 ] || fail "the fixed records: $(cat "$tmp/out")" ;;
huge_line)
  python3 -c "
import sys
s = 'The committee met again today and agreed on the plan. ' * 3800000
sys.stdout.write('Headline of a huge article\n' + s + '\n')" > "$tmp/huge.txt"
  [ "$(stat -c %s "$tmp/huge.txt")" -gt 200000000 ] || fail "generated file too small"
  "$bin" -f jsonl --max-article-bytes 300MB "$tmp/huge.txt" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 0
  python3 - "$tmp/out" <<'PY' || fail "huge line output"
import json, sys
r = json.loads(open(sys.argv[1]).read())
assert r["title"] == "Headline of a huge article", r["title"]
assert len(r["text"]) > 200000000, len(r["text"])
PY
  ;;
oversized_article)
  # Articles and records over --max-article-bytes are skipped, named, counted
  # and kept byte for byte in --rejects, without being held in memory.
  mkdir -p "$tmp/t"
  export TMPDIR="$tmp/t"
  python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
small = "Headline of a small article\nThe council met today and agreed on the plan for the harbor.\n"
big = "Headline of a big article\n" + "The committee met again and talked. " * 60000 + "\nIts last line.\n"
open(d + "/mixed.txt", "w").write(small + "\f\n" + big + "\f\n" + small)
open(d + "/big.txt", "w").write(big)
records = [json.dumps({"id": "a", "text": small}), json.dumps({"id": "b", "text": big}), json.dumps({"id": "c", "text": small})]
open(d + "/mixed.jsonl", "w").write("\n".join(records) + "\n")
open(d + "/big.jsonl", "w").write(records[1] + "\n")
PY
  "$bin" --max-article-bytes 1MB --rejects "$tmp/rej.txt" --stats "$tmp/mixed.txt" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 1
  grep -q "mixed.txt:4: article larger than --max-article-bytes (1048576 bytes), skipped" "$tmp/err" ||
    fail "no message naming file and line: $(cat "$tmp/err")"
  grep -q "stats: inputs 1 articles 3 written 2 rejected 1" "$tmp/err" || fail "counts: $(grep stats "$tmp/err")"
  cmp -s "$tmp/rej.txt" "$tmp/big.txt" || fail "the rejected article is not kept byte for byte"
  [ "$(grep -c "small article" "$tmp/out")" = 2 ] || fail "the articles around it: $(cat "$tmp/out")"
  # Without --rejects nothing is written aside: no temporary file is needed.
  TMPDIR="$tmp/no-such-folder" "$bin" --max-article-bytes 1MB "$tmp/mixed.txt" > "$tmp/out" 2> "$tmp/err"
  expect_rc $? 1
  grep -q "mixed.txt:4: article larger than" "$tmp/err" || fail "without --rejects: $(cat "$tmp/err")"
  [ "$(grep -c "small article" "$tmp/out")" = 2 ] || fail "without --rejects: the articles around it"
  "$bin" -f jsonl --max-article-bytes 1MB --rejects "$tmp/rej.jsonl" "$tmp/mixed.jsonl" > "$tmp/out" 2> "$tmp/err"
  expect_rc $? 1
  grep -q "mixed.jsonl:2: record larger than" "$tmp/err" || fail "JSONL: $(cat "$tmp/err")"
  cmp -s "$tmp/rej.jsonl" "$tmp/big.jsonl" || fail "the rejected record is not kept byte for byte"
  [ "$(grep -c '"id":"[ac]"' "$tmp/out")" = 2 ] || fail "JSONL: the records around it"
  "$bin" --learn-from-input -j2 --max-article-bytes 1MB "$tmp/mixed.txt" > /dev/null 2>&1 < /dev/null
  [ -z "$(ls "$tmp/t")" ] || fail "temporary files left: $(ls "$tmp/t")"
  # Memory: a 150 MB line under a 4 MB limit.
  python3 - "$tmp" "$bin" <<'PY' || fail "memory not bounded"
import os, resource, subprocess, sys
d, binary = sys.argv[1], sys.argv[2]
with open(d + "/huge.txt", "w") as f:  # in pieces: a forked child starts with its parent's memory
    f.write("Head\n")
    for _ in range(1000):
        f.write("The committee met again and talked. " * 4200)
    f.write("\n")
done = subprocess.run([binary, "--max-article-bytes", "4MB", d + "/huge.txt"], stdout=subprocess.DEVNULL,
                      stderr=subprocess.PIPE)
assert done.returncode == 1 and b"larger than --max-article-bytes" in done.stderr, done.stderr
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
# AddressSanitizer's shadow and quarantine: 124 MB with the limit there, 1.1 GB without it.
bound = 300 if "ASAN_OPTIONS" in os.environ else 60
assert peak < bound, f"peak {peak} MB for a 150 MB line under a 4 MB limit"
print(f"peak {peak} MB")
PY
  ;;
gzip_bomb)
  # A small gzip file that expands to one 2 GB line (32 gzip members of 64 MiB
  # each): the default --max-article-bytes skips it with a message, exit 1,
  # and memory stays bounded while the rest of it is read past.
  python3 - "$tmp" "$bin" <<'PY' || fail "2 GB gzip line"
import gzip, os, resource, subprocess, sys
d, binary = sys.argv[1], sys.argv[2]
member = gzip.compress(b"a" * (64 << 20), compresslevel=9)
with open(d + "/bomb.txt.gz", "wb") as f:
    for _ in range(32):
        f.write(member)
del member
done = subprocess.run([binary, "--stats", d + "/bomb.txt.gz"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
assert done.returncode == 1, done.returncode
assert b"bomb.txt.gz:1: article larger than --max-article-bytes (67108864 bytes), skipped" in done.stderr, done.stderr
assert b"articles 1 written 0 rejected 1" in done.stderr, done.stderr
assert done.stdout == b"", done.stdout[:100]
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
bound = 600 if "ASAN_OPTIONS" in os.environ else 200  # AddressSanitizer's shadow and quarantine
assert peak < bound, f"peak {peak} MB"
print(f"peak {peak} MB")
PY
  ;;
many_truncated_lines)
  # 100,000 teaser lines ending in "…" in one article: the duplicate detector
  # once compared each with every other (about a minute); it must stay linear.
  # A CPU-time limit 20 times the linear run's, not a timing assertion.
  python3 -c "
import sys
sys.stdout.write(''.join('Teaser headline about topic %d and a few more words…\\n' % i for i in range(100000)))" > "$tmp/teasers.txt"
  ( ulimit -t 20; "$bin" "$tmp/teasers.txt" > "$tmp/out" 2> "$tmp/err" ); expect_rc $? 0
  [ "$(wc -l < "$tmp/out")" -eq 100000 ] || fail "lines out: $(wc -l < "$tmp/out")" ;;
sigint_no_partial_output)
  python3 -c "
import sys
for i in range(40000):
    sys.stdout.write('Headline %d\nThe body of article %d is a sentence of some length here.\n\f\n' % (i, i))" > "$tmp/many.txt"
  # Thirty passes over the file: several seconds of work, so the signal at
  # 0.3 s always lands mid-run (three passes finished first once the cleaner
  # got faster, and the check skipped).
  inputs=()
  for _ in $(seq 30); do inputs+=("$tmp/many.txt"); done
  "$bin" -j1 -o "$tmp/out.txt" "${inputs[@]}" &
  pid=$!
  sleep 0.3; kill -INT $pid; wait $pid; rc=$?
  [ "$rc" != 0 ] || { echo "SKIP: the run finished before the signal"; exit 77; }
  [ ! -e "$tmp/out.txt" ] || fail "partial output left"
  ls "$tmp" | grep -q "out.txt.tmp" && fail "temporary file left: $(ls "$tmp")"
  true ;;
check_packs)
  "$bin" check > "$tmp/out" 2> "$tmp/err"; expect_rc $? 0
  grep -q "rule file(s), .* examples, 0 failed" "$tmp/out" || fail "summary: $(cat "$tmp/out")"
  [ ! -s "$tmp/err" ] || fail "stderr: $(cat "$tmp/err")" ;;
check_broken_example)
  printf 'line ui exact Share\n  + Share\n  + Share this story\n  - Share\n' > "$tmp/r.rules"
  "$bin" check "$tmp/r.rules" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 1
  grep -q "^newsclean: $tmp/r.rules:3: rule $tmp/r.rules:1 does not match 'Share this story'$" "$tmp/err" || fail "message: $(cat "$tmp/err")"
  grep -q "^newsclean: $tmp/r.rules:4: rule $tmp/r.rules:1 matches 'Share'$" "$tmp/err" || fail "message: $(cat "$tmp/err")"
  printf 'line ui regex (\n' > "$tmp/bad.rules"
  "$bin" check "$tmp/bad.rules" 2> "$tmp/err"; expect_rc $? 2 ;;
check_unanchored_note)
  # A user's whole-line regex that may start anywhere gets a note, and the
  # check still passes; anchored ones ('^a$|^b$' too) and inline rules none.
  printf 'line ui regex Share this$\nline ui regex ^a$|^b$\ninline ui regex \\(Photo\\)\ncut headlines regex (?i)^more$|related$\n' > "$tmp/r.rules"
  "$bin" check "$tmp/r.rules" > "$tmp/out" 2> "$tmp/err"; expect_rc $? 0
  grep -q "^newsclean: note: $tmp/r.rules:1: not anchored at the start" "$tmp/err" || fail "no note for line 1: $(cat "$tmp/err")"
  grep -q "^newsclean: note: $tmp/r.rules:4: not anchored" "$tmp/err" || fail "no note for line 4: $(cat "$tmp/err")"
  [ "$(wc -l < "$tmp/err")" = 2 ] || fail "notes: $(cat "$tmp/err")" ;;
learn_planted)
  planted_corpus
  "$bin" learn --min-articles 20 "$tmp/all.txt" > "$tmp/learned.rules"; expect_rc $? 0
  python3 - "$tmp" <<'PY' || fail "learned rules: $(head -30 "$tmp/learned.rules")"
import json, sys
d = sys.argv[1]
truth = json.load(open(d + "/truth.json"))
rules = open(d + "/learned.rules").read()
found = sum(1 for p in truth["planted"] if f"exact {p}\n" in rules)
assert found >= 0.95 * len(truth["planted"]), found
assert not any(r in rules for r in truth["rare"]), "a rare line was proposed"
PY
  "$bin" check "$tmp/learned.rules" > /dev/null || fail "learned rules do not check"
  for s in 0 1 2 3; do "$bin" learn --save-counts "$tmp/c$s.tsv" "$tmp/shard$s.txt" > /dev/null || fail "shard $s"; done
  "$bin" learn --min-articles 20 --merge "$tmp/c0.tsv" --merge "$tmp/c1.tsv" --merge "$tmp/c2.tsv" --merge "$tmp/c3.tsv" > "$tmp/merged.rules"
  cmp "$tmp/learned.rules" "$tmp/merged.rules" || fail "merged shards differ from the whole" ;;
learn_while_cleaning)
  # One run with --learn-from-input over learn's planted corpus removes the
  # planted lines and nothing else that a run without it keeps; so does a run
  # from stdin.
  planted_corpus
  learn=(--learn-from-input --learn-min-articles 20 --learn-min-share 0.01 --title none)
  "$bin" "${learn[@]}" -j1 --stats-json "$tmp/stats.json" "$tmp/all.txt" > "$tmp/out.txt"; expect_rc $? 0
  "$bin" --title none "$tmp/all.txt" > "$tmp/unlearned.txt"; expect_rc $? 0
  python3 - "$tmp" <<'PY' || fail "learned while cleaning"
import json, sys
d = sys.argv[1]
truth = json.load(open(d + "/truth.json"))
out = [l for l in open(d + "/out.txt").read().split("\n") if l]
unlearned = [l for l in open(d + "/unlearned.txt").read().split("\n") if l]
left = [p for p in truth["planted"] if p in out]
assert len(left) <= 1, f"planted lines left: {left}"
assert sum(p in unlearned for p in truth["planted"]) == 20, "the test needs planted lines that stay without learning"
assert out == [l for l in unlearned if l not in truth["planted"]], "learning took more than the planted lines"
assert sum(1 for l in out if l.startswith("Rare line")) == sum(1 for l in unlearned if l.startswith("Rare line"))
stats = json.load(open(d + "/stats.json"))
assert stats["learned"]["articles"] == 400 and stats["learned"]["lines"] >= 19, stats["learned"]
assert stats["by_rule"]["learned:" + d.rsplit("/", 1)[-1]] > 1000, stats["by_rule"]
PY
  "$bin" "${learn[@]}" -j2 "$tmp/all.txt" | cmp -s - "$tmp/out.txt" || fail "-j2 differs from -j1"
  "$bin" "${learn[@]}" < "$tmp/all.txt" > "$tmp/stdin.txt"; expect_rc $? 0
  cmp -s "$tmp/stdin.txt" "$tmp/out.txt" || fail "stdin differs from the file"
  ls "${TMPDIR:-/tmp}"/newsclean-stdin-* > /dev/null 2>&1 && fail "the copy of stdin was left behind"
  "$bin" "${learn[@]}" --explain "$tmp/all.txt" | grep -q "learned:.* (seen in [0-9]* of 400 articles)" ||
    fail "--explain does not say what the evidence was"
  # Counts carried between runs: one shard alone has too few articles for the
  # rarest planted line; with the other shards' counts it goes.
  for s in 1 2 3; do "$bin" learn --save-counts "$tmp/c$s.tsv" "$tmp/shard$s.txt" > /dev/null || fail "shard $s"; done
  "$bin" "${learn[@]}" "$tmp/shard0.txt" | grep -qx "Planted widget label number A" || fail "shard 0 alone learned A"
  # learn counts text inputs for the pool with no site; '()shard' names that pool.
  "$bin" "${learn[@]}" --site-from '()shard' --counts "$tmp/c1.tsv" --counts "$tmp/c2.tsv" --counts "$tmp/c3.tsv" \
    --save-counts "$tmp/all.tsv" "$tmp/shard0.txt" > "$tmp/shard0.out"; expect_rc $? 0
  grep -qx "Planted widget label number A" "$tmp/shard0.out" && fail "the saved counts were not used"
  grep -c "" "$tmp/all.tsv" > /dev/null || fail "--save-counts wrote nothing"
  # A path after --counts is an input, not a second counts file.
  "$bin" "${learn[@]}" --site-from '()shard' --counts "$tmp/c1.tsv" "$tmp/shard0.txt" > "$tmp/one.out" 2> "$tmp/err"
  expect_rc $? 0
  [ -s "$tmp/one.out" ] || fail "--counts took the input for a counts file: $(cat "$tmp/err")"
  "$bin" --counts "$tmp/c1.tsv" "$tmp/shard0.txt" > /dev/null 2> "$tmp/err"; expect_rc $? 2
  grep -q "need --learn-from-input" "$tmp/err" || fail "--counts without --learn-from-input: $(cat "$tmp/err")"
  "$bin" --learn-from-input --counts "$tmp/missing.tsv" "$tmp/shard0.txt" > /dev/null 2> "$tmp/err"; expect_rc $? 2
  grep -q "missing.tsv" "$tmp/err" || fail "a missing counts file is not named: $(cat "$tmp/err")"
  # A list marker below the story, with a list that changes every day: the
  # marker and its list go; the story stays.
  python3 - "$tmp" <<'PY'
import random, sys
rng = random.Random(3)
words = "mayor storm ferry school budget bakery anglers quota bridge river council".split()
arts = []
for n in range(60):
    body = [f"Story {n} paragraph {k} tells at some length what happened in the town today." for k in range(3)]
    teasers = [" ".join(rng.sample(words, 5)).capitalize() for _ in range(4)]
    arts.append("\n".join(body + ["Elsewhere in the Gazette"] + teasers))
open(sys.argv[1] + "/m.txt", "w").write("\n\f\n".join(arts) + "\n")
PY
  "$bin" --learn-from-input --title none --explain "$tmp/m.txt" > "$tmp/m.explain"
  [ "$(grep -c "keep .*paragraph" "$tmp/m.explain")" = 180 ] || fail "story paragraphs went: $(grep -m3 "drop .*paragraph" "$tmp/m.explain")"
  [ "$(grep -c "drop  headlines  learned:" "$tmp/m.explain")" = 300 ] ||
    fail "marker and lists not taken by the learned marker: $(grep -m5 -v "paragraph" "$tmp/m.explain")" ;;
learn_headline_marker)
  python3 - "$tmp" <<'PY'
import random, sys
rng = random.Random(3)
arts = []
for n in range(60):
    body = [f"Story {n} paragraph {k} tells what happened in the town today." for k in range(3)]
    words = "mayor storm ferry school budget bakery anglers quota bridge river council".split()
    teasers = ["Teaser " + " ".join(rng.sample(words, 5)) for _ in range(4)]
    arts.append("\n".join(body + ["Most read"] + teasers))
open(sys.argv[1] + "/m.txt", "w").write("\n\f\n".join(arts) + "\n")
PY
  "$bin" learn --min-articles 20 "$tmp/m.txt" > "$tmp/m.rules"
  grep -q "^cut:200 headlines exact Most read$" "$tmp/m.rules" || fail "no cut rule for the marker: $(cat "$tmp/m.rules")"
  grep -q "Teaser" "$tmp/m.rules" && fail "daily teasers were learned"
  true ;;
learn_menu_word_not_cut)
  # A menu header above the story is followed by short lines too; a cut
  # there would take the story with it: learn proposes it as a line rule.
  python3 - "$tmp" <<'PY'
import random, sys
rng = random.Random(5)
words = "harbor council library robot budget river school station market bridge weather season ferry".split()
def sentence():
    return " ".join(rng.choice(words) for _ in range(rng.randint(10, 16))).capitalize() + "."
arts = []
for n in range(60):
    menu = ["Sections", "Home", "World", "Sport", "Culture"]
    body = [sentence() for _ in range(rng.randint(4, 7))]
    arts.append("\n".join(menu + body))
open(sys.argv[1] + "/m.txt", "w").write("\n\f\n".join(arts) + "\n")
PY
  "$bin" learn --min-articles 20 "$tmp/m.txt" > "$tmp/m.rules"; expect_rc $? 0
  grep -q "^line ui exact Sections$" "$tmp/m.rules" || fail "menu header not learned as a line: $(cat "$tmp/m.rules")"
  grep -q "^cut" "$tmp/m.rules" && fail "a menu header above the story was proposed as a cut: $(cat "$tmp/m.rules")"
  true ;;
report_html)
  "$bin" report --html "$tmp/r.html" "$src/samples/ko-daum-portal.txt" "$src/samples/en-page.txt"; expect_rc $? 0
  grep -q 'data-articles="2"' "$tmp/r.html" || fail "article count missing from the page"
  grep -Eq '<(script|link|img)[ >]' "$tmp/r.html" && fail "the page loads something external"
  browser=$(command -v chromium || command -v chromium-browser || true)
  [ -n "$browser" ] || { echo "SKIP: chromium not installed (.ci/run installs it)"; exit 77; }
  flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
         --disable-component-update --disable-sync --user-data-dir="$tmp/profile")
  timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$tmp/r.html" > "$tmp/dom.html" 2> /dev/null || fail "chromium failed"
  timeout 120 "$browser" "${flags[@]}" --window-size=1200,1600 --screenshot="$tmp/shot.png" "file://$tmp/r.html" > /dev/null 2>&1
  [ -s "$tmp/shot.png" ] || fail "no screenshot"
  python3 - "$tmp/dom.html" <<'PY' || fail "rendered page content"
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
assert 'data-articles="2"' in dom
assert len(re.findall(r'<section class="article"', dom)) == 2
cats = set(re.findall(r'<p class="drop" data-category="(\w+)"', dom))
assert {"ui", "duplead", "byline", "copyright", "headlines"} <= cats, cats
assert "detector:duplead" in dom and "daum.rules:" in dom
assert "<svg" in dom
PY
  ;;
sharded_equals_whole)
  command -v parallel > /dev/null || { echo "SKIP: GNU parallel not installed"; exit 77; }
  python3 - "$src/samples" > "$tmp/in.jsonl" <<'PY'
import json, os, sys
d = sys.argv[1]
texts = [open(os.path.join(d, f), encoding="utf-8").read() for f in sorted(os.listdir(d)) if f.endswith(".txt")]
for i in range(300):
    print(json.dumps({"id": f"doc-{i}", "text": texts[i % len(texts)], "metadata": {"n": i}}, ensure_ascii=False))
PY
  "$bin" -j1 -f jsonl < "$tmp/in.jsonl" > "$tmp/whole.jsonl"; expect_rc $? 0
  parallel --pipe --block 20k -k "$bin" -j1 -f jsonl < "$tmp/in.jsonl" > "$tmp/sharded.jsonl"
  [ "$(wc -l < "$tmp/sharded.jsonl")" = 300 ] || fail "sharded run lost records"
  cmp "$tmp/whole.jsonl" "$tmp/sharded.jsonl" || fail "sharded output differs"
  mkdir "$tmp/files" "$tmp/out"; cp "$src"/samples/*.txt "$tmp/files/"
  (cd "$tmp/files" && ls *.txt | parallel -k "$bin {} > ../out/{}")
  for f in "$tmp"/files/*.txt; do cmp -s "$tmp/out/$(basename "$f")" <("$bin" "$f") || fail "parallel over files: $f"; done ;;
progress_line)
  "$bin" --progress -j1 "$src/samples/en-wire.txt" > /dev/null 2> "$tmp/err"; expect_rc $? 0
  "$bin" "$src/samples/en-wire.txt" > /dev/null 2> "$tmp/quiet"
  [ ! -s "$tmp/quiet" ] || fail "progress shown when stderr is not a terminal"
  if [ -s "$tmp/err" ]; then grep -q $'\r' "$tmp/err" || fail "progress line: $(cat -A "$tmp/err")"; fi ;;
man_page)
  [ -f "$(dirname "$bin")/newsclean.1" ] || { echo "SKIP: help2man not installed, no man page built"; exit 77; }
  grep -qF 'fB\-\-explain' "$(dirname "$bin")/newsclean.1" || fail "man page lacks --explain" ;;
absurd_rules)
  python3 -c "print('line ui regex ' + 'a' * 1000000)" > "$tmp/huge.rules"
  timeout 60 "$bin" check "$tmp/huge.rules" 2> "$tmp/err"; expect_rc $? 2
  grep -q "need more than 64 MB to compile" "$tmp/err" || fail "message: $(cat "$tmp/err")"
  timeout 60 "$bin" -o "$tmp/out.txt" --rules "$tmp/huge.rules" "$src/samples/en-wire.txt" 2> "$tmp/err"; expect_rc $? 2
  [ ! -e "$tmp/out.txt" ] || fail "output left behind"
  python3 -c "
for i in range(1000000): print(f'line ui exact boilerplate line number {i}')" > "$tmp/million.rules"
  timeout 120 "$bin" --rules "$tmp/million.rules" "$src/samples/en-wire.txt" > "$tmp/out" || fail "a million exact rules"
  cmp -s "$tmp/out" <("$bin" "$src/samples/en-wire.txt") || fail "output changed" ;;
learn_per_site)
  python3 - "$tmp/in.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    for site in ("a.example", "b.example"):
        for n in range(50):
            lines = [f"Story {n} from {site} says something new about the harbor today."]
            if n < 30:
                lines.append(f"Chrome label of {site}")
            f.write(json.dumps({"url": f"https://www.{site}/news/{n}", "text": "\n".join(lines)}) + "\n")
PY
  "$bin" learn --min-articles 20 --min-share 0.5 "$tmp/in.jsonl" > "$tmp/r" 2> "$tmp/err"; expect_rc $? 0
  grep -q "^# a.example: 50 articles$" "$tmp/r" || fail "no a.example section: $(cat "$tmp/r")"
  grep -q "^line ui exact Chrome label of a.example$" "$tmp/r" || fail "a.example's label not learned"
  grep -q "^line ui exact Chrome label of b.example$" "$tmp/r" || fail "b.example's label not learned" ;;
*)
  fail "unknown check $name" ;;
esac
exit 0
