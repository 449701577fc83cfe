#!/usr/bin/env bash
# --jobs: several threads, each with its own engine, and output identical to one thread.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/drafts/broken"
for i in 1 2 3 4 5 6 7 8; do cp "$SRC/samples/demo-flawed-draft.txt" "$TMP/drafts/d$i.txt"; done
cp "$SRC"/samples/*.txt "$TMP/drafts/"
printf 'a\0b' > "$TMP/drafts/nul.txt"
cp "$SRC/samples/zhoukou-draft.txt" "$TMP/drafts/broken/x.txt"
cp "$SRC/samples/zhoukou-draft.txt" "$TMP/drafts/broken/y.txt"
printf 'return { rulez = {} }\n' > "$TMP/drafts/broken/.bulletin-lint.lua"
for format in text json sarif junit github; do
  "$BIN" -j 1 -r -f "$format" --color=never "$TMP/drafts" > "$TMP/one.$format" 2> "$TMP/one.$format.err"
  s1=$?
  "$BIN" -j 3 -r -f "$format" --color=never "$TMP/drafts" > "$TMP/three.$format" 2> "$TMP/three.$format.err"
  s3=$?
  if cmp -s "$TMP/one.$format" "$TMP/three.$format" && cmp -s "$TMP/one.$format.err" "$TMP/three.$format.err"; then ok
  else bad "$format output differs between --jobs 1 and --jobs 3"; diff "$TMP/one.$format" "$TMP/three.$format" | head -5; fi
  expect_equal "$s3" "$s1" "$format exit status"
done
expect_equal "$(grep -c "unknown setting 'rulez'" "$TMP/three.text.err")" "1" "a broken configuration is reported once"
expect_status 2 "a bad --jobs" -- "$BIN" -j 0 "$TMP/drafts/d1.txt"
finish
