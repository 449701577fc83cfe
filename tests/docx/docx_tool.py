#!/usr/bin/env python3
"""Looks into .docx files for tests/cli/test_docx.sh, with the Python standard library only, and
independently of the checker's own reader.

    docx_tool.py comments FILE          each comment: id, the text it is anchored at, its text (TSV)
    docx_tool.py accept IN OUT          all tracked changes accepted (w:ins kept, w:del dropped)
    docx_tool.py changes FILE           the tracked changes by author: "author<TAB>ins|del<TAB>text"
    docx_tool.py same-parts A B PART... every part of A and B is byte-identical, except the PARTs named
"""
import io
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
q = lambda name: "{%s}%s" % (W, name)


def read(path, part):
    with zipfile.ZipFile(path) as z:
        return z.read(part)


def comments(path):
    root = ET.fromstring(read(path, "word/document.xml"))
    open_ranges, anchored = {}, {}
    for el in root.iter():
        if el.tag == q("commentRangeStart"):
            open_ranges[el.get(q("id"))] = []
        elif el.tag == q("commentRangeEnd"):
            i = el.get(q("id"))
            anchored[i] = "".join(open_ranges.pop(i, []))
        elif el.tag == q("t") and el.text:
            for parts in open_ranges.values():
                parts.append(el.text)
        elif el.tag == q("p"):
            for parts in open_ranges.values():
                if parts:
                    parts.append("\n")
    references = {el.get(q("id")) for el in root.iter(q("commentReference"))}
    text = {}
    for c in ET.fromstring(read(path, "word/comments.xml")).iter(q("comment")):
        paras = ["".join(t.text or "" for t in p.iter(q("t"))) for p in c.iter(q("p"))]
        text[c.get(q("id"))] = (c.get(q("author")), " | ".join(paras))
    for i in sorted(text, key=int):
        author, body = text[i]
        ref = "ref" if i in references else "noref"
        print(f"{i}\t{author}\t{ref}\t{anchored.get(i, '<no range>')}\t{body}")


def accept(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                ET.register_namespace("w", W)
                root = ET.fromstring(data)
                for parent in list(root.iter()):
                    children = list(parent)
                    for index, child in reversed(list(enumerate(children))):
                        if child.tag == q("del"):
                            parent.remove(child)
                        elif child.tag == q("ins"):
                            parent.remove(child)
                            for k, grandchild in enumerate(list(child)):
                                parent.insert(index + k, grandchild)
                data = ET.tostring(root, encoding="utf-8", xml_declaration=True)
            zout.writestr(info, data)


def changes(path):
    root = ET.fromstring(read(path, "word/document.xml"))
    for el in root.iter():
        if el.tag in (q("ins"), q("del")):
            texts = [t.text or "" for t in el.iter() if t.tag in (q("t"), q("delText"))]
            kind = "ins" if el.tag == q("ins") else "del"
            print(f"{el.get(q('author'))}\t{kind}\t{''.join(texts)}\t{el.get(q('date'))}")


def same_parts(a, b, changed):
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        names_a, names_b = set(za.namelist()), set(zb.namelist())
        ok = True
        for name in sorted(names_a | names_b):
            if name in changed:
                continue
            if name not in names_a or name not in names_b or za.read(name) != zb.read(name):
                print(f"differs: {name}")
                ok = False
        return ok


def main(argv):
    if len(argv) == 3 and argv[1] == "comments":
        comments(argv[2])
    elif len(argv) == 4 and argv[1] == "accept":
        accept(argv[2], argv[3])
    elif len(argv) == 3 and argv[1] == "changes":
        changes(argv[2])
    elif len(argv) >= 4 and argv[1] == "same-parts":
        sys.exit(0 if same_parts(argv[2], argv[3], set(argv[4:])) else 1)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
