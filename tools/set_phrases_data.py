#!/usr/bin/env python3
"""Derives the word data of wording.set-phrases from two Debian packages, and reviews the phrase list.

    python3 tools/set_phrases_data.py words    # rules/lib/common_words.lua (python3-jieba)
    python3 tools/set_phrases_data.py sounds   # rules/lib/han_sounds.lua (golang-github-mozillazg-go-pinyin-dev)
    python3 tools/set_phrases_data.py review TEXT...
        # for each phrase of rules/lib/set_phrases.lua: the dictionary words one character away,
        # the forms one character away found in the texts, and whether its start or end is open
        # (the rest of the phrase is made of words of its own)

The data is written once and checked in; the rule reads it and never these packages.
"""
import re
import sys
import unicodedata
from collections import Counter, defaultdict

JIEBA = "/usr/lib/python3/dist-packages/jieba/dict.txt"
PINYIN = "/usr/share/gocode/src/github.com/mozillazg/go-pinyin/pinyin_dict.go"
HAN2 = re.compile(r"^[\u4e00-\u9fff]{2}$")
WORD_FREQ = 200
# Common words of official writing that the dictionary lacks or ranks below WORD_FREQ.
EXTRA_WORDS = """有为 作为 迈上 跨域 跨市 跨境 康养 医育 一窗 兴业 全网 是一 一类 省建 强省 强市 强县 治省 治市 治县
治污 治军 治疆 治港 治藏 治税 治水 行权 有升 有降 有增 有减 有稳 有变 有忧 向好 促稳 保稳 稳进 采集 填报""".split()


def phrases():
    src = open("rules/lib/set_phrases.lua", encoding="utf-8").read()
    body = src.split("M.phrases = {", 1)[1].split("\n}\n", 1)[0]
    body = re.sub(r"--[^\n]*", "", body)
    return re.findall(r'"([^"]+)"', body)


def jieba():
    freq = {}
    for line in open(JIEBA, encoding="utf-8"):
        w, c, *_ = line.split()
        freq[w] = int(c)
    return freq


def common_words(freq):
    by_first = defaultdict(list)
    for w, c in freq.items():
        if HAN2.match(w) and c >= WORD_FREQ:
            by_first[w[0]].append(w[1])
    for w in EXTRA_WORDS:
        if w[1] not in by_first[w[0]]:
            by_first[w[0]].append(w[1])
    return by_first


def write_words():
    by_first = common_words(jieba())
    n = sum(len(v) for v in by_first.values())
    out = ["-- Common two-character words: for each first character, the characters that follow it in a",
           "-- common word (中 → 心, 国, 间 …). wording.set-phrases asks whether a changed character of a set",
           "-- phrase makes a word with the character next to it, which makes the text another reading",
           "-- (坚持发展不动摇 is not a misspelt 毫不动摇: 展 belongs to 发展).",
           "--",
           "-- Derived by tools/set_phrases_data.py from the dictionary of jieba 0.42.1",
           "-- (https://github.com/fxsjy/jieba, MIT licence; Debian package python3-jieba): its",
           "-- two-character entries of frequency %d and more, and a few words of official writing it lacks" % WORD_FREQ,
           "-- (tools/set_phrases_data.py EXTRA_WORDS): %d words." % n,
           "return {"]
    for k in sorted(by_first):
        out.append('  ["%s"] = "%s",' % (k, "".join(by_first[k])))
    out.append("}")
    open("rules/lib/common_words.lua", "w", encoding="utf-8").write("\n".join(out) + "\n")


def toneless(syllable):
    s = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("ü", "v")


def write_sounds():
    readings = {}
    for m in re.finditer(r'0x([0-9A-F]+): "([^"]+)"', open(PINYIN, encoding="utf-8").read()):
        readings[chr(int(m.group(1), 16))] = sorted(set(toneless(s) for s in m.group(2).split(",")))
    freq = jieba()
    common = set()
    for w, c in freq.items():
        if c >= 20:
            common.update(ch for ch in w if "\u4e00" <= ch <= "\u9fff")
    wanted = set("".join(phrases()))
    by_sound = defaultdict(list)
    for ch in sorted(common | wanted):
        for s in readings.get(ch, ()):
            by_sound[s].append(ch)
    out = ["-- The sounds of Han characters, without tones: for each syllable the common characters read so",
           "-- (zhong → 中忠钟终 …), and the readings of the characters of the set phrases. wording.set-phrases",
           "-- reports a changed character that makes a word with its neighbour only when it sounds like the",
           "-- character it replaced (以人民为忠心: 忠 for 中, an input-method slip; 人民过上美好生活 is another",
           "-- reading of 人民至上's first characters, not a slip).",
           "--",
           "-- Derived by tools/set_phrases_data.py from the pinyin data of go-pinyin 0.19.0",
           "-- (https://github.com/mozillazg/go-pinyin, MIT licence; Debian package",
           "-- golang-github-mozillazg-go-pinyin-dev): the characters of the jieba dictionary's words of",
           "-- frequency 20 and more, and those of the phrases.",
           "local M = {}",
           "",
           "M.chars = {"]
    for s in sorted(by_sound):
        out.append('  %s = "%s",' % (s, "".join(by_sound[s])))
    out += ["}", "", "M.readings = {"]
    for ch in sorted(wanted):
        if ch in readings:
            out.append('  ["%s"] = "%s",' % (ch, " ".join(readings[ch])))
    out += ["}", "", "return M"]
    open("rules/lib/han_sounds.lua", "w", encoding="utf-8").write("\n".join(out) + "\n")


def segmentable(s, freq):
    """Whether s is made of dictionary words of two or more characters."""
    if not s:
        return True
    return any(freq.get(s[:i], 0) >= 20 and segmentable(s[i:], freq) for i in range(len(s), 1, -1))


def review(paths):
    freq = jieba()
    plist = phrases()
    known = set(plist)
    text = "".join(open(p, encoding="utf-8", errors="replace").read() for p in paths)
    runs = re.findall(r"[\u3400-\u9fff]+", text)
    blanked = defaultdict(list)
    for p in plist:
        for i in range(len(p)):
            blanked[p[:i] + "*" + p[i + 1:]].append((p, i))
    seen = defaultdict(Counter)
    lens = {len(p) for p in plist}
    for run in runs:
        for n in lens:
            for s in range(len(run) - n + 1):
                w = run[s:s + n]
                if w in known:
                    continue
                for i in range(n):
                    for p, pi in blanked.get(w[:i] + "*" + w[i + 1:], ()):
                        seen[p][(w, pi)] += 1
    for p in plist:
        lines = []
        if segmentable(p[1:], freq):
            lines.append("  open start: %s" % p[1:])
        if segmentable(p[:-1], freq):
            lines.append("  open end: %s" % p[:-1])
        for i in range(len(p)):
            for w, c in sorted(((w, c) for w, c in freq.items() if len(w) == len(p) and w != p
                                and w[:i] == p[:i] and w[i + 1:] == p[i + 1:]), key=lambda x: -x[1]):
                lines.append("  dictionary: %s (%d)%s" % (w, c, " known" if w in known else ""))
        for (w, i), c in seen[p].most_common():
            lines.append("  text: %s ×%d" % (w, c))
        if lines:
            print(p)
            print("\n".join(lines))


if __name__ == "__main__":
    {"words": lambda: write_words(), "sounds": lambda: write_sounds(),
     "review": lambda: review(sys.argv[2:])}[sys.argv[1]]()
