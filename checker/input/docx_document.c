/* docx_document.c - walking the main document part (expat events) into paragraphs and their text,
 * and, for the writers, where each piece of that text is in the XML. */
#include "docx_document.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "docx_numbering.h"
#include "source.h"
#include "xml_parse.h"

#define MAX_FIELD_DEPTH 32

typedef enum kind {
    E_OTHER, E_SKIP, E_P, E_PPR, E_NUMPR, E_R, E_RPR, E_T, E_CHAR, E_CONTAINER, E_DEL
} kind;

typedef struct frame {
    uint8_t kind;
    uint8_t container_kind;   /* for E_CONTAINER and E_P: BL_DOCX_IN_* */
    uint32_t serial;          /* containers: their number */
    uint32_t start, start_len;
    uint32_t piece;           /* E_CHAR: its piece */
} frame;

typedef struct walk {
    bl_docx_document *doc;
    bl_docx_numbering *numbering;
    bl_xml_parser *xml;
    int positions;
    int failed;               /* out of memory */
    frame stack[BL_XML_MAX_DEPTH + 2];
    unsigned depth;
    unsigned skip;            /* > 0: inside a subtree whose text is not shown */
    uint32_t serial;
    /* the paragraph being read */
    int in_para;
    char *buf;                /* its text so far (without the label) */
    size_t buf_len, buf_cap;
    uint32_t *para_breaks;    /* offsets in buf of its line breaks */
    size_t para_break_count, para_break_cap;
    char style[128];
    int has_style, num_id, ilvl, in_ppr;
    /* the run being read */
    uint32_t run;             /* BL_DOCX_NONE outside runs */
    int in_rpr, vanish;
    uint32_t t;               /* the w:t being read, or BL_DOCX_NONE */
    int in_t;
    /* complex fields: 1 while in the instruction part (before "separate") */
    uint8_t fields[MAX_FIELD_DEPTH];
    unsigned field_depth;
} walk;

static int is_w(const bl_xml_tag *tag) { return strcmp(tag->uri, BL_NS_W) == 0; }
static int named(const bl_xml_tag *tag, const char *local) { return strcmp(tag->local, local) == 0; }
static int eq(const char *a, const char *b) { return strcmp(a, b) == 0; }

static int in_instruction(const walk *w)
{
    for (unsigned i = 0; i < w->field_depth; i++)
        if (w->fields[i])
            return 1;
    return 0;
}

static void special(walk *w, uint32_t offset)
{
    bl_docx_document *d = w->doc;
    if (!w->positions || !w->in_para)
        return;
    if (BL_ARRAY_RESERVE(d->specials, d->special_count + 1, d->special_cap, 64)) {
        w->failed = 1;
        return;
    }
    d->specials[d->special_count++] = offset;
}

/* Appends text to the paragraph; with positions, as a piece of the current run. */
static uint32_t add_text(walk *w, const char *s, size_t len, uint32_t raw, uint32_t raw_len, uint32_t t, int atom)
{
    if (BL_ARRAY_RESERVE(w->buf, w->buf_len + len + 1, w->buf_cap, 256)) {
        w->failed = 1;
        return BL_DOCX_NONE;
    }
    int verbatim = !atom && raw_len == len && memcmp(w->doc->xml + raw, s, len) == 0;
    for (size_t i = 0; i < len; i++) { /* control characters (&#13;, a newline in w:t) read as a space */
        char c = s[i];
        if ((unsigned char)c < 0x20 && !(atom && c == '\n') && c != '\t') {
            c = ' ';
            verbatim = 0;
        }
        w->buf[w->buf_len + i] = c;
    }
    uint32_t at = (uint32_t)w->buf_len;
    w->buf_len += len;
    if (w->buf_len > BL_MAX_DOCUMENT_BYTES) {
        bl_xml_stop(w->xml, "the text is longer than 256 MiB");
        return BL_DOCX_NONE;
    }
    if (!w->positions)
        return BL_DOCX_NONE;
    bl_docx_document *d = w->doc;
    if (d->piece_count && w->run != BL_DOCX_NONE) { /* one piece for text that goes on verbatim */
        bl_docx_piece *last = &d->pieces[d->piece_count - 1];
        if (verbatim && last->kind == BL_DOCX_TEXT && last->t == t && t != BL_DOCX_NONE &&
            last->raw + last->raw_len == raw && last->at + last->len == at && last->run == w->run &&
            d->piece_count > d->paras[d->para_count - 1].first_piece) {
            last->len += (uint32_t)len;
            last->raw_len += raw_len;
            return (uint32_t)(d->piece_count - 1);
        }
    }
    if (BL_ARRAY_RESERVE(d->pieces, d->piece_count + 1, d->piece_cap, 256)) {
        w->failed = 1;
        return BL_DOCX_NONE;
    }
    d->pieces[d->piece_count] = (bl_docx_piece){at, (uint32_t)len, raw, raw_len, w->run, t,
                                                (uint8_t)(verbatim ? BL_DOCX_TEXT : BL_DOCX_ATOM)};
    return (uint32_t)d->piece_count++;
}

static void begin_paragraph(walk *w, const bl_xml_tag *tag)
{
    bl_docx_document *d = w->doc;
    if (d->para_count >= BL_DOCX_MAX_PARAGRAPHS) {
        bl_xml_stop(w->xml, "more than 50,000 paragraphs (the limit; a bulletin has a few hundred)");
        return;
    }
    if (BL_ARRAY_RESERVE(d->paras, d->para_count + 1, d->para_cap, 64)) {
        w->failed = 1;
        return;
    }
    bl_docx_paragraph *p = &d->paras[d->para_count++];
    memset(p, 0, sizeof *p);
    p->start = tag->offset;
    p->start_len = tag->len;
    p->content_start = tag->offset + tag->len;
    p->first_piece = (uint32_t)d->piece_count;
    w->in_para = 1;
    w->buf_len = 0;
    w->para_break_count = 0;
    w->has_style = 0;
    w->num_id = w->ilvl = -1;
}

static void end_paragraph(walk *w, const bl_xml_tag *tag)
{
    bl_docx_document *d = w->doc;
    bl_docx_paragraph *p = &d->paras[d->para_count - 1];
    w->in_para = 0;
    if (tag->len == 0) { /* <w:p/> */
        p->empty_tag = 1;
        p->content_start = p->content_end = p->start + p->start_len;
    } else {
        p->content_end = tag->offset;
    }
    char label[512];
    size_t label_len = w->numbering ? bl_docx_numbering_label(w->numbering, w->has_style ? w->style : NULL,
                                                              w->num_id, w->ilvl, label, sizeof label)
                                    : 0;
    size_t need = d->len + label_len + w->buf_len + 2;
    if (need > BL_MAX_DOCUMENT_BYTES) {
        bl_xml_stop(w->xml, "the text is longer than 256 MiB");
        return;
    }
    if (BL_ARRAY_RESERVE(d->text, need, d->cap, 4096) ||
        BL_ARRAY_RESERVE(d->breaks, d->break_count + w->para_break_count, d->break_cap, 16)) {
        w->failed = 1;
        return;
    }
    p->text_at = (uint32_t)d->len;
    p->label_len = (uint32_t)label_len;
    p->text_len = (uint32_t)(label_len + w->buf_len);
    memcpy(d->text + d->len, label, label_len);
    if (w->buf_len) /* w->buf is NULL until a paragraph has text */
        memcpy(d->text + d->len + label_len, w->buf, w->buf_len);
    for (size_t i = 0; i < w->para_break_count; i++)
        d->breaks[d->break_count++] = p->text_at + (uint32_t)label_len + w->para_breaks[i];
    d->len += p->text_len;
    d->text[d->len++] = '\n';
    d->text[d->len] = '\0';
    p->piece_count = (uint32_t)(d->piece_count - p->first_piece);
    for (uint32_t i = 0; i < p->piece_count; i++)
        d->pieces[p->first_piece + i].at += (uint32_t)label_len;
}

/* The run-level characters: tab, line break and the hyphens Word draws. */
static const char *char_of(const char *local)
{
    static const struct { const char *name, *text; } chars[] = {
        {"tab", "\t"}, {"ptab", "\t"}, {"br", "\n"}, {"cr", "\n"}, {"noBreakHyphen", "-"}, {"softHyphen", ""}};
    for (size_t i = 0; i < sizeof chars / sizeof *chars; i++)
        if (strcmp(local, chars[i].name) == 0)
            return chars[i].text;
    return NULL;
}

static int is_allowed_in_paragraph(const char *local)
{
    static const char *const names[] = {"lastRenderedPageBreak", "proofErr", "bookmarkStart", "bookmarkEnd",
                                        "commentRangeStart", "commentRangeEnd", "permStart", "permEnd"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(local, names[i]) == 0)
            return 1;
    return 0;
}

static uint32_t parent_container(const walk *w, uint8_t *kind_out)
{
    for (unsigned i = w->depth; i > 0; i--) {
        const frame *f = &w->stack[i];
        if (f->kind == E_CONTAINER || f->kind == E_P) {
            *kind_out = f->container_kind;
            return f->serial;
        }
    }
    *kind_out = BL_DOCX_IN_OTHER;
    return 0;
}

/* An element the walk has no rule for, inside a paragraph: a tracked change must not enclose it,
 * and runs inside it (w:dir, w:bdo, …) are not plain runs of the paragraph. */
static void other_container(walk *w, frame *f, const bl_xml_tag *tag)
{
    special(w, tag->offset);
    f->kind = E_CONTAINER;
    f->serial = ++w->serial;
    f->container_kind = BL_DOCX_IN_OTHER;
}

static void root_prefix(walk *w, const bl_xml_tag *tag)
{
    const char *raw = w->doc->xml + tag->offset + 1;
    size_t n = 0;
    while (tag->offset + 1 + n < w->doc->xml_len && raw[n] != ' ' && raw[n] != '>' && raw[n] != '/' &&
           raw[n] != '\t' && raw[n] != '\n' && raw[n] != '\r')
        n++;
    const char *colon = memchr(raw, ':', n);
    size_t p = colon ? (size_t)(colon - raw) + 1 : 0;
    if (p >= sizeof w->doc->prefix)
        p = 0;
    memcpy(w->doc->prefix, raw, p);
    w->doc->prefix[p] = '\0';
}

/* Inside w:rPr, run properties: hidden text, and a revision of them not to copy. */
static void on_run_property(walk *w, frame *f, const bl_xml_tag *tag)
{ /* run properties: hidden text, and a revision of them not to copy */
    if (named(tag, "vanish")) {
        const char *v = bl_xml_attr(tag, BL_NS_W, "val");
        w->vanish = !v || (strcmp(v, "0") != 0 && strcmp(v, "false") != 0 && strcmp(v, "off") != 0);
    } else if (named(tag, "rPrChange")) {
        w->skip = 1;
        f->kind = E_SKIP;
        f->container_kind = 1; /* marks the rPrChange */
    }
}

/* Inside w:pPr: the paragraph's style and numbering; other properties are skipped. */
static void on_paragraph_property(walk *w, frame *f, const frame *parent, const bl_xml_tag *tag)
{
    if (named(tag, "pStyle") && parent->kind == E_PPR) {
        const char *v = bl_xml_attr(tag, BL_NS_W, "val");
        if (v) {
            snprintf(w->style, sizeof w->style, "%s", v);
            w->has_style = 1;
        }
    } else if (named(tag, "numPr") && parent->kind == E_PPR) {
        f->kind = E_NUMPR;
    } else if (parent->kind == E_NUMPR && (named(tag, "ilvl") || named(tag, "numId"))) {
        const char *v = bl_xml_attr(tag, BL_NS_W, "val");
        if (v)
            *(named(tag, "ilvl") ? &w->ilvl : &w->num_id) = atoi(v);
    } else if (parent->kind == E_PPR) {
        w->skip = 1; /* tab stops, the paragraph mark's properties, a section, old properties */
        f->kind = E_SKIP;
    }
}

/* An element of the w namespace inside a paragraph: runs, text, characters, fields, revisions,
 * containers. */
static void on_paragraph_content(walk *w, frame *f, frame *parent, const bl_xml_tag *tag, const char *e)
{
    bl_docx_document *d = w->doc;
    if (eq(e, "pPr") && parent->kind == E_P) {
        w->in_ppr = 1;
        f->kind = E_PPR;
    } else if (eq(e, "r")) {
        f->kind = E_R;
        if (in_instruction(w) || w->field_depth)
            special(w, tag->offset); /* a field's code or result: not for tracked changes */
        if (w->positions) {
            if (BL_ARRAY_RESERVE(d->runs, d->run_count + 1, d->run_cap, 256)) {
                w->failed = 1;
                return;
            }
            bl_docx_run *r = &d->runs[d->run_count];
            memset(r, 0, sizeof *r);
            r->start = tag->offset;
            r->parent = parent_container(w, &r->parent_kind);
            r->locked = in_instruction(w) || w->field_depth;
            w->run = (uint32_t)d->run_count++;
        } else {
            w->run = 0;
        }
        w->vanish = 0;
    } else if (eq(e, "rPr") && parent->kind == E_R) {
        w->in_rpr = 1;
        f->kind = E_RPR;
    } else if (eq(e, "t") && parent->kind == E_R) {
        f->kind = E_T;
        w->in_t = 1;
        w->t = BL_DOCX_NONE;
        if (w->positions) {
            if (BL_ARRAY_RESERVE(d->ts, d->t_count + 1, d->t_cap, 256)) {
                w->failed = 1;
                return;
            }
            const char *space = bl_xml_attr(tag, BL_NS_XML, "space");
            d->ts[d->t_count] = (bl_docx_t){tag->offset, 1 + (uint32_t)strlen(d->prefix), tag->len, tag->offset + tag->len,
                                            0, (uint8_t)(space != NULL)};
            w->t = (uint32_t)d->t_count++;
        }
    } else if (parent->kind == E_R && char_of(e)) {
        f->kind = E_CHAR;
        if (!w->vanish && !in_instruction(w)) {
            const char *text = char_of(e);
            size_t at = w->buf_len;
            f->piece = add_text(w, text, strlen(text), tag->offset, tag->len, BL_DOCX_NONE, 1);
            if (text[0] == '\n') {
                if (BL_ARRAY_RESERVE(w->para_breaks, w->para_break_count + 1, w->para_break_cap, 8))
                    w->failed = 1;
                else
                    w->para_breaks[w->para_break_count++] = (uint32_t)at;
            }
        }
    } else if (eq(e, "fldChar")) {
        special(w, tag->offset);
        const char *type = bl_xml_attr(tag, BL_NS_W, "fldCharType");
        if (type && strcmp(type, "begin") == 0) {
            if (w->field_depth >= MAX_FIELD_DEPTH) {
                bl_xml_stop(w->xml, "fields nested deeper than 32 levels");
                return;
            }
            w->fields[w->field_depth++] = 1;
        } else if (type && strcmp(type, "separate") == 0 && w->field_depth) {
            w->fields[w->field_depth - 1] = 0;
        } else if (type && strcmp(type, "end") == 0 && w->field_depth) {
            w->field_depth--;
        }
    } else if (eq(e, "del") || eq(e, "moveFrom") || eq(e, "delText") || eq(e, "instrText") ||
               eq(e, "delInstrText") || eq(e, "txbxContent") || eq(e, "sdtPr") || eq(e, "sdtEndPr") ||
               eq(e, "rt") || eq(e, "footnoteReference") || eq(e, "endnoteReference")) {
        special(w, tag->offset);
        w->skip = 1;
        f->kind = E_SKIP;
    } else if (eq(e, "ins") || eq(e, "moveTo") || eq(e, "hyperlink") || eq(e, "smartTag") ||
               eq(e, "customXml") || eq(e, "sdtContent") || eq(e, "sdt") || eq(e, "fldSimple") ||
               eq(e, "rubyBase") || eq(e, "ruby")) {
        f->kind = E_CONTAINER;
        f->serial = ++w->serial;
        f->container_kind = eq(e, "hyperlink") || eq(e, "smartTag") || eq(e, "customXml") ||
                                    eq(e, "sdtContent")
                                ? BL_DOCX_IN_LINK
                            : eq(e, "ins") || eq(e, "moveTo") ? BL_DOCX_IN_INSERTION
                            : eq(e, "fldSimple")                 ? BL_DOCX_IN_FIELD
                                                                    : BL_DOCX_IN_OTHER;
        if (f->container_kind == BL_DOCX_IN_FIELD || f->container_kind == BL_DOCX_IN_OTHER)
            special(w, tag->offset);
    } else if (!is_allowed_in_paragraph(e)) {
        other_container(w, f, tag); /* w:sym, w:drawing, w:commentReference, w:object, w:dir, … */
    }
}

static void on_start(void *ctx, const bl_xml_tag *tag)
{
    walk *w = ctx;
    bl_docx_document *d = w->doc;
    if (w->failed)
        return;
    frame *f = &w->stack[++w->depth];
    *f = (frame){E_OTHER, 0, 0, tag->offset, tag->len, BL_DOCX_NONE};
    const char *id = bl_xml_attr(tag, BL_NS_W, "id");
    if (id) {
        unsigned long v = strtoul(id, NULL, 10);
        if (v > d->max_id && v < UINT32_MAX / 2)
            d->max_id = (uint32_t)v;
    }
    if (tag->depth == 1) {
        if (strcmp(tag->uri, BL_NS_W_STRICT) == 0)
            bl_xml_stop(w->xml, "Strict Open XML is not supported (save it in Word as \"Word Document (*.docx)\")");
        else if (!is_w(tag) || !named(tag, "document"))
            bl_xml_stop(w->xml, "the root element is not w:document: not a Word document");
        else
            root_prefix(w, tag);
        return;
    }
    if (w->skip) {
        w->skip++;
        f->kind = E_SKIP;
        return;
    }
    const char *e = tag->local;
    if (!is_w(tag)) {
        if (strcmp(tag->uri, BL_NS_MC) == 0 && named(tag, "Fallback")) {
            w->skip = 1;
            f->kind = E_SKIP;
        } else if (!w->in_rpr && !w->in_ppr && w->in_para) {
            other_container(w, f, tag); /* math, drawings, other markup inside a paragraph */
        }
        return;
    }
    frame *parent = &w->stack[w->depth - 1];
    if (w->in_rpr) {
        on_run_property(w, f, tag);
        return;
    }
    if (w->in_ppr) {
        on_paragraph_property(w, f, parent, tag);
        return;
    }
    if (eq(e, "p")) {
        if (w->in_para) { /* a paragraph inside a paragraph (a text box Word did not mark): left out */
            special(w, tag->offset);
            w->skip = 1;
            f->kind = E_SKIP;
            return;
        }
        begin_paragraph(w, tag);
        f->kind = E_P;
        f->serial = ++w->serial;
        f->container_kind = BL_DOCX_IN_PARAGRAPH;
        return;
    }
    if (!w->in_para) {
        if (eq(e, "txbxContent") || eq(e, "sectPr"))
            w->skip = 1, f->kind = E_SKIP;
        return;
    }
    on_paragraph_content(w, f, parent, tag, e);
}

static void on_end(void *ctx, const bl_xml_tag *tag)
{
    walk *w = ctx;
    bl_docx_document *d = w->doc;
    if (w->failed || w->depth == 0)
        return;
    frame *f = &w->stack[w->depth--];
    uint32_t end = tag->len ? tag->offset + tag->len : f->start + f->start_len;
    switch (f->kind) {
    case E_SKIP:
        w->skip--;
        if (w->skip == 0 && f->container_kind == 1 && w->positions && w->run != BL_DOCX_NONE && d->run_count) {
            d->runs[w->run].rpr_change = f->start;
            d->runs[w->run].rpr_change_len = end - f->start;
        }
        break;
    case E_P:
        end_paragraph(w, tag);
        break;
    case E_PPR:
        w->in_ppr = 0;
        if (d->para_count)
            d->paras[d->para_count - 1].content_start = end;
        break;
    case E_R:
        if (w->positions && w->run != BL_DOCX_NONE)
            d->runs[w->run].end = end;
        w->run = BL_DOCX_NONE;
        break;
    case E_RPR:
        w->in_rpr = 0;
        if (w->positions && w->run != BL_DOCX_NONE) {
            d->runs[w->run].rpr = f->start;
            d->runs[w->run].rpr_len = end - f->start;
        }
        if (w->vanish) {
            special(w, f->start); /* hidden text: not shown, not to be enclosed in a change */
            if (w->positions && w->run != BL_DOCX_NONE)
                d->runs[w->run].locked = 1;
        }
        break;
    case E_T:
        w->in_t = 0;
        if (w->positions && w->t != BL_DOCX_NONE)
        {
            d->ts[w->t].end = tag->len ? tag->offset : end;
            d->ts[w->t].end_len = tag->len;
        }
        w->t = BL_DOCX_NONE;
        break;
    case E_CHAR:
        if (w->positions && f->piece != BL_DOCX_NONE)
            d->pieces[f->piece].raw_len = end - f->start;
        break;
    default:
        break;
    }
}

static void on_text(void *ctx, const char *s, size_t len, uint32_t offset, uint32_t raw_len)
{
    walk *w = ctx;
    if (w->failed || w->skip || !w->in_t || !w->in_para || w->vanish || in_instruction(w))
        return;
    add_text(w, s, len, offset, raw_len, w->t, 0);
}

void bl_docx_document_release(bl_docx_document *d)
{
    free(d->part);
    free(d->xml);
    free(d->text);
    free(d->paras);
    free(d->breaks);
    free(d->pieces);
    free(d->runs);
    free(d->ts);
    free(d->specials);
    memset(d, 0, sizeof *d);
}

/* numbering.xml and styles.xml, when the document has them. */
static int load_numbering(bl_docx_numbering **out, bl_docx_package *pkg, const char *main, bl_error *err)
{
    char *num_part = NULL, *style_part = NULL, *num = NULL, *styles = NULL;
    size_t num_len = 0, styles_len = 0;
    int status = bl_docx_related_part(pkg, main, "numbering", &num_part, err);
    if (status == BL_OK)
        status = bl_docx_related_part(pkg, main, "styles", &style_part, err);
    if (status == BL_OK && num_part)
        status = bl_docx_read_part(pkg, num_part, 1, &num, &num_len, err);
    if (status == BL_OK && style_part)
        status = bl_docx_read_part(pkg, style_part, 1, &styles, &styles_len, err);
    if (status == BL_OK)
        status = bl_docx_numbering_load(out, num_part, num, num_len, style_part, styles, styles_len, err);
    free(num_part);
    free(style_part);
    free(num);
    free(styles);
    return status;
}

int bl_docx_document_read(bl_docx_document *out, bl_docx_package *pkg, int with_positions, bl_error *err)
{
    memset(out, 0, sizeof *out);
    int status = bl_docx_main_part(pkg, &out->part, err);
    if (status == BL_OK)
        status = bl_docx_read_part(pkg, out->part, 0, &out->xml, &out->xml_len, err);
    walk *w = status == BL_OK ? calloc(1, sizeof *w) : NULL;
    if (status == BL_OK && !w)
        status = BL_ERR_NOMEM;
    if (status == BL_OK)
        status = load_numbering(&w->numbering, pkg, out->part, err);
    if (status == BL_OK) {
        w->doc = out;
        w->positions = with_positions;
        w->run = w->t = BL_DOCX_NONE;
        bl_xml_handlers h = {on_start, on_end, on_text};
        status = bl_xml_parse(out->part, out->xml, out->xml_len, &h, w, &w->xml, err);
        if (status == BL_OK && w->failed)
            status = BL_ERR_NOMEM;
        if (status == BL_OK && !out->text && !(out->text = calloc(1, 1)))
            status = BL_ERR_NOMEM;
    }
    if (w) {
        bl_docx_numbering_free(w->numbering);
        free(w->buf);
        free(w->para_breaks);
        free(w);
    }
    if (status != BL_OK)
        bl_docx_document_release(out);
    return status;
}
