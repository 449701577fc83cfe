#!/usr/bin/env bash
# Whole drafts (tests/drafts/README.md): correct ones raise no false alarm, and copies with errors
# put in by hand get exactly those errors, at their line and column, and nothing else.
. "$(dirname "$0")/lib.sh"
others='.files[0].diagnostics[] | select(.rule != "required-step.supervision-steps")'
for draft in "$SRC"/tests/drafts/clean/*.txt; do
  "$BIN" --format json "$draft" > "$TMP/out" 2> "$TMP/err"
  false_alarms=$(jq -r "$others | \"\(.line):\(.column) \(.rule) \(.message)\"" "$TMP/out")
  expect_equal "$false_alarms" "" "$(basename "$draft"): no finding but missing supervision steps"
  [ -s "$TMP/err" ] && bad "$(basename "$draft"): $(head -1 "$TMP/err")" || ok
done
for draft in "$SRC"/tests/drafts/flawed/*.txt; do
  "$BIN" --format json "$draft" > "$TMP/out" 2> "$TMP/err"
  found=$(jq -r "$others | \"\(.line):\(.column) \(.rule)\"" "$TMP/out")
  expect_equal "$found" "$(cat "${draft%.txt}.expected")" "$(basename "$draft"): the errors put in, and only those"
done
finish
