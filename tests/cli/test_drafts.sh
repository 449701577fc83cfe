#!/usr/bin/env bash
# Whole drafts (tests/drafts/README.md): correct ones raise no false alarm, and copies with errors
# put in by hand get those errors and nothing else.
#  - NAME.expected: exactly these findings (LINE:COLUMN RULE);
#  - NAME.planted (drafts of other series): every finding is on the line of a planted error (no false
#    alarm), and the planted errors listed in NAME.found (those the checker finds today, each finding
#    standing for the nearest planted error on its line) are found.
. "$(dirname "$0")/lib.sh"
others='.files[0].diagnostics[] | select(.rule != "required-step.supervision-steps")'
for draft in "$SRC"/tests/drafts/clean/*.txt; do
  "$BIN" --format json "$draft" > "$TMP/out" 2> "$TMP/err"
  false_alarms=$(jq -r "$others | \"\(.line):\(.column) \(.rule) \(.message)\"" "$TMP/out")
  expect_equal "$false_alarms" "" "$(basename "$draft"): no finding but missing supervision steps"
  [ -s "$TMP/err" ] && bad "$(basename "$draft"): $(head -1 "$TMP/err")" || ok
done
for draft in "$SRC"/tests/drafts/flawed/*.txt; do
  name=${draft%.txt}
  "$BIN" --format json "$draft" > "$TMP/out" 2> "$TMP/err"
  found=$(jq -r "$others | \"\(.line):\(.column) \(.rule)\"" "$TMP/out")
  if [ -f "$name.expected" ]; then
    expect_equal "$found" "$(cat "$name.expected")" "$(basename "$draft"): the errors put in, and only those"
    continue
  fi
  planted_lines=$(cut -d: -f1 "$name.planted" | sort -u)
  off=$(printf '%s\n' "$found" | awk -v lines="$(echo $planted_lines)" 'BEGIN { n = split(lines, l, " "); for (i = 1; i <= n; i++) p[l[i]] = 1 }
        NF { split($1, a, ":"); if (!(a[1] in p)) print }')
  expect_equal "$off" "" "$(basename "$draft"): no finding away from the errors put in"
  # each finding stands for the nearest planted error on its line (tests/drafts/found.py)
  printf '%s\n' "$found" | python3 "$SRC/tests/drafts/found.py" "$name.planted" > "$TMP/found_now"
  # and no second finding for one error: as many findings as planted errors they stand for
  expect_equal "$(printf '%s\n' "$found" | grep -c .)" "$(grep -c . "$TMP/found_now")" "$(basename "$draft"): one finding per error found"
  while read -r position rest; do
    [ -n "$position" ] || continue
    grep -qF "$position $rest" "$TMP/found_now" && ok || bad "$(basename "$draft"): the planted error at $position ($rest) is no longer found"
  done < "$name.found"
done
finish
