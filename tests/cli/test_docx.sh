#!/usr/bin/env bash
# Word drafts: .docx fixtures built from the drafts of tests/drafts (tests/docx/make_docx.py: Word
# numbering at two levels, runs split mid-word, a table, fields, a tracked insertion and deletion, a
# bookmark, a footnote, an editor's comment) give the same findings as the drafts as text; the
# commented copy has one comment per finding, anchored at its text, and nothing else changed;
# --fix writes tracked changes that, accepted, are the text --fix; other formats and damaged files
# are refused with exit 2 and a message naming the format or the part. LibreOffice (when installed;
# .ci/run installs it) converts the commented copy and keeps the comments, and the .docx it writes
# itself read as their text and take comments and tracked changes.
. "$(dirname "$0")/lib.sh"
tool=(python3 "$SRC/tests/docx/docx_tool.py")
export SOURCE_DATE_EPOCH=1716195600   # 2024-05-20T09:00:00Z in the comments and changes
python3 "$SRC/tests/docx/make_docx.py" --all "$TMP/fx" || bad "the fixtures could not be built"
python3 "$SRC/tests/docx/make_docx.py" --bad "$TMP/bad" || bad "the bad files could not be built"
findings() { "$BIN" --format json "$1" | jq -r '.files[0].diagnostics[] | "\(.rule) \(.line):\(.column)-\(.end_line):\(.end_column)"'; }

# --- the same text and the same findings as the draft as text ------------------------------------
for docx in "$TMP"/fx/{clean,flawed}-*.docx; do
  name=$(basename "$docx" .docx) txt=${docx%.docx}.txt
  "$BIN" --dump text "$docx" > "$TMP/$name.read"
  cmp -s "$TMP/$name.read" "$txt" && ok || { bad "$name: the text read from the .docx is not the draft's"; diff "$TMP/$name.read" "$txt" | head -5; }
  findings "$docx" > "$TMP/$name.docx.found"; findings "$txt" > "$TMP/$name.txt.found"
  cmp -s "$TMP/$name.docx.found" "$TMP/$name.txt.found" && ok || { bad "$name: other findings than the text's"; diff "$TMP/$name.docx.found" "$TMP/$name.txt.found" | head -5; }
  case $name in
    clean-*) [ -s "$TMP/$name.docx.found" ] && bad "$name: findings on a clean draft" || ok ;;
    flawed-*) [ -s "$TMP/$name.docx.found" ] && ok || bad "$name: no findings on a flawed draft" ;;
  esac
done
expect_grep '^numbering.sections|一、|^' "$TMP/flawed-gansu-minzheng.read" "the auto-numbered headings are read"
expect_grep '^一、困难群众基本生活得到有效保障$' "$TMP/clean-gansu-minzheng.read" "一、 from the heading style's numbering"
expect_grep '^（二）保障标准稳步提高' "$TMP/clean-gansu-minzheng.read" "（二） from the paragraph's own numbering"
grep -q '已删去的文字' "$TMP"/*.read && bad "deleted text was read" || ok
grep -q 'DOCPROPERTY\|脚注的文字\|请核实这一段' "$TMP"/*.read && bad "a field's code, a footnote or a comment was read" || ok
# line breaks inside a paragraph, a tab, an entity, hidden text: positions stay in the paragraph
expect_equal "$(findings "$TMP/fx/linebreaks.docx" | grep date.impossible)" "date.impossible 3:9-3:14" "a finding after a line break and a tab"
"$BIN" --dump text "$TMP/fx/linebreaks.docx" | grep -q '隐藏的字' && bad "hidden text was read" || ok

# --- every output format ------------------------------------------------------------------------
for format in text json sarif junit github html; do
  expect_status 1 "--format $format on a .docx" -- "$BIN" --format "$format" "$TMP/fx/flawed-gansu-minzheng.docx"
  expect_grep 'flawed-gansu-minzheng.docx' "$TMP/out" "--format $format names the .docx"
done
expect_grep '"line":7,"column":73' <("$BIN" -f json "$TMP/fx/flawed-gansu-minzheng.docx" | jq -c '.files[0].diagnostics[0]') "JSON positions are paragraph and character"
mkdir -p "$TMP/dir/sub" && cp "$TMP/fx/flawed-gansu-minzheng.docx" "$TMP/dir/sub/" && cp "$TMP/fx/clean-wuhu-tongji.txt" "$TMP/dir/" && printf 'lock' > "$TMP/dir/~\$awed-gansu-minzheng.docx"
expect_status 1 "-r takes .docx and .txt" -- "$BIN" -r "$TMP/dir"
expect_grep 'in 2 files' "$TMP/out" "-r found the .docx and the .txt, and not Word's lock file"

# --- the commented copy -------------------------------------------------------------------------
for name in flawed-gansu-minzheng flawed-mianyang-renda flawed-jiangyin-shenji; do
  docx=$TMP/fx/$name.docx
  expect_status 1 "$name: --format docx" -- "$BIN" --format docx -o "$TMP/$name.checked.docx" "$docx"
  n=$(wc -l < "$TMP/$name.docx.found")
  expect_grep "$n comments? on" "$TMP/err" "$name: how many comments"
  "${tool[@]}" comments "$TMP/$name.checked.docx" > "$TMP/$name.comments"
  expect_equal "$(grep -c $'\tbulletin-lint\tref\t' "$TMP/$name.comments")" "$n" "$name: one comment per finding, each with its reference"
  # each anchored at the text of its finding (the paragraph's characters from column to end column)
  "$BIN" --format json "$docx" | jq -r '.files[0].diagnostics[] | "\(.line) \(.column) \(.end_line) \(.end_column)"' > "$TMP/$name.spans"
  python3 - "$TMP/$name.read" "$TMP/$name.spans" "$TMP/$name.comments" <<'PY' > "$TMP/$name.anchors"
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
spans = [tuple(map(int, l.split())) for l in open(sys.argv[2])]
ours = [l.rstrip("\n").split("\t") for l in open(sys.argv[3], encoding="utf-8") if "\tbulletin-lint\t" in l]
for (line, col, end_line, end_col), c in zip(spans, ours):
    want = lines[line - 1][col - 1:end_col - 1] if end_line == line else lines[line - 1][col - 1:]
    if not want:
        want = lines[line - 1][col - 1:col]
    print("ok" if c[3] == want or (end_line != line and c[3].startswith(want)) else f"wrong: {c[3]!r} for {want!r}")
PY
  expect_equal "$(grep -vc '^ok$' "$TMP/$name.anchors")" "0" "$name: every comment anchored at its finding's text ($(grep -v '^ok$' "$TMP/$name.anchors" | head -2))"
  "${tool[@]}" same-parts "$docx" "$TMP/$name.checked.docx" word/document.xml word/comments.xml '[Content_Types].xml' word/_rels/document.xml.rels \
    && ok || bad "$name: a part other than the document, comments, content types and relationships changed"
  "$BIN" --dump text "$TMP/$name.checked.docx" | cmp -s - "$TMP/$name.read" && ok || bad "$name: the commented copy reads differently"
done
expect_grep $'\t编辑甲\tref\t' "$TMP/flawed-mianyang-renda.comments" "the editor's own comment is kept"
expect_grep '［错误］.*\| 建议：.*\| （bulletin-lint：' "$TMP/flawed-gansu-minzheng.comments" "message, suggestion and rule in the comment"
expect_grep $'^1[0-9][0-9]\t' "$TMP/flawed-gansu-minzheng.comments" "comment ids above the document's own ids"
"$BIN" --format docx -o "$TMP/again.docx" "$TMP/fx/flawed-gansu-minzheng.docx" 2>/dev/null
cmp -s "$TMP/again.docx" "$TMP/flawed-gansu-minzheng.checked.docx" && ok || bad "the same draft does not give the same bytes"
expect_status 0 "a clean draft gives a copy without comments" -- "$BIN" --format docx -o "$TMP/clean.docx" "$TMP/fx/clean-gansu-minzheng.docx"
"${tool[@]}" same-parts "$TMP/fx/clean-gansu-minzheng.docx" "$TMP/clean.docx" && ok || bad "a clean draft's copy differs"
expect_status 2 "--format docx needs -o" -- "$BIN" --format docx "$TMP/fx/clean-gansu-minzheng.docx"
expect_status 2 "--format docx on text" -- "$BIN" --format docx -o "$TMP/t.docx" "$TMP/fx/flawed-gansu-minzheng.txt"
[ -e "$TMP/t.docx" ] && bad "a copy was written for a text file" || ok
expect_status 2 "--format docx with --fix" -- "$BIN" --fix --format docx -o "$TMP/t.docx" "$TMP/fx/clean-gansu-minzheng.docx"
expect_status 2 "--format docx -o the draft itself" -- "$BIN" --format docx -o "$TMP/fx/clean-gansu-minzheng.docx" "$TMP/fx/clean-gansu-minzheng.docx"

# found by fuzz_docx: a split w:t that has an xml:space other than "preserve" gets no second one
DOCX_LIB=$SRC/tests/docx python3 -c '
import os, sys
sys.path.insert(0, os.environ["DOCX_LIB"])
import make_docx as m
body = "<w:p><w:r><w:t xml:space=\"default\">会议于2月30日召开.</w:t></w:r></w:p>"
xml = f"<?xml version=\"1.0\"?><w:document xmlns:w=\"{m.W}\"><w:body>{body}</w:body></w:document>"
open(sys.argv[1], "wb").write(m.package(xml, None))' "$TMP/space.docx"
expect_status 1 "a w:t with xml:space=\"default\" commented" -- "$BIN" --format docx -o "$TMP/space.checked.docx" "$TMP/space.docx"
"$BIN" --dump text "$TMP/space.checked.docx" > /dev/null 2>&1 && ok || bad "the copy of a w:t with xml:space=\"default\" does not read"
cp "$TMP/space.docx" "$TMP/space.fix.docx"; "$BIN" --fix "$TMP/space.fix.docx" > /dev/null 2>&1
"$BIN" --dump text "$TMP/space.fix.docx" > /dev/null 2>&1 && ok || bad "the fixed w:t with xml:space=\"default\" does not read"

# --- --fix as tracked changes -------------------------------------------------------------------
python3 "$SRC/tests/docx/make_docx.py" "$SRC/samples/xinyang-extracted.txt" "$TMP/xy.docx" "$TMP/xy.txt"
cp "$TMP/xy.docx" "$TMP/xy.orig.docx"; chmod 640 "$TMP/xy.docx"
# a draft that came as a Word paragraph per extracted line is joined like the extracted text
expect_equal "$(findings "$TMP/xy.docx" | md5sum)" "$(findings "$TMP/xy.txt" | md5sum)" "a paragraph per line: the findings of the extracted text"
expect_status 1 "--fix-dry-run on a .docx" -- "$BIN" --fix-dry-run "$TMP/xy.docx"
expect_grep '^\+信阳：以“三个聚焦”推动联动监督走深走实$' "$TMP/out" "the dry run shows the paragraphs as they read fixed (the space after ： removed too)"
cmp -s "$TMP/xy.docx" "$TMP/xy.orig.docx" && ok || bad "--fix-dry-run changed the .docx"
expect_status 0 "--fix on a .docx" -- "$BIN" --fix "$TMP/xy.docx"
expect_grep 'xy.docx: fixed 43 places' "$TMP/err" "how many tracked changes (41 marks, one with the space after it, and 2 spaces)"
expect_equal "$(stat -c %a "$TMP/xy.docx")" "640" "permissions kept"
ls "$TMP"/xy.docx.fix-* > /dev/null 2>&1 && bad "a temporary file was left behind" || ok
"${tool[@]}" changes "$TMP/xy.docx" > "$TMP/xy.changes"
expect_equal "$(grep -c $'^bulletin-lint\tdel\t' "$TMP/xy.changes")" "43" "a deletion per fix"
expect_grep $'^bulletin-lint\tins\t（\t2024-05-20T09:00:00Z$' "$TMP/xy.changes" "an insertion with author and date"
"${tool[@]}" same-parts "$TMP/xy.orig.docx" "$TMP/xy.docx" word/document.xml && ok || bad "--fix changed another part"
cp "$TMP/xy.txt" "$TMP/xy.fixed.txt"; "$BIN" --fix "$TMP/xy.fixed.txt" > /dev/null 2>&1
"${tool[@]}" accept "$TMP/xy.docx" "$TMP/xy.accepted.docx"
"$BIN" --dump text "$TMP/xy.accepted.docx" | cmp -s - "$TMP/xy.fixed.txt" && ok || bad "the tracked changes, accepted, are not the text --fix"
"${tool[@]}" accept "$TMP/xy.orig.docx" "$TMP/xy.rejected.docx" # nothing to accept: the draft
expect_status 0 "nothing left to fix" -- "$BIN" --fix-dry-run "$TMP/xy.accepted.docx"
# a fix inside a field result is left for the editor
python3 - "$TMP/xy.orig.docx" "$TMP/field.docx" <<'PY'
import sys, zipfile
src, dst = sys.argv[1:]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
    for i in zin.infolist():
        d = zin.read(i.filename)
        if i.filename == "word/document.xml":
            d = d.replace(b"<w:body>", b'<w:body><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TITLE </w:instrText></w:r>'
                          b'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>\xe6\xa0\x87\xe9\xa2\x98,\xe6\xa0\x87\xe9\xa2\x98</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>', 1)
        zout.writestr(i, d)
PY
expect_status 1 "--fix with a fix inside a field (what remains is reported)" -- "$BIN" --fix "$TMP/field.docx"
expect_grep 'field.docx: 1 fix left for the editor' "$TMP/err" "the fix in the field is left out and said"

# --- other formats and damaged files: exit 2, the format or the part named ----------------------
check_refused() { # file pattern
  expect_status 2 "$1 is refused" -- "$BIN" "$TMP/bad/$1"
  expect_grep "$2" "$TMP/err" "$1: the message"
}
check_refused legacy.doc '旧版 Word 文档（\.doc）.*soffice --headless --convert-to docx'
check_refused kingsoft.wps 'WPS 文字文档（\.wps'
check_refused encrypted.docx '加密的 Word 文档|设有打开密码'
check_refused draft.pdf '这是 PDF 文件'
check_refused draft.rtf '这是 RTF 文件.*soffice --headless --convert-to docx'
check_refused draft.odt 'OpenDocument.*soffice --headless --convert-to docx'
check_refused utf16.txt 'UTF-16 编码的文本'
check_refused not-a-docx.docx 'not a Word document: \[Content_Types\]\.xml is missing'
check_refused missing-content-types.docx '\[Content_Types\]\.xml is missing'
check_refused missing-document.docx 'word/document.xml: the main document part is missing'
check_refused malformed.docx 'word/document.xml: malformed XML at line 1, column [0-9]+: mismatched tag'
check_refused malformed-numbering.docx 'word/numbering.xml: malformed XML'
check_refused bomb.docx 'word/document.xml: compressed [0-9]+ times.*zip bomb'
check_refused many-paragraphs.docx 'word/document.xml: more than 50,000 paragraphs'
check_refused deep.docx 'word/document.xml: elements nested deeper than 256 levels'
check_refused doctype.docx 'word/document.xml: has a DOCTYPE'
check_refused truncated.docx 'damaged zip archive'
check_refused workbook.docx 'Excel workbook'
expect_status 2 "a damaged .docx in JSON" -- "$BIN" --format json "$TMP/bad/malformed.docx"
expect_equal "$(jq -r '.files[0].error' "$TMP/out")" "$(jq -r '.files[0].error' "$TMP/out")" "the error in JSON"
expect_grep 'word/document.xml' <(jq -r '.files[0].error' "$TMP/out") "the JSON error names the part"
expect_status 2 "--format docx on a damaged file writes nothing" -- "$BIN" --format docx -o "$TMP/none.docx" "$TMP/bad/malformed.docx"
[ -e "$TMP/none.docx" ] && bad "a copy was written for a damaged file" || ok

# --- LibreOffice opens the commented copy and keeps the comments ----------------------------------
if command -v soffice > /dev/null; then
  content() { python3 -c 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("content.xml").decode())' "$1"; }
  out=$TMP/lo && mkdir -p "$out"
  timeout 120 soffice -env:UserInstallation="file://$TMP/lo-profile" --headless --convert-to odt --outdir "$out" \
    "$TMP/flawed-gansu-minzheng.checked.docx" > "$TMP/lo.log" 2>&1
  if [ -s "$out/flawed-gansu-minzheng.checked.odt" ]; then
    ok
    annotations=$(content "$out/flawed-gansu-minzheng.checked.odt" | grep -o '<office:annotation ' | wc -l)
    expect_equal "$annotations" "$(wc -l < "$TMP/flawed-gansu-minzheng.docx.found")" "LibreOffice keeps every comment"
    content "$out/flawed-gansu-minzheng.checked.odt" | grep -q 'bulletin-lint：date.impossible' && ok || bad "LibreOffice lost a comment's text"
  else
    bad "LibreOffice did not convert the commented copy"; head -5 "$TMP/lo.log"
  fi
  # .docx written by LibreOffice itself (its own XML, not our fixtures'): read as the text they came
  # from; commented and fixed, and LibreOffice sees the comments and the tracked changes
  cp "$SRC/tests/drafts/flawed/gansu-minzheng.txt" "$out/g.txt"; cp "$SRC/samples/xinyang-extracted.txt" "$out/x.txt"
  (cd "$out" && timeout 120 soffice -env:UserInstallation="file://$TMP/lo-profile" --headless --infilter="Text (encoded):UTF8,LF,,," \
     --convert-to docx:"MS Word 2007 XML" g.txt x.txt > "$TMP/lo.log" 2>&1)
  "$BIN" --dump text "$out/g.docx" | cmp -s - "$out/g.txt" && ok || bad "a .docx LibreOffice wrote does not read as its text"
  expect_equal "$(findings "$out/g.docx" | md5sum)" "$(findings "$out/g.txt" | md5sum)" "a .docx LibreOffice wrote: the text's findings"
  "$BIN" --format docx -o "$out/gc.docx" "$out/g.docx" 2> /dev/null
  cp "$out/x.docx" "$out/xf.docx" && "$BIN" --fix "$out/xf.docx" > /dev/null 2>&1
  (cd "$out" && timeout 120 soffice -env:UserInstallation="file://$TMP/lo-profile" --headless --convert-to odt gc.docx xf.docx > "$TMP/lo.log" 2>&1)
  expect_equal "$(content "$out/gc.odt" | grep -o '<office:annotation ' | wc -l)" "$(findings "$out/g.txt" | wc -l)" "LibreOffice sees a comment per finding in its own file"
  # LibreOffice joins deletions that touch (a space removed right after a mark replaced) into one
  lo_deletions=$(content "$out/xf.odt" | grep -o '<text:deletion>' | wc -l)
  our_deletions=$("${tool[@]}" changes "$out/xf.docx" | grep -c $'^bulletin-lint\tdel\t')
  [ "$lo_deletions" -ge $((our_deletions - 3)) ] && [ "$lo_deletions" -le "$our_deletions" ] && ok ||
    bad "LibreOffice sees $lo_deletions tracked deletions of --fix, the file has $our_deletions"
  cp "$out/x.txt" "$out/xf.txt" && "$BIN" --fix "$out/xf.txt" > /dev/null 2>&1
  "${tool[@]}" accept "$out/xf.docx" "$out/xa.docx"
  "$BIN" --dump text "$out/xa.docx" | cmp -s - "$out/xf.txt" && ok || bad "LibreOffice's .docx: the changes accepted are not the text --fix"
elif [ -n "${CI:-}" ]; then
  bad "soffice is not installed (.ci/run installs libreoffice-writer-nogui)"
else
  echo "test_docx: LibreOffice not installed; its check skipped"
fi
finish
