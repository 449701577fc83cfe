#!/usr/bin/env bash
# Project configuration: discovery, rules and categories, options, overrides by path, errors.
. "$(dirname "$0")/lib.sh"
flawed=$SRC/samples/demo-flawed-draft.txt
mkdir -p "$TMP/project/drafts" "$TMP/project/final"
cp "$flawed" "$TMP/project/drafts/a.txt"
cp "$flawed" "$TMP/project/final/b-final.txt"
cat > "$TMP/project/.bulletin-lint.lua" <<'LUA'
return {
  rules = {
    ["punctuation.paired-marks"] = "off",
    ["numbering.sections"] = "error",
    ["required-step.supervision-steps"] = { options = { steps = { { name = "试点先行", words = { "试点" } } } } },
  },
  categories = { structure = "info" },
  overrides = {
    { files = "final/*-final.txt", rules = { ["numbering.enumeration"] = "off",
      ["required-step.supervision-steps"] = { options = { steps = { { name = "验收评估", words = { "验收" } } } } } } },
  },
}
LUA
findings() { jq -r '.files[] | .diagnostics[] | "\(.line):\(.column) \(.severity) \(.rule) \(.message)"' "$1"; }

expect_status 1 "found by walking up from the file" -- "$BIN" --format json "$TMP/project/drafts/a.txt"
findings "$TMP/out" > "$TMP/a"
if grep -q "punctuation.paired-marks" "$TMP/a"; then bad "a rule turned off still ran"; else ok; fi
expect_grep "^8:1 error numbering.sections" "$TMP/a" "severity raised to error"
expect_grep "^10:2 info structure.contributor-city" "$TMP/a" "a category lowered to info"
expect_grep "未提及监督步骤“试点先行”" "$TMP/a" "the project's own supervision steps"
if grep -q "未提及监督步骤“宣传发动”" "$TMP/a"; then bad "the default steps still apply"; else ok; fi
expect_grep "numbering.enumeration" "$TMP/a" "the enumeration rule runs outside the override"

expect_status 1 "an override by path" -- "$BIN" --format json "$TMP/project/final/b-final.txt"
if findings "$TMP/out" | grep -q "numbering.enumeration"; then bad "the override did not turn the rule off"; else ok; fi

# options are worked out once per rule and set of overrides: in one run, each file gets its own
expect_status 1 "two files, one under an override with options" -- \
  "$BIN" -j 1 --format json "$TMP/project/drafts/a.txt" "$TMP/project/final/b-final.txt"
steps_of() { jq -r --arg f "$1" '.files[] | select(.path | endswith($f)) | .diagnostics[]
  | select(.rule == "required-step.supervision-steps") | .message' "$TMP/out"; }
steps_of a.txt > "$TMP/steps-a"
steps_of b-final.txt > "$TMP/steps-b"
expect_grep "试点先行" "$TMP/steps-a" "the file outside the override: the project's steps"
if grep -q "验收评估" "$TMP/steps-a"; then bad "the override's options leaked to another file"; else ok; fi
expect_grep "验收评估" "$TMP/steps-b" "the file under the override: its steps"
if grep -q "试点先行" "$TMP/steps-b"; then bad "the override's options were not applied"; else ok; fi

# standard input named with --stdin-filename gets the configuration (and overrides) of that file,
# whether or not it exists, from any working directory
diags() { jq -c '[.files[].diagnostics[] | [.line, .column, .severity, .rule, .message]]' "$1"; }
"$BIN" --format json "$TMP/project/final/b-final.txt" > "$TMP/direct.json"
(cd "$TMP/project" && "$BIN" --format json --stdin-filename final/b-final.txt - < "$flawed") > "$TMP/stdin.json"
expect_equal "$(diags "$TMP/stdin.json")" "$(diags "$TMP/direct.json")" "--stdin-filename: the findings of the file checked directly"
expect_equal "$(jq -r '.files[0].path' "$TMP/stdin.json")" "final/b-final.txt" "reported under that name"
(cd "$TMP" && "$BIN" --format json --stdin-filename project/final/new-final.txt - < "$flawed") > "$TMP/stdin2.json"
expect_equal "$(diags "$TMP/stdin2.json")" "$(diags "$TMP/direct.json")" "--stdin-filename of a file that does not exist yet"
(cd "$TMP" && "$BIN" --format json --stdin-filename project/drafts/a.txt - < "$flawed") > "$TMP/stdin3.json"
"$BIN" --format json "$TMP/project/drafts/a.txt" > "$TMP/direct3.json"
expect_equal "$(diags "$TMP/stdin3.json")" "$(diags "$TMP/direct3.json")" "--stdin-filename outside the override"

# configurations cascade: a child refines its parent (the parent's settings and overrides, relative
# to the parent's folder, apply first), unless it says root = true
mkdir -p "$TMP/cascade/team/final" "$TMP/cascade/solo"
cat > "$TMP/cascade/.bulletin-lint.lua" <<'LUA'
return {
  rules = { ["punctuation.paired-marks"] = "off", ["numbering.sections"] = "error" },
  overrides = { { files = "team/final/*.txt", rules = { ["structure.contributor-city"] = "off" } } },
}
LUA
printf 'return {
  rules = { ["numbering.enumeration"] = "off", ["numbering.sections"] = "info" },
}
' > "$TMP/cascade/team/.bulletin-lint.lua"
printf 'return {
  root = true,
  rules = { ["numbering.enumeration"] = "off" },
}
' > "$TMP/cascade/solo/.bulletin-lint.lua"
cp "$flawed" "$TMP/cascade/team/a.txt"; cp "$flawed" "$TMP/cascade/team/final/b.txt"; cp "$flawed" "$TMP/cascade/solo/c.txt"
rules_of() { "$BIN" --format json "$1" | jq -r '[.files[].diagnostics[] | "\(.rule):\(.severity)"] | join(" ")'; }
expect_equal "$(rules_of "$TMP/cascade/team/a.txt")" "numbering.sections:info structure.contributor-city:warning" \
  "the child refines its parent: the parent's rule stays off, the child's severity wins"
expect_equal "$(rules_of "$TMP/cascade/team/final/b.txt")" "numbering.sections:info" "the parent's override, relative to the parent's folder"
expect_equal "$(rules_of "$TMP/cascade/solo/c.txt")" \
  "punctuation.paired-marks:error numbering.sections:warning structure.contributor-city:warning" "root = true: the parent is not read"
printf 'return { root = "yes" }\n' > "$TMP/cascade/solo/.bulletin-lint.lua"
expect_status 2 "root must be a boolean" -- "$BIN" "$TMP/cascade/solo/c.txt"
expect_grep "solo/\.bulletin-lint\.lua:1: root must be true or false" "$TMP/err" "root's type"
printf 'return { rules = }\n' > "$TMP/cascade/.bulletin-lint.lua"
expect_status 2 "a broken parent" -- "$BIN" "$TMP/cascade/team/a.txt"
expect_grep "cascade/\.bulletin-lint\.lua:1: " "$TMP/err" "the broken parent is named"

# rule_dirs: the project's own rules (relative to the configuration), named in it with their options;
# they run for the files of that configuration (and of the ones refining it) only
mkdir -p "$TMP/house/drafts/team" "$TMP/house/rules" "$TMP/elsewhere"
cp -r "$SRC/samples/rules/wording" "$TMP/house/rules/"
cat > "$TMP/house/.bulletin-lint.lua" <<'LUA'
return {
  rule_dirs = { "rules" },
  rules = { ["wording.avoid-phrases"] = { severity = "warning", options = { phrases = { ["联动监督"] = "监督" } } } },
}
LUA
printf 'return { rules = { ["wording.avoid-phrases"] = "error" } }\n' > "$TMP/house/drafts/team/.bulletin-lint.lua"
cp "$flawed" "$TMP/house/drafts/a.txt"; cp "$flawed" "$TMP/house/drafts/team/b.txt"; cp "$flawed" "$TMP/elsewhere/c.txt"
expect_status 1 "a custom rule named in the configuration" -- "$BIN" --format json "$TMP/house/drafts/a.txt"
expect_equal "$(jq -r '[.files[0].diagnostics[] | select(.rule == "wording.avoid-phrases") | "\(.severity) \(.message)"] | unique | join("|")' "$TMP/out")" \
  "warning 避免使用“联动监督”，建议写作“监督”" "its severity and options from the configuration"
expect_status 1 "a configuration refining it names the custom rule too" -- "$BIN" --format json "$TMP/house/drafts/team/b.txt"
expect_equal "$(jq -r '[.files[0].diagnostics[] | select(.rule == "wording.avoid-phrases") | .severity] | unique | join(" ")' "$TMP/out")" "error" "refined severity"
expect_status 1 "both, and a file of another project, in one run" -- "$BIN" -j 1 --format json "$TMP/elsewhere/c.txt" "$TMP/house/drafts/a.txt"
expect_equal "$(jq -r '[.files[] | select(.path | endswith("c.txt")) | .diagnostics[] | select(.rule == "wording.avoid-phrases")] | length' "$TMP/out")" "0" \
  "the custom rule does not run for files of other configurations"
(cd "$TMP/house" && "$BIN" --list-rules) > "$TMP/list"
expect_grep '^wording.avoid-phrases ' "$TMP/list" "--list-rules in the project lists its rules"
(cd "$TMP/house" && "$BIN" --rule wording.avoid-phrases drafts/a.txt) > "$TMP/only"
expect_grep '\[wording.avoid-phrases\]$' "$TMP/only" "--rule names a custom rule"
printf 'return { rules = { ["wording.avoid-phrases"] = "off" } }\n' > "$TMP/elsewhere/.bulletin-lint.lua"
expect_status 2 "a custom rule outside the configuration that loads it" -- "$BIN" -j 1 "$TMP/house/drafts/a.txt" "$TMP/elsewhere/c.txt"
expect_grep "elsewhere/\.bulletin-lint\.lua:1: unknown rule id 'wording\.avoid-phrases'" "$TMP/err" "not known outside its project"
printf 'return {\n  rule_dirs = { "no-such-folder" },\n}\n' > "$TMP/elsewhere/.bulletin-lint.lua"
expect_status 2 "a missing rule folder" -- "$BIN" "$TMP/elsewhere/c.txt"
expect_grep "elsewhere/\.bulletin-lint\.lua:2: rule_dirs: no-such-folder: No such file or directory" "$TMP/err" "the missing folder named"
mkdir -p "$TMP/elsewhere/rules/wording" && cp "$SRC/rules/wording/doubled.lua" "$TMP/elsewhere/rules/wording/"
printf 'return {\n  rule_dirs = { "rules" },\n}\n' > "$TMP/elsewhere/.bulletin-lint.lua"
expect_status 2 "a custom rule reusing a built-in id" -- "$BIN" "$TMP/elsewhere/c.txt"
expect_grep "rule_dirs: .*rule id 'wording\.doubled' is already used by" "$TMP/err" "ids are not reused"
rm -r "$TMP/elsewhere/.bulletin-lint.lua" "$TMP/elsewhere/rules"

# without a configuration: the defaults
cp "$flawed" "$TMP/plain.txt"
expect_status 1 "no configuration above" -- "$BIN" --format json "$TMP/plain.txt"
expect_grep "punctuation.paired-marks" "$TMP/out" "defaults without a configuration"

# --config names one explicitly
expect_status 1 "--config" -- "$BIN" --format json --config "$TMP/project/.bulletin-lint.lua" "$TMP/plain.txt"
if grep -q "punctuation.paired-marks" "$TMP/out"; then bad "--config was not applied"; else ok; fi

# broken configurations: a clear error naming the file and line, and status 2
broken() { # name, body, expected message
  mkdir -p "$TMP/$1"; cp "$flawed" "$TMP/$1/x.txt"
  printf '%s\n' "$2" > "$TMP/$1/.bulletin-lint.lua"
  expect_status 2 "$1" -- "$BIN" "$TMP/$1/x.txt"
  expect_grep "$3" "$TMP/err" "$1 message"
}
broken syntax 'return { rules = { ["numbering.sections"] = "off" }' '\.bulletin-lint\.lua:2: .*expected'
broken unknown-rule $'return {\n  rules = {\n    ["no.such-rule"] = "off",\n  },\n}' '\.bulletin-lint\.lua:3: unknown rule id .no\.such-rule.'
broken bad-value $'return {\n  rules = { ["numbering.sections"] = "sometimes" },\n}' '\.bulletin-lint\.lua:2: rule .numbering\.sections. must be off, on, error'
broken bad-option $'return {\n  rules = {\n    ["punctuation.half-width"] = { options = { summary_form = 3 } },\n  },\n}' "\.bulletin-lint\.lua:3: rule 'punctuation\.half-width' has no option 'summary_form'"
broken option-type $'return { rules = { ["punctuation.half-width"] = { options = {\n summary_from = "many" } } } }' "\.bulletin-lint\.lua:2: option 'summary_from' of rule 'punctuation\.half-width' must be a number"
broken unknown-setting $'return {\n  rulez = {},\n}' "\.bulletin-lint\.lua:2: unknown setting 'rulez'"
broken code $'return { rules = { ["numbering.sections"] = os.getenv("HOME") } }' "attempt to index a nil value .*a configuration holds data only"
expect_grep "^no problems in 0 files; 1 file not checked \(see the errors above\)$" "$TMP/out" "a file whose configuration failed is not counted as clean"
finish
