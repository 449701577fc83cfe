#!/usr/bin/env bash
# --fix and --fix-dry-run: only safe fixes, written in place under a lock (never over a file changed since it was read), in the file's own encoding, BOM and
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
expect_grep "utf8.txt: fixed 43 places" "$TMP/err" "how many places were fixed (half-width marks with the spaces after them, « », ASCII spaces)"
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

# --fix writes in place: a hard-linked file keeps its inode and its links (both names show the fix)
# and its extended attributes
cp "$src" "$TMP/linked.txt"
ln -f "$TMP/linked.txt" "$TMP/linked-too.txt"
inode=$(stat -c %i "$TMP/linked.txt")
python3 -c 'import os, sys; os.setxattr(sys.argv[1], "user.bulletin", b"kept")' "$TMP/linked.txt" 2>/dev/null && xattr=1 || xattr=0
expect_status 0 "--fix on a hard-linked file" -- "$BIN" --fix "$TMP/linked.txt"
expect_equal "$(stat -c '%i %h' "$TMP/linked.txt")" "$inode 2" "the inode and both links are kept"
cmp -s "$TMP/linked-too.txt" "$TMP/utf8.txt" && ok || bad "the other name of the file does not show the fix"
if [ "$xattr" = 1 ]; then
  expect_equal "$(python3 -c 'import os, sys; print(os.getxattr(sys.argv[1], "user.bulletin").decode())' "$TMP/linked.txt")" "kept" "the extended attribute is kept"
fi

# a file changed between its reading and the writing of its fixes is not written over: the test hook
# BULLETIN_LINT_TEST_PAUSE_BEFORE_FIX makes --fix wait, before it locks and compares the file, until
# the flag file it creates is removed; the test appends a line in that pause
cp "$src" "$TMP/race.txt"
BULLETIN_LINT_TEST_PAUSE_BEFORE_FIX="$TMP/pause" "$BIN" --fix "$TMP/race.txt" > "$TMP/race.out" 2> "$TMP/race.err" &
fixer=$!
for _ in $(seq 1 3000); do [ -e "$TMP/pause" ] && break; sleep 0.01; done
[ -e "$TMP/pause" ] && ok || bad "the fix did not reach its pause"
echo "　　另一个程序追加的一行。" >> "$TMP/race.txt"
rm -f "$TMP/pause"
wait "$fixer"
expect_equal "$?" "2" "a file changed while it was checked: exit status"
expect_grep "race.txt: the file changed while it was checked; not changed" "$TMP/race.err" "a changed file: the message names it"
expect_equal "$(head -c -0 "$TMP/race.txt" | md5sum)" "$({ cat "$src"; echo "　　另一个程序追加的一行。"; } | md5sum)" "the appended line is kept, the file not fixed"
# the same change of content with the size and time of the file put back is found too (by its bytes)
cp "$src" "$TMP/same-size.txt"
BULLETIN_LINT_TEST_PAUSE_BEFORE_FIX="$TMP/pause" "$BIN" --fix "$TMP/same-size.txt" > /dev/null 2> "$TMP/race.err" &
fixer=$!
for _ in $(seq 1 3000); do [ -e "$TMP/pause" ] && break; sleep 0.01; done
stamp=$(stat -c %y "$TMP/same-size.txt")
printf 'X' | dd of="$TMP/same-size.txt" bs=1 seek=0 conv=notrunc 2>/dev/null
touch -d "$stamp" "$TMP/same-size.txt"
rm -f "$TMP/pause"
wait "$fixer"
expect_equal "$?" "2" "a change of the same size and time is found"
expect_equal "$(head -c 1 "$TMP/same-size.txt")" "X" "that change is kept"

# a rule whose fix is not valid UTF-8 is named and its fix not applied; the file stays valid UTF-8
mkdir -p "$TMP/bad-fix/structure"
cat > "$TMP/bad-fix/structure/bad-fix.lua" <<'LUA'
local rule = { id = "structure.bad-fix", category = "structure", severity = "warning", summary = "a fix that is not UTF-8" }
function rule.check(doc, report)
  local node = doc.text_nodes[1]
  report{ at = node, from = 1, to = 1, message = "bad fix", fix = "\xff\xfe" }
end
return rule
LUA
cp "$src" "$TMP/bad-fix.txt"
expect_status 2 "--fix with a fix that is not UTF-8" -- "$BIN" --fix --rules "$TMP/bad-fix" "$TMP/bad-fix.txt"
expect_grep "rule structure.bad-fix failed on .*bad-fix.lua:4: report: a fix's text is not valid UTF-8" "$TMP/err" "the rule is named"
iconv -f UTF-8 -t UTF-8 "$TMP/bad-fix.txt" > /dev/null 2>&1 && ok || bad "the fixed file is not valid UTF-8"

# a fix outside its node is refused by name, not dropped in silence
mkdir -p "$TMP/far-fix/structure"
cat > "$TMP/far-fix/structure/far-fix.lua" <<'LUA'
local rule = { id = "structure.far-fix", category = "structure", severity = "warning", summary = "a fix past its node" }
function rule.check(doc, report)
  local node = doc.text_nodes[1]
  report{ at = node, message = "far fix", fixes = { { at = node, from = 1, to = #node.text + 5, text = "x" } } }
end
return rule
LUA
cp "$src" "$TMP/far-fix.txt"
expect_status 2 "--fix with a fix outside its node" -- "$BIN" --fix --rules "$TMP/far-fix" "$TMP/far-fix.txt"
expect_grep "rule structure.far-fix failed on .*far-fix.lua:4: report: fixes\[1\] \(from 1 to [0-9]+\) is outside its node" "$TMP/err" "the rule is named"

finish
