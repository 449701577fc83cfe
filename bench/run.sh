#!/usr/bin/env bash
# Benchmark: generates corpora from samples/ (one 10 KB bulletin, 1,000 files of it, one 50 MB file
# of 5,000 bulletins one after another, 1 MB of them, 200,000 short lines), checks them with all
# default rules, and prints the table of issue 15: callgrind's instruction counts (which do not vary
# between runs) and, from the same run, wall times as ratios, against `wc -m` too.
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
mkdir -p "$WORK/many" "$WORK/half" "$WORK/twenty"
for i in $(seq 1 1000); do cp "$WORK/one.txt" "$WORK/many/b$i.txt"; done
for i in $(seq 1 500); do cp "$WORK/one.txt" "$WORK/half/b$i.txt"; done
for i in $(seq 1 20); do cp "$WORK/one.txt" "$WORK/twenty/b$i.txt"; done
# Files of many bulletins one after another, as an archive exports them: 100 (1 MB), 2,500, 5,000.
concat() { local n=$1 out=$2; : > "$out"; for _ in $(seq 1 "$n"); do cat "$WORK/one.txt"; done > "$out"; }
concat 100 "$WORK/mb.txt"
concat 5000 "$WORK/big.txt"
concat 2500 "$WORK/big-half.txt"
# 200,000 short lines (memory per input byte whatever the shape of the input).
awk 'BEGIN { for (i = 0; i < 200000; i++) print "a" }' > "$WORK/short.txt"

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
rate() { awk -v b="$1" -v t="$2" 'BEGIN { if (t <= 0) t = 0.01; printf "%.1f", b / 1048576 / t }'; }
ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "?" }'; }
per_byte() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f", a / b; else printf "?" }'; }

one_bytes=$(wc -c < "$WORK/one.txt")
many_bytes=$(cat "$WORK"/many/*.txt | wc -c)
big_bytes=$(wc -c < "$WORK/big.txt")
mb_bytes=$(wc -c < "$WORK/mb.txt")
short_bytes=$(wc -c < "$WORK/short.txt")

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
read -r short_t short_rss < <(measure "$BIN" -j 1 "$WORK/short.txt")
export LC_ALL=C.UTF-8
nanoseconds_best_of_3() { # wall time of the fastest of three runs, in seconds, at nanosecond resolution
  local best=0 t0 t1
  for _ in 1 2 3; do
    t0=$(date +%s%N); "$@" > /dev/null 2>&1 || true; t1=$(date +%s%N)
    if [ "$best" -eq 0 ] || [ $((t1 - t0)) -lt "$best" ]; then best=$((t1 - t0)); fi
  done
  awk -v ns="$best" 'BEGIN { printf "%.4f", ns / 1e9 }'
}
wc_many_t=$(nanoseconds_best_of_3 wc -m "$WORK"/many/*.txt)
wc_big_t=$(nanoseconds_best_of_3 wc -m "$WORK/big.txt")

printf '| corpus | size | time | throughput | peak RSS |\n|---|---|---|---|---|\n'
printf '| one 10 KB file (best of 50, process start included) | %s KB | %s ms | | |\n' "$((one_bytes / 1024))" "$(awk -v us="$best" 'BEGIN { printf "%.1f", us / 1000 }')"
printf '| 1,000 files of ~10 KB, --jobs 1 (best of 3) | %s MB | %s s | %s MB/s | %s MB |\n' "$(mb "$many_bytes")" "$many_t" "$(rate "$many_bytes" "$many_t")" "$((many_rss / 1024))"
printf '| 1,000 files of ~10 KB, --jobs 2 (best of 3) | %s MB | %s s | %s MB/s | %s MB |\n' "$(mb "$many_bytes")" "$many2_t" "$(rate "$many_bytes" "$many2_t")" "$((many2_rss / 1024))"
printf '| one file of 5,000 bulletins | %s MB | %s s | %s MB/s | %s MB |\n' "$(mb "$big_bytes")" "$big_t" "$(rate "$big_bytes" "$big_t")" "$((big_rss / 1024))"
printf '| 200,000 short lines | %s MB | %s s | %s MB/s | %s MB |\n' "$(mb "$short_bytes")" "$short_t" "$(rate "$short_bytes" "$short_t")" "$((short_rss / 1024))"
printf '\n--jobs 2 vs --jobs 1: %s× as fast\n' "$(ratio_of "$many_t" "$many2_t")"
printf 'double the input, time ×: %s (1,000 files vs 500), %s (5,000 bulletins in one file vs 2,500)\n' \
  "$(ratio_of "$many_t" "$half_t")" "$(ratio_of "$big_t" "$big_half_t")"

if command -v valgrind > /dev/null; then
  count_instructions() { # prints callgrind's instruction count of one run
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" > /dev/null 2>"$WORK/cg.log" || true
    grep -oE 'Collected : [0-9]+' "$WORK/cg.log" | grep -oE '[0-9]+' || echo 0
  }
  one_i=$(count_instructions "$BIN" "$WORK/one.txt")
  twenty_i=$(count_instructions "$BIN" -j 1 -r "$WORK/twenty")
  mb_i=$(count_instructions "$BIN" -j 1 "$WORK/mb.txt")
  printf '\n| issue 15 | now | target |\n|---|---|---|\n'
  printf '| instructions per input byte, 1 MB of bulletins (one file of 100) | %s | ≤ 500 |\n' "$(per_byte "$mb_i" "$mb_bytes")"
  printf '| instructions for one 10 KB file, process start included | %sM (each further file %sM) | ≤ 10M |\n' \
    "$(awk -v i="$one_i" 'BEGIN { printf "%.1f", i / 1e6 }')" \
    "$(awk -v a="$twenty_i" -v b="$one_i" 'BEGIN { printf "%.1f", (a - b) / 19 / 1e6 }')"
else
  printf '\n| issue 15 | now | target |\n|---|---|---|\n'
  printf '| instructions | (valgrind not installed) | |\n'
fi
printf '| one file of 5,000 bulletins, time per byte against 1,000 separate files | %s× | 1× |\n' \
  "$(awk -v bt="$big_t" -v bb="$big_bytes" -v mt="$many_t" -v mbb="$many_bytes" 'BEGIN { if (mt > 0 && bb > 0) printf "%.2f", (bt / bb) / (mt / mbb); else printf "?" }')"
printf '| peak memory per input byte | %s B (5,000 bulletins), %s B (200,000 short lines) | ≤ 10 B |\n' \
  "$(per_byte "$((big_rss * 1024))" "$big_bytes")" "$(per_byte "$((short_rss * 1024))" "$short_bytes")"
printf '| against `wc -m` (UTF-8 locale), same files, same run | %s× (1,000 files), %s× (5,000 bulletins) | ≤ 5× |\n' \
  "$(ratio_of "$many_t" "$wc_many_t")" "$(ratio_of "$big_t" "$wc_big_t")"
