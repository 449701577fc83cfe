#!/usr/bin/env bash
# The unit tests, the rule fixtures and the command on the corpus and samples, under valgrind's
# memcheck (and Word drafts in and out): any error or definite leak fails. PCRE2's JIT is off (valgrind cannot see into it).
# Usage: tests/valgrind.sh BUILD_DIR SOURCE_DIR
set -u
build=${1:?build dir}; src=${2:?source dir}
export BULLETIN_LINT_NO_JIT=1 BULLETIN_LINT_NO_POOL=1 # memcheck sees no errors inside JIT code or the pool's slabs
vg=(valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect)
passed=0; failed=0
run() { # description, command...
  local what=$1; shift
  "${vg[@]}" "$@" > /tmp/valgrind.$$.out 2> /tmp/valgrind.$$.err
  local status=$?
  if [ "$status" -eq 99 ] || grep -q '^==[0-9]*==' /tmp/valgrind.$$.err; then
    failed=$((failed + 1)); echo "FAIL: $what"; head -30 /tmp/valgrind.$$.err
  else
    passed=$((passed + 1))
  fi
}
for t in "$build"/test_*; do [ -x "$t" ] && run "$(basename "$t")" "$t"; done
run "rule fixtures" "$build/bulletin-lint" --test-rules "$src/tests/rules"
files=("$src"/samples/*.txt)
[ -d "$src/../shared/corpus" ] && files+=("$src"/../shared/corpus/*.txt)
for format in text json sarif junit github html; do
  run "--format $format, 2 threads" "$build/bulletin-lint" -j 2 --format "$format" "${files[@]}"
done
run "--dump claims" "$build/bulletin-lint" --dump claims "${files[@]}"
run "--fix-dry-run" "$build/bulletin-lint" --fix-dry-run "${files[@]}"
cat "$src"/samples/*.txt > /tmp/valgrind.$$.several.txt   # a file of several bulletins: one document each
run "a file of several bulletins" "$build/bulletin-lint" --format json /tmp/valgrind.$$.several.txt
run "--dump of several bulletins" "$build/bulletin-lint" --dump /tmp/valgrind.$$.several.txt
run "--fix of several bulletins" "$build/bulletin-lint" --fix /tmp/valgrind.$$.several.txt
printf 'a\0b' > /tmp/valgrind.$$.nul
run "an unreadable file" "$build/bulletin-lint" /tmp/valgrind.$$.nul
for format in sarif json html; do
  run "a missing file, --format $format" "$build/bulletin-lint" --format "$format" /tmp/valgrind.$$.missing /tmp/valgrind.$$.nul "${files[0]}"
done
cp "$src/samples/xinyang-extracted.txt" /tmp/valgrind.$$.draft && ln -s /tmp/valgrind.$$.draft /tmp/valgrind.$$.link
run "--fix through a link" "$build/bulletin-lint" --fix /tmp/valgrind.$$.link
# Word drafts: read, commented, fixed as tracked changes, refused when damaged
python3 "$src/tests/docx/make_docx.py" --all /tmp/valgrind.$$.fx && python3 "$src/tests/docx/make_docx.py" --bad /tmp/valgrind.$$.bad
docx=/tmp/valgrind.$$.fx/flawed-mianyang-renda.docx
for format in text json html; do
  run ".docx, --format $format" "$build/bulletin-lint" --format "$format" "$docx" /tmp/valgrind.$$.fx/linebreaks.docx
done
run "--format docx" "$build/bulletin-lint" --format docx -o /tmp/valgrind.$$.checked.docx "$docx"
python3 "$src/tests/docx/make_docx.py" "$src/samples/xinyang-extracted.txt" /tmp/valgrind.$$.xy.docx /tmp/valgrind.$$.xy.txt
run ".docx --fix-dry-run" "$build/bulletin-lint" --fix-dry-run /tmp/valgrind.$$.xy.docx
run ".docx --fix" "$build/bulletin-lint" --fix /tmp/valgrind.$$.xy.docx
run "damaged and foreign files" "$build/bulletin-lint" /tmp/valgrind.$$.bad/*
rm -rf /tmp/valgrind.$$.*
echo "valgrind: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
