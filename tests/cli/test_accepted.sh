#!/usr/bin/env bash
# Accepted findings: a person checked a finding and it is right as it is; the configuration's
# accepted list (keyed like the baseline, with a reason) hides it, and says when it no longer matches.
. "$(dirname "$0")/lib.sh"
mkdir -p "$TMP/p/drafts" && cd "$TMP/p" || exit 1
cp "$SRC/samples/demo-flawed-draft.txt" drafts/luohe.txt
"$BIN" --format json drafts/luohe.txt > all.json
fp=$(jq -r '.files[0].diagnostics[] | select(.rule == "structure.contributor-city") | .fingerprint' all.json)
expect_grep '^[0-9a-f]{16}$' <(echo "$fp") "--format json gives each finding its fingerprint"
cat > .bulletin-lint.lua <<LUA
return {
  accepted = {
    { file = "drafts/luohe.txt", fingerprint = "$fp", rule = "structure.contributor-city",
      message = "供稿单位的城市“许昌”与标题中的城市“漯河”不一致", reason = "许昌市人大社会建委代为供稿，经核实无误" },
    { file = "drafts/luohe.txt", rule = "numbering.enumeration", message = "“一是”之后应为“二是”，此处为“三是”",
      reason = "原文引用文件条目" },
  },
}
LUA
expect_status 1 "the others still fail" -- "$BIN" --format json drafts/luohe.txt
expect_equal "$(jq -r '[.files[0].diagnostics[].rule] | join(" ")' "$TMP/out")" "punctuation.paired-marks numbering.sections" "the accepted findings are hidden"
expect_grep '^bulletin-lint: 2 accepted findings not shown' "$TMP/err" "how many were accepted"
expect_status 0 "the accepted findings are not in the baseline" -- "$BIN" drafts/luohe.txt --write-baseline baseline
expect_grep ': 2 findings recorded$' "$TMP/err" "two recorded"
expect_status 0 "the gate with the baseline and the accepted findings" -- "$BIN" drafts/luohe.txt --baseline baseline
# moved lines and edits elsewhere do not matter
sed -i '1i\\' drafts/luohe.txt
sed -i 's/把监督内容细化为/把监督内容进一步细化为/' drafts/luohe.txt
expect_status 0 "after edits elsewhere" -- "$BIN" drafts/luohe.txt --baseline baseline
# from another working directory, and for standard input named as the file
expect_status 1 "another working directory: still accepted" -- sh -c "cd drafts && '$BIN' --format json luohe.txt"
expect_equal "$(jq -r '[.files[0].diagnostics[].rule] | join(" ")' "$TMP/out")" "punctuation.paired-marks numbering.sections" "accepted from a folder below"
expect_status 1 "standard input named as the file" -- sh -c "'$BIN' --format json --stdin-filename drafts/luohe.txt - < drafts/luohe.txt"
expect_equal "$(jq -r '[.files[0].diagnostics[].rule] | join(" ")' "$TMP/out")" "punctuation.paired-marks numbering.sections" "accepted on standard input"
# a fixed finding leaves its entry stale: said, naming the configuration's line
sed -i 's/许昌市人大/漯河市人大/' drafts/luohe.txt
expect_status 0 "a stale accepted finding does not fail the gate" -- "$BIN" drafts/luohe.txt --baseline baseline
expect_grep '^bulletin-lint: .*\.bulletin-lint\.lua:3: the accepted finding in drafts/luohe.txt is no longer found: remove it' "$TMP/err" "the stale entry named"
# the entries are checked
broken() { printf '%s\n' "$1" > .bulletin-lint.lua; expect_status 2 "$2" -- "$BIN" drafts/luohe.txt; expect_grep "$2" "$TMP/err" "$2"; }
broken 'return { accepted = { { file = "drafts/luohe.txt", fingerprint = "0123456789abcdef" } } }' 'needs reason = '
broken 'return { accepted = { { file = "drafts/luohe.txt", fingerprint = "xyz", reason = "r" } } }' 'fingerprint must be 16 hexadecimal digits'
broken 'return { accepted = { { file = "drafts/luohe.txt", reason = "r" } } }' 'needs fingerprint = .*, or rule = .* and message = '
broken 'return { accepted = { { file = "a.txt", fingerprnt = "0123456789abcdef", reason = "r" } } }' "unknown field 'fingerprnt' \(did you mean 'fingerprint'\?\)"
broken 'return { accepted = { { file = "a.txt", rule = "numbering.enumeraton", message = "m", reason = "r" } } }' "unknown rule id 'numbering.enumeraton' \(did you mean"
finish
