#!/usr/bin/env bash
# Hostile rules (tests/sandbox/GROUP/structure/*.lua, one attack each) run with the built-in rules on
# the samples: each run ends within seconds, every hostile rule fails, named with its file and line,
# the built-in rules' findings are those of a run without the hostile rules, and the exit status is 2.
. "$(dirname "$0")/lib.sh"
samples=("$SRC"/samples/*.txt)
"$BIN" -f github "${samples[@]}" > "$TMP/builtin.out" 2> "$TMP/builtin.err"
expect_equal "$?" "1" "the built-in rules on the samples"

# run_group GROUP: runs the built-ins with the group's hostile rules; leaves $TMP/GROUP.out and .err
run_group() {
  local group=$1 started ended
  started=$(date +%s)
  timeout 60 "$BIN" -j 2 -f github --rules "$SRC/tests/sandbox/$group" "${samples[@]}" > "$TMP/$group.out" 2> "$TMP/$group.err"
  local status=$?
  ended=$(date +%s)
  expect_equal "$status" "2" "$group: exit status"
  if [ $((ended - started)) -le 20 ]; then ok; else bad "$group: took $((ended - started)) s"; fi
  grep -v 'title=structure\.\(escape\|work\|shared\|memory\|report\|output\)-' "$TMP/$group.out" > "$TMP/$group.builtin"
  if cmp -s "$TMP/builtin.out" "$TMP/$group.builtin"; then ok
  else bad "$group: the built-in rules' findings changed"; diff "$TMP/builtin.out" "$TMP/$group.builtin" | head -10; fi
}

# expect_failure GROUP RULE TEXT: the rule failed, with TEXT (its file and line first) in the message
expect_failure() {
  local group=$1 rule=$2 text=$3
  local line
  line=$(grep -F "rule structure.$rule failed on " "$TMP/$group.err" | head -1)
  case "$line" in
    *"/tests/sandbox/$group/structure/$text"*) ok ;;
    *) bad "$group: structure.$rule: wanted '$text', got '${line:-no failure}'" ;;
  esac
}

# Budgets cannot be escaped: through error handlers, __close, pcall, finalizers.
run_group escapes
expect_failure escapes escape-xpcall "escape-xpcall.lua:4: instruction budget exceeded"
expect_failure escapes escape-xpcall-loop "escape-xpcall-loop.lua:4: instruction budget exceeded"
expect_failure escapes escape-pcall-memory "escape-pcall-memory.lua:4: memory cap of "
expect_failure escapes escape-return-pcall "escape-return-pcall.lua:4: memory cap of "
expect_failure escapes escape-close "escape-close.lua:"
expect_failure escapes escape-gc-loop "escape-gc-loop.lua:4: setmetatable: finalizers (__gc) are not allowed in rules"
expect_failure escapes escape-gc-report "escape-gc-report.lua:4: setmetatable: finalizers (__gc) are not allowed in rules"
expect_failure escapes escape-error-table "escape-error-table.lua:4: error object is a table value"
expect_equal "$(grep -c 'failed on' "$TMP/escapes.err")" "8" "escapes: each hostile rule is reported once"

finish
