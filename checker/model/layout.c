/* layout.c - line classification, part detection and paragraph joining. */
#include "layout.h"

#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "headings.h"
#include "masthead.h"
#include "utf8.h"

#define MAX_TITLE_LINES 3
#define MAX_TITLE_WIDTH 40
#define MAX_MASTHEAD_WIDTH 30      /* characters of a series name standing over its issue line */
#define MAX_MASTHEAD_EXTRA_LINES 2 /* the issue line, the office and date line */

typedef struct line_text {
    const char *s;
    uint32_t len;
} line_text;

static line_text content_of(const bl_source *src, const bl_line *line)
{
    return (line_text){src->text + line->start, line->end - line->start};
}

static int contains(line_text t, const char *needle)
{
    size_t n = strlen(needle);
    for (uint32_t i = 0; i + n <= t.len; i++)
        if (memcmp(t.s + i, needle, n) == 0)
            return 1;
    return 0;
}

static int starts_with(line_text t, const char *prefix)
{
    size_t n = strlen(prefix);
    return t.len >= n && memcmp(t.s, prefix, n) == 0;
}

static uint32_t last_char(line_text t)
{
    size_t pos = t.len;
    return t.len ? bl_utf8_prev(t.s, &pos) : 0;
}

/* —３—, - 3 -, －12－: a page number between dashes, alone on its line. */
static int is_page_number(line_text t)
{
    size_t pos = 0;
    int dashes = 0, digits = 0, after_digits = 0;
    while (pos < t.len) {
        uint32_t cp = bl_utf8_next(t.s, t.len, &pos);
        if (bl_is_blank(cp))
            continue;
        if (cp == '-' || cp == 0x2014 || cp == 0x2013 || cp == 0x2015 || cp == 0xFF0D) {
            dashes++;
            after_digits = digits > 0;
        } else if (bl_is_digit(cp) && !after_digits) {
            digits++;
        } else {
            return 0;
        }
    }
    return digits > 0 && digits <= 4 && dashes >= 2;
}

void bl_layout_line(bl_line *line, const bl_source *src, uint32_t index)
{
    uint32_t len, start = bl_source_line(src, index + 1, &len), end = start + len;
    size_t pos = start;
    while (pos < end) { /* trim leading blanks */
        size_t here = pos;
        if (!bl_is_blank(bl_utf8_next(src->text, end, &pos))) {
            pos = here;
            break;
        }
    }
    size_t tail = end;
    while (tail > pos) {
        size_t here = tail;
        if (!bl_is_blank(bl_utf8_prev(src->text, &tail))) {
            tail = here;
            break;
        }
    }
    line->start = (uint32_t)pos;
    line->end = (uint32_t)tail;
    line->width = 0;
    for (size_t p = pos; p < tail;)
        line->width += !bl_is_blank(bl_utf8_next(src->text, tail, &p));
    line_text t = content_of(src, line);
    line->kind = t.len == 0 ? BL_LINE_BLANK : is_page_number(t) ? BL_LINE_PAGE_NUMBER : BL_LINE_CONTENT;
}

static void classify_lines(const bl_source *src, bl_line *lines)
{
    for (uint32_t i = 0; i < src->line_count; i++)
        bl_layout_line(&lines[i], src, i);
}

/* A paragraph's first line: led by an ideographic space or by two or more spaces (a title or
 * heading is not indented; an extracted line after a page break starts with one space only). */
static int is_indented(const bl_source *src, const bl_line *line, uint32_t index)
{
    uint32_t len, start = bl_source_line(src, index + 1, &len);
    const char *lead = src->text + start;
    uint32_t n = line->start - start;
    return (n >= BL_UTF8_BYTES("　") && memcmp(lead, "　", BL_UTF8_BYTES("　")) == 0) || /* U+3000 */
           (n >= 2 && lead[0] == ' ' && lead[1] == ' ');
}

/* The first line of a bulletin: its series title and issue number. */
static int is_masthead(line_text t)
{
    static const char *const words[] = {"专辑", "简报", "专报", "快报", "情况反映", "工作动态", "通讯"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (contains(t, words[i]))
            return 1;
    uint32_t close = last_char(t);
    return (close == ')' || close == 0xFF09) && contains(t, "期");
}

static int has_clause_punctuation(line_text t)
{
    static const char *const marks[] = {"，", ",", "。", "；", ";"};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (contains(t, marks[i]))
            return 1;
    /* A full stop between digits (a decimal) does not count; others do. */
    for (uint32_t i = 0; i < t.len; i++)
        if (t.s[i] == '.' && (i == 0 || !(t.s[i - 1] >= '0' && t.s[i - 1] <= '9')))
            return 1;
    return 0;
}

static int is_contributor(line_text t)
{
    size_t pos = 0;
    uint32_t open = t.len ? bl_utf8_next(t.s, t.len, &pos) : 0;
    uint32_t close = last_char(t);
    return (open == '(' || open == 0xFF08) && (close == ')' || close == 0xFF09) && contains(t, "供稿");
}

static int is_distribution_start(line_text t)
{
    static const char *const heads[] = {"报:", "报：", "发:", "发：", "送:", "送：", "抄送", "抄报",
                                        "分送", "印发", "主送：", "主送:", "本期发至", "发至："};
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
        if (starts_with(t, heads[i]))
            return 1;
    return 0;
}

static int ends_sentence(line_text t)
{
    size_t pos = t.len;
    while (pos > 0) {
        uint32_t cp = bl_utf8_prev(t.s, &pos);
        if (bl_is_closing_mark(cp))
            continue;
        return bl_is_sentence_end(cp) || cp == 0x2026; /* … */
    }
    return 0;
}

static int is_ascii_letter(uint32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

/* The wrap width: the most common width of the body's lines of 10 or more characters, and
 * whether most lines are that wide (hard-wrapped extraction) or not (one paragraph per line). */
static bl_layout infer_layout(const bl_line *lines, uint32_t from, uint32_t to, uint32_t *wrap_width)
{
    uint32_t counts[128] = {0}, content = 0;
    for (uint32_t i = from; i < to; i++) {
        if (lines[i].kind != BL_LINE_CONTENT)
            continue;
        content++;
        if (lines[i].width >= 10 && lines[i].width < 128)
            counts[lines[i].width]++;
    }
    uint32_t mode = 0;
    for (uint32_t w = 10; w < 128; w++)
        if (counts[w] > counts[mode])
            mode = w;
    *wrap_width = mode;
    if (mode == 0 || content < 6)
        return BL_LAYOUT_DRAFT;
    uint32_t near = 0;
    for (uint32_t w = mode > 2 ? mode - 2 : 0; w <= mode + 2 && w < 128; w++)
        near += counts[w];
    return near * 2 >= content ? BL_LAYOUT_EXTRACTED : BL_LAYOUT_DRAFT;
}

/* Whether the paragraph that contains line `cur` ends there, given the next content line. */
static int paragraph_ends(const bl_source *src, const bl_line *cur, const bl_line *next,
                          uint32_t wrap_width)
{
    line_text a = content_of(src, cur), b = content_of(src, next);
    int final = ends_sentence(a);
    int short_line = cur->width + 5 <= wrap_width;
    bl_marker marker;
    if (bl_marker_parse(b.s, b.len, &marker)) {
        if (marker.kind == BL_MARKER_CHINESE || marker.kind == BL_MARKER_PAREN_CHINESE)
            return 1;
        if (final || short_line)
            return 1;
    }
    if (short_line)
        return 1;
    if (!final)
        return 0;
    /* A sentence ends at the line's end: the paragraph ends too when this line is not full, or
     * when the next line is shorter than a full line (the first line of a paragraph is indented
     * by two characters, and a heading is shorter still). */
    return cur->width + 2 <= wrap_width || next->width + 2 <= wrap_width;
}

typedef struct block_list {
    bl_block *items;
    uint32_t count;
    size_t cap;
} block_list;

static int add_block(block_list *list, bl_arena *arena, bl_text_builder *tb, const bl_source *src,
                     const bl_line *lines, bl_part_kind part, uint32_t first, uint32_t last)
{
    if (BL_ARRAY_RESERVE(list->items, (size_t)list->count + 1, list->cap, 64))
        return BL_ERR_NOMEM;
    uint32_t prev_last = 0;
    int have_prev = 0;
    for (uint32_t i = first; i <= last; i++) {
        if (lines[i].kind != BL_LINE_CONTENT)
            continue;
        line_text t = content_of(src, &lines[i]);
        if (have_prev) {
            size_t p = 0;
            uint32_t first_cp = bl_utf8_next(t.s, t.len, &p);
            if (is_ascii_letter(prev_last) && is_ascii_letter(first_cp) &&
                bl_text_builder_append_literal(tb, " ", 1))
                return BL_ERR_NOMEM;
        }
        if (bl_text_builder_append_source(tb, src, lines[i].start, lines[i].end))
            return BL_ERR_NOMEM;
        prev_last = last_char(t);
        have_prev = 1;
    }
    bl_block *block = &list->items[list->count++];
    block->part = part;
    block->first_line = first;
    block->last_line = last;
    return bl_text_builder_finish(tb, arena, &block->text);
}

static uint32_t next_content(const bl_line *lines, uint32_t i, uint32_t end)
{
    while (i < end && lines[i].kind != BL_LINE_CONTENT)
        i++;
    return i;
}

static int add_body(block_list *list, bl_arena *arena, bl_text_builder *tb, const bl_source *src,
                    const bl_line *lines, uint32_t from, uint32_t to, bl_layout layout,
                    uint32_t wrap_width)
{
    uint32_t i = next_content(lines, from, to);
    while (i < to) {
        uint32_t first = i, last = i;
        if (layout == BL_LAYOUT_EXTRACTED) {
            for (;;) {
                uint32_t next = next_content(lines, last + 1, to);
                if (next >= to || paragraph_ends(src, &lines[last], &lines[next], wrap_width))
                    break;
                last = next;
            }
        }
        if (add_block(list, arena, tb, src, lines, BL_PART_BODY, first, last))
            return BL_ERR_NOMEM;
        i = next_content(lines, last + 1, to);
    }
    return 0;
}

/* A short first line with its issue number, or over an issue line of its own: 政务信息 / 2024年第7期. */
static int heads_issue_line(const bl_source *src, const bl_line *line, const bl_line *next)
{
    line_text t = content_of(src, line);
    if (line->width > MAX_MASTHEAD_WIDTH || has_clause_punctuation(t))
        return 0;
    uint32_t from, to;
    int64_t value;
    if (bl_masthead_is_issue_line(t.s, t.len) && bl_masthead_issue(t.s, t.len, &from, &to, &value))
        return 1;
    if (!next)
        return 0;
    line_text u = content_of(src, next);
    return bl_masthead_is_issue_line(u.s, u.len);
}

int bl_layout_heads_masthead(const bl_source *src, const bl_line *line, const bl_line *next)
{
    /* a masthead is a short line of its own: 香格里拉网讯　（通讯员…） starts a news item */
    line_text t = content_of(src, line);
    int short_line = line->width <= MAX_TITLE_WIDTH && !has_clause_punctuation(t);
    return (short_line && is_masthead(t)) || heads_issue_line(src, line, next);
}

int bl_layout_build(bl_page *out, const bl_source *src, bl_layout requested, bl_arena *arena,
                    bl_text_builder *tb)
{
    memset(out, 0, sizeof *out);
    uint32_t n = src->line_count;
    bl_line *lines = bl_arena_calloc(arena, n ? n : 1, sizeof *lines);
    if (!lines)
        return BL_ERR_NOMEM;
    classify_lines(src, lines);
    out->lines = lines;
    out->line_count = n;

    block_list list = {0};
    int status = 0;
    uint32_t i = next_content(lines, 0, n);

    uint32_t next = i < n ? next_content(lines, i + 1, n) : n;
    if (i < n && bl_layout_heads_masthead(src, &lines[i], next < n ? &lines[next] : NULL)) {
        status = add_block(&list, arena, tb, src, lines, BL_PART_MASTHEAD, i, i);
        i = next_content(lines, i + 1, n);
        /* the issue line (第12期) and the office and date line below the series name */
        for (int extra = 0; !status && extra < MAX_MASTHEAD_EXTRA_LINES && i < n; extra++) {
            line_text t = content_of(src, &lines[i]);
            if (!bl_masthead_is_issue_line(t.s, t.len) && !bl_masthead_is_office_line(t.s, t.len))
                break;
            status = add_block(&list, arena, tb, src, lines, BL_PART_MASTHEAD, i, i);
            i = next_content(lines, i + 1, n);
        }
    }
    for (int t = 0; !status && t < MAX_TITLE_LINES && i < n; t++) {
        line_text text = content_of(src, &lines[i]);
        bl_marker marker;
        if (lines[i].width > MAX_TITLE_WIDTH || has_clause_punctuation(text) || is_contributor(text) ||
            bl_marker_parse(text.s, text.len, &marker) || is_indented(src, &lines[i], i))
            break;
        status = add_block(&list, arena, tb, src, lines, BL_PART_TITLE, i, i);
        i = next_content(lines, i + 1, n);
    }

    /* From the end: the distribution block, then the contributor line above it. */
    uint32_t body_end = n, contributor = n, distribution = n;
    for (uint32_t k = n; k-- > i;) {
        if (lines[k].kind != BL_LINE_CONTENT)
            continue;
        line_text text = content_of(src, &lines[k]);
        if (is_contributor(text)) {
            contributor = k;
            break;
        }
        if (is_distribution_start(text))
            distribution = k;
    }
    if (contributor < n) {
        body_end = contributor;
        distribution = next_content(lines, contributor + 1, n);
    } else if (distribution < n) {
        body_end = distribution;
    }

    if (!status) {
        out->layout = infer_layout(lines, i, body_end, &out->wrap_width);
        if (requested != BL_LAYOUT_AUTO)
            out->layout = requested;
        status = add_body(&list, arena, tb, src, lines, i, body_end, out->layout, out->wrap_width);
    }
    if (!status && contributor < n)
        status = add_block(&list, arena, tb, src, lines, BL_PART_CONTRIBUTOR, contributor, contributor);
    for (uint32_t k = distribution; !status && k < n; k = next_content(lines, k + 1, n))
        status = add_block(&list, arena, tb, src, lines, BL_PART_DISTRIBUTION, k, k);

    if (!status) {
        out->blocks = bl_arena_alloc(arena, (list.count ? list.count : 1) * sizeof *out->blocks);
        if (!out->blocks)
            status = BL_ERR_NOMEM;
        else if (list.count)
            memcpy(out->blocks, list.items, list.count * sizeof *out->blocks);
        out->block_count = list.count;
    }
    free(list.items);
    return status;
}

const char *bl_part_name(bl_part_kind part)
{
    switch (part) {
    case BL_PART_MASTHEAD: return "masthead";
    case BL_PART_TITLE: return "title";
    case BL_PART_BODY: return "body";
    case BL_PART_CONTRIBUTOR: return "contributor";
    case BL_PART_DISTRIBUTION: return "distribution";
    }
    return "body";
}
