#!/usr/bin/env bash
# --fix and --fix-dry-run: only safe fixes, written atomically, in the file's own encoding, BOM and
# line endings; files that cannot be rewritten faithfully are left alone.
. "$(dirname "$0")/lib.sh"
src=$SRC/samples/xinyang-extracted.txt
cp "$src" "$TMP/utf8.txt"
expect_status 1 "--fix-dry-run shows the fixes" -- "$BIN" --fix-dry-run "$TMP/utf8.txt"
expect_grep "^-今年以来,信阳市人大常委会围绕“积极应对人口老龄化,$" "$TMP/out" "the line before"
expect_grep "^\+今年以来，信阳市人大常委会围绕“积极应对人口老龄化，$" "$TMP/out" "the line after"
expect_grep "^\+阳市养老服务联动监督工作方案》，明确３个阶段１５项重点任$" "$TMP/out" "« » become 《》 and the comma after them is fixed in the same pass"
cmp -s "$src" "$TMP/utf8.txt" && ok || bad "--fix-dry-run changed the file"
"$BIN" --fix-dry-run "$TMP/utf8.txt" > "$TMP/expected.diff"

chmod 640 "$TMP/utf8.txt"
expect_status 0 "--fix fixes, then reports what remains" -- "$BIN" --fix "$TMP/utf8.txt"
expect_grep "utf8.txt: fixed 44 places" "$TMP/err" "how many places were fixed (half-width marks, « », ASCII spaces)"
expect_grep "^no problems in 1 file$" "$TMP/out" "nothing left after the fixes"
expect_equal "$(stat -c %a "$TMP/utf8.txt")" "640" "permissions kept"
expect_status 0 "the fixed file is clean" -- "$BIN" "$TMP/utf8.txt"
expect_status 0 "nothing left to fix" -- "$BIN" --fix-dry-run "$TMP/utf8.txt"
patch -s -o "$TMP/patched.txt" "$src" < <(sed "s|$TMP/utf8.txt|x|g" "$TMP/expected.diff") 2>/dev/null && \
  { cmp -s "$TMP/patched.txt" "$TMP/utf8.txt" && ok || bad "the dry-run diff does not produce what --fix writes"; } || ok
ls "$TMP"/utf8.txt.fix-* > /dev/null 2>&1 && bad "a temporary file was left behind" || ok

# through a symbolic link the file itself is fixed and the link stays a link; a read-only file is
# left alone
cp "$src" "$TMP/target.txt"; ln -s target.txt "$TMP/link.txt"
expect_status 0 "--fix through a link" -- "$BIN" --fix "$TMP/link.txt"
[ -L "$TMP/link.txt" ] && ok || bad "the link was replaced by a file"
cmp -s "$TMP/target.txt" "$TMP/utf8.txt" && ok || bad "the file behind the link was not fixed"
cp "$src" "$TMP/read-only.txt"; chmod 444 "$TMP/read-only.txt"
expect_status 2 "--fix on a read-only file" -- "$BIN" --fix "$TMP/read-only.txt"
expect_grep "read-only.txt: the file is read-only; not changed" "$TMP/err" "read-only named"
cmp -s "$src" "$TMP/read-only.txt" && ok || bad "the read-only file was changed"

# the same fixes in GB18030 with a BOM and CRLF line endings, written back the same way
{ printf '\xEF\xBB\xBF'; sed 's/$/\r/' "$src"; } | iconv -f UTF-8 -t GB18030 > "$TMP/gb.txt"
expect_status 0 "--fix on GB18030, BOM, CRLF" -- "$BIN" --fix "$TMP/gb.txt"
expect_equal "$(head -c 4 "$TMP/gb.txt" | od -An -tx1 | tr -d ' \n')" "84319533" "the GB18030 byte-order mark is kept"
expect_equal "$(iconv -f GB18030 -t UTF-8 "$TMP/gb.txt" | sed '1s/^\xEF\xBB\xBF//' | tr -d '\r' | md5sum)" "$(md5sum < "$TMP/utf8.txt")" "the same text as the UTF-8 fix"
expect_equal "$(iconv -f GB18030 -t UTF-8 "$TMP/gb.txt" | grep -c $'\r$')" "$(wc -l < "$src")" "every line still ends in CRLF"

# files that cannot be rewritten faithfully are left alone
{ head -n 5 "$src"; head -n 5 "$src" | sed 's/$/\r/'; } > "$TMP/mixed.txt"
cp "$TMP/mixed.txt" "$TMP/mixed.before"
expect_status 2 "mixed line endings" -- "$BIN" --fix "$TMP/mixed.txt"
expect_grep "mixed line endings .*not changed" "$TMP/err" "why it was not fixed"
cmp -s "$TMP/mixed.txt" "$TMP/mixed.before" && ok || bad "a file with mixed line endings was changed"
printf '甲,乙\0' > "$TMP/nul.txt"
cp "$TMP/nul.txt" "$TMP/nul.before"
expect_status 2 "an unreadable file" -- "$BIN" --fix "$TMP/nul.txt"
cmp -s "$TMP/nul.txt" "$TMP/nul.before" && ok || bad "an unreadable file was changed"
expect_status 2 "standard input cannot be fixed" -- sh -c "'$BIN' --fix - < '$src'"
expect_grep "cannot rewrite standard input" "$TMP/err" "stdin message"
# --fix runs to a fixed point in one run: a fix that makes another possible ("(明年投用)," : the
# comma after the bracket is half-width between Chinese only once the bracket is fixed)
printf '简报（一）\n周口：标题\n　　常委会开展调研(明年投用),并召开会议。\n' > "$TMP/round.txt"
expect_status 1 "--fix-dry-run shows every round" -- "$BIN" --fix-dry-run "$TMP/round.txt"
expect_grep '^\+　　常委会开展调研（明年投用），并召开会议。$' "$TMP/out" "the dry run shows the fixed point"
expect_status 0 "--fix to a fixed point" -- "$BIN" --fix "$TMP/round.txt"
expect_grep 'round.txt: fixed 3 places' "$TMP/err" "three places in one run"
expect_equal "$(sed -n 3p "$TMP/round.txt")" "　　常委会开展调研（明年投用），并召开会议。" "nothing left for a second run"
expect_status 0 "a second run has nothing to fix" -- "$BIN" --fix-dry-run "$TMP/round.txt"
# the findings printed after fixing show the fixed text, at its positions
sed 's/一是明确责任分工，三是/一是明确责任分工,三是/' "$SRC/samples/demo-flawed-draft.txt" > "$TMP/after.txt"
expect_status 1 "--fix with findings left" -- "$BIN" --fix --color never "$TMP/after.txt"
expect_grep '^5 \| .*一是明确责任分工，三是细化' "$TMP/out" "the excerpt shows the fixed text"
if grep -q '分工,三是' "$TMP/out"; then bad "the excerpt shows the text before the fix"; else ok; fi
expect_grep '^4 problems' "$TMP/out" "what remains after the fixes"
"$BIN" --format json "$TMP/after.txt" > "$TMP/after-again.json"
"$BIN" --format json --fix "$TMP/after.txt" > "$TMP/after-fix.json" 2>/dev/null
expect_equal "$(jq -c '[.files[0].diagnostics[] | [.line, .column, .rule]]' "$TMP/after-fix.json")" \
  "$(jq -c '[.files[0].diagnostics[] | [.line, .column, .rule]]' "$TMP/after-again.json")" "the same findings as a check of the fixed file"
# a read-only file with nothing to fix is not an error
cp "$SRC/samples/zhoukou-draft.txt" "$TMP/clean-ro.txt"; chmod 444 "$TMP/clean-ro.txt"
expect_status 0 "--fix on a read-only file with nothing to fix" -- "$BIN" --fix "$TMP/clean-ro.txt"

finish
