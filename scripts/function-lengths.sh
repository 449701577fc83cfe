#!/usr/bin/env bash
# Lists the C functions longer than LIMIT lines (default 99), from the line of the function's
# name to its closing brace, in checker/ and cli/ (or the files given). Exit 1 when there are some.
# Usage: scripts/function-lengths.sh [-n LIMIT] [FILE...]
limit=99
if [ "${1:-}" = "-n" ]; then limit=$2; shift 2; fi
cd "$(dirname "$0")/.." || exit 2
if [ $# -eq 0 ]; then set -- $(find checker cli -name '*.c' | sort); fi
awk -v limit="$limit" '
  FNR == 1 { start = 0 }
  /^[A-Za-z_].*\(/ && !/;[ \t]*$/ { name_line = FNR; name = $0 }
  /^\{/ { start = name_line ? name_line : FNR; fname = name }
  /^\}/ && start { n = FNR - start + 1; if (n > limit) { printf "%s:%d: %d lines: %s\n", FILENAME, start, n, fname; long++ } start = 0; name_line = 0 }
  END { exit long > 0 }
' "$@"
