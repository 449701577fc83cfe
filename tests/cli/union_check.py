#!/usr/bin/env python3
"""union_check.py BIN CONCATENATION FILE...: the findings of CONCATENATION (the FILEs one after
another) are exactly those of the FILEs checked one by one, their lines shifted by the lines of the
files before them (in positions and in messages that name a line: 第N行). Exit 1, listing the
differences, when they are not."""
import collections, json, re, subprocess, sys

def findings(binary, path):
    out = subprocess.run([binary, "--format", "json", path], capture_output=True, check=False).stdout
    files = json.loads(out)["files"]
    assert len(files) == 1, f"{path}: {len(files)} file entries"
    return files[0]["diagnostics"]

def shifted(d, by):
    d = dict(d)
    for key in ("line", "end_line"):
        d[key] += by
    for key in ("message", "suggestion"):
        if d.get(key):
            d[key] = re.sub(r"第(\d+)行", lambda m: f"第{int(m.group(1)) + by}行", d[key])
    return json.dumps(d, sort_keys=True, ensure_ascii=False)

def main():
    binary, concatenation, parts = sys.argv[1], sys.argv[2], sys.argv[3:]
    expected, lines = collections.Counter(), 0
    for path in parts:
        expected.update(shifted(d, lines) for d in findings(binary, path))
        with open(path, "rb") as f:
            lines += f.read().count(b"\n")
    got = collections.Counter(shifted(d, 0) for d in findings(binary, concatenation))
    for d in expected - got:
        print("missing:", d)
    for d in got - expected:
        print("extra:", d)
    print(f"{sum(got.values())} findings, {sum(expected.values())} expected")
    return 0 if got == expected else 1

sys.exit(main())
