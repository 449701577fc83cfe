#!/usr/bin/env bash
# Real official texts nobody on the project wrote (../shared/realtexts, when present): every finding
# on them is pinned, and each is one the realtexts README judges real, so a new false alarm fails.
. "$(dirname "$0")/lib.sh"
texts=$SRC/../shared/realtexts
if [ ! -d "$texts" ]; then
  echo "test_realtexts: 0 passed, 0 failed, 1 skipped (no ../shared/realtexts)"
  exit 0
fi
"$BIN" --format json "$texts"/*.txt > "$TMP/out"
jq -r '.files[] | (.path | split("/") | last) as $f | .diagnostics[] | "\($f):\(.line):\(.column) \(.rule)"' "$TMP/out" > "$TMP/found"
# the standalone headings of the quarterly analysis that end in 。 (a style point, judged real)
cat > "$TMP/expected" <<'LIST'
daqing-q1-2017.txt:4:20 structure.heading-stop
daqing-q1-2017.txt:6:26 structure.heading-stop
daqing-q1-2017.txt:9:14 structure.heading-stop
daqing-q1-2017.txt:11:17 structure.heading-stop
daqing-q1-2017.txt:13:12 structure.heading-stop
daqing-q1-2017.txt:15:19 structure.heading-stop
daqing-q1-2017.txt:17:14 structure.heading-stop
daqing-q1-2017.txt:21:18 structure.heading-stop
daqing-q1-2017.txt:23:16 structure.heading-stop
daqing-q1-2017.txt:25:23 structure.heading-stop
LIST
expect_equal "$(cat "$TMP/found")" "$(cat "$TMP/expected")" "the real texts get only their real findings"
expect_equal "$(jq -r '[.files[] | .path | split("/") | last] | join(" ")' "$TMP/out")" \
  "daqing-2012-communique.txt daqing-q1-2017.txt gov-report-2021.txt national-communique-2024.txt" "all four read"
# each kind of text is told apart: reports by their titles, the analysis as plain text
for pair in gov-report-2021:report national-communique-2024:report daqing-2012-communique:report daqing-q1-2017:text; do
  expect_equal "$("$BIN" --dump "$texts/${pair%%:*}.txt" | jq -r .kind)" "${pair##*:}" "${pair%%:*} is a ${pair##*:}"
done
finish
