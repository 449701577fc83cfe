#!/usr/bin/env python3
"""Checks the excerpts of bulletin-lint's text output against its JSON output (same files):
every excerpt line fits in WIDTH columns, and the carets stand under the finding's own text.

    excerpt_check.py WIDTH TEXT_OUTPUT JSON_OUTPUT   (prints problems; exit 1 if any)"""
import json
import re
import sys


def width(ch):  # as checker/base/utf8.c bl_display_width
    cp = ord(ch)
    if cp == 0 or 0x300 <= cp <= 0x36F or cp in (0x200B, 0x200D, 0xFEFF):
        return 0
    wide = [(0x1100, 0x115F), (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
            (0xA000, 0xA4CF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFF60),
            (0xFFE0, 0xFFE6), (0x20000, 0x3FFFD)]
    return 2 if any(lo <= cp <= hi for lo, hi in wide) else 1


def text_width(s):
    return sum(width(c) for c in s)


def read(path):
    data = open(path, "rb").read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030").lstrip("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def main():
    limit, text_path, json_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    lines = open(text_path, encoding="utf-8").read().split("\n")
    report = json.load(open(json_path, encoding="utf-8"))
    sources = {f["path"]: read(f["path"]) for f in report["files"]}
    diagnostics = [(f["path"], d) for f in report["files"] for d in f["diagnostics"]]
    problems, i, k = [], 0, 0
    while i < len(lines):
        m = re.match(r"^(.*):(\d+):(\d+): \S+: ", lines[i])
        if not m or k >= len(diagnostics):
            i += 1
            continue
        path, d = diagnostics[k]
        k += 1
        excerpt, carets = lines[i + 1], lines[i + 2]
        for shown in (excerpt, carets):
            if text_width(shown) > limit:
                problems.append(f"{path}:{d['line']}: {text_width(shown)} columns > {limit}: {shown}")
        bar = excerpt.index(" | ") + 3
        body = excerpt[bar:]
        pad = len(carets[bar:]) - len(carets[bar:].lstrip(" "))
        # the characters of the excerpt from display column `pad` on
        col, at = 0, 0
        while at < len(body) and col < pad:
            col += width(body[at])
            at += 1
        source = sources[path][d["line"] - 1].replace("\t", " ")
        start = d["column"] - 1
        end = d["end_column"] - 1 if d["end_line"] == d["line"] and d["end_column"] > d["column"] else len(source)
        want = source[start:end] or source[start:start + 1]
        got = body[at:at + len(want)].rstrip("…")
        if col != pad or not want.startswith(got) or not got and want:
            problems.append(f"{path}:{d['line']}:{d['column']}: the caret is under '{body[at:at + 6]}', not '{want[:6]}'")
        i += 3
    if k != len(diagnostics):
        problems.append(f"{k} excerpts for {len(diagnostics)} findings")
    print("\n".join(problems))
    return 1 if problems else 0


sys.exit(main())
