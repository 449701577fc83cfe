#!/usr/bin/env bash
# The HTML report, rendered in headless Chromium: every finding is highlighted at its text and
# explained beside it, in the DOM the browser builds; a summary finding marks every place it
# counts; the version and date; unreadable files said in Chinese; suggestions in an editor's terms;
# the print stylesheet (pages printed); the CJK fonts it names (a screenshot with fonts-noto-cjk).
. "$(dirname "$0")/lib.sh"
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  if [ "${CI:-}" = "true" ]; then echo "FAIL: chromium is not installed"; echo "test_html: 0 passed, 1 failed"; exit 1; fi
  echo "test_html: 0 passed, 0 failed, 1 skipped (no chromium; make test installs it)"; exit 0
fi
files=("$SRC"/samples/*.txt)
[ -d "$SRC/../shared/corpus" ] && files+=("$SRC"/../shared/corpus/*.txt)
"$BIN" --format json "${files[@]}" > "$TMP/findings.json"
expect_status 1 "the HTML report" -- "$BIN" --format html -o "$TMP/report.html" "${files[@]}"
expect_equal "$(grep -c 'https\?://' "$TMP/report.html")" "0" "self-contained: no network address"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$TMP/profile" \
  --dump-dom "file://$TMP/report.html" > "$TMP/dom.html" 2> "$TMP/browser.log"
expect_grep '<h1>简报检查报告</h1>' "$TMP/dom.html" "the browser rendered the page"
decode() { sed 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&amp;/\&/g'; }
total=$(jq '[.files[].diagnostics[]] | length' "$TMP/findings.json")
shown=0
for f in $(seq 0 $(($(jq '.files | length' "$TMP/findings.json") - 1))); do
  path=$(jq -r ".files[$f].path" "$TMP/findings.json")
  count=$(jq ".files[$f].diagnostics | length" "$TMP/findings.json")
  for i in $(seq 0 $((count - 1))); do
    d=$(jq -c ".files[$f].diagnostics[$i]" "$TMP/findings.json")
    line=$(jq -r '.line' <<< "$d"); col=$(jq -r '.column' <<< "$d")
    end_line=$(jq -r '.end_line' <<< "$d"); end_col=$(jq -r '.end_column' <<< "$d")
    # the text the finding points at, on its first line, from the file itself
    want=$(jq -Rrs --argjson l "$line" --argjson c "$col" --argjson el "$end_line" --argjson ec "$end_col" \
      '(split("\n")[$l - 1] | sub("\r$"; "")) as $s | if $el == $l then $s[$c - 1:$ec - 1] else $s[$c - 1:] end' < "$path")
    id="f$((f + 1))d$i"
    got=$(grep -o "<mark [^>]*data-line=\"$line\" [^>]*data-ids=\"[^\"]*\b$id\b[^\"]*\">[^<]*</mark>" "$TMP/dom.html" \
          | sed 's/<[^>]*>//g' | decode | tr -d '\n')
    note=$(grep -o "<div class=\"note [a-z]*\" id=\"$id\"[^>]*>.*" "$TMP/dom.html" | head -1 | sed 's/<[^>]*>/ /g' | decode)
    message=$(jq -r '.message' <<< "$d")
    if [ -n "$want" ] && [ "$got" = "$want" ] && [[ "$note" == *"$message"* ]]; then
      shown=$((shown + 1))
    else
      bad "$path:$line:$col: highlighted '$got', wanted '$want'; note has message: $([[ "$note" == *"$message"* ]] && echo yes || echo no)"
    fi
  done
done
expect_equal "$shown" "$total" "every finding highlighted at its text and explained ($total)"

# a summary finding ("全文有39处半角标点…") marks every place it counts: its own and the others
summaries=0
while IFS=$'\t' read -r f i rule count line col; do
  summaries=$((summaries + 1))
  id="f$((f + 1))d$i"
  places=$(grep -o "<mark [^>]*data-places=\"[^\"]*\b$id\b[^\"]*\"[^>]*>[^<]*</mark>" "$TMP/dom.html")
  expect_equal "$(($(grep -c . <<< "$places") + 1))" "$count" "$rule in file $((f + 1)): every one of its $count places marked"
  [ "$rule" = punctuation.half-width ] && expect_equal "$(sed 's/<[^>]*>//g' <<< "$places" | grep -vcE '^[,.;:?!()] *$')" 0 \
    "$rule: each place marked is a half-width mark (with the spaces after it)"
  grep -q "id=\"$id\".*文中已用底色标出全部 $count 处" "$TMP/dom.html" && ok || bad "$id: the note says all $count places are marked"
done < <(jq -r '.files | to_entries[] | .key as $f | .value.diagnostics | to_entries[]
  | select(.value.message | test("^全文有[0-9]+处")) | select(.value.rule != "encoding.special-characters")
  | [$f, .key, .value.rule, (.value.message | capture("^全文有(?<n>[0-9]+)处").n), .value.line, .value.column] | @tsv' "$TMP/findings.json")
[ "$summaries" -gt 0 ] && ok || bad "no summary finding in the files: the test of its places did not run"
# and the first places the message names are among them
for pos in $(jq -r '.files[0:3][] | .diagnostics[] | select(.rule == "punctuation.half-width" and (.message | test("^全文有"))) | .message' "$TMP/findings.json" \
             | grep -oE '第[0-9]+行第[0-9]+列' | sed -E 's/第([0-9]+)行第([0-9]+)列/\1:\2/'); do
  grep -qE "<mark [^>]*data-line=\"${pos%:*}\" data-column=\"${pos#*:}\"" "$TMP/dom.html" && ok || bad "the place $pos named in the message is not marked"
done

# the suggestion in the editor's terms, not the command line's
expect_equal "$(grep -c -- '--fix' "$TMP/dom.html")" 0 "no --fix in the report"
expect_grep '建议：统一改为全角标点（，。；：？！（）），请逐处改正' "$TMP/dom.html" "what to change, place by place"

# the version and the date of the run
expect_grep "<div class=\"meta\">由 bulletin-lint <span class=\"version\">$("$BIN" --version | cut -d' ' -f2)</span> 检查 · <time datetime=\"$(date +%F)\">$(date +%Y年%-m月%-d日)</time></div>" \
  "$TMP/dom.html" "the version and today's date"
SOURCE_DATE_EPOCH=0 "$BIN" --format html -o "$TMP/epoch.html" "$SRC/samples/demo-flawed-draft.txt"
expect_grep '<time datetime="1970-01-01">1970年1月1日</time>' "$TMP/epoch.html" "SOURCE_DATE_EPOCH sets the date"

# files that could not be read, said in Chinese
printf 'abc\0def' > "$TMP/nul.txt"
printf '\xff\xfea\x00' > "$TMP/utf16.txt"
expect_status 2 "unreadable files in the report" -- "$BIN" --format html -o "$TMP/unreadable.html" "$TMP/nul.txt" "$TMP/utf16.txt" "$TMP/missing.txt"
expect_grep '无法读取：文件中有空字符（NUL，在字节偏移 3 处），这不是文本文件' "$TMP/unreadable.html" "a NUL byte"
expect_grep '无法读取：这是 UTF-16 编码的文本' "$TMP/unreadable.html" "UTF-16"
expect_grep '无法读取：找不到这个文件' "$TMP/unreadable.html" "a missing file"
expect_equal "$(grep -o '无法读取：[^<]*' "$TMP/unreadable.html" | grep -ciE '\b(byte|offset|file|text|such|directory|supported|save)\b')" 0 "no English in what it says"

# on paper: no blank lines of the extracted layout, each file from a new page, no filters or contents
awk '{ print; for (i = 0; i < 8; i++) print "" }' "$SRC/samples/xinyang-extracted.txt" > "$TMP/spaced.txt"
"$BIN" --format html -o "$TMP/print.html" "$SRC/samples/xinyang-extracted.txt" "$SRC/samples/demo-flawed-draft.txt" "$SRC/samples/zhoukou-draft.txt"
"$BIN" --format html -o "$TMP/spaced.html" "$TMP/spaced.txt"
sed '/@media print{/,/^}$/d' "$TMP/spaced.html" > "$TMP/spaced-screen.html"
pages() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$TMP/profile" --no-pdf-header-footer \
    --print-to-pdf="$TMP/$1.pdf" "file://$TMP/$1.html" 2>> "$TMP/browser.log"
  python3 -c 'import re,sys; print(len(re.findall(rb"/Type\s*/Page[^s]", open(sys.argv[1], "rb").read())))' "$TMP/$1.pdf"
}
printed=$(pages print); spaced=$(pages spaced); screen=$(pages spaced-screen)
[ "$printed" -ge 3 ] && ok || bad "printed in $printed pages: each of the 3 files should start a page"
[ "$spaced" -gt 0 ] && [ $((spaced * 3)) -le "$screen" ] && ok \
  || bad "blank lines printed: $spaced pages with the print stylesheet, $screen without it (wanted at most a third)"
grep -q '@media print{' "$TMP/print.html" && grep -A20 '@media print{' "$TMP/print.html" | grep -q '\.filters,nav,script{display:none}' && ok \
  || bad "the print stylesheet hides the filters and the contents"

# the fonts: the page names Noto CJK first, and renders with it where fonts-noto-cjk is installed
expect_grep "font:15px/1\.7 'Noto Sans CJK SC'" "$TMP/report.html" "the CJK font stack starts with Noto Sans CJK SC"
if fc-list 2>/dev/null | grep -q 'Noto Sans CJK SC'; then
  shot() {
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-component-update --disable-sync --user-data-dir="$TMP/profile" --hide-scrollbars \
      --window-size=1200,900 --screenshot="$TMP/$1.png" "file://$TMP/$1.html" 2>> "$TMP/browser.log"
  }
  "$BIN" --format html -o "$TMP/stack.html" "$SRC/samples/demo-flawed-draft.txt"
  sed "s/font:15px\/1\.7 [^;]*;/font:15px\/1.7 'Noto Sans CJK SC';/" "$TMP/stack.html" > "$TMP/noto.html"
  sed "s/font:15px\/1\.7 [^;]*;/font:15px\/1.7 'Noto Serif CJK SC',serif;/" "$TMP/stack.html" > "$TMP/serif.html"
  shot stack; shot noto; shot serif
  [ -s "$TMP/stack.png" ] && ok || bad "no screenshot"
  cmp -s "$TMP/stack.png" "$TMP/noto.png" && ok || bad "the page's font stack does not render with Noto Sans CJK SC"
  cmp -s "$TMP/stack.png" "$TMP/serif.png" && bad "the screenshots do not tell fonts apart" || ok
elif [ "${CI:-}" = "true" ]; then
  bad "fonts-noto-cjk is not installed (make test installs it)"
else
  echo "test_html: the screenshot with Noto CJK skipped (fonts-noto-cjk is not installed; make test installs it)"
fi
# a summary without fixes (private-use characters) marks every place it counts too
printf '简报（一）\n周口：标题\n　　甲\xef\x80\x82乙\xef\x80\x82丙\xef\x80\x82丁\xef\x80\x82戊\xef\x80\x82己\xef\x80\x82庚。\n' > "$TMP/pua.txt"
"$BIN" --format html "$TMP/pua.txt" > "$TMP/pua.html"
expect_equal "$(grep -o '<mark class="warning" data-line="3" data-column="[0-9]*" data-\(ids\|places\)="f1d0"' "$TMP/pua.html" | wc -l)" "6" \
  "encoding.special-characters: its summary marks each of its six places"
finish
