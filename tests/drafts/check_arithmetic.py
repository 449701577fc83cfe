#!/usr/bin/env python3
"""Check the arithmetic of the clean drafts against the relations written beside them.

Each clean draft NAME.txt may have NAME.arith beside it: one relation a line, in the format
described in tests/drafts/README.md ("The .arith files").  This script evaluates every relation
exactly (fractions, no floating point), checks that the numbers it uses are written on the lines
it names, and exits 1 when any relation does not hold (2 for a malformed .arith file).

    python3 tests/drafts/check_arithmetic.py            # every tests/drafts/clean/*.arith
    python3 tests/drafts/check_arithmetic.py A.arith …  # only these
    python3 tests/drafts/check_arithmetic.py -v …       # also print each relation that holds
"""
import datetime
import glob
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP, localcontext
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))

# Full-width digits and signs as the drafts may write them.
WIDE = str.maketrans("０１２３４５６７８９．％：－＋", "0123456789.%:-+")

# Canonical members, in order, of the set formulations the drafts spell out.
FORMULATIONS = {
    "四个意识": ["政治意识", "大局意识", "核心意识", "看齐意识"],
    "四个自信": ["道路自信", "理论自信", "制度自信", "文化自信"],
    "五位一体": ["经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"],
    "四个全面": ["全面建设社会主义现代化国家", "全面深化改革", "全面依法治国", "全面从严治党"],
    "五个振兴": ["产业振兴", "人才振兴", "文化振兴", "生态振兴", "组织振兴"],
    "四个最严": ["最严谨的标准", "最严格的监管", "最严厉的处罚", "最严肃的问责"],
}

CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}

NUM = r"[-+]?\d+(?:\.\d+)?(?:万|亿)?"


class ArithError(Exception):
    pass


def chinese_int(s):
    """一 … 九十九 as an int."""
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        tens, _, units = s.partition("十")
        return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[units] if units else 0)
    if len(s) == 1 and s in CN_DIGITS:
        return CN_DIGITS[s]
    raise ArithError(f"not a count: {s}")


class Num:
    """A number as written in an .arith line: exact value, decimals written, the digits to find."""

    def __init__(self, token):
        self.implicit = token.startswith("[") and token.endswith("]")
        if self.implicit:
            token = token[1:-1]
        token = token.translate(WIDE).rstrip("%")
        m = re.fullmatch(r"([-+]?)(\d+)(?:\.(\d+))?(万|亿)?", token)
        if not m:
            raise ArithError(f"not a number: {token}")
        sign, whole, frac, mult = m.groups()
        self.decimals = len(frac) if frac else 0
        self.digits = whole + ("." + frac if frac else "")
        value = Fraction(self.digits)
        if mult == "万":
            value *= 10 ** 4
        elif mult == "亿":
            value *= 10 ** 8
        self.value = -value if sign == "-" else value
        self.text = token

    def __repr__(self):
        return self.text


def round_to(value, decimals):
    """value (a Fraction) rounded half up to `decimals` places, as a Fraction."""
    with localcontext() as ctx:
        ctx.prec = 60
        d = Decimal(value.numerator) / Decimal(value.denominator)
        q = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return Fraction(q)


def show(value, decimals=4):
    """A Fraction for messages."""
    if value.denominator == 1:
        return str(value.numerator)
    return format(round_to(value, decimals).__float__(), f".{decimals}f").rstrip("0").rstrip(".")


def fixed(value, decimals):
    """A Fraction already rounded to `decimals` places, with exactly that many decimals."""
    with localcontext() as ctx:
        ctx.prec = 60
        d = Decimal(value.numerator) / Decimal(value.denominator)
        return format(d.quantize(Decimal(1).scaleb(-decimals)), "f")


def expr_value(text, nums):
    """Evaluate + - * / ( ) over numbers exactly; collect the numbers used in `nums`."""
    tokens = re.findall(r"\[[^\]]*\]|" + NUM.replace("[-+]?", "", 1) + r"|[-+*/()]", text.replace(" ", ""))
    if "".join(tokens) != text.replace(" ", ""):
        raise ArithError(f"cannot read expression: {text}")
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def atom():
        t = peek()
        if t == "(":
            take()
            v = add()
            if take() != ")":
                raise ArithError(f"unbalanced parentheses: {text}")
            return v
        if t is None or t in "+*/)":
            raise ArithError(f"cannot read expression: {text}")
        if t == "-":
            take()
            return -atom()
        n = Num(take())
        nums.append(n)
        return n.value

    def mul():
        v = atom()
        while peek() in ("*", "/"):
            op = take()
            r = atom()
            if op == "*":
                v *= r
            else:
                if r == 0:
                    raise ArithError("division by zero")
                v /= r
        return v

    def add():
        v = mul()
        while peek() in ("+", "-"):
            op = take()
            r = mul()
            v = v + r if op == "+" else v - r
        return v

    v = add()
    if pos != len(tokens):
        raise ArithError(f"cannot read expression: {text}")
    return v


def split_items(text):
    if "|" in text:
        return [t.strip() for t in text.split("|")], False
    for sep in ("、", "；", "，"):
        if sep in text:
            return [t.strip() for t in text.split(sep)], True
    return [text.strip()], True


CMP = {
    "=": lambda a, b: a == b, ">": lambda a, b: a > b, "<": lambda a, b: a < b,
    ">=": lambda a, b: a >= b, "<=": lambda a, b: a <= b,
}


def percent_rel(right, fn, label):
    """`A / B = X%` with X rounded half up to the decimals written (or dN)."""
    m = re.fullmatch(r"(.+?)\s*/\s*(.+?)\s*=\s*(\S+?)%?(?:\s+d(\d+))?", right)
    if not m:
        raise ArithError(f"{label}: want 'A / B = X% [dN]'")
    a, b, x = Num(m.group(1)), Num(m.group(2)), Num(m.group(3))
    decimals = int(m.group(4)) if m.group(4) else x.decimals
    if b.value == 0:
        raise ArithError("division by zero")
    exact = fn(a.value, b.value)
    got = round_to(exact, decimals)
    return got == x.value, [a, b, x], f"{label}: {a} / {b} → {show(exact)}, at {decimals} decimals {fixed(got, decimals)}, written {x}"


def check_relation(kind, rest):
    """Return (holds, numbers used, explanation)."""
    if kind == "sum":
        m = re.fullmatch(r"(\S+)\s*(=|>=|<=)\s*(.+)", rest)
        if not m:
            raise ArithError("sum: want 'T = A + B …' (or >=, <=)")
        total = Num(m.group(1))
        nums = [total]
        s = expr_value(m.group(3), nums)
        return CMP[m.group(2)](total.value, s), nums, f"sum: {m.group(3)} = {show(s)}, total {total} ({m.group(2)})"
    if kind in ("share", "rate"):
        return percent_rel(rest, lambda a, b: a * 100 / b, kind)
    if kind == "growth":
        return percent_rel(rest, lambda a, b: (a / b - 1) * 100, kind)
    if kind == "ratio":
        m = re.fullmatch(r"(.+?)\s*/\s*(.+?)\s*=\s*(\S+?)(?:\s+d(\d+))?", rest)
        if not m:
            raise ArithError("ratio: want 'A / B = R [dN]'")
        a, b, r = Num(m.group(1)), Num(m.group(2)), Num(m.group(3))
        decimals = int(m.group(4)) if m.group(4) else r.decimals
        exact = a.value / b.value
        got = round_to(exact, decimals)
        return got == r.value, [a, b, r], f"ratio: {a} / {b} → {show(exact)}, at {decimals} decimals {fixed(got, decimals)}, written {r}"
    if kind == "points":
        m = re.fullmatch(r"(\S+)\s+-\s+(\S+)\s*=\s*(\S+)", rest)
        if not m:
            raise ArithError("points: want 'NEW - OLD = D' (spaces around the minus)")
        a, b, d = Num(m.group(1)), Num(m.group(2)), Num(m.group(3))
        return a.value - b.value == d.value, [a, b, d], f"points: {a} - {b} = {show(a.value - b.value)}, written {d}"
    if kind == "cmp":
        m = re.fullmatch(r"(.+?)\s*(>=|<=|=|>|<)\s*(.+)", rest)
        if not m:
            raise ArithError("cmp: want 'A OP B'")
        nums = []
        a = expr_value(m.group(1), nums)
        b = expr_value(m.group(3), nums)
        return CMP[m.group(2)](a, b), nums, f"cmp: {show(a)} {m.group(2)} {show(b)}"
    if kind == "eq":
        m = re.fullmatch(r"(\S+)\s*=\s*(.+?)(?:\s+d(\d+))?", rest)
        if not m:
            raise ArithError("eq: want 'X = EXPR [dN]'")
        x = Num(m.group(1))
        nums = [x]
        v = expr_value(m.group(2), nums)
        got = v if m.group(3) is None else round_to(v, int(m.group(3)))
        return got == x.value, nums, f"eq: {m.group(2)} = {show(v)}, written {x}"
    if kind == "count":
        m = re.fullmatch(r"(\S+)\s*=\s*(.+)", rest)
        if not m:
            raise ArithError("count: want 'N = A、B、C' (or ；，| between items)")
        n = chinese_int(m.group(1).translate(WIDE))
        items, verbatim = split_items(m.group(2))
        if any(not i for i in items):
            raise ArithError("count: an empty item")
        texts = [m.group(2)] if verbatim else items
        return len(items) == n, [], f"count: {len(items)} items, written {n}", texts
    if kind == "formula":
        m = re.fullmatch(r"(\S+)\s*=\s*(.+)", rest)
        if not m or m.group(1) not in FORMULATIONS:
            raise ArithError(f"formula: unknown formulation (known: {'、'.join(FORMULATIONS)})")
        items, verbatim = split_items(m.group(2))
        want = FORMULATIONS[m.group(1)]
        texts = [m.group(2)] if verbatim else items
        return items == want, [], f"formula: {m.group(1)} written {'、'.join(items)}, canonical {'、'.join(want)}", texts
    if kind == "date":
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\[?)(\d{1,2})\]?\s*<=\s*(\d{4})-(\d{1,2})-(\d{1,2})", rest)
        if not m:
            raise ArithError("date: want 'YYYY-MM-DD <= YYYY-MM-DD' (the event, then the bulletin's date)")
        y, mo, d, by, bmo, bd = (int(g) for i, g in enumerate(m.groups()) if i != 2)
        day_written = not m.group(3)
        try:
            event = datetime.date(y, mo, d)
            bulletin = datetime.date(by, bmo, bd)
        except ValueError as e:
            return False, [], f"date: {y}-{mo}-{d} or {by}-{bmo}-{bd} does not exist ({e})", [f"{mo}月"]
        texts = [f"{mo}月"] + ([f"{d}日"] if day_written else [])
        return event <= bulletin, [], f"date: {event} <= {bulletin}", texts
    raise ArithError(f"unknown relation kind: {kind}")


def number_on_line(num, line):
    """Is num written on the line as a whole number (not inside a longer one)?"""
    pattern = r"(?<![\d.])" + re.escape(num.digits) + r"(?![\d]|\.\d)"
    return re.search(pattern, line) is not None


def check_file(path, verbose):
    txt_path = path[: -len(".arith")] + ".txt"
    try:
        with open(txt_path, encoding="utf-8") as f:
            raw_lines = f.read().split("\n")
    except OSError as e:
        print(f"{path}: cannot read the draft {txt_path}: {e}")
        return 0, 0, 1
    lines = [l.translate(WIDE) for l in raw_lines]
    held = failed = malformed = 0
    with open(path, encoding="utf-8") as f:
        arith = f.read().split("\n")
    for no, src in enumerate(arith, 1):
        body = re.sub(r"(^|\s)#.*$", "", src).strip()
        if not body:
            continue
        where = f"{os.path.relpath(path)}:{no}"
        m = re.fullmatch(r"(?:@([\d,]+)\s+)?(\w+)\s+(.+)", body)
        if not m:
            print(f"{where}: malformed: {src}")
            malformed += 1
            continue
        at, kind, rest = m.groups()
        try:
            result = check_relation(kind, rest.strip())
        except (ArithError, KeyError, ValueError, ZeroDivisionError) as e:
            print(f"{where}: malformed ({e}): {src}")
            malformed += 1
            continue
        holds, nums, why = result[:3]
        texts = result[3] if len(result) > 3 else []
        missing = []
        if at:
            chosen = []
            for n in at.split(","):
                i = int(n)
                if not 1 <= i <= len(lines):
                    missing.append(f"line {i} (the draft has {len(lines)})")
                else:
                    chosen.append(lines[i - 1])
            for num in nums:
                if not num.implicit and not any(number_on_line(num, l) for l in chosen):
                    missing.append(num.digits)
            for t in texts:
                if not any(t.translate(WIDE) in l for l in chosen):
                    missing.append(t)
        if missing:
            print(f"{where}: not on line {at} of the draft: {'; '.join(missing)}  [{src.strip()}]")
            failed += 1
        elif not holds:
            print(f"{where}: DOES NOT HOLD: {why}  [{src.strip()}]")
            failed += 1
        else:
            held += 1
            if verbose:
                print(f"{where}: ok  {why}")
    return held, failed, malformed


def main(argv):
    verbose = "-v" in argv
    files = [a for a in argv if a != "-v"]
    if not files:
        files = sorted(glob.glob(os.path.join(HERE, "clean", "*.arith")))
        drafts = sorted(glob.glob(os.path.join(HERE, "clean", "*.txt")))
        without = [os.path.basename(d) for d in drafts if not os.path.exists(d[:-4] + ".arith")]
        if without:
            print(f"note: no .arith beside {', '.join(without)} (not checked)")
    total_held = total_failed = total_malformed = 0
    for path in files:
        held, failed, malformed = check_file(path, verbose)
        print(f"{os.path.relpath(path)}: {held} hold, {failed} fail" + (f", {malformed} malformed" if malformed else ""))
        total_held += held
        total_failed += failed
        total_malformed += malformed
    print(f"total: {total_held} relations hold, {total_failed} fail, {total_malformed} malformed, in {len(files)} files")
    if total_malformed:
        return 2
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
