#!/usr/bin/env python3
"""Which planted errors of a flawed draft the checker finds: reads NAME.planted and the checker's
findings ("LINE:COLUMN RULE" lines on standard input) and prints the planted lines that are found.
Each finding stands for at most one planted error, the nearest by column on its line (a sum is
reported at its total, away from the part that was changed)."""
import sys

planted = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
findings = [l.split()[0] for l in sys.stdin if l.strip()]
taken = set()
found = set()
for f in findings:
    line, column = (int(x) for x in f.split(":")[:2])
    candidates = [(abs(int(p.split()[0].split(":")[1]) - column), i) for i, p in enumerate(planted)
                  if int(p.split()[0].split(":")[0]) == line and i not in taken]
    if candidates:
        _, best = min(candidates)
        taken.add(best)
        found.add(best)
for i in sorted(found):
    print(planted[i])
