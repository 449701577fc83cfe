#!/usr/bin/env bash
# Setting up a project: --init, --print-config FILE, --version, and "did you mean" for mistyped
# rule ids, options and settings.
. "$(dirname "$0")/lib.sh"
flawed=$SRC/samples/demo-flawed-draft.txt
mkdir -p "$TMP/p/team" && cd "$TMP/p" || exit 1
cp "$flawed" team/a.txt

expect_status 0 "--version" -- "$BIN" --version
expect_grep '^bulletin-lint [0-9]+\.[0-9]+\.[0-9]+$' "$TMP/out" "--version prints the version"

# --init writes a commented configuration that loads as it is, and never overwrites one
expect_status 0 "--init" -- "$BIN" --init
expect_grep 'wrote \.bulletin-lint\.lua' "$TMP/err" "--init says what it wrote"
expect_grep '^    -- \["punctuation\.half-width"\] = "warning", +-- 中文文本应使用全角标点' .bulletin-lint.lua "every rule listed, commented, with its summary"
expect_grep '^  -- root = true,' .bulletin-lint.lua "root explained"
expect_status 1 "the written configuration loads" -- "$BIN" team/a.txt
echo '-- edited' >> .bulletin-lint.lua
cp .bulletin-lint.lua before.lua
expect_status 2 "--init over an existing configuration" -- "$BIN" --init
expect_grep 'already exists; not overwritten' "$TMP/err" "refused"
cmp -s .bulletin-lint.lua before.lua && ok || bad "--init changed an existing configuration"

# --print-config FILE: the settings that apply to FILE, through the cascade and the overrides
cat > .bulletin-lint.lua <<'LUA'
return {
  rules = { ["punctuation.paired-marks"] = "off", ["consistency.magnitude"] = { options = { scale_factor = 10 } } },
  overrides = { { files = "team/*.txt", rules = { ["numbering.sections"] = "error" } } },
}
LUA
printf 'return { rules = { ["wording.doubled"] = "info" } }\n' > team/.bulletin-lint.lua
expect_status 0 "--print-config" -- "$BIN" --print-config team/a.txt
cp "$TMP/out" printed.lua
expect_grep '^-- from .*/p/\.bulletin-lint\.lua,$' printed.lua "names the configurations, the topmost first"
expect_grep '^-- then .*/p/team/\.bulletin-lint\.lua\.$' printed.lua "then the nearest"
expect_grep '^    \["punctuation\.paired-marks"\] = "off",$' printed.lua "a rule turned off"
expect_grep '^    \["numbering\.sections"\] = \{ severity = "error" \},$' printed.lua "an override's severity"
expect_grep '^    \["wording\.doubled"\] = \{ severity = "info"' printed.lua "the child's severity"
expect_grep '^    \["consistency\.magnitude"\] = \{ severity = "info", options = \{ max_money = 100000000000, scale_factor = 10 \} \},$' printed.lua "options: the defaults with the configuration's"
# the printed settings, as a configuration by themselves, give the same findings
"$BIN" --format json team/a.txt | jq -c '[.files[].diagnostics[] | [.line, .column, .severity, .rule]]' > cascade.json
"$BIN" --format json --config printed.lua team/a.txt | jq -c '[.files[].diagnostics[] | [.line, .column, .severity, .rule]]' > printed.json
expect_equal "$(cat printed.json)" "$(cat cascade.json)" "the printed configuration gives the same findings"
expect_status 0 "--print-config as JSON" -- "$BIN" --print-config team/a.txt --format json
expect_equal "$(jq -r '.rules["punctuation.paired-marks"].enabled, .rules["numbering.sections"].severity, .rules["consistency.magnitude"].options.scale_factor, (.configurations | length)' "$TMP/out" | tr '\n' ' ')" \
  "false error 10 2 " "JSON: enabled, severity, options, configurations"
expect_status 0 "--print-config of a file outside any configuration" -- "$BIN" --print-config /nonexistent/x.txt --format json
expect_equal "$(jq -r '.rules["punctuation.paired-marks"].enabled, (.configurations | length)' "$TMP/out" | tr '\n' ' ')" "true 0 " "the defaults"
printf 'return { rules = { ["numbering.sectons"] = "off" } }\n' > team/.bulletin-lint.lua
expect_status 2 "--print-config with a broken configuration" -- "$BIN" --print-config team/a.txt

# did you mean: configuration rule ids, options, settings, categories; command-line options and rules
expect_grep "unknown rule id 'numbering\.sectons' \(did you mean 'numbering\.sections'\?\)" "$TMP/err" "a mistyped rule id"
broken() { # body, expected message
  printf '%s\n' "$1" > team/.bulletin-lint.lua
  expect_status 2 "$2" -- "$BIN" team/a.txt
  expect_grep "$2" "$TMP/err" "$2"
}
broken 'return { rules = { ["punctuation.half-width"] = { options = { summary_form = 3 } } } }' \
  "has no option 'summary_form' \(did you mean 'summary_from'\?\)"
broken 'return { rulez = {} }' "unknown setting 'rulez' \(did you mean 'rules'\?\)"
broken 'return { categories = { wordings = "off" } }' "unknown category 'wordings' \(did you mean 'wording'\?\)"
broken 'return { rules = { ["wording.doubled"] = { severty = "info" } } }' "unknown setting 'severty' \(did you mean 'severity'\?\)"
broken 'return { rules = { ["zzz.qqq"] = "off" } }' "unknown rule id 'zzz\.qqq' \(see --list-rules\)"
rm team/.bulletin-lint.lua
expect_status 2 "a mistyped option" -- "$BIN" --fial-on error team/a.txt
expect_grep "unknown option '--fial-on' \(did you mean '--fail-on'\?\)" "$TMP/err" "the closest option"
expect_status 2 "a mistyped --rule" -- "$BIN" --rule wording.dobled team/a.txt
expect_grep "no rule 'wording\.dobled' \(did you mean 'wording\.doubled'\?\)" "$TMP/err" "the closest rule"
expect_status 2 "a mistyped --explain" -- "$BIN" --explain punctuation.halfwidth
expect_grep "no rule 'punctuation\.halfwidth' \(did you mean 'punctuation\.half-width'\?\)" "$TMP/err" "the closest rule to explain"
finish
