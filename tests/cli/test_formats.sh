#!/usr/bin/env bash
# Pipeline outputs: SARIF 2.1.0, JUnit XML, GitHub annotations; --quiet and --max-warnings.
. "$(dirname "$0")/lib.sh"
flawed=$SRC/samples/demo-flawed-draft.txt
clean=$SRC/samples/zhoukou-draft.txt
printf '简报（一）\n周口：标题\n　　全市常住人口202万，其中60岁以上人口444万人，占总人口的2198%%。\n（周口市人大社会建设委员会供稿）\n报：全国人大社会建设委员会\n' > "$TMP/percent.txt"

# SARIF: the properties SARIF 2.1.0 requires, and results that point at real rules
expect_status 1 "sarif" -- "$BIN" --format sarif "$flawed" "$clean"
sarif=$TMP/out
expect_equal "$(jq -r '.version' "$sarif")" "2.1.0" "SARIF version"
expect_equal "$(jq -r '.runs | length' "$sarif")" "1" "one run"
expect_equal "$(jq -r '.runs[0].tool.driver.name' "$sarif")" "bulletin-lint" "driver name"
expect_equal "$(jq -r '.runs[0].tool.driver.rules | length' "$sarif")" "$("$BIN" --list-rules | wc -l)" "every rule described"
expect_equal "$(jq -r '[.runs[0].tool.driver.rules[] | select(.shortDescription.text == null or .help.text == null)] | length' "$sarif")" "0" "rules have help text"
expect_equal "$(jq -r '.runs[0].results | length' "$sarif")" "4" "four results"
expect_equal "$(jq -r '[.runs[0].results[] as $r | .runs[0].tool.driver.rules[$r.ruleIndex].id == $r.ruleId] | all' "$sarif")" "true" "ruleIndex points at ruleId"
expect_equal "$(jq -r '[.runs[0].results[].level] | unique | join(",")' "$sarif")" "error,warning" "levels"
expect_equal "$(jq -r '.runs[0].results[0].locations[0].physicalLocation | "\(.artifactLocation.uri):\(.region.startLine):\(.region.startColumn)"' "$sarif")" "$flawed:5:44" "location"
expect_equal "$(jq -r '.runs[0].columnKind' "$sarif")" "unicodeCodePoints" "columns count code points"
expect_equal "$(jq -c '.runs[0].invocations' "$sarif")" '[{"executionSuccessful":true,"toolExecutionNotifications":[]}]' "a clean invocation"

# SARIF: a file that cannot be read and a rule that fails are the invocation's notifications
mkdir -p "$TMP/broken-rules/structure"
cat > "$TMP/broken-rules/structure/broken.lua" <<'LUA'
local rule = { id = "structure.broken", category = "structure", severity = "warning",
               summary = "总是出错的规则", explain = "Fails on every file.", options = {} }
function rule.check(doc, report) error("boom") end
return rule
LUA
expect_status 2 "sarif with an unreadable file and a failing rule" -- "$BIN" --format sarif --rules "$TMP/broken-rules" "$TMP/missing.txt" "$clean"
invocation=$(jq -c '.runs[0].invocations[0]' "$TMP/out")
expect_equal "$(jq -r '.executionSuccessful' <<< "$invocation")" "false" "the invocation did not succeed"
expect_equal "$(jq -r '[.toolExecutionNotifications[] | select(.associatedRule == null) | "\(.level) \(.locations[0].physicalLocation.artifactLocation.uri): \(.message.text)"] | join("|")' <<< "$invocation")" \
  "error $TMP/missing.txt: No such file or directory" "the unreadable file is a notification"
expect_equal "$(jq -r '[.toolExecutionNotifications[] | select(.associatedRule.id == "structure.broken") | .locations[0].physicalLocation.artifactLocation.uri] | join("|")' <<< "$invocation")" \
  "$clean" "the failing rule is a notification on the file it failed on"
expect_equal "$(jq -r '.runs[0] as $run | [$run.invocations[0].toolExecutionNotifications[] | select(.associatedRule) | $run.tool.driver.rules[.associatedRule.index].id] | join("|")' "$TMP/out")" \
  "structure.broken" "associatedRule.index points at the rule"

# JUnit: one test case per file, failures for files with findings
expect_status 1 "junit" -- "$BIN" --format junit "$flawed" "$clean"
expect_equal "$(grep -c '<testcase ' "$TMP/out")" "2" "one test case per file"
expect_grep '<testsuites name="bulletin-lint" tests="2" failures="1" errors="0">' "$TMP/out" "junit totals"
expect_grep 'demo-flawed-draft.txt:7:18: error: “《”没有配对的“》” \[punctuation.paired-marks\]' "$TMP/out" "junit failure text"
printf 'x\0y' > "$TMP/nul.txt"
expect_status 2 "junit with an unreadable file" -- "$BIN" --format junit "$TMP/nul.txt"
expect_grep '<error message="NUL byte at byte offset 1: this is not a text file"/>' "$TMP/out" "junit error"

# HTML: a file that cannot be read is listed, and the summary does not count it as checked
expect_status 2 "html with a missing file" -- "$BIN" --format html "$TMP/missing.txt" "$clean"
expect_grep '共检查 1 个文件：.*<span class="count error">1 个文件无法读取</span>' "$TMP/out" "html summary"
expect_grep '<p class="problem">无法读取：找不到这个文件</p>' "$TMP/out" "html lists the missing file"

# GitHub annotations, with % escaped
expect_status 1 "github" -- "$BIN" --format github "$TMP/percent.txt"
expect_grep '^::error file=.*percent.txt,line=3,col=34,endLine=3,endColumn=39,title=percentage.share::占比2198%25超过100%25；' "$TMP/out" "annotation with escaping"

# --quiet: errors only, and warnings do not fail the run
expect_status 1 "--quiet" -- "$BIN" --quiet "$flawed"
expect_grep '^1 problem \(1 error, 0 warnings, 0 infos\)' "$TMP/out" "--quiet shows errors only"
if grep -q "warning:" "$TMP/out"; then bad "--quiet showed a warning"; else ok; fi
sed 's/《河南省养老服务条例逐条/《河南省养老服务条例》逐条/' "$flawed" > "$TMP/warnings-only.txt"
expect_status 0 "--quiet with warnings only" -- "$BIN" --quiet "$TMP/warnings-only.txt"

# --max-warnings
expect_status 0 "--max-warnings above the count" -- "$BIN" --fail-on error --max-warnings 3 "$TMP/warnings-only.txt"
expect_status 1 "--max-warnings below the count" -- "$BIN" --fail-on error --max-warnings 2 "$TMP/warnings-only.txt"
expect_grep "3 warnings, more than --max-warnings 2" "$TMP/err" "--max-warnings message"
expect_status 2 "a bad --max-warnings" -- "$BIN" --max-warnings many "$flawed"
finish
