#!/usr/bin/env bash
# A file of several bulletins one after another (an archive export) is checked as one document per
# bulletin, with the file's positions: exactly the findings of the bulletins as separate files, their
# lines shifted; --fix fixes them all; --dump writes each bulletin's model; one file in every output.
. "$(dirname "$0")/lib.sh"
union() { # union DESCRIPTION FILE...: their concatenation gives the union of their findings
  local what=$1; shift
  cat "$@" > "$TMP/all.txt"
  if python3 "$SRC/tests/cli/union_check.py" "$BIN" "$TMP/all.txt" "$@" > "$TMP/union" 2>&1; then ok
  else bad "$what: the concatenation's findings are not the separate files'"; head -5 "$TMP/union" | sed 's/^/    /'; fi
}
henan=(jiaozuo.txt nanyang.txt pingdingshan.txt xinxiang.txt xuchang.txt zhumadian.txt)
union "the samples" "$SRC"/samples/*.txt
union "the series' clean drafts" "${henan[@]/#/$SRC/tests/drafts/clean/}"
union "flawed drafts and samples" "$SRC"/tests/drafts/flawed/{jiaozuo,nanyang,pingdingshan,zhumadian}.txt "$SRC"/samples/*.txt
union "a masthead over its issue line (人大工作简报 / 第12期)" "$SRC"/tests/drafts/{flawed,clean,flawed}/mianyang-renda.txt
union "GB18030 with CRLF line endings" "$SRC"/tests/drafts/flawed/jiaozuo-extracted-gb18030-crlf.txt "$SRC"/tests/drafts/flawed/jiaozuo-extracted-gb18030-crlf.txt
union "a security mark over each masthead (内部资料)" "$SRC"/tests/drafts/clean/{linjiang-jiaoyu,linjiang-jiaoyu}.txt
union "the same bulletin three times" "$SRC"/samples/xinyang-extracted.txt "$SRC"/samples/xinyang-extracted.txt "$SRC"/samples/xinyang-extracted.txt

# Each document is found: --dump writes an array of their models, at the file's lines
cat "$SRC"/samples/*.txt > "$TMP/three.txt"
"$BIN" --dump "$TMP/three.txt" > "$TMP/dump.json"
expect_equal "$(jq -c '[.[] | .masthead.line]' "$TMP/dump.json")" \
  "[1,$(( $(wc -l < "$SRC/samples/demo-flawed-draft.txt") + 1 )),$(( $(cat "$SRC"/samples/{demo-flawed-draft,xinyang-extracted}.txt | wc -l) + 1 ))]" \
  "--dump: one model per bulletin, each masthead at its line in the file"
expect_equal "$(jq -c '[.[] | .title.city.text]' "$TMP/dump.json")" '["漯河","信阳","周口"]' "--dump: each bulletin's own title"
"$BIN" --dump claims "$TMP/three.txt" > "$TMP/claims.json"
expect_equal "$(jq 'length' "$TMP/claims.json")" "3" "--dump claims: one list per bulletin"
"$BIN" --dump "$SRC/samples/zhoukou-draft.txt" > "$TMP/one.json"
expect_equal "$(jq -r 'type' "$TMP/one.json")" "object" "--dump of one bulletin: its model, as before"
expect_equal "$("$BIN" --dump text "$TMP/three.txt" | md5sum)" "$(md5sum < "$TMP/three.txt")" "--dump text: the file as read"

# Two series one after the other are not an archive of one: one document
cat "$SRC"/tests/drafts/clean/{mianyang-renda,baoji-shengtai}.txt > "$TMP/two-series.txt"
"$BIN" --dump "$TMP/two-series.txt" > "$TMP/two.json"
expect_equal "$(jq -r 'type' "$TMP/two.json")" "object" "two series: one document"

# One file entry in every format, the findings in line order
"$BIN" --format json "$TMP/three.txt" > "$TMP/three.json"
expect_equal "$(jq '.files | length' "$TMP/three.json")" "1" "JSON: one file"
expect_equal "$(jq -c '[.files[0].diagnostics[].line] == ([.files[0].diagnostics[].line] | sort)' "$TMP/three.json")" "true" "JSON: in line order"
"$BIN" --format sarif "$TMP/three.txt" > "$TMP/three.sarif"
expect_equal "$(jq '[.runs[0].results[].locations[0].physicalLocation.artifactLocation.uri] | unique | length' "$TMP/three.sarif")" "1" "SARIF: one file"
"$BIN" "$TMP/three.txt" > "$TMP/three.out"
expect_grep "in 1 file$" "$TMP/three.out" "text: one file"

# --fix: the fixes of every bulletin, in the one file: as if each had been fixed on its own
for f in demo-flawed-draft xinyang-extracted zhoukou-draft; do cp "$SRC/samples/$f.txt" "$TMP/$f.txt"; done
cp "$TMP/three.txt" "$TMP/fixed-all.txt"
"$BIN" --fix "$TMP/fixed-all.txt" > /dev/null 2>&1
for f in demo-flawed-draft xinyang-extracted zhoukou-draft; do "$BIN" --fix "$TMP/$f.txt" > /dev/null 2>&1; done
cmp -s "$TMP/three.txt" "$TMP/fixed-all.txt" && bad "--fix changed nothing" || ok
cat "$TMP"/{demo-flawed-draft,xinyang-extracted,zhoukou-draft}.txt | cmp -s - "$TMP/fixed-all.txt" && ok || bad "--fix on the file is not the bulletins fixed one by one"
gb=$SRC/tests/drafts/flawed/jiaozuo-extracted-gb18030-crlf.txt
cp "$gb" "$TMP/gb.txt"; cat "$gb" "$gb" > "$TMP/gb-twice.txt"
"$BIN" --fix "$TMP/gb.txt" > /dev/null 2>&1; "$BIN" --fix "$TMP/gb-twice.txt" > /dev/null 2>&1
cat "$TMP/gb.txt" "$TMP/gb.txt" | cmp -s - "$TMP/gb-twice.txt" && ok || bad "--fix of two GB18030 CRLF bulletins is not each fixed on its own"
finish
