/* docx_edit.c - comments and tracked changes written into the XML of a .docx in place. A range of
 * a paragraph's text begins and ends at a "location": before or after a whole run, or where a run
 * has to be split (inside a w:t, or between two of its children); the marks go there, wrapped in the
 * tags that close the run and open its copy with the same formatting. */
#include "docx_edit.h"

#include "bulletin_lint/docx.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "docx_document.h"
#include "docx_package.h"
#include "xml_parse.h"

/* ------------------------------------------------------------------ growing strings */

typedef struct str {
    char *s;
    size_t len, cap;
    int failed;
} str;

static void add(str *b, const char *s, size_t n)
{
    if (b->failed || BL_ARRAY_RESERVE(b->s, b->len + n + 1, b->cap, 256)) {
        b->failed = 1;
        return;
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void adds(str *b, const char *s) { add(b, s, strlen(s)); }

static void addf(str *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void addf(str *b, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof buf) {
        b->failed = 1;
        return;
    }
    add(b, buf, (size_t)n);
}

/* Text as XML character data (or an attribute value): & < > " escaped, control characters left out. */
static void add_escaped(str *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '&': adds(b, "&amp;"); break;
        case '<': adds(b, "&lt;"); break;
        case '>': adds(b, "&gt;"); break;
        case '"': adds(b, "&quot;"); break;
        default:
            if ((unsigned char)*s >= 0x20 || *s == '\t')
                add(b, s, 1);
        }
    }
}

/* ------------------------------------------------------------------ edits of the part */

typedef struct edit {
    uint32_t at, del;     /* replace bytes [at, at + del) */
    uint32_t order;       /* among edits at the same byte: closing marks before opening ones */
    char *text;           /* owned */
} edit;

typedef struct edits {
    edit *items;
    size_t count, cap;
    int failed;
} edits;

static void edit_add(edits *e, uint32_t at, uint32_t del, uint32_t order, str *text)
{
    if (text->failed || e->failed || BL_ARRAY_RESERVE(e->items, e->count + 1, e->cap, 64)) {
        e->failed = 1;
        free(text->s);
        *text = (str){0};
        return;
    }
    e->items[e->count++] = (edit){at, del, order, text->s ? text->s : NULL};
    *text = (str){0};
}

static int by_position(const void *a, const void *b)
{
    const edit *x = a, *y = b;
    if (x->at != y->at)
        return x->at < y->at ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* The part with the edits applied (they must not overlap). */
static int apply_edits(const char *xml, size_t len, edits *e, str *out)
{
    qsort(e->items, e->count, sizeof *e->items, by_position);
    size_t at = 0;
    for (size_t i = 0; i < e->count; i++) {
        const edit *x = &e->items[i];
        if (x->at < at || x->at + x->del > len)
            return BL_ERR_INPUT; /* cannot happen: the edits are made not to overlap */
        add(out, xml + at, x->at - at);
        if (x->text)
            adds(out, x->text);
        at = x->at + x->del;
    }
    add(out, xml + at, len - at);
    return out->failed ? BL_ERR_NOMEM : BL_OK;
}

static void edits_free(edits *e)
{
    for (size_t i = 0; i < e->count; i++)
        free(e->items[i].text);
    free(e->items);
}

/* ------------------------------------------------------------------ locations */

typedef enum loc_kind { L_BEFORE_RUN, L_AFTER_RUN, L_SPLIT_T, L_SPLIT_ELEM, L_PARA_START, L_PARA_END, L_EMPTY_PARA } loc_kind;

typedef struct loc {
    loc_kind kind;
    uint32_t raw;           /* where its marks go */
    uint32_t run, t;        /* the run split (and its w:t), or BL_DOCX_NONE */
    uint32_t para;
} loc;

/* The piece of paragraph p holding byte b of its text, or BL_DOCX_NONE. */
static uint32_t piece_at(const bl_docx_document *d, const bl_docx_paragraph *p, uint32_t b)
{
    uint32_t lo = p->first_piece, hi = p->first_piece + p->piece_count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const bl_docx_piece *x = &d->pieces[mid];
        if (b < x->at)
            hi = mid;
        else if (b >= x->at + x->len)
            lo = mid + 1;
        else
            return mid;
    }
    return BL_DOCX_NONE;
}

static loc whole_paragraph(const bl_docx_paragraph *p, uint32_t para, int at_end)
{
    if (p->empty_tag)
        return (loc){L_EMPTY_PARA, p->start + p->start_len - 2, BL_DOCX_NONE, BL_DOCX_NONE, para};
    return (loc){at_end ? L_PARA_END : L_PARA_START, at_end ? p->content_end : p->content_start, BL_DOCX_NONE,
                 BL_DOCX_NONE, para};
}

/* Where a range that begins at byte b of paragraph para begins. */
static loc locate_start(const bl_docx_document *d, uint32_t para, uint32_t b)
{
    const bl_docx_paragraph *p = &d->paras[para];
    if (p->piece_count == 0 || b < p->label_len)
        return whole_paragraph(p, para, 0);
    uint32_t i = piece_at(d, p, b);
    if (i == BL_DOCX_NONE)
        return whole_paragraph(p, para, 1);
    const bl_docx_piece *x = &d->pieces[i];
    if (x->kind == BL_DOCX_TEXT && b > x->at)
        return (loc){L_SPLIT_T, x->raw + (b - x->at), x->run, x->t, para};
    const bl_docx_piece *prev = i > p->first_piece ? &d->pieces[i - 1] : NULL;
    if (!prev || prev->run != x->run)
        return (loc){L_BEFORE_RUN, d->runs[x->run].start, x->run, BL_DOCX_NONE, para};
    if (x->t != BL_DOCX_NONE && prev->t == x->t)
        return (loc){L_SPLIT_T, x->raw, x->run, x->t, para};
    return (loc){L_SPLIT_ELEM, x->t != BL_DOCX_NONE ? d->ts[x->t].start : x->raw, x->run, BL_DOCX_NONE, para};
}

/* Where a range that ends before byte b of paragraph para ends. */
static loc locate_end(const bl_docx_document *d, uint32_t para, uint32_t b)
{
    const bl_docx_paragraph *p = &d->paras[para];
    if (p->piece_count == 0 || b <= p->label_len)
        return whole_paragraph(p, para, 0);
    uint32_t i = piece_at(d, p, b - 1);
    if (i == BL_DOCX_NONE)
        return whole_paragraph(p, para, 1);
    const bl_docx_piece *x = &d->pieces[i];
    if (x->kind == BL_DOCX_TEXT && b < x->at + x->len)
        return (loc){L_SPLIT_T, x->raw + (b - x->at), x->run, x->t, para};
    const bl_docx_piece *next = i + 1 < p->first_piece + p->piece_count ? &d->pieces[i + 1] : NULL;
    if (!next || next->run != x->run)
        return (loc){L_AFTER_RUN, d->runs[x->run].end, x->run, BL_DOCX_NONE, para};
    if (x->t != BL_DOCX_NONE && next->t == x->t)
        return (loc){L_SPLIT_T, x->raw + x->raw_len, x->run, x->t, para};
    uint32_t after = x->t != BL_DOCX_NONE ? d->ts[x->t].end + d->ts[x->t].end_len : x->raw + x->raw_len;
    return (loc){L_SPLIT_ELEM, after, x->run, BL_DOCX_NONE, para};
}

/* ------------------------------------------------------------------ the writer's state */

typedef struct writer {
    bl_docx_document doc;
    edits e;
    const char *w;              /* the main namespace's prefix ("w:") */
    const char *author;
    char date[32];
    uint32_t next_id;
    unsigned char *preserved;   /* per w:t: xml:space="preserve" added already */
} writer;

/* The run's formatting, to repeat in the copy that continues it after a split. */
static void add_rpr(writer *wr, str *b, uint32_t run)
{
    const bl_docx_run *r = &wr->doc.runs[run];
    if (!r->rpr_len)
        return;
    const char *xml = wr->doc.xml;
    if (r->rpr_change_len && r->rpr_change >= r->rpr && r->rpr_change + r->rpr_change_len <= r->rpr + r->rpr_len) {
        add(b, xml + r->rpr, r->rpr_change - r->rpr);
        add(b, xml + r->rpr_change + r->rpr_change_len, r->rpr + r->rpr_len - r->rpr_change - r->rpr_change_len);
    } else {
        add(b, xml + r->rpr, r->rpr_len);
    }
}

/* A split w:t keeps its spaces at the cut: xml:space="preserve" on its start tag, once. */
static void preserve(writer *wr, uint32_t t)
{
    if (t == BL_DOCX_NONE || wr->doc.ts[t].preserve || wr->preserved[t])
        return;
    wr->preserved[t] = 1;
    str b = {0};
    adds(&b, " xml:space=\"preserve\"");
    const bl_docx_t *x = &wr->doc.ts[t];
    edit_add(&wr->e, x->start + x->name_len + 1, 0, 0, &b);
}

/* What closes the run before marks at a location, and what opens its copy after them. */
static void wrap_open(writer *wr, const loc *l, str *b)
{
    const char *w = wr->w;
    if (l->kind == L_SPLIT_T)
        addf(b, "</%st></%sr>", w, w);
    else if (l->kind == L_SPLIT_ELEM)
        addf(b, "</%sr>", w);
    else if (l->kind == L_EMPTY_PARA)
        adds(b, ">");
}

static void wrap_close(writer *wr, const loc *l, str *b, const char *text_tag)
{
    const char *w = wr->w;
    if (l->kind == L_SPLIT_T || l->kind == L_SPLIT_ELEM) {
        addf(b, "<%sr>", w);
        add_rpr(wr, b, l->run);
        if (l->kind == L_SPLIT_T)
            addf(b, "<%s%s xml:space=\"preserve\">", w, text_tag);
        preserve(wr, l->t);
    } else if (l->kind == L_EMPTY_PARA) {
        addf(b, "</%sp>", w);
    }
}

/* ------------------------------------------------------------------ comments */

typedef struct mark {
    loc l;
    uint32_t phase;   /* 0: the end of a comment, 1: its start */
    uint32_t seq;
    char *text;
} mark;

static int by_mark(const void *a, const void *b)
{
    const mark *x = a, *y = b;
    if (x->l.raw != y->l.raw)
        return x->l.raw < y->l.raw ? -1 : 1;
    if (x->l.kind != y->l.kind)
        return x->l.kind < y->l.kind ? -1 : 1;
    if (x->phase != y->phase)
        return x->phase < y->phase ? -1 : 1;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* A range of at least one character when the text has one: a comment on nothing is hard to see. */
static void widen(const bl_docx_document *d, bl_docx_comment *c)
{
    const bl_docx_paragraph *p = &d->paras[c->para];
    if (c->end_para == c->para && c->to <= p->label_len && p->label_len && p->text_len > p->label_len) {
        c->from = p->label_len; /* a numbering label is no text of the file: the heading it numbers */
        c->to = p->text_len;
        return;
    }
    if (c->end_para != c->para || c->to > c->from)
        return;
    if (c->from < p->text_len) {
        c->to = c->from + 1;
        while (c->to < p->text_len && ((unsigned char)d->text[p->text_at + c->to] & 0xC0) == 0x80)
            c->to++;
    } else if (c->from > p->label_len) {
        c->to = c->from;
        c->from--;
        while (c->from > p->label_len && ((unsigned char)d->text[p->text_at + c->from] & 0xC0) == 0x80)
            c->from--;
    }
}

static int add_comment_marks(writer *wr, const bl_docx_comment *in, size_t count, uint32_t first_id)
{
    mark *marks = calloc(count * 2 + 1, sizeof *marks);
    if (!marks)
        return BL_ERR_NOMEM;
    const char *w = wr->w;
    size_t n = 0;
    int failed = 0;
    for (size_t i = 0; i < count; i++) {
        bl_docx_comment c = in[i];
        widen(&wr->doc, &c);
        uint32_t id = first_id + (uint32_t)i;
        str s = {0}, e = {0};
        addf(&s, "<%scommentRangeStart %sid=\"%u\"/>", w, w, id);
        addf(&e, "<%scommentRangeEnd %sid=\"%u\"/><%sr><%scommentReference %sid=\"%u\"/></%sr>", w, w, id, w, w, w,
             id, w);
        failed |= s.failed | e.failed;
        marks[n++] = (mark){locate_start(&wr->doc, c.para, c.from), 1, (uint32_t)i, s.s};
        marks[n++] = (mark){locate_end(&wr->doc, c.end_para, c.to), 0, (uint32_t)i, e.s};
    }
    qsort(marks, n, sizeof *marks, by_mark);
    for (size_t i = 0; i < n && !failed;) { /* the marks at one location share one split */
        size_t j = i;
        str b = {0};
        wrap_open(wr, &marks[i].l, &b);
        while (j < n && marks[j].l.raw == marks[i].l.raw && marks[j].l.kind == marks[i].l.kind)
            adds(&b, marks[j++].text);
        wrap_close(wr, &marks[i].l, &b, "t");
        edit_add(&wr->e, marks[i].l.raw, marks[i].l.kind == L_EMPTY_PARA ? 2 : 0, marks[i].phase, &b);
        i = j;
    }
    for (size_t i = 0; i < n; i++)
        free(marks[i].text);
    free(marks);
    return failed || wr->e.failed ? BL_ERR_NOMEM : BL_OK;
}

/* ------------------------------------------------------------------ tracked changes */

static int has_special_between(const bl_docx_document *d, uint32_t from, uint32_t to)
{
    size_t lo = 0, hi = d->special_count;
    while (lo < hi) { /* the first special after from */
        size_t mid = lo + (hi - lo) / 2;
        if (d->specials[mid] <= from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < d->special_count && d->specials[lo] < to;
}

/* Whether [from, to) of paragraph para is plain text of runs side by side in one paragraph or link. */
static int plain_range(const bl_docx_document *d, uint32_t para, uint32_t from, uint32_t to)
{
    const bl_docx_paragraph *p = &d->paras[para];
    if (from < p->label_len || to > p->text_len || from > to)
        return 0;
    uint32_t parent = BL_DOCX_NONE;
    for (uint32_t b = from; b < to;) {
        uint32_t i = piece_at(d, p, b);
        if (i == BL_DOCX_NONE || d->pieces[i].t == BL_DOCX_NONE)
            return 0;
        const bl_docx_run *r = &d->runs[d->pieces[i].run];
        if ((r->parent_kind != BL_DOCX_IN_PARAGRAPH && r->parent_kind != BL_DOCX_IN_LINK) || r->locked)
            return 0;
        if (parent != BL_DOCX_NONE && r->parent != parent)
            return 0;
        parent = r->parent;
        b = d->pieces[i].at + d->pieces[i].len;
    }
    if (from == to) {
        uint32_t i = from < p->text_len ? piece_at(d, p, from) : BL_DOCX_NONE;
        if (i == BL_DOCX_NONE && from > p->label_len)
            i = piece_at(d, p, from - 1);
        if (i == BL_DOCX_NONE || d->pieces[i].t == BL_DOCX_NONE)
            return 0;
        const bl_docx_run *r = &d->runs[d->pieces[i].run];
        return (r->parent_kind == BL_DOCX_IN_PARAGRAPH || r->parent_kind == BL_DOCX_IN_LINK) && !r->locked;
    }
    return 1;
}

/* The run whose formatting new text takes: that of the first character replaced (or the one before). */
static uint32_t run_for(const bl_docx_document *d, uint32_t para, uint32_t from)
{
    const bl_docx_paragraph *p = &d->paras[para];
    uint32_t i = from < p->text_len ? piece_at(d, p, from) : BL_DOCX_NONE;
    if (i == BL_DOCX_NONE && from > 0)
        i = piece_at(d, p, from - 1);
    return i == BL_DOCX_NONE ? BL_DOCX_NONE : d->pieces[i].run;
}

static void add_insertion(writer *wr, str *b, uint32_t run, const char *text, uint32_t id)
{
    const char *w = wr->w;
    if (!text || !*text)
        return;
    addf(b, "<%sins %sid=\"%u\" %sauthor=\"", w, w, id, w);
    add_escaped(b, wr->author);
    addf(b, "\" %sdate=\"%s\"><%sr>", w, wr->date, w);
    if (run != BL_DOCX_NONE)
        add_rpr(wr, b, run);
    addf(b, "<%st xml:space=\"preserve\">", w);
    add_escaped(b, text);
    addf(b, "</%st></%sr></%sins>", w, w, w);
}

/* w:t → w:delText for every tag strictly between from and to. */
static void rename_texts(writer *wr, uint32_t from, uint32_t to)
{
    const bl_docx_document *d = &wr->doc;
    size_t lo = 0, hi = d->t_count;
    while (lo < hi) { /* the first w:t whose end tag is after from */
        size_t mid = lo + (hi - lo) / 2;
        if (d->ts[mid].end <= from)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i < d->t_count && d->ts[i].start < to; i++) {
        const bl_docx_t *x = &d->ts[i];
        str b = {0};
        if (x->start > from) {
            addf(&b, "%sdelText", wr->w);
            edit_add(&wr->e, x->start + 1, x->name_len, 0, &b);
        }
        if (x->end_len && x->end > from && x->end < to) {
            addf(&b, "%sdelText", wr->w);
            edit_add(&wr->e, x->end + 2, x->name_len, 0, &b);
        }
    }
}

/* One fix as a deletion and an insertion. Returns 1 when written, 0 when left out. */
static int add_change(writer *wr, const bl_docx_change *c)
{
    const bl_docx_document *d = &wr->doc;
    if (c->para >= d->para_count || !plain_range(d, c->para, c->from, c->to))
        return 0;
    const char *w = wr->w;
    uint32_t run = run_for(d, c->para, c->from);
    if (c->from == c->to) { /* an insertion only */
        loc a = locate_start(d, c->para, c->from);
        if (a.kind == L_PARA_START || a.kind == L_PARA_END || a.kind == L_EMPTY_PARA)
            return 0;
        str b = {0};
        wrap_open(wr, &a, &b);
        add_insertion(wr, &b, run, c->replacement, wr->next_id++);
        wrap_close(wr, &a, &b, "t");
        edit_add(&wr->e, a.raw, 0, 1, &b);
        return 1;
    }
    loc a = locate_start(d, c->para, c->from), z = locate_end(d, c->para, c->to);
    if (a.kind == L_PARA_START || a.kind == L_PARA_END || a.kind == L_EMPTY_PARA || z.kind == L_PARA_START ||
        z.kind == L_PARA_END || z.kind == L_EMPTY_PARA || a.raw >= z.raw || has_special_between(d, a.raw, z.raw))
        return 0;
    uint32_t del_id = wr->next_id++, ins_id = wr->next_id++;
    str open = {0}, close = {0};
    wrap_open(wr, &a, &open);
    addf(&open, "<%sdel %sid=\"%u\" %sauthor=\"", w, w, del_id, w);
    add_escaped(&open, wr->author);
    addf(&open, "\" %sdate=\"%s\">", w, wr->date);
    wrap_close(wr, &a, &open, "delText");
    if (z.kind == L_SPLIT_T)
        addf(&close, "</%sdelText></%sr>", w, w);
    else if (z.kind == L_SPLIT_ELEM)
        addf(&close, "</%sr>", w);
    addf(&close, "</%sdel>", w);
    add_insertion(wr, &close, run, c->replacement, ins_id);
    wrap_close(wr, &z, &close, "t");
    edit_add(&wr->e, a.raw, 0, 1, &open);
    edit_add(&wr->e, z.raw, 0, 0, &close);
    rename_texts(wr, a.raw, z.raw);
    return 1;
}

/* ------------------------------------------------------------------ the other parts */

typedef struct part_scan {
    uint32_t root_end;           /* '<' of the root's end tag */
    char prefix[32];
    char root_uri[128], root_local[64];
    unsigned max_rid;            /* of Relationship Id="rIdN" */
    int has_rels_default;
    int has_override;            /* of override_name */
    const char *override_name;
    const char *xml;
} part_scan;

static void scan_start(void *ctx, const bl_xml_tag *tag)
{
    part_scan *s = ctx;
    if (tag->depth == 1) {
        snprintf(s->root_uri, sizeof s->root_uri, "%s", tag->uri);
        snprintf(s->root_local, sizeof s->root_local, "%s", tag->local);
        const char *raw = s->xml + tag->offset + 1;
        size_t n = strcspn(raw, " \t\r\n/>");
        const char *colon = memchr(raw, ':', n);
        size_t p = colon ? (size_t)(colon - raw) + 1 : 0;
        if (p < sizeof s->prefix) {
            memcpy(s->prefix, raw, p);
            s->prefix[p] = '\0';
        }
        return;
    }
    if (strcmp(tag->local, "Relationship") == 0) {
        const char *id = bl_xml_attr(tag, "", "Id");
        if (id && strncmp(id, "rId", 3) == 0) {
            unsigned v = (unsigned)strtoul(id + 3, NULL, 10);
            if (v > s->max_rid && v < 1000000)
                s->max_rid = v;
        }
    } else if (strcmp(tag->local, "Default") == 0) {
        const char *ext = bl_xml_attr(tag, "", "Extension");
        s->has_rels_default |= ext && strcmp(ext, "rels") == 0;
    } else if (strcmp(tag->local, "Override") == 0 && s->override_name) {
        const char *name = bl_xml_attr(tag, "", "PartName");
        s->has_override |= name && strcmp(name, s->override_name) == 0;
    }
}

static void scan_end(void *ctx, const bl_xml_tag *tag)
{
    part_scan *s = ctx;
    if (tag->depth == 1)
        s->root_end = tag->len ? tag->offset : UINT32_MAX;
}

static int scan_part(const char *name, const char *xml, size_t len, part_scan *s, bl_error *err)
{
    s->xml = xml;
    s->root_end = UINT32_MAX;
    bl_xml_handlers h = {scan_start, scan_end, NULL};
    int status = bl_xml_parse(name, xml, len, &h, s, NULL, err);
    if (status == BL_OK && s->root_end == UINT32_MAX) {
        snprintf(err->message, sizeof err->message, "%s: its root element is empty (<…/>), cannot add to it", name);
        status = BL_ERR_INPUT;
    }
    return status;
}

/* The part with text inserted before its root's end tag. */
static int insert_before_root_end(const char *xml, size_t len, uint32_t at, const str *text, str *out)
{
    add(out, xml, at);
    add(out, text->s ? text->s : "", text->len);
    add(out, xml + at, len - at);
    return out->failed ? BL_ERR_NOMEM : BL_OK;
}

static void comment_body(str *b, const char *w, const bl_docx_comment *c, uint32_t id, const char *author,
                         const char *date)
{
    addf(b, "<%scomment %sid=\"%u\" %sauthor=\"", w, w, id, w);
    add_escaped(b, author);
    addf(b, "\" %sdate=\"%s\" %sinitials=\"BL\">", w, date, w);
    int any = 0;
    for (int i = 0; i < 4 && c->paragraphs[i]; i++) {
        if (!*c->paragraphs[i])
            continue;
        addf(b, "<%sp><%sr><%st xml:space=\"preserve\">", w, w, w);
        add_escaped(b, c->paragraphs[i]);
        addf(b, "</%st></%sr></%sp>", w, w, w);
        any = 1;
    }
    if (!any)
        addf(b, "<%sp/>", w);
    addf(b, "</%scomment>", w);
}

#define COMMENTS_TYPE "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
#define COMMENTS_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"

typedef struct new_parts {
    char *names[3];
    str data[3];
    size_t count;
} new_parts;

/* word/comments.xml (new, or the document's own with ours after its comments), and when new its
 * content type and relationship. */
static int comment_parts(writer *wr, bl_docx_package *pkg, const bl_docx_comment *c, size_t count,
                         uint32_t first_id, const char *ct_xml, size_t ct_len, new_parts *np, bl_error *err)
{
    const char *main = wr->doc.part;
    char *comments_part = NULL;
    int status = bl_docx_related_part(pkg, main, "comments", &comments_part, err);
    if (status != BL_OK)
        return status;
    char *existing = NULL;
    size_t existing_len = 0;
    if (comments_part && (status = bl_docx_read_part(pkg, comments_part, 1, &existing, &existing_len, err)) != BL_OK) {
        free(comments_part);
        return status;
    }
    str body = {0};
    if (existing) {
        part_scan s = {0};
        status = scan_part(comments_part, existing, existing_len, &s, err);
        if (status == BL_OK && (strcmp(s.root_uri, BL_NS_W) != 0 || strcmp(s.root_local, "comments") != 0)) {
            snprintf(err->message, sizeof err->message, "%s: not a comments part (its root is not w:comments)",
                     comments_part);
            status = BL_ERR_INPUT;
        }
        for (size_t i = 0; status == BL_OK && i < count; i++)
            comment_body(&body, s.prefix, &c[i], first_id + (uint32_t)i, wr->author, wr->date);
        if (status == BL_OK)
            status = insert_before_root_end(existing, existing_len, s.root_end, &body, &np->data[np->count]);
        free(existing);
        free(body.s);
        np->names[np->count++] = comments_part;
        return status;
    }
    free(comments_part);
    /* a new part beside the main one, with its relationship and content type */
    const char *slash = strrchr(main, '/');
    size_t dir = slash ? (size_t)(slash - main + 1) : 0;
    size_t n = dir + 16;
    comments_part = malloc(n);
    if (!comments_part)
        return BL_ERR_NOMEM;
    snprintf(comments_part, n, "%.*scomments.xml", (int)dir, main);
    str *cx = &np->data[np->count];
    adds(cx, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"" BL_NS_W "\">");
    for (size_t i = 0; i < count; i++)
        comment_body(cx, "w:", &c[i], first_id + (uint32_t)i, wr->author, wr->date);
    adds(cx, "</w:comments>");
    np->names[np->count++] = comments_part;

    char *rels_name = bl_docx_rels_name(main), *rels = NULL;
    size_t rels_len = 0;
    if (!rels_name)
        return BL_ERR_NOMEM;
    status = bl_docx_read_part(pkg, rels_name, 1, &rels, &rels_len, err);
    str rel = {0};
    if (status == BL_OK && rels) {
        part_scan s = {0};
        status = scan_part(rels_name, rels, rels_len, &s, err);
        addf(&rel, "<%sRelationship Id=\"rId%u\" Type=\"" COMMENTS_REL "\" Target=\"comments.xml\"/>", s.prefix,
             s.max_rid + 1);
        if (status == BL_OK)
            status = insert_before_root_end(rels, rels_len, s.root_end, &rel, &np->data[np->count]);
    } else if (status == BL_OK) {
        addf(&np->data[np->count], "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
                                   "xmlns=\"" BL_NS_REL "\"><Relationship Id=\"rId1\" Type=\"" COMMENTS_REL
                                   "\" Target=\"comments.xml\"/></Relationships>");
    }
    free(rel.s);
    free(rels);
    np->names[np->count++] = rels_name;
    if (status != BL_OK)
        return status;

    part_scan s = {0};
    char override_name[300];
    snprintf(override_name, sizeof override_name, "/%s", comments_part);
    s.override_name = override_name;
    status = scan_part("[Content_Types].xml", ct_xml, ct_len, &s, err);
    if (status != BL_OK)
        return status;
    str types = {0};
    if (!s.has_override)
        addf(&types, "<%sOverride PartName=\"%s\" ContentType=\"" COMMENTS_TYPE "\"/>", s.prefix, override_name);
    if (!s.has_rels_default)
        addf(&types, "<%sDefault Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>",
             s.prefix);
    status = insert_before_root_end(ct_xml, ct_len, s.root_end, &types, &np->data[np->count]);
    free(types.s);
    np->names[np->count] = strdup("[Content_Types].xml");
    if (!np->names[np->count++])
        return BL_ERR_NOMEM;
    return status;
}

/* ------------------------------------------------------------------ entry points */

static int open_document(const char *bytes, size_t len, bl_docx_package **pkg, bl_docx_document *doc, bl_error *err)
{
    int status = bl_docx_open(pkg, bytes, len, err);
    if (status == BL_OK)
        status = bl_docx_document_read(doc, *pkg, 1, err);
    if (status != BL_OK) {
        bl_docx_close(*pkg);
        *pkg = NULL;
    }
    return status;
}

int bl_docx_read_text(const char *bytes, size_t len, char **text, size_t *text_len, uint32_t **starts,
                            size_t *count, bl_error *err)
{
    bl_docx_package *pkg = NULL;
    bl_docx_document doc;
    *text = NULL;
    *starts = NULL;
    int status = bl_docx_open(&pkg, bytes, len, err);
    if (status == BL_OK)
        status = bl_docx_document_read(&doc, pkg, 0, err);
    bl_docx_close(pkg);
    if (status != BL_OK)
        return status;
    *starts = malloc((doc.para_count ? doc.para_count : 1) * sizeof **starts);
    if (!*starts) {
        bl_docx_document_release(&doc);
        return BL_ERR_NOMEM;
    }
    for (size_t i = 0; i < doc.para_count; i++)
        (*starts)[i] = doc.paras[i].text_at;
    *count = doc.para_count;
    *text = doc.text;
    *text_len = doc.len;
    doc.text = NULL;
    bl_docx_document_release(&doc);
    return BL_OK;
}

/* Whether every comment lies within the document's paragraphs, its end not before its start. */
static int comments_inside(const bl_docx_document *doc, const bl_docx_comment *comments, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (comments[i].para >= doc->para_count || comments[i].end_para >= doc->para_count ||
            comments[i].from > doc->paras[comments[i].para].text_len ||
            comments[i].to > doc->paras[comments[i].end_para].text_len || comments[i].end_para < comments[i].para)
            return 0;
    return 1;
}

int bl_docx_edit(const char *bytes, size_t len, const bl_docx_comment *comments, size_t comment_count,
                 const bl_docx_change *changes, size_t change_count, const bl_docx_edit_options *opts, char **out,
                 size_t *out_len, size_t *applied, bl_error *err)
{
    *out = NULL;
    *out_len = 0;
    *applied = 0;
    writer wr = {0};
    bl_docx_package *pkg = NULL;
    int status = open_document(bytes, len, &pkg, &wr.doc, err);
    if (status != BL_OK)
        return status;
    new_parts np = {0};
    char *ct = NULL;
    size_t ct_len = 0;
    str part = {0};
    if (opts->expected_text &&
        (opts->expected_len != wr.doc.len || memcmp(opts->expected_text, wr.doc.text, wr.doc.len) != 0)) {
        snprintf(err->message, sizeof err->message, "%s: the document is not the one checked (it changed since?)",
                 wr.doc.part);
        status = BL_ERR_INPUT;
        goto done;
    }
    wr.w = wr.doc.prefix;
    wr.author = opts->author ? opts->author : "bulletin-lint";
    snprintf(wr.date, sizeof wr.date, "%s", opts->date ? opts->date : "2000-01-01T00:00:00Z");
    wr.next_id = wr.doc.max_id + 1;
    wr.preserved = calloc(wr.doc.t_count + 1, 1);
    if (!wr.preserved) {
        status = BL_ERR_NOMEM;
        goto done;
    }
    if ((status = bl_docx_read_part(pkg, "[Content_Types].xml", 0, &ct, &ct_len, err)) != BL_OK)
        goto done;
    if (!comments_inside(&wr.doc, comments, comment_count)) {
        snprintf(err->message, sizeof err->message, "%s: a comment outside the document's text", wr.doc.part);
        status = BL_ERR_USAGE;
        goto done;
    }
    if (comment_count) {
        uint32_t first_id = wr.next_id;
        wr.next_id += (uint32_t)comment_count;
        if ((status = add_comment_marks(&wr, comments, comment_count, first_id)) != BL_OK ||
            (status = comment_parts(&wr, pkg, comments, comment_count, first_id, ct, ct_len, &np, err)) != BL_OK)
            goto done;
        *applied = comment_count;
    }
    for (size_t i = 0; i < change_count; i++)
        *applied += (size_t)add_change(&wr, &changes[i]);
    if (wr.e.failed) {
        status = BL_ERR_NOMEM;
        goto done;
    }
    if (wr.e.count == 0 && np.count == 0) { /* nothing to write: the same bytes */
        *out = malloc(len ? len : 1);
        if (!*out) {
            status = BL_ERR_NOMEM;
            goto done;
        }
        memcpy(*out, bytes, len);
        *out_len = len;
        goto done;
    }
    if ((status = apply_edits(wr.doc.xml, wr.doc.xml_len, &wr.e, &part)) != BL_OK)
        goto done;
    bl_docx_part_data parts[4];
    size_t count = 0;
    parts[count++] = (bl_docx_part_data){wr.doc.part, part.s, part.len};
    for (size_t i = 0; i < np.count; i++) {
        if (np.data[i].failed) {
            status = BL_ERR_NOMEM;
            goto done;
        }
        parts[count++] = (bl_docx_part_data){np.names[i], np.data[i].s ? np.data[i].s : "", np.data[i].len};
    }
    status = bl_docx_write(bytes, len, parts, count, out, out_len, err);
done:
    for (size_t i = 0; i < np.count; i++) {
        free(np.names[i]);
        free(np.data[i].s);
    }
    if (np.count < 3)
        free(np.data[np.count].s);
    free(part.s);
    free(ct);
    free(wr.preserved);
    edits_free(&wr.e);
    bl_docx_document_release(&wr.doc);
    bl_docx_close(pkg);
    if (status != BL_OK) {
        free(*out);
        *out = NULL;
        *out_len = 0;
        *applied = 0;
    }
    return status;
}
