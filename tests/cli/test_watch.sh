#!/usr/bin/env bash
# Rules run without the count hook, watched by a CPU-time timer (checker/lua/sandbox_watch.h): the
# findings and rule failures are those of runs under the count hook alone (BULLETIN_LINT_WATCH=hook),
# and of runs each done again under the hook after the watched one (redo), on the samples, the drafts,
# the real texts and the hostile rules of tests/sandbox.
. "$(dirname "$0")/lib.sh"
files=("$SRC"/samples/*.txt "$SRC"/samples/*.docx)
while IFS= read -r f; do files+=("$f"); done < <(find "$SRC/tests/drafts" -name '*.txt' | sort)
[ -d "$SRC/../shared/realtexts" ] && files+=("$SRC"/../shared/realtexts/*)
for mode in default hook redo; do
  if [ "$mode" = default ]; then env=(env -u BULLETIN_LINT_WATCH); else env=(env BULLETIN_LINT_WATCH=$mode); fi
  "${env[@]}" "$BIN" -j 2 -f json "${files[@]}" > "$TMP/$mode.json" 2> "$TMP/$mode.err"
  echo "exit $?" >> "$TMP/$mode.err"
  # rules that fail: their messages name the limit and the line, whichever way they ran
  "${env[@]}" BULLETIN_LINT_TIME_LIMIT_MS=5000 "$BIN" -j 1 -f github --rules "$SRC/tests/sandbox/escapes" \
    "$SRC/samples/zhoukou-draft.txt" > "$TMP/$mode.escapes" 2>&1
done
expect_grep '"diagnostics":\[\{' "$TMP/default.json" "the files have findings"
expect_grep "escape-xpcall.lua:4: instruction budget exceeded" "$TMP/default.escapes" "a hostile rule is stopped at its budget"
for mode in hook redo; do
  for what in json err escapes; do
    if cmp -s "$TMP/default.$what" "$TMP/$mode.$what"; then ok
    else bad "$what: watched runs and $mode differ"; diff "$TMP/default.$what" "$TMP/$mode.$what" | head -6; fi
  done
done
finish
