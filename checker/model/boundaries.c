/* boundaries.c - the documents of a file of several bulletins: where the next issue's masthead
 * starts. Decided conservatively: a file of one bulletin is one document, always. */
#include "boundaries.h"

#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "layout.h"
#include "masthead.h"
#include "utf8.h"

/* Content lines a bulletin has after its masthead line before the next may start: its issue and
 * office lines, a title and some body at least. */
#define MIN_LINES_BEFORE_NEXT 4
/* Characters of a line above a masthead, repeated in every issue: 内部资料　注意保存, 机密. */
#define MAX_MARK_WIDTH 12

typedef struct series_name {
    const char *s;
    uint32_t len;
} series_name;

/* The next content line at or after line i, classified into *out; src->line_count when none. */
static uint32_t next_content_line(const bl_source *src, uint32_t i, bl_line *out)
{
    for (; i < src->line_count; i++) {
        bl_layout_line(out, src, i);
        if (out->kind == BL_LINE_CONTENT)
            return i;
    }
    return src->line_count;
}

/* Whether the bytes before end of s end in one of what leads to an issue number: a blank, an
 * opening bracket, 第, a year's 年 or its digits. Sets *end to before it. */
static int strip_lead_in(const char *s, size_t *end)
{
    if (*end == 0)
        return 0;
    size_t pos = *end;
    uint32_t cp = bl_utf8_prev(s, &pos);
    if (bl_is_blank(cp) || bl_is_digit(cp) || cp == '(' || cp == 0xFF08 || cp == 0x3014 || cp == 0x3010 ||
        cp == 0x7B2C /* 第 */ || cp == 0x5E74 /* 年 */) {
        *end = pos;
        return 1;
    }
    return 0;
}

/* The series a masthead line names: the line itself, or the part before its issue number
 * (“……专辑 (四十六)”, 《政务信息》2023年第7期), without what leads to the number. */
static series_name series_of(const bl_source *src, const bl_line *line)
{
    const char *s = src->text + line->start;
    uint32_t len = line->end - line->start, from, to;
    int64_t value;
    size_t end = bl_masthead_issue(s, len, &from, &to, &value) ? from : len;
    while (strip_lead_in(s, &end))
        ;
    return (series_name){s, (uint32_t)end};
}

/* Whether a content line heads a bulletin's masthead with its issue number: on the line itself, or
 * on the issue line after it (next: the next content line, or NULL). */
static int heads_numbered_masthead(const bl_source *src, const bl_line *line, const bl_line *next)
{
    if (!bl_layout_heads_masthead(src, line, next))
        return 0;
    uint32_t from, to;
    int64_t value;
    if (bl_masthead_issue(src->text + line->start, line->end - line->start, &from, &to, &value))
        return 1;
    return next && bl_masthead_is_issue_line(src->text + next->start, next->end - next->start);
}

static int same_series(series_name a, series_name b)
{
    return a.len >= BL_UTF8_BYTES("简报") && a.len == b.len && memcmp(a.s, b.s, a.len) == 0;
}

static int add_start(bl_boundaries *b, uint32_t line)
{
    if (BL_ARRAY_RESERVE(b->starts, b->count + 1, b->cap, 16))
        return BL_ERR_NOMEM;
    b->starts[b->count++] = line;
    return BL_OK;
}

/* Whether line i, its leading blanks skipped, starts with the series' name, and is not blank: the
 * quick test of every line (the full one is for the few it lets through). */
static int leads_with(const bl_source *src, uint32_t i, series_name series, int *blank)
{
    uint32_t len, start = bl_source_line(src, i + 1, &len);
    size_t pos = start, end = (size_t)start + len;
    while (pos < end) {
        size_t after = pos;
        if (!bl_is_blank(bl_utf8_next(src->text, end, &after)))
            break;
        pos = after;
    }
    *blank = pos == end;
    return end - pos >= series.len && memcmp(src->text + pos, series.s, series.len) == 0;
}

/* How each bulletin of the file opens, as its first does: its masthead's series, and the short line
 * above the masthead when there is one (内部资料　注意保存, the same in every issue; len 0 when none). */
typedef struct opening {
    series_name series;
    series_name mark;
} opening;

/* Whether the bulletin opening at content line i (cur) opens as o: the mark (the whole line) then a
 * masthead of the series, or that masthead itself. */
static int opens_as(const bl_source *src, uint32_t i, bl_line cur, opening o)
{
    bl_line next;
    uint32_t n = src->line_count, j = next_content_line(src, i + 1, &next);
    if (o.mark.len) {
        if (cur.end - cur.start != o.mark.len || j >= n)
            return 0;
        cur = next;
        j = next_content_line(src, j + 1, &next);
    }
    return heads_numbered_masthead(src, &cur, j < n ? &next : NULL) && same_series(o.series, series_of(src, &cur));
}

/* Adds the start of each later bulletin that opens as the first, at line i, does. */
static int find_later(bl_boundaries *out, const bl_source *src, uint32_t i, opening o)
{
    if (!same_series(o.series, o.series))
        return BL_OK; /* no name to find again (a masthead of an issue line alone) */
    series_name lead = o.mark.len ? o.mark : o.series;
    uint32_t since = 0; /* the lines that are not blank since the last bulletin's first line */
    for (i++; i < src->line_count; i++) {
        int blank;
        int candidate = leads_with(src, i, lead, &blank);
        since += !blank;
        if (!candidate || since <= MIN_LINES_BEFORE_NEXT)
            continue;
        bl_line cur;
        bl_layout_line(&cur, src, i);
        if (!opens_as(src, i, cur, o))
            continue;
        if (add_start(out, i))
            return BL_ERR_NOMEM;
        since = 0;
    }
    return BL_OK;
}

/* How the file's first bulletin opens at content line i (first): with a masthead, or with a short
 * line over one. Returns 0 when it opens with neither: the file is then one document. */
static int first_opening(const bl_source *src, uint32_t i, bl_line first, opening *o)
{
    bl_line next, after;
    uint32_t n = src->line_count, j = next_content_line(src, i + 1, &next);
    memset(o, 0, sizeof *o);
    if (heads_numbered_masthead(src, &first, j < n ? &next : NULL)) {
        o->series = series_of(src, &first);
        return 1;
    }
    if (j >= n || first.width > MAX_MARK_WIDTH || bl_layout_heads_masthead(src, &first, &next))
        return 0;
    uint32_t k = next_content_line(src, j + 1, &after);
    if (!heads_numbered_masthead(src, &next, k < n ? &after : NULL))
        return 0;
    o->series = series_of(src, &next);
    o->mark = (series_name){src->text + first.start, first.end - first.start};
    return 1;
}

int bl_boundaries_find(bl_boundaries *out, const bl_source *src)
{
    memset(out, 0, sizeof *out);
    int status = add_start(out, 0);
    bl_line first;
    uint32_t n = src->line_count, i = status ? n : next_content_line(src, 0, &first);
    /* only plain text is split: a .docx is one document (its lines are its paragraphs' lines) */
    int text = !src->reader || strcmp(src->reader, "text") == 0;
    opening o;
    if (i < n && text && !src->line_numbers && !src->is_view && first_opening(src, i, first, &o))
        status = find_later(out, src, i, o);
    if (status)
        bl_boundaries_release(out);
    return status;
}

void bl_boundaries_release(bl_boundaries *b)
{
    free(b->starts);
    memset(b, 0, sizeof *b);
}
