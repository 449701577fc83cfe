#!/usr/bin/env python3
"""Builds .docx fixtures from the text drafts of tests/drafts, with the Python standard library.

Each draft line becomes one Word paragraph, and the file gets what Word writes in real drafts:
automatic numbering at two levels (一、 through a heading style's numbering, （一） through the
paragraph's own), runs split in the middle of words with different formatting, the masthead in a
table, a field (its code is left out, its result read), a tracked insertion (read) and deletion (left
out), a bookmark, a hyperlink, a footnote and an editor's own comment. Alongside it, NAME.txt is the
draft as Word shows the .docx: the same text, except that an auto-numbered heading has no typed
indent (Word indents it by the paragraph's format, which is not text).

    make_docx.py DRAFT.txt OUT.docx OUT.txt      one fixture (--plain first: one formatting throughout)
    make_docx.py --all OUTDIR                    the fixtures tests/cli/test_docx.sh uses
    make_docx.py --bad OUTDIR                    damaged and foreign files
    make_docx.py --seeds OUTDIR                  the fixtures and their XML, to seed fuzz_docx
"""
import io
import os
import re
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CN = "一二三四五六七八九"
FIXTURES = [("clean", "gansu-minzheng"), ("clean", "wuhu-tongji"), ("flawed", "gansu-minzheng"),
            ("flawed", "mianyang-renda"), ("flawed", "jiangyin-shenji")]


def chinese(n):
    if n < 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens - 1]) + "十" + (CN[ones - 1] if ones else "")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def t(text):
    space = ' xml:space="preserve"' if text != text.strip(" \u3000") or "  " in text else ""
    return f"<w:t{space}>{esc(text)}</w:t>"


RPRS = ["", '<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>', "<w:rPr><w:b/></w:rPr>",
        '<w:rPr><w:color w:val="1F3864"/></w:rPr>']


def runs(text, seed):
    """The text in runs of 3 to 9 characters, split wherever that falls (mid-word)."""
    out, i, k = [], 0, seed
    while i < len(text):
        n = 3 + (k * 7) % 7
        out.append(f'<w:r w:rsidR="00{k % 97:02d}AB12">{RPRS[k % len(RPRS)]}{t(text[i:i + n])}</w:r>')
        i += n
        k += 1
    return "".join(out)


def han_span(text, n):
    """Where n Han characters follow each other (a place for a field or a change that holds no
    punctuation a fix would touch), or None."""
    m = re.search("[\u4e00-\u9fff]{%d}" % n, text[2:])
    return (m.start() + 2, m.end() + 2) if m else None


class Builder:
    def __init__(self):
        self.next_id = 100
        self.footnotes = []
        self.comments = []

    def ident(self):
        self.next_id += 1
        return self.next_id

    def feature(self, name, text, seed):
        """One paragraph's runs with a feature put around some of its Han characters."""
        span = han_span(text, 4)
        if not span:
            return runs(text, seed)
        a, b = span
        before, mid, after = text[:a], text[a:b], text[b:]
        i = self.ident()
        if name == "field":
            middle = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DOCPROPERTY  '
                      f'部门名称  \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                      f'<w:r>{t(mid)}</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
        elif name == "simple-field":
            middle = f'<w:fldSimple w:instr=" AUTHOR "><w:r>{t(mid)}</w:r></w:fldSimple>'
        elif name == "insertion":
            middle = f'<w:ins w:id="{i}" w:author="编辑甲" w:date="2024-05-20T09:00:00Z"><w:r>{t(mid)}</w:r></w:ins>'
        elif name == "deletion":
            middle = (f'<w:r>{t(mid)}</w:r><w:del w:id="{i}" w:author="编辑甲" w:date="2024-05-20T09:00:00Z">'
                      f'<w:r><w:delText>已删去的文字，</w:delText></w:r></w:del>')
        elif name == "bookmark":
            middle = (f'<w:bookmarkStart w:id="{i}" w:name="要点{i}"/><w:r>{t(mid)}</w:r>'
                      f'<w:bookmarkEnd w:id="{i}"/>')
        elif name == "hyperlink":
            middle = f'<w:hyperlink w:anchor="要点" w:history="1"><w:r>{t(mid)}</w:r></w:hyperlink>'
        elif name == "footnote":
            n = len(self.footnotes) + 1
            self.footnotes.append((n, "脚注的文字不是正文，不检查。"))
            middle = (f'<w:r>{t(mid)}</w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{n}"/></w:r>')
        elif name == "comment":
            self.comments.append((i, "编辑甲", "请核实这一段的数字。"))
            middle = (f'<w:commentRangeStart w:id="{i}"/><w:r>{t(mid)}</w:r><w:commentRangeEnd w:id="{i}"/>'
                      f'<w:r><w:commentReference w:id="{i}"/></w:r>')
        else:
            raise ValueError(name)
        return runs(before, seed) + middle + runs(after, seed + 1)


FEATURES = ["field", "insertion", "deletion", "bookmark", "footnote", "comment", "hyperlink", "simple-field"]


def document(lines):
    """document.xml, and the text Word shows for it (one line per paragraph)."""
    b = Builder()
    body, shown = [], []
    c0, c1 = 0, 0
    feature = 0
    table = []
    for index, line in enumerate(lines):
        stripped = line.lstrip("\u3000 ")
        m0 = re.match("([一二三四五六七八九十]+)、", stripped)
        m1 = re.match("（([一二三四五六七八九十]+)）", stripped)
        ppr, text = "", line
        if m0 and m0.group(1) == chinese(c0 + 1) and len(stripped) < 60:
            c0, c1 = c0 + 1, 0
            ppr = '<w:pPr><w:pStyle w:val="1"/><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>'
            text = stripped[m0.end():]
            shown.append(chinese(c0) + "、" + text)
        elif m1 and m1.group(1) == chinese(c1 + 1):
            c1 += 1
            ppr = ('<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
                   '<w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>')
            text = stripped[m1.end():]
            shown.append("（" + chinese(c1) + "）" + text)
        else:
            shown.append(line)
        if not text and not ppr:
            para = "<w:p/>"
        elif len(text) > 40 and not ppr and feature < len(FEATURES) and index > 5:
            para = f"<w:p>{ppr}{b.feature(FEATURES[feature], text, index)}</w:p>"
            feature += 1
        else:
            para = f"<w:p>{ppr}{runs(text, index)}</w:p>"
        if index < 3:  # the masthead in a table of one column
            table.append(f'<w:tr><w:tc><w:tcPr><w:tcW w:w="8800" w:type="dxa"/></w:tcPr>{para}</w:tc></w:tr>')
            if index == 2 or index == len(lines) - 1:
                body.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                            '<w:tblGrid><w:gridCol w:w="8800"/></w:tblGrid>' + "".join(table) + "</w:tbl>")
        else:
            body.append(para)
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" xmlns:r="{R}">'
           f'<w:body>{"".join(body)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    return xml, shown, b


NUMBERING = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
             '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/>'
             '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
             '<w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>'
             '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')

STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>'
          '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr>'
          '<w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style></w:styles>')


def package(xml, b, stored=False):
    files = {}
    overrides = [("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
                 ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
                 ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml")]
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "numbering", "numbering.xml")]
    if b and b.footnotes:
        notes = "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r><w:r>{t(text)}</w:r></w:p></w:footnote>'
                        for n, text in b.footnotes)
        files["word/footnotes.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
                                       '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                                       f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>{notes}</w:footnotes>')
        overrides.append(("/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"))
        rels.append(("rId3", "footnotes", "footnotes.xml"))
    if b and b.comments:
        body = "".join(f'<w:comment w:id="{i}" w:author="{a}" w:date="2024-05-20T09:00:00Z" w:initials="甲">'
                       f'<w:p><w:r>{t(text)}</w:r></w:p></w:comment>' for i, a, text in b.comments)
        files["word/comments.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W}">'
                                      f'{body}</w:comments>')
        overrides.append(("/word/comments.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"))
        rels.append(("rId4", "comments", "comments.xml"))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          + "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides) + "</Types>")
    doc_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{REL}">'
                + "".join(f'<Relationship Id="{i}" Type="{R}/{k}" Target="{target}"/>' for i, k, target in rels)
                + "</Relationships>")
    root_rels = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{REL}">'
                 f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>')
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", method) as z:
        def add(name, data):
            info = zipfile.ZipInfo(name, date_time=(2024, 5, 20, 9, 0, 0))
            info.compress_type = method
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
        add("[Content_Types].xml", ct)
        add("_rels/.rels", root_rels)
        add("word/document.xml", xml)
        add("word/_rels/document.xml.rels", doc_rels)
        add("word/styles.xml", STYLES)
        add("word/numbering.xml", NUMBERING)
        for name, data in files.items():
            add(name, data)
    return out.getvalue()


def fixture(draft, out_docx, out_txt):
    with open(draft, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    xml, shown, b = document(lines)
    with open(out_docx, "wb") as f:
        f.write(package(xml, b))
    with open(out_txt, "w", encoding="utf-8") as f:
        f.write("\n".join(shown) + "\n")


def linebreaks(path):
    """Line breaks inside paragraphs (Shift+Enter), a tab, an entity, hidden text and an empty
    paragraph: the finding after them is still at its paragraph's number and character."""
    body = ("<w:p><w:r><w:t>政务信息</w:t><w:br/><w:t>第7期</w:t></w:r></w:p><w:p/>"
            "<w:p><w:r><w:t>标题</w:t><w:tab/><w:t>A&amp;B</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r>"
            "<w:r><w:t xml:space=\"preserve\">　　2月30日召开会议。</w:t></w:r></w:p>")
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    with open(path, "wb") as f:
        f.write(package(xml, None))


def plain_zip(entries, stored=False):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
    return out.getvalue()


def bad(outdir):
    """Damaged Word files (NAME.docx, each named for what is wrong) and files of other formats."""
    def doc(body):
        return (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
    good = package(doc("<w:p><w:r><w:t>正文。</w:t></w:r></w:p>"), None)
    def replace(name, data, stored=False):
        src = zipfile.ZipFile(io.BytesIO(good))
        entries = [(i.filename, data if i.filename == name else src.read(i.filename)) for i in src.infolist()]
        return plain_zip([e for e in entries if e[1] is not None], stored)
    files = {
        "not-a-docx.docx": plain_zip([("readme.txt", "只是一个压缩包。")]),
        "missing-document.docx": replace("word/document.xml", None),
        "missing-content-types.docx": replace("[Content_Types].xml", None),
        "malformed.docx": replace("word/document.xml", doc("<w:p><w:r><w:t>未闭合</w:r></w:p>")),
        "malformed-numbering.docx": replace("word/numbering.xml", "<w:numbering xmlns:w='%s'><w:num>" % W),
        "bomb.docx": replace("word/document.xml", doc("<w:p/>") + " " * (20 << 20)),
        "many-paragraphs.docx": replace("word/document.xml", doc("<w:p/>" * 100000), stored=True),
        "deep.docx": replace("word/document.xml", doc("<w:p>" + "<w:hyperlink>" * 300 + "</w:hyperlink>" * 300 + "</w:p>")),
        "doctype.docx": replace("word/document.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>' + doc("<w:p/>")),
        "truncated.docx": good[: len(good) // 2],
        "legacy.doc": b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 64,
        "kingsoft.wps": b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 64,
        "encrypted.docx": b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le")
                          + b"\0" * 16 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 64,
        "draft.pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
        "draft.rtf": "{\\rtf1\\ansi\\ansicpg936 {\\fonttbl{\\f0 SimSun;}}\\f0 \\'d5\\'fd\\'ce\\'c4\\par}".encode(),
        "draft.odt": plain_zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"),
                                ("META-INF/manifest.xml", "<manifest/>")], stored=True),
        "utf16.txt": "\ufeff人大工作简报\n".encode("utf-16-le"),
        "workbook.docx": plain_zip([("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>"),
                                    ("_rels/.rels", f'<Relationships xmlns="{REL}"><Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
                                    ("xl/workbook.xml", "<workbook/>")]),
    }
    os.makedirs(outdir, exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)


def main(argv):
    if len(argv) == 3 and argv[1] == "--all":
        here = os.path.dirname(os.path.abspath(__file__))
        drafts = os.path.join(here, "..", "drafts")
        os.makedirs(argv[2], exist_ok=True)
        for series, name in FIXTURES:
            base = os.path.join(argv[2], f"{series}-{name}")
            fixture(os.path.join(drafts, series, name + ".txt"), base + ".docx", base + ".txt")
        linebreaks(os.path.join(argv[2], "linebreaks.docx"))
    elif len(argv) == 3 and argv[1] == "--seeds":  # for make fuzz: packages, and their XML parts
        main([argv[0], "--all", argv[2]])
        for name in sorted(os.listdir(argv[2])):
            if name.endswith(".docx"):
                with zipfile.ZipFile(os.path.join(argv[2], name)) as z:
                    parts = [z.read(p) for p in ("word/document.xml", "word/numbering.xml", "word/styles.xml")
                             if p in z.namelist()]
                with open(os.path.join(argv[2], name[:-5] + ".document.xml"), "wb") as f:
                    f.write(b"\0".join(parts))
    elif len(argv) == 3 and argv[1] == "--bad":
        bad(argv[2])
    elif len(argv) == 5 and argv[1] == "--plain":  # one formatting throughout (for the README's picture)
        RPRS[:] = ['<w:rPr><w:rFonts w:eastAsia="仿宋"/><w:sz w:val="28"/></w:rPr>']
        fixture(argv[2], argv[3], argv[4])
    elif len(argv) == 4:
        fixture(argv[1], argv[2], argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
