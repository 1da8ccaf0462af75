#!/usr/bin/env bash
# Runs one golden case: newsclean with the case's `args` (one argument per
# line) inside the case folder, stdin from `stdin` when present. Compares
# stdout with `expected.out` byte for byte, stderr with `expected.err` (empty
# when absent) and the exit status with `expected.rc` (0 when absent). Leaves
# what it saw in the actual folder. NEWSCLEAN_REGEN=1 rewrites the expected
# files instead: read the diff before committing.
set -u
bin=$1 case_dir=$2 actual=$3
mkdir -p "$actual"
args=()
if [ -f "$case_dir/args" ]; then
  while IFS= read -r line || [ -n "$line" ]; do args+=("$line"); done < "$case_dir/args"
fi
stdin=/dev/null
[ -f "$case_dir/stdin" ] && stdin="$case_dir/stdin"
(cd "$case_dir" && "$bin" "${args[@]}" < "$stdin" > "$actual/out" 2> "$actual/err"; echo $? > "$actual/rc")

if [ "${NEWSCLEAN_REGEN:-}" = 1 ]; then
  cp "$actual/out" "$case_dir/expected.out"
  if [ -s "$actual/err" ]; then cp "$actual/err" "$case_dir/expected.err"; else rm -f "$case_dir/expected.err"; fi
  if [ "$(cat "$actual/rc")" != 0 ]; then cp "$actual/rc" "$case_dir/expected.rc"; else rm -f "$case_dir/expected.rc"; fi
  exit 0
fi

status=0
expected_rc=0
[ -f "$case_dir/expected.rc" ] && expected_rc=$(cat "$case_dir/expected.rc")
if [ "$(cat "$actual/rc")" != "$expected_rc" ]; then
  echo "exit status $(cat "$actual/rc"), expected $expected_rc"; status=1
fi
if ! cmp -s "$actual/out" "$case_dir/expected.out"; then
  echo "stdout differs:"; diff "$case_dir/expected.out" "$actual/out" | head -40; status=1
fi
expected_err=/dev/null
[ -f "$case_dir/expected.err" ] && expected_err="$case_dir/expected.err"
if ! cmp -s "$actual/err" "$expected_err"; then
  echo "stderr differs:"; diff "$expected_err" "$actual/err" | head -20; status=1
fi
exit $status
