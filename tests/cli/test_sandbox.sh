#!/usr/bin/env bash
# Hostile rules (tests/sandbox/GROUP/structure/*.lua, one attack each) run with the built-in rules on
# the samples: each run ends within seconds, every hostile rule fails, named with its file and line,
# the built-in rules' findings are those of a run without the hostile rules, and the exit status is 2.
. "$(dirname "$0")/lib.sh"
samples=("$SRC"/samples/*.txt)
"$BIN" -f github "${samples[@]}" > "$TMP/builtin.out" 2> "$TMP/builtin.err"
expect_equal "$?" "1" "the built-in rules on the samples"

"$BIN" -f github "${samples[0]}" > "$TMP/builtin-one.out" 2>/dev/null

# run_group GROUP [one]: runs the built-ins with the group's hostile rules on the samples (or on the
# first only: each hostile rule there spends a whole budget); leaves $TMP/GROUP.out and .err
run_group() {
  local group=$1 started ended files=("${samples[@]}") expected=$TMP/builtin.out
  [ "${2:-}" = one ] && files=("${samples[0]}") && expected=$TMP/builtin-one.out
  started=$(date +%s)
  BULLETIN_LINT_TIME_LIMIT_MS=1000 timeout 60 "$BIN" -j 2 -f github --rules "$SRC/tests/sandbox/$group" "${files[@]}" > "$TMP/$group.out" 2> "$TMP/$group.err"
  local status=$?
  ended=$(date +%s)
  expect_equal "$status" "2" "$group: exit status"
  # within seconds on an idle machine; the bound leaves room for ASan, valgrind and a busy machine
  if [ $((ended - started)) -le 60 ]; then ok; else bad "$group: took $((ended - started)) s"; fi
  grep -v 'title=structure\.\(escape\|work\|shared\|memory\|report\|output\)-' "$TMP/$group.out" > "$TMP/$group.builtin"
  if cmp -s "$expected" "$TMP/$group.builtin"; then ok
  else bad "$group: the built-in rules' findings changed"; diff "$expected" "$TMP/$group.builtin" | head -10; fi
}

# expect_failure GROUP RULE TEXT: the rule failed, with TEXT (its file and line first) in the message
expect_failure() {
  local group=$1 rule=$2 text=$3
  local line
  line=$(grep -F "rule structure.$rule failed on " "$TMP/$group.err" | head -1)
  # a rule that spends its instructions may, on a slow machine (ASan, valgrind), reach the CPU-time
  # deadline first: either stop is the budget holding
  local or_time=${text/instruction budget exceeded/time limit exceeded}
  case "$line" in
    *"/tests/sandbox/$group/structure/$text"*) ok ;;
    *"/tests/sandbox/$group/structure/$or_time"*) ok ;;
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

# Work done in C is counted: patterns, plain searches, concatenation, table functions, regexes.
run_group work one
for rule in work-pattern work-pattern-paragraph work-gsub work-gmatch work-plain-find work-find-needle \
            work-concat work-rep-empty work-table-move work-table-insert work-sort work-unpack work-utf8-len \
            work-byte work-tonumber work-regex-limit work-regex-compile; do
  expect_failure work "$rule" "$rule.lua:4: instruction budget exceeded"
done
expect_failure work work-recursion "work-recursion.lua:4: stack overflow (recursion too deep)"
expect_failure work work-c-stack "work-c-stack.lua:4: C stack overflow"
expect_equal "$(grep -c 'failed on' "$TMP/work.err")" "19" "work: each hostile rule is reported once"

# What the budget cannot see (a regex just under PCRE2's match limit) the CPU-time deadline stops.
run_group deadline one
expect_failure deadline work-regex-slow "work-regex-slow.lua:6: time limit exceeded"

# A configuration runs under small limits, without string methods, named with its file and line.
for config in loop:2:"instruction budget exceeded" concat:3:"instruction budget exceeded" \
              memory:3:"the configuration takes more than 16 MiB" recursion:2:"the configuration takes more than 16 MiB" \
              pattern:2:"attempt to index a string value"; do
  name=${config%%:*} rest=${config#*:}
  line=${rest%%:*} text=${rest#*:}
  expect_status 2 "configuration $name" -- timeout 20 "$BIN" --config "$SRC/tests/sandbox/config/$name.lua" "${samples[0]}"
  expect_grep "tests/sandbox/config/$name.lua:$line: $text" "$TMP/err" "configuration $name: the message"
done

# Shared libraries and modules are read-only, and a rule's own modules are its own: the built-in
# rules' findings do not change (run_group compares them).
run_group shared
expect_failure shared shared-pairs-string "shared-pairs-string.lua:4: string is read-only (cannot set find)"
expect_failure shared shared-pairs-re "shared-pairs-re.lua:4: re is read-only (cannot set find)"
expect_failure shared shared-string-method "shared-string-method.lua:4: attempt to index a boolean value"
expect_failure shared shared-library "shared-library.lua:4: string is read-only (cannot set gsub)"
expect_failure shared shared-module "shared-module.lua:4: a module is read-only (cannot set nodes)"
expect_failure shared shared-module-data "shared-module-data.lua:4: a module is read-only (cannot set contributor)"
expect_failure shared shared-module-list "shared-module-list.lua:4: a module is read-only (cannot set 1)"
expect_failure shared shared-own-module "shared-own-module.lua:4: its own module text, as it should be"
expect_failure shared shared-stash-b "shared-stash-b.lua:7: report: called after its rule's check of the document finished"
expect_failure shared shared-module-key "shared-module-key.lua:6: a module is read-only (cannot set x)"
expect_failure shared shared-module-class "shared-module-class.lua:6: a module is read-only (cannot set name)"
expect_failure shared shared-hidden "shared-hidden.lua:5: a module is read-only (cannot set count)"
expect_equal "$(grep -c 'failed on' "$TMP/shared.err")" "12" "shared: each hostile rule that fails is reported once"
expect_equal "$(grep -c 'shared-stash' "$TMP/shared.out")" "0" "shared: no finding credited to the rule that kept its report()"

# Memory outside the Lua cap is bounded: messages are cut, a rule's findings have a share, compiled
# patterns count against the cap; endless files are not read.
run_group memory one
expect_failure memory memory-messages "memory-messages.lua:4: instruction budget exceeded"
expect_failure memory memory-fixes-many "memory-fixes-many.lua:6: report: more than 100000 fixes in one finding"
expect_failure memory memory-fixes-bytes "memory-fixes-bytes.lua:6: report: this rule's findings in this file take more than"
expect_failure memory memory-regex-cache "memory-regex-cache.lua:5: instruction budget exceeded"
longest=$(grep -o '::.*' "$TMP/memory.out" | awk '{ if (length($0) > n) n = length($0) } END { print n + 0 }')
if [ "$longest" -le 9000 ]; then ok; else bad "memory: a finding of $longest bytes"; fi
expect_status 2 "--config /dev/zero" -- timeout 20 "$BIN" --config /dev/zero "${samples[0]}"
expect_grep "^bulletin-lint: /dev/zero: the configuration is larger than 1024 KiB; not read" "$TMP/err" "--config /dev/zero: the message"
expect_status 2 "--baseline /dev/zero" -- timeout 20 "$BIN" --baseline /dev/zero "${samples[0]}"
expect_grep "^bulletin-lint: /dev/zero: the baseline is larger than 64 MiB; not read" "$TMP/err" "--baseline /dev/zero: the message"
mkdir -p "$TMP/huge-rule/structure"
truncate -s 17M "$TMP/huge-rule/structure/huge.lua"
expect_status 2 "a rule file of 17 MiB" -- timeout 20 "$BIN" --rules "$TMP/huge-rule" "${samples[0]}"
expect_grep "huge-rule/structure/huge.lua: a rule file may have at most 16 MiB; not loaded" "$TMP/err" "a rule file of 17 MiB: the message"

# Rule files: one whose own code loops is stopped while loading; bytecode is refused, by name.
expect_status 2 "a rule file that loops when loaded" -- timeout 30 "$BIN" --rules "$SRC/tests/sandbox/load-loop" "${samples[0]}"
expect_grep "load-loop/structure/load-loop.lua:3: instruction budget exceeded" "$TMP/err" "a rule file that loops: the message"
mkdir -p "$TMP/bytecode/structure"
printf '\033Lua\124\000' > "$TMP/bytecode/structure/compiled.lua"
expect_status 2 "a bytecode rule file" -- "$BIN" --rules "$TMP/bytecode" "${samples[0]}"
expect_grep "bytecode/structure/compiled.lua: a rule file must be Lua source text, not bytecode" "$TMP/err" "a bytecode rule file: the message"

# A rule's state does not outlive a document: its file runs again for each one, so a rule counting
# documents in its locals or its table finds the same on one thread as on two
mkdir -p "$TMP/state"
for i in 1 2 3; do for f in "${samples[@]}"; do cp "$f" "$TMP/state/$i-$(basename "$f")"; done; done
"$BIN" -j 1 -f github --rules "$SRC/tests/sandbox/state" "$TMP"/state/*.txt > "$TMP/state-1.out" 2>&1
"$BIN" -j 2 -f github --rules "$SRC/tests/sandbox/state" "$TMP"/state/*.txt > "$TMP/state-2.out" 2>&1
expect_equal "$(grep -c 'state-count::document 1 1 1$' "$TMP/state-1.out")" "$(ls "$TMP"/state/*.txt | wc -l)" "each document is the rule's first"
if cmp -s "$TMP/state-1.out" "$TMP/state-2.out"; then ok; else bad "--jobs 1 and --jobs 2 differ"; diff "$TMP/state-1.out" "$TMP/state-2.out" | head -5; fi

finish
