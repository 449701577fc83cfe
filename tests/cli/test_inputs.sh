#!/usr/bin/env bash
# Reading: encodings and line endings give identical findings; bad input ends cleanly with 2.
. "$(dirname "$0")/lib.sh"
flawed=$SRC/samples/demo-flawed-draft.txt

findings() { jq -c '[.files[].diagnostics[]]' "$1"; }

"$BIN" --format json "$flawed" > "$TMP/utf8.json"
iconv -f UTF-8 -t GB18030 "$flawed" > "$TMP/gb.txt"
sed 's/$/\r/' "$flawed" > "$TMP/crlf.txt"
{ printf '\xEF\xBB\xBF'; cat "$flawed"; } > "$TMP/bom.txt"
tr '\n' '\r' < "$flawed" > "$TMP/cr.txt"
{ printf '\xEF\xBB\xBF'; cat "$flawed"; } | sed 's/$/\r/' | iconv -f UTF-8 -t GB18030 > "$TMP/gb-crlf.txt"  # BOM 84 31 95 33
for variant in gb crlf bom cr gb-crlf; do
  "$BIN" --format json "$TMP/$variant.txt" > "$TMP/$variant.json"
  expect_equal "$(findings "$TMP/$variant.json")" "$(findings "$TMP/utf8.json")" "$variant gives the same findings"
done
expect_equal "$(jq -r '.files[0].encoding' "$TMP/gb.json")" "gb18030" "GB18030 detected"
"$BIN" --format json --encoding gb18030 "$TMP/gb.txt" > "$TMP/gb-forced.json"
expect_equal "$(findings "$TMP/gb-forced.json")" "$(findings "$TMP/utf8.json")" "--encoding gb18030"

# the extracted sample, converted, keeps its positions too
xy=$SRC/samples/xinyang-extracted.txt
"$BIN" --dump "$xy" | jq -c '[.paragraphs[] | [.line, .column, .end_line, .end_column]]' > "$TMP/a"
iconv -f UTF-8 -t GB18030 "$xy" | sed 's/$/\r/' > "$TMP/xy.txt"
"$BIN" --dump "$TMP/xy.txt" | jq -c '[.paragraphs[] | [.line, .column, .end_line, .end_column]]' > "$TMP/b"
expect_equal "$(cat "$TMP/b")" "$(cat "$TMP/a")" "extracted layout positions across encodings"

# bad inputs: a clear message naming the file, status 2, and the other files still checked
printf '正文\0更多' > "$TMP/nul.txt"
expect_status 2 "NUL bytes" -- "$BIN" --format json "$TMP/nul.txt" "$flawed"
expect_grep "nul.txt: NUL byte at byte offset 6" "$TMP/err" "NUL byte offset"
expect_equal "$(jq -r '.files | length' "$TMP/out")" "2" "the other file is still checked"
expect_equal "$(jq -r '.files[] | select(.path | endswith("nul.txt")) | .error' "$TMP/out")" "NUL byte at byte offset 6: this is not a text file" "error in json"
expect_status 2 "a missing file" -- "$BIN" "$TMP/missing.txt" "$flawed"
expect_grep "missing.txt: No such file or directory" "$TMP/err" "missing file named"
expect_grep "demo-flawed-draft.txt:5:44" "$TMP/out" "the other file still checked"
expect_grep "^4 problems .* in 1 file; 1 file not checked \(see the errors above\)$" "$TMP/out" "the summary says a file was not checked"
expect_status 2 "only a missing file" -- "$BIN" "$TMP/missing.txt"
expect_grep "^no problems in 0 files; 1 file not checked \(see the errors above\)$" "$TMP/out" "no clean summary for a file not checked"
expect_status 2 "a missing file in json" -- "$BIN" --format json "$TMP/missing.txt" "$TMP/nul.txt" "$flawed"
expect_equal "$(jq -r '[.files[] | select(.error) | "\(.path | sub(".*/"; "")): \(.error)"] | join("|")' "$TMP/out")" \
  "missing.txt: No such file or directory|nul.txt: NUL byte at byte offset 6: this is not a text file" "every unreadable file listed in json"
expect_equal "$(jq -c '.summary | [.files, .unreadable]' "$TMP/out")" "[3,2]" "json summary counts the unreadable files"
expect_status 2 "a missing file for github" -- "$BIN" --format github "$TMP/missing.txt"
expect_grep "^::error file=$TMP/missing.txt::No such file or directory$" "$TMP/out" "github annotation for a missing file"
# a file named twice, or named and found in its directory, is checked once
mkdir -p "$TMP/twice" && cp "$flawed" "$TMP/twice/a.txt"
expect_status 1 "a file given twice" -- "$BIN" --format json "$TMP/twice/a.txt" -r "$TMP/twice" "$TMP/twice/a.txt"
expect_equal "$(jq -c '[(.files | length), .summary.files]' "$TMP/out")" "[1,1]" "checked once"
# a report or baseline written over a file being checked would destroy the draft: refused
cp "$flawed" "$TMP/draft.txt"; ln -s "$TMP/draft.txt" "$TMP/draft-link.txt"
expect_status 2 "-o naming the input" -- "$BIN" -o "$TMP/draft.txt" "$TMP/draft.txt"
expect_grep "^bulletin-lint: -o $TMP/draft.txt: this is one of the files to check; writing there would overwrite it" "$TMP/err" "-o refused"
expect_status 2 "-o through a link to the input" -- "$BIN" -o "$TMP/draft-link.txt" "$TMP/draft.txt"
expect_grep "this is the same file as $TMP/draft.txt, one of the files to check" "$TMP/err" "-o through a link refused"
expect_status 2 "--write-baseline naming an input found by -r" -- "$BIN" -r --write-baseline "$TMP/draft.txt" "$TMP"
expect_grep "^bulletin-lint: --write-baseline $TMP/draft.txt: this is" "$TMP/err" "--write-baseline refused"
if cmp -s "$flawed" "$TMP/draft.txt"; then ok; else bad "the draft was changed"; fi
# nor over the baseline or the configuration it reads; refreshing a baseline in place is allowed
"$BIN" --write-baseline "$TMP/baseline.txt" "$flawed" > /dev/null 2>&1
cp "$TMP/baseline.txt" "$TMP/baseline-before.txt"
expect_status 2 "-o naming the baseline" -- "$BIN" --baseline "$TMP/baseline.txt" -o "$TMP/baseline.txt" "$flawed"
expect_grep "^bulletin-lint: -o $TMP/baseline.txt: this is the file given to --baseline" "$TMP/err" "-o over the baseline refused"
cmp -s "$TMP/baseline.txt" "$TMP/baseline-before.txt" && ok || bad "the baseline was changed"
expect_status 0 "refreshing a baseline in place" -- "$BIN" --baseline "$TMP/baseline.txt" --write-baseline "$TMP/baseline.txt" "$flawed"
cmp -s "$TMP/baseline.txt" "$TMP/baseline-before.txt" && ok || bad "the refreshed baseline differs"
printf 'return {}\n' > "$TMP/config.lua"
expect_status 2 "-o naming the configuration" -- "$BIN" --config "$TMP/config.lua" -o "$TMP/config.lua" "$flawed"
expect_grep "this is the file given to --config" "$TMP/err" "-o over the configuration refused"
rm "$TMP/draft.txt" "$TMP/draft-link.txt"
mkdir -p "$TMP/dir/sub" && cp "$flawed" "$TMP/dir/sub/a.txt"
expect_status 2 "a directory without -r" -- "$BIN" "$TMP/dir"
expect_grep "is a directory \(use -r" "$TMP/err" "directory message"
expect_status 1 "a directory with -r" -- "$BIN" -r "$TMP/dir"
expect_grep "sub/a.txt:5:44" "$TMP/out" "found the file in the subdirectory"
# include and exclude globs
mkdir -p "$TMP/globs/old" "$TMP/globs/new"
cp "$flawed" "$TMP/globs/new/a.txt"; cp "$flawed" "$TMP/globs/old/b.txt"; cp "$flawed" "$TMP/globs/new/c.draft"
expect_status 1 "--exclude a folder" -- "$BIN" -r --exclude 'old' "$TMP/globs"
expect_equal "$(grep -c '^[^ ].*:5:44:' "$TMP/out")" "1" "only new/a.txt checked"
expect_grep "new/a.txt:5:44" "$TMP/out" "the file outside the excluded folder"
expect_status 1 "--include another extension" -- "$BIN" -r --include '*.draft' "$TMP/globs"
expect_equal "$(grep -c ':5:44:' "$TMP/out")" "1" "only the .draft file"
expect_grep "new/c.draft:5:44" "$TMP/out" "the included file"
expect_status 1 "--exclude a path glob" -- "$BIN" -r --include '*.txt' --include '*.draft' --exclude 'new/*.draft' "$TMP/globs"
expect_equal "$(grep -c ':5:44:' "$TMP/out")" "2" "two .txt files"
# a run that selects no file fails (a gate that checks nothing must not pass)
expect_status 2 "include and exclude selecting nothing" -- "$BIN" -r "$TMP/globs" --include '*.draft' --exclude '*.draft'
expect_grep '^bulletin-lint: no file to check: --exclude left out every file' "$TMP/err" "no file selected: why"
expect_equal "$(wc -c < "$TMP/out")" "0" "no 'no problems' summary when nothing was checked"
mkdir -p "$TMP/only-md" && printf '# notes' > "$TMP/only-md/a.md"
expect_status 2 "a folder without a .txt or .docx file" -- "$BIN" -r "$TMP/only-md"
expect_grep '^bulletin-lint: no file to check: the directories hold no \.txt or \.docx file' "$TMP/err" "empty folder: why"
expect_status 2 "a folder without a .txt or .docx file, in JSON" -- "$BIN" -r --format json "$TMP/only-md"
# --exclude applies to the files named on the command line too: by glob, name or folder
expect_status 2 "--exclude a named file" -- "$BIN" --exclude '*.txt' "$TMP/globs/new/a.txt"
expect_status 1 "--exclude a named file's folder" -- "$BIN" --exclude old "$TMP/globs/old/b.txt" "$TMP/globs/new/a.txt"
expect_equal "$(grep -c ':5:44:' "$TMP/out")" "1" "the file in the excluded folder is left out"
expect_grep "new/a.txt:5:44" "$TMP/out" "the other file is checked"
expect_status 1 "--exclude a path glob on a named file" -- "$BIN" --exclude 'new/*.txt' "$TMP/globs/new/a.txt" "$TMP/globs/old/b.txt"
expect_grep "old/b.txt:5:44" "$TMP/out" "only old/b.txt"
expect_equal "$(grep -c ':5:44:' "$TMP/out")" "1" "new/a.txt left out"
# globs ignore the case of letters: *.txt takes C.TXT
cp "$flawed" "$TMP/globs/new/C.TXT"
expect_status 1 "*.txt takes C.TXT" -- "$BIN" -r "$TMP/globs/new"
expect_grep "new/C.TXT:5:44" "$TMP/out" "the upper-case extension"
expect_status 1 "--exclude '*.txt' leaves out C.TXT" -- "$BIN" -r --exclude '*.txt' --include '*.TXT' --include '*.draft' "$TMP/globs/new"
expect_equal "$(grep -c ':5:44:' "$TMP/out")" "1" "only the .draft file"
rm "$TMP/globs/new/C.TXT"

printf 'ok \x80\x80\x80\xFF text' > "$TMP/bad.txt"
expect_status 2 "neither UTF-8 nor GB18030" -- "$BIN" "$TMP/bad.txt"
expect_grep "bad.txt: neither UTF-8 \(invalid byte at offset 3\) nor GB18030" "$TMP/err" "encoding error offset"
head -c 65536 /dev/urandom > "$TMP/random.bin"
expect_status 2 "random binary data" -- timeout 20 "$BIN" "$TMP/random.bin"

# large and odd input ends, and quickly
python3 -c 'print("字" * 350000)' > "$TMP/long.txt" 2>/dev/null || awk 'BEGIN { s = ""; for (i = 0; i < 350000; i++) s = s "字"; print s }' > "$TMP/long.txt"
start=$(date +%s)
timeout 60 "$BIN" "$TMP/long.txt" > /dev/null 2>&1
status=$?
[ "$status" -le 1 ] && ok || bad "a 1 MB single line: exit $status"
[ $(( $(date +%s) - start )) -lt 20 ] && ok || bad "a 1 MB single line took too long"
awk 'BEGIN { for (i = 0; i < 5000; i++) printf "（"; for (i = 0; i < 5000; i++) printf "《"; print "" }' > "$TMP/nested.txt"
expect_status 1 "5,000 nested brackets" -- timeout 20 "$BIN" --format json "$TMP/nested.txt"
count=$(jq '[.files[0].diagnostics[] | select(.rule == "punctuation.paired-marks")] | length' "$TMP/out")
[ "$count" -le 6 ] && ok || bad "unclosed brackets are summarised, not listed 10,000 times ($count findings)"
# inputs found by fuzzing: each is checked without a rule failing
for input in "$SRC"/tests/fuzz-regressions/*; do
  timeout 20 "$BIN" "$input" > /dev/null 2> "$TMP/fuzz.err"
  status=$?
  if [ "$status" -le 2 ] && ! grep -q "failed on" "$TMP/fuzz.err" && [ "$status" -ne 2 -o -s "$TMP/fuzz.err" ]; then ok
  else bad "$(basename "$input"): exit $status $(head -2 "$TMP/fuzz.err")"; fi
done

printf '' > "$TMP/empty.txt"
expect_status 0 "an empty file is read (not a bulletin: no finding)" -- "$BIN" "$TMP/empty.txt"

# -o never writes over an input: not the file behind standard input, not one named after -o, not
# another name (a hard link) of an input; the check comes before -o is opened, so the draft is kept
cp "$SRC/samples/zhoukou-draft.txt" "$TMP/draft.txt"
sum=$(md5sum < "$TMP/draft.txt")
expect_status 2 "-o the file behind standard input" -- sh -c "'$BIN' -o '$TMP/draft.txt' - < '$TMP/draft.txt'"
expect_grep "^bulletin-lint: -o .*draft.txt: this is the file read from standard input; writing there would overwrite it" "$TMP/err" "-o over standard input: the message names the file"
expect_equal "$(md5sum < "$TMP/draft.txt")" "$sum" "-o over standard input: the draft is unchanged"
ln -f "$TMP/draft.txt" "$TMP/draft-link.txt"
expect_status 2 "-o a hard link of the file behind standard input" -- sh -c "'$BIN' -o '$TMP/draft-link.txt' - < '$TMP/draft.txt'"
expect_status 2 "--write-baseline the file behind standard input" -- sh -c "'$BIN' --write-baseline '$TMP/draft.txt' - < '$TMP/draft.txt'"
expect_status 2 "-o a file named after it as an input" -- "$BIN" -o "$TMP/draft-link.txt" "$SRC/samples/demo-flawed-draft.txt" "$TMP/draft.txt"
expect_grep "draft-link.txt: this is the same file as .*draft.txt" "$TMP/err" "-o a later input: the message"
expect_equal "$(md5sum < "$TMP/draft.txt")" "$sum" "the draft is unchanged"
expect_status 0 "-o another file, reading standard input" -- sh -c "'$BIN' -o '$TMP/report.txt' - < '$TMP/draft.txt'"
expect_status 0 "-o from a pipe" -- sh -c "cat '$TMP/draft.txt' | '$BIN' -o '$TMP/report.txt' -"

# a FIFO, a socket or a device named on the command line is refused by name, without blocking;
# standard input under its own names is read
mkfifo "$TMP/fifo.txt"
expect_status 2 "a FIFO is refused" -- timeout 10 "$BIN" "$TMP/fifo.txt" "$TMP/draft.txt"
expect_grep "fifo.txt: not a regular file \(a FIFO, a socket or a device\); not read" "$TMP/err" "a FIFO: the message names it"
expect_grep "^no problems in 1 file; 1 file not checked" "$TMP/out" "a FIFO: the other file is checked"
expect_status 2 "a device is refused" -- timeout 10 "$BIN" /dev/zero
expect_grep "/dev/zero: not a regular file" "$TMP/err" "a device: the message names it"
expect_status 0 "/dev/stdin from a file" -- sh -c "timeout 10 '$BIN' /dev/stdin < '$TMP/draft.txt'"
expect_status 0 "/dev/stdin from a pipe" -- sh -c "cat '$TMP/draft.txt' | timeout 10 '$BIN' /dev/stdin"
expect_status 0 "- from a pipe" -- sh -c "cat '$TMP/draft.txt' | timeout 10 '$BIN' -"

# an input of exactly 256 MiB is read (this one is refused for its NUL bytes, not its size); one byte more is not
truncate -s 256M "$TMP/limit.txt"
expect_status 2 "a file of exactly 256 MiB" -- timeout 60 "$BIN" "$TMP/limit.txt"
expect_grep "limit.txt: NUL byte at byte offset 0" "$TMP/err" "a file of exactly 256 MiB is read"
truncate -s 268435457 "$TMP/limit.txt"
expect_status 2 "a file of 256 MiB and one byte" -- timeout 60 "$BIN" "$TMP/limit.txt"
expect_grep "limit.txt: file too large \(the limit is 256 MiB\)" "$TMP/err" "a file over 256 MiB: the message"
expect_status 2 "256 MiB and one byte on standard input" -- sh -c "timeout 60 '$BIN' - < '$TMP/limit.txt'"
rm -f "$TMP/limit.txt"

# many short lines: memory and time bounded (20,000 lines of 2 bytes: about 60 MB and 1 s on an idle
# machine, 175 MB under ASan; the bounds leave room for ASan and a busy machine; README “Limits”)
awk 'BEGIN { for (i = 0; i < 20000; i++) print "a" }' > "$TMP/short-lines.txt"
start=$(date +%s)
if /usr/bin/time -f '%M' -o "$TMP/rss" timeout 60 "$BIN" -j 1 "$TMP/short-lines.txt" > /dev/null 2>&1 || [ -s "$TMP/rss" ]; then
  rss=$(tail -1 "$TMP/rss")
  [ "$rss" -le 262144 ] && ok || bad "20,000 short lines: peak memory ${rss} KB"
fi
[ $(( $(date +%s) - start )) -lt 30 ] && ok || bad "20,000 short lines took too long"

finish
