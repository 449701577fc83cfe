# Shared helpers for the CLI tests: run with BIN (the built binary) and SRC (the source tree).
BIN=${1:?usage: test.sh BIN SRC}
SRC=${2:?usage: test.sh BIN SRC}
TMP=$(mktemp -d)
unset COLUMNS   # the text output fits its excerpts to $COLUMNS: the tests read it at 80
unset LC_ALL LC_MESSAGES LANGUAGE; export LANG=C.UTF-8   # and in English (zh… locales give Chinese)
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

# expect_status WANT DESCRIPTION -- command...
expect_status() {
  local want=$1 what=$2; shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  local got=$?
  if [ "$got" -eq "$want" ]; then ok; else bad "$what: exit $got, wanted $want"; sed 's/^/    /' "$TMP/err" | head -5; fi
}

# expect_grep PATTERN FILE DESCRIPTION
expect_grep() {
  if grep -qE -- "$1" "$2"; then ok; else bad "$3: /$1/ not in $2"; head -5 "$2" | sed 's/^/    /'; fi
}

expect_equal() {
  if [ "$1" = "$2" ]; then ok; else bad "$3: got '$1', wanted '$2'"; fi
}

finish() {
  echo "$(basename "$0" .sh): $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
