#!/usr/bin/env bash
# A document too large to check at once (over 20,000 lines or 1 MiB) is checked in parts, cut where a
# paragraph starts: memory stays bounded whatever the input's shape, and a part that goes on from the
# one before, or on into the next, raises nothing a whole document would not (numbering that goes
# on, a last paragraph cut off, the closing block still to come). BULLETIN_LINT_TEST_PART_LINES sets
# a smaller part for the tests.
. "$(dirname "$0")/lib.sh"

# 200,000 lines of one character: a model of every line at once took 224 MB (1.1 KB a line)
awk 'BEGIN { for (i = 0; i < 200000; i++) print "a" }' > "$TMP/short.txt"
/usr/bin/time -f '%M' -o "$TMP/rss" "$BIN" -q "$TMP/short.txt" > /dev/null 2>&1
rss=$(tail -n 1 "$TMP/rss")
if ldd "$BIN" 2>/dev/null | grep -q 'libasan'; then
  echo "(ASan build: its shadow memory and quarantine make the peak RSS meaningless; the release stage checks it)"
elif [ "$rss" -lt 100000 ]; then ok; else bad "200,000 short lines: peak RSS $rss KB, wanted under 100 MB"; fi

# A long bulletin: numbered sections, lists of 一是…, rows and their total, a closing block. Checked
# whole and in parts of 40 lines, it gives the same findings (none: it is clean).
{
  printf '清河县人大工作简报\n第9期\n清河县人大常委会办公室　　2026年3月2日\n清河：推进民生实事项目落地见效\n'
  for s in 一 二 三 四 五 六 七 八 九 十; do
    printf '%s、第%s方面的工作\n' "$s" "$s"
    for i in $(seq 1 9); do printf '　　常委会组织代表视察民生实事项目进展情况，听取有关部门汇报。\n'; done
    printf '　　一是加强组织领导，二是细化工作方案，三是压实工作责任。\n'
    printf '　　东片：完成项目12个。\n　　西片：完成项目8个。\n　　合计：完成项目20个。\n'
  done
  printf '　　（清河县人大常委会办公室供稿）\n报：市人大常委会办公室\n'
} > "$TMP/long.txt"
"$BIN" --format json "$TMP/long.txt" | jq -c '[.files[0].diagnostics[] | [.line, .rule]]' > "$TMP/whole"
BULLETIN_LINT_TEST_PART_LINES=40 "$BIN" --format json "$TMP/long.txt" | jq -c '[.files[0].diagnostics[] | [.line, .rule]]' > "$TMP/parts"
expect_equal "$(cat "$TMP/parts")" "$(cat "$TMP/whole")" "a long bulletin in parts of 40 lines: the findings of the whole"
expect_equal "$(cat "$TMP/whole")" "[]" "the long bulletin is clean"
# the same with a slip in a part after the first (section 四, lines 47 to 60): found as in the whole
sed '59s/完成项目8个/完成项目9个/' "$TMP/long.txt" > "$TMP/slip.txt"
"$BIN" --format json "$TMP/slip.txt" | jq -r '.files[0].diagnostics[] | "\(.line) \(.rule)"' > "$TMP/whole-slip"
BULLETIN_LINT_TEST_PART_LINES=40 "$BIN" --format json "$TMP/slip.txt" | jq -r '.files[0].diagnostics[] | "\(.line) \(.rule)"' > "$TMP/found"
expect_equal "$(cat "$TMP/found")" "$(cat "$TMP/whole-slip")" "a slip in a part after the first: found at its line, as in the whole"
expect_grep "^60 arithmetic.parts-total$" "$TMP/found" "a slip in a part after the first"
# --fix in parts fixes what the whole would
sed 's/视察民生实事项目进展情况，/视察民生实事项目进展情况,/' "$TMP/long.txt" > "$TMP/commas.txt"
"$BIN" --fix-dry-run "$TMP/commas.txt" > "$TMP/whole.diff" 2>&1
BULLETIN_LINT_TEST_PART_LINES=40 "$BIN" --fix-dry-run "$TMP/commas.txt" > "$TMP/parts.diff" 2>&1
expect_grep '^\+.*进展情况，' "$TMP/whole.diff" "the half-width commas are fixed"
cmp -s "$TMP/whole.diff" "$TMP/parts.diff" && ok || bad "--fix-dry-run in parts differs from the whole"
finish
