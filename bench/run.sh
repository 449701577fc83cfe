#!/usr/bin/env bash
# Benchmark: generates corpora from samples/ (one 10 KB file, 1,000 files of ~10 KB, one 50 MB
# file), checks them with all default rules, and prints MB/s, time per 10 KB file, peak RSS and
# callgrind's instruction count for one 10 KB file (stable across noisy runs).
# Usage: bench/run.sh [BIN]   (BIN defaults to build/bulletin-lint)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-build/bulletin-lint}
WORK=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$WORK"' EXIT

# One ~10 KB bulletin: the samples' bodies, repeated until 10 KB, between one masthead and footer.
make_10k() {
  local out=$1
  head -n 2 samples/zhoukou-draft.txt > "$out"
  while [ "$(wc -c < "$out")" -lt 10000 ]; do
    sed -n '3,13p' samples/zhoukou-draft.txt >> "$out"
    sed -n '3,9p' samples/demo-flawed-draft.txt >> "$out"
  done
  tail -n 4 samples/zhoukou-draft.txt >> "$out"
}
make_10k "$WORK/one.txt"
mkdir -p "$WORK/many"
for i in $(seq 1 1000); do cp "$WORK/one.txt" "$WORK/many/b$i.txt"; done
# One ~50 MB bulletin: the 10 KB body doubled until it passes 50 MB.
sed -n '3,$p' "$WORK/one.txt" | head -n -4 > "$WORK/body"
while [ "$(wc -c < "$WORK/body")" -lt 52428800 ]; do cat "$WORK/body" "$WORK/body" > "$WORK/body2"; mv "$WORK/body2" "$WORK/body"; done
{ head -n 2 "$WORK/one.txt"; head -c 52428800 "$WORK/body" | head -n -1; tail -n 4 "$WORK/one.txt"; } > "$WORK/big.txt"
rm -f "$WORK/body"
# Halves, to see whether time is linear in the input: 500 of the files, the first 25 MB of the big one.
mkdir -p "$WORK/half"
for i in $(seq 1 500); do cp "$WORK/one.txt" "$WORK/half/b$i.txt"; done
{ head -c 26214400 "$WORK/big.txt" | head -n -1; tail -n 4 "$WORK/one.txt"; } > "$WORK/big-half.txt"
# Twenty files, for callgrind's count of one more document once the engine has started.
mkdir -p "$WORK/twenty"
for i in $(seq 1 20); do cp "$WORK/one.txt" "$WORK/twenty/b$i.txt"; done

measure() { # prints: seconds peak_rss_kb
  /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" > /dev/null 2>&1 || true
  tail -n 1 "$WORK/time" # GNU time puts "Command exited with non-zero status" first
}
best_of_3() { # prints the fastest of three runs: seconds peak_rss_kb
  local best="" run
  for _ in 1 2 3; do
    run=$(measure "$@")
    if [ -z "$best" ] || awk -v a="${run%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best=$run; fi
  done
  echo "$best"
}
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1048576 }'; }

one_bytes=$(wc -c < "$WORK/one.txt")
many_bytes=$(cat "$WORK"/many/*.txt | wc -c)
big_bytes=$(wc -c < "$WORK/big.txt")

# one 10 KB file, process start included: best of 50 runs, in milliseconds
best=999999
for _ in $(seq 1 50); do
  t0=$(date +%s%N); "$BIN" "$WORK/one.txt" > /dev/null 2>&1 || true; t1=$(date +%s%N)
  best=$(( (t1 - t0) / 1000 < best ? (t1 - t0) / 1000 : best ))
done
read -r many_t many_rss < <(best_of_3 "$BIN" -j 1 -r "$WORK/many")
read -r many2_t many2_rss < <(best_of_3 "$BIN" -j 2 -r "$WORK/many")
read -r big_t big_rss < <(measure "$BIN" -j 1 "$WORK/big.txt")
read -r half_t _ < <(best_of_3 "$BIN" -j 1 -r "$WORK/half")
read -r big_half_t _ < <(measure "$BIN" -j 1 "$WORK/big-half.txt")
rate() { awk -v b="$1" -v t="$2" 'BEGIN { if (t <= 0) t = 0.01; printf "%.1f", b / 1048576 / t }'; }

instructions="(valgrind not installed)"
per_document="?"
ratio="?"
count_instructions() { # prints callgrind's instruction count of one run
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" > /dev/null 2>"$WORK/cg.log" || true
  grep -oE 'Collected : [0-9]+' "$WORK/cg.log" | grep -oE '[0-9]+' || echo 0
}
if command -v valgrind > /dev/null; then
  instructions=$(count_instructions "$BIN" "$WORK/one.txt")
  twenty=$(count_instructions "$BIN" -j 1 -r "$WORK/twenty")
  per_document=$(( (twenty - instructions) / 19 ))
  structural=$("$BIN" --list-rules | awk '/^(structure|numbering)\./ { printf "--rule %s ", $1 }')
  # shellcheck disable=SC2086
  only_structural=$(count_instructions "$BIN" $structural "$WORK/one.txt")
  ratio=$(awk -v a="$instructions" -v b="$only_structural" 'BEGIN { if (b > 0) printf "%.2f", a / b }')
fi

printf '| corpus | size | time | throughput | peak RSS |\n|---|---|---|---|---|\n'
printf '| one 10 KB file (best of 50, process start included) | %s KB | %s ms | | |\n' "$((one_bytes / 1024))" "$(awk -v us="$best" 'BEGIN { printf "%.1f", us / 1000 }')"
printf '| 1,000 files of ~10 KB, --jobs 1 (best of 3) | %s MB | %s s | %s MB/s | %s MB |\n' "$(mb "$many_bytes")" "$many_t" "$(rate "$many_bytes" "$many_t")" "$((many_rss / 1024))"
printf '| 1,000 files of ~10 KB, --jobs 2 (best of 3) | %s MB | %s s | %s MB/s | %s MB |\n' "$(mb "$many_bytes")" "$many2_t" "$(rate "$many_bytes" "$many2_t")" "$((many2_rss / 1024))"
printf '| one 50 MB file | %s MB | %s s | %s MB/s | %s MB |\n' "$(mb "$big_bytes")" "$big_t" "$(rate "$big_bytes" "$big_t")" "$((big_rss / 1024))"
printf '\n--jobs 2 vs --jobs 1: %s× as fast\n' "$(awk -v a="$many_t" -v b="$many2_t" 'BEGIN { if (b > 0) printf "%.2f", a / b }')"
ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "?" }'; }
printf 'double the input, time ×: %s (1,000 files vs 500), %s (50 MB vs 25 MB)\n' \
  "$(ratio_of "$many_t" "$half_t")" "$(ratio_of "$big_t" "$big_half_t")"
printf 'instructions for one 10 KB file (callgrind, whole process): %s\n' "$instructions"
printf 'instructions for each further 10 KB file (callgrind, 20 files): %s\n' "$per_document"
printf 'all rules vs the structural rules only, on that file: %s× the instructions\n' "$ratio"
