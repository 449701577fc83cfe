#!/usr/bin/env python3
"""Check the .planted lists of the flawed drafts against their clean copies.

For each tests/drafts/flawed/NAME.planted (lines `LINE:COLUMN CLASS — description`), this prints
the flawed text at LINE:COLUMN beside the clean text there, and checks that
  - the position exists (LINE 1-based, COLUMN 1-based in Unicode characters);
  - the flawed line differs from the clean line by a change that starts at COLUMN or within
    WINDOW characters after it (a changed digit inside the number that starts at COLUMN; a
    qualifier added after the one the column points at);
  - every difference between the clean and the flawed copy is claimed by a planted line.
Exits 1 when any check fails.

    python3 tests/drafts/check_planted.py [-q] [NAME.planted …]
"""
import difflib
import glob
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
WINDOW = 20
ENTRY = re.compile(r"(\d+):(\d+) (\S+) — (.+)")


def changes(clean, flawed):
    """The character ranges of flawed that differ from clean: (start, end) 0-based, end exclusive."""
    sm = difflib.SequenceMatcher(None, clean, flawed, autojunk=False)
    return [(j1, j2) for tag, i1, i2, j1, j2 in sm.get_opcodes() if tag != "equal"]


def check(path, quiet):
    name = os.path.basename(path)[: -len(".planted")]
    flawed_path = os.path.join(os.path.dirname(path), name + ".txt")
    clean_path = os.path.join(HERE, "clean", name + ".txt")
    problems = []
    flawed = open(flawed_path, encoding="utf-8").read().split("\n")
    clean = open(clean_path, encoding="utf-8").read().split("\n")
    if len(flawed) != len(clean):
        problems.append(f"{name}: {len(flawed)} lines, the clean copy has {len(clean)}")
    entries = []
    for no, src in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        if not src.strip():
            continue
        m = ENTRY.fullmatch(src.strip())
        if not m:
            problems.append(f"{path}:{no}: not `LINE:COLUMN CLASS — description`: {src}")
            continue
        entries.append((int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)))
    claimed = set()
    for line, col, cls, desc in entries:
        if not 1 <= line <= len(flawed) or not 1 <= col <= len(flawed[line - 1]):
            problems.append(f"{name}:{line}:{col} {cls}: no such position")
            continue
        f_line, c_line = flawed[line - 1], clean[line - 1] if line <= len(clean) else ""
        ops = changes(c_line, f_line)
        hit = [op for op in ops if col - 1 <= op[0] <= col - 1 + WINDOW]
        if not hit:
            problems.append(f"{name}:{line}:{col} {cls}: no change at or just after this column")
        for op in hit:
            claimed.add((line, op))
        if not quiet:
            print(f"{name}:{line}:{col} {cls:20} flawed “{f_line[col - 1:col + 11]}”  clean “{c_line[col - 1:col + 11]}”")
    for line, (f_line, c_line) in enumerate(zip(flawed, clean), 1):
        for op in changes(c_line, f_line):
            if (line, op) not in claimed:
                problems.append(f"{name}:{line}:{op[0] + 1}: a change no planted line claims: “{f_line[max(op[0] - 4, 0):op[1] + 4]}”")
    return entries, problems


def main(argv):
    quiet = "-q" in argv
    files = [a for a in argv if a != "-q"] or sorted(glob.glob(os.path.join(HERE, "flawed", "*.planted")))
    classes = Counter()
    all_problems = []
    total = 0
    for path in files:
        entries, problems = check(path, quiet)
        total += len(entries)
        classes.update(e[2] for e in entries)
        all_problems += problems
    for p in all_problems:
        print("FAIL:", p)
    print(f"{total} planted errors in {len(files)} files; classes: "
          + ", ".join(f"{c} {n}" for c, n in sorted(classes.items())))
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
