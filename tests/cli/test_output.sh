#!/usr/bin/env bash
# The CLI's output formats and exit statuses.
. "$(dirname "$0")/lib.sh"
clean=$SRC/samples/zhoukou-draft.txt
flawed=$SRC/samples/demo-flawed-draft.txt

expect_status 0 "--version" -- "$BIN" --version
expect_grep '^bulletin-lint [0-9]+\.[0-9]+' "$TMP/out" "--version prints the version"
expect_status 0 "a clean draft" -- "$BIN" "$clean"
expect_grep '^no problems in 1 file$' "$TMP/out" "clean summary"

expect_status 1 "a flawed draft" -- "$BIN" --color=never "$flawed"
cp "$TMP/out" "$TMP/flawed.txt"
expect_grep "^$flawed:5:44: warning: “一是”之后应为“二是”，此处为“三是” \[numbering.enumeration\]$" "$TMP/flawed.txt" "FILE:LINE:COL: SEVERITY: MESSAGE [RULE]"
expect_grep '^ *5 \| …2项任务，一是明确' "$TMP/flawed.txt" "the source line follows (a window of it)"
expect_grep '^ +\| +\^\^\^\^$' "$TMP/flawed.txt" "a caret line under the span"
expect_grep '= 建议：改为“二是”' "$TMP/flawed.txt" "the suggestion"
expect_grep '^4 problems \(1 error, 3 warnings, 0 infos\) in 1 file$' "$TMP/flawed.txt" "summary line"
if grep -q $'\033' "$TMP/flawed.txt"; then bad "--color=never wrote escape codes"; else ok; fi
expect_status 1 "colour on request" -- "$BIN" --color=always "$flawed"
if grep -q $'\033\[1;31merror' "$TMP/out"; then ok; else bad "--color=always did not colour the severity"; fi
"$BIN" "$flawed" > "$TMP/piped"
if grep -q $'\033' "$TMP/piped"; then bad "--color=auto coloured a pipe"; else ok; fi

expect_status 1 "--fail-on error with an error present" -- "$BIN" --fail-on error "$flawed"
expect_status 0 "--fail-on never" -- "$BIN" --fail-on never "$flawed"
expect_status 2 "a bad --fail-on" -- "$BIN" --fail-on sometimes "$flawed"
expect_status 2 "an unknown option" -- "$BIN" --frobnicate "$flawed"
expect_grep "unknown option '--frobnicate'" "$TMP/err" "names the unknown option"
expect_status 2 "no files" -- "$BIN"

# JSON: the public shape, counts that agree, sorted diagnostics
expect_status 1 "json" -- "$BIN" --format json "$flawed" "$clean"
json=$TMP/out
expect_equal "$(jq -r '.tool.name' "$json")" "bulletin-lint" "tool name"
expect_equal "$(jq -r '.files | length' "$json")" "2" "both files listed"
expect_equal "$(jq -r '[.files[].path] | join(",")' "$json")" "$flawed,$clean" "files sorted by path"
expect_equal "$(jq -r '.files[0].encoding' "$json")" "utf-8" "encoding"
expect_equal "$(jq -r '.files[0].error' "$json")" "null" "error is null"
expect_equal "$(jq -c '.files[0].diagnostics[0] | keys' "$json")" \
  '["category","column","end_column","end_line","fingerprint","line","message","rule","severity","suggestion"]' "diagnostic fields"
expect_equal "$(jq -c '[.files[0].diagnostics[] | [.line, .column]] == ([.files[0].diagnostics[] | [.line, .column]] | sort)' "$json")" "true" "sorted by line and column"
expect_equal "$(jq -c '.summary' "$json")" '{"files":2,"errors":1,"warnings":3,"infos":0,"unreadable":0}' "summary"
expect_equal "$(jq -r '[.files[].diagnostics[] | select(.severity == "warning")] | length' "$json")" "3" "summary agrees with the diagnostics"
expect_equal "$(jq -r '.files[0].diagnostics[] | select(.rule == "structure.contributor-city") | "\(.line):\(.column)-\(.end_line):\(.end_column) \(.category)"' "$json")" "10:2-10:4 structure" "contributor city span"

# standard input
expect_status 1 "stdin" -- sh -c "'$BIN' --format json --stdin-filename draft.txt - < '$flawed'"
expect_equal "$(jq -r '.files[0].path' "$TMP/out")" "draft.txt" "--stdin-filename"

# rules: list and explain
expect_status 0 "--list-rules" -- "$BIN" --list-rules
expect_grep '^structure.contributor-city +warning' "$TMP/out" "rule list"
expect_status 0 "--explain" -- "$BIN" --explain numbering.sections
expect_grep '^示例：' "$TMP/out" "explanation (in Chinese) with an example"
expect_status 2 "--explain of an unknown rule" -- "$BIN" --explain no.such-rule
expect_status 0 "--rule restricts the run" -- "$BIN" --rule structure.required-parts "$flawed"

# --stats: per rule time, findings and files, the same counts on one thread or two
for jobs in 1 2; do
  "$BIN" --stats -j "$jobs" "$flawed" "$clean" > /dev/null 2> "$TMP/stats$jobs"
  expect_grep '^numbering\.sections +[0-9.]+ +[0-9.]+% +1 +2$' "$TMP/stats$jobs" "--stats row (jobs $jobs)"
  expect_grep '^rules that found nothing: .*wording\.doubled' "$TMP/stats$jobs" "--stats lists rules that found nothing (jobs $jobs)"
done
expect_equal "$(awk '{print $1, $4, $5}' "$TMP/stats1" | sort)" "$(awk '{print $1, $4, $5}' "$TMP/stats2" | sort)" "--stats counts do not depend on --jobs"

# an installed binary finds its installed rules (and not the source tree's)
if cmake --install "$(dirname "$BIN")" --prefix "$TMP/prefix" > /dev/null 2>&1; then
  (cd / && env -u BULLETIN_LINT_RULES "$TMP/prefix/bin/bulletin-lint" --explain numbering.sections) > "$TMP/installed" 2>&1
  expect_grep "^file: $TMP/prefix/bin/../share/bulletin-lint/rules/numbering/sections.lua$" "$TMP/installed" "installed rules found"
else
  bad "cmake --install failed"
fi

# the text output shows a window of the line around each finding, within the terminal's width
# ($COLUMNS, else 80), "…" where it is cut, the carets under the finding's own text
corpus=$SRC/../shared/corpus
inputs=("$SRC"/samples/*.txt "$SRC"/tests/drafts/flawed/*.txt)
[ -d "$corpus" ] && inputs+=("$corpus"/*.txt)
"$BIN" --format json "${inputs[@]}" > "$TMP/window.json"
for width in 50 80 120; do
  COLUMNS=$width "$BIN" --color never "${inputs[@]}" > "$TMP/window.txt"
  python3 "$SRC/tests/cli/excerpt_check.py" "$width" "$TMP/window.txt" "$TMP/window.json" > "$TMP/window.problems"
  expect_equal "$(head -5 "$TMP/window.problems")" "" "excerpts within $width columns, carets under the finding"
done
COLUMNS=80 "$BIN" --color never "$SRC/samples/demo-flawed-draft.txt" > "$TMP/window.txt"
expect_grep '^5 \| …2项任务，一是明确责任分工，三是细化时间节点，确保每项任务都有人抓、有人管。$' "$TMP/window.txt" "a long line cut at its start"
expect_grep '^  \|                             \^\^\^\^$' "$TMP/window.txt" "the caret under 三是"
expect_grep '^7 \| …深入养老机构和社区，对照《河南省养老服务条例逐条检查，共查找问题57个，全部…$' "$TMP/window.txt" "cut at both ends"
"$BIN" --color never "$SRC/samples/demo-flawed-draft.txt" > "$TMP/window-default.txt"
expect_equal "$(cat "$TMP/window-default.txt")" "$(cat "$TMP/window.txt")" "80 columns when the output is not a terminal and COLUMNS is not set"

finish
