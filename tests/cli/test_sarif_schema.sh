#!/usr/bin/env bash
# SARIF output against the official SARIF 2.1.0 JSON schema (OASIS), when the schema is available
# at ../shared/sarif-schema-2.1.0.json: it is not in Debian's packages, and this project may not
# copy it from elsewhere. The validator is Debian's python3-jsonschema.
. "$(dirname "$0")/lib.sh"
schema=""
for candidate in "$SRC/../shared/sarif-schema-2.1.0.json" "$SRC/../shared/schemas/sarif-schema-2.1.0.json"; do
  [ -f "$candidate" ] && schema=$candidate
done
if [ -z "$schema" ] || ! python3 -c 'import jsonschema' 2> /dev/null; then
  echo "test_sarif_schema: 0 passed, 0 failed, 1 skipped (no ../shared/sarif-schema-2.1.0.json or no python3-jsonschema)"
  exit 0
fi
files=("$SRC"/samples/*.txt)
[ -d "$SRC/../shared/corpus" ] && files+=("$SRC"/../shared/corpus/*.txt)
"$BIN" --format sarif "${files[@]}" > "$TMP/out.sarif"
if python3 - "$TMP/out.sarif" "$schema" <<'PY'
import json, sys, jsonschema
log, schema = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
jsonschema.validate(log, schema, format_checker=jsonschema.FormatChecker())
PY
then ok; else bad "the SARIF output does not validate against $schema"; fi
finish
