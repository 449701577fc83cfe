#!/usr/bin/env bash
# The documents' shell blocks, run literally and in order, as a reader would run them after `make`.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/tree"
cp -r "$SRC/samples" "$SRC/rules" "$TMP/tree/"
mkdir -p "$TMP/tree/build" && ln -s "$BIN" "$TMP/tree/build/bulletin-lint"
git -C "$TMP/tree" init -q   # as a clone is
blocks() { awk '/^```sh$/ { on = 1; next } /^```$/ { on = 0 } on' "$1"; }
for doc in rule-api ci; do
  blocks "$SRC/docs/$doc.md" > "$TMP/$doc.sh"
  (cd "$TMP/tree" && BULLETIN_LINT_RULES="$TMP/tree/rules" bash -e "$TMP/$doc.sh") > "$TMP/$doc.out" 2>&1
  status=$?
  expect_equal "$status" "0" "docs/$doc.md runs as written"
  [ "$status" -eq 0 ] || sed 's/^/    /' "$TMP/$doc.out" | tail -5
done
expect_grep '^fixtures: 2 passed, 0 failed$' "$TMP/rule-api.out" "the tutorial's test passes"
expect_grep '^draft.txt:3:6: info: “进行了调研”宜写作“调研了” \[wording.style-guide\]$' "$TMP/rule-api.out" "the tutorial's rule reports"
expect_grep '^wording.style-guide \(wording, info\)$' "$TMP/rule-api.out" "the tutorial's rule explains itself"
expect_grep '<testsuites name="bulletin-lint" tests="3" failures="0"' "$TMP/tree/junit.xml" "the baseline makes the gate pass"
expect_equal "$(jq -r '.version' "$TMP/tree/bulletin-lint.sarif")" "2.1.0" "the SARIF report is written"
finish
