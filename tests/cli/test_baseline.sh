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
expect_equal "$(grep -vc '^#' .bulletin-lint-baseline)" "7" "seven findings recorded"
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
expect_grep '^2 problems \(0 errors, 2 warnings, 0 infos\) in 3 files$' "$TMP/out" "old findings stay quiet, even after lines moved"

# a damaged baseline is an error naming the line
printf 'not a baseline\n' > broken-baseline
expect_status 2 "a damaged baseline" -- "$BIN" -r drafts --baseline broken-baseline
expect_grep 'broken-baseline:1: not a baseline line' "$TMP/err" "damaged baseline message"
expect_status 2 "a missing baseline" -- "$BIN" -r drafts --baseline no-such-file
finish
