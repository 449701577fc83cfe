#!/usr/bin/env bash
# The CI gate on an archive: a baseline records the existing findings; after one draft changes
# (lines moved, one new problem), only the new finding fails the build.
. "$(dirname "$0")/lib.sh"
repo=$TMP/archive
mkdir -p "$repo/drafts"
cp "$SRC"/samples/demo-flawed-draft.txt "$repo/drafts/luohe.txt"
cp "$SRC"/samples/zhoukou-draft.txt "$repo/drafts/zhoukou.txt"
cp "$SRC"/samples/xinyang-extracted.txt "$repo/drafts/xinyang.txt"
cd "$repo" || exit 1
git init -q . && git config user.email ci@example.invalid && git config user.name ci

expect_status 1 "the archive has findings" -- "$BIN" -r drafts
expect_status 0 "writing the baseline accepts them" -- "$BIN" -r drafts --write-baseline .bulletin-lint-baseline
expect_equal "$(grep -vc '^#' .bulletin-lint-baseline)" "9" "nine findings recorded"
git add -A && git commit -qm "archive and baseline"
expect_status 0 "the gate passes on the unchanged archive" -- "$BIN" -r drafts --baseline .bulletin-lint-baseline
expect_grep '^no problems in 3 files$' "$TMP/out" "nothing new"

# an editor inserts a paragraph at the top of one draft (every line below moves) and adds a new error
sed -i '3i\　　本期报道周口市联动监督情况。' drafts/zhoukou.txt
sed -i 's/征集意见建议136条。/征集意见建议136条；/' drafts/zhoukou.txt
sed -i 's/一、建立任务清单，明确监督重点/一、建立任务清单，明确监督重点。/' drafts/luohe.txt
git diff --stat > /dev/null
expect_status 1 "the gate fails on the new findings only" -- "$BIN" -r drafts --baseline .bulletin-lint-baseline --color=never
expect_grep '^drafts/zhoukou.txt:7:.* \[structure.paragraph-end\]$' "$TMP/out" "the new finding in the moved draft"
expect_grep '^drafts/luohe.txt:4:.* \[structure.heading-stop\]$' "$TMP/out" "the new finding in the other draft"
expect_grep '^2 problems \(0 errors, 1 warning, 1 info\) in 3 files$' "$TMP/out" "old findings stay quiet, even after lines moved"

expect_grep '^bulletin-lint: \.bulletin-lint-baseline: [0-9]+ recorded findings not shown' "$TMP/err" "how many findings the baseline hid"

# fixing some of the places a summary counts changes its count ("全文有39处" → "全文有38处") and the
# place it starts at: it is still the recorded finding, and the gate passes
git checkout -q drafts
summary() { "$BIN" --format json --rule punctuation.half-width drafts/xinyang.txt | jq -r '.files[0].diagnostics[0].message'; }
expect_grep '^bulletin-lint: \.bulletin-lint-baseline: 9 recorded findings not shown$' <(
  "$BIN" -r drafts --baseline .bulletin-lint-baseline 2>&1 >/dev/null) "all nine hidden on the unchanged archive"
sed -i '5s/今年以来,/今年以来，/' drafts/xinyang.txt
expect_grep '^全文有38处' <(summary) "one place fixed: the summary counts 38"
expect_status 0 "a changed count in a summary is not a new finding" -- "$BIN" -r drafts --baseline .bulletin-lint-baseline
sed -i '1s/ (六十一)/（六十一）/' drafts/xinyang.txt
expect_grep '^全文有36处.*如第3行' <(summary) "the summary now starts at another place"
expect_status 0 "a summary whose first place was fixed is still the recorded finding" -- \
  "$BIN" -r drafts --baseline .bulletin-lint-baseline --rule punctuation.half-width
# edits elsewhere on the finding's own line, and lines moved above it
sed -i 's/^一、建立任务清单/一、建立任务清单/; 1i\\' drafts/luohe.txt
sed -i 's/全部列入问题清单，交有关部门办理。/全部列入问题清单，交由有关部门限期办理。/' drafts/luohe.txt
expect_status 0 "edits elsewhere on the line of a finding" -- "$BIN" -r drafts --baseline .bulletin-lint-baseline --rule punctuation.paired-marks --rule numbering.enumeration
# but a second finding of the same kind is new: each recorded finding hides one
sed -i 's/^\(　　调研组深入.*\)$/\1\n　　督查组对照《老年人权益保障法逐项核对。/' drafts/luohe.txt
expect_status 1 "a second finding with the same message is new" -- "$BIN" -r drafts --baseline .bulletin-lint-baseline --rule punctuation.paired-marks
expect_equal "$(grep -c 'punctuation.paired-marks' "$TMP/out")" "1" "one of the two is reported"
expect_grep '^drafts/luohe.txt:9:.*没有配对' "$TMP/out" "the new one"
git checkout -q drafts

# --write-baseline says how many findings it recorded; the format is documented in its header
expect_status 0 "writing the baseline again" -- "$BIN" -r drafts --write-baseline .bulletin-lint-baseline
expect_grep '^bulletin-lint: \.bulletin-lint-baseline: 9 findings recorded$' "$TMP/err" "how many were recorded"
expect_grep '^# bulletin-lint baseline 2: ' .bulletin-lint-baseline "the format is named"

# a baseline written by bulletin-lint 0.1.0 (format 1: the message as it was) is still read
cp "$SRC/tests/cli/data/baseline-format-1" old-baseline
expect_status 0 "a baseline of format 1" -- "$BIN" -r drafts --baseline old-baseline --rule numbering.enumeration \
  --rule punctuation.paired-marks --rule numbering.sections --rule structure.contributor-city \
  --rule punctuation.half-width --rule punctuation.guillemets
expect_grep '^bulletin-lint: old-baseline: 7 recorded findings not shown$' "$TMP/err" "format 1: every finding recognised"
sed -i '5s/今年以来,/今年以来，/' drafts/xinyang.txt
expect_status 0 "format 1, a changed count" -- "$BIN" -r drafts --baseline old-baseline --rule punctuation.half-width
git checkout -q drafts
# a fixed finding is counted, so that the team knows to refresh the baseline
sed -i 's/三是细化时间节点/二是细化时间节点/' drafts/luohe.txt
expect_status 0 "a recorded finding fixed" -- "$BIN" -r drafts --baseline .bulletin-lint-baseline
expect_grep 'recorded findings not shown; 1 no longer found \(refresh it with --write-baseline\)$' "$TMP/err" "fixed findings counted"
git checkout -q drafts

# a damaged baseline is an error naming the line
printf 'not a baseline\n' > broken-baseline
expect_status 2 "a damaged baseline" -- "$BIN" -r drafts --baseline broken-baseline
expect_grep 'broken-baseline:1: not a baseline line' "$TMP/err" "damaged baseline message"
expect_status 2 "a missing baseline" -- "$BIN" -r drafts --baseline no-such-file
finish
