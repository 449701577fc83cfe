#!/usr/bin/env bash
# The HTML report, rendered in headless Chromium: every finding is highlighted at its text and
# explained beside it, in the DOM the browser builds.
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
finish
