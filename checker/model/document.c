/* document.c - building the document model from the layout's blocks. */
#include "document.h"

#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "masthead.h"
#include "numeral.h"
#include "utf8.h"

#define CP_SHI 0x662F     /* 是 */
#define UNNUMBERED_HEADING_MAX_WIDTH 30

static uint32_t text_last_char(const bl_text *t, uint32_t to)
{
    size_t pos = to;
    while (pos > 0) {
        uint32_t cp = bl_utf8_prev(t->s, &pos);
        if (!bl_is_blank(cp))
            return cp;
    }
    return 0;
}

/* Where the sentence that starts at `from` ends: after its final mark and any closing marks. */
static uint32_t sentence_end(const char *s, uint32_t len, uint32_t from)
{
    size_t pos = from;
    while (pos < len) {
        size_t before = pos;
        uint32_t cp = bl_utf8_next(s, len, &pos);
        if (!bl_is_sentence_end(cp))
            continue;
        if (cp == '.') {
            /* a decimal point (2.5) or a dotted ellipsis is not the end of a sentence */
            size_t back = before, ahead = pos;
            uint32_t prev = before ? bl_utf8_prev(s, &back) : 0;
            uint32_t next = pos < len ? bl_utf8_next(s, len, &ahead) : 0;
            if (bl_is_digit(prev) && bl_is_digit(next))
                continue;
        }
        while (pos < len) {
            size_t here = pos;
            uint32_t next = bl_utf8_next(s, len, &pos);
            if (!bl_is_sentence_end(next) && !bl_is_closing_mark(next) && next != 0x2026) {
                pos = here;
                break;
            }
        }
        return (uint32_t)pos;
    }
    return len;
}

static uint32_t skip_blanks(const char *s, uint32_t len, uint32_t pos)
{
    size_t p = pos;
    while (p < len) {
        size_t here = p;
        if (!bl_is_blank(bl_utf8_next(s, len, &p)))
            return (uint32_t)here;
    }
    return len;
}

static int split_sentences(bl_document *doc, bl_paragraph *para)
{
    const char *s = para->text.s;
    uint32_t len = para->text.len, count = 0, cap = 8;
    bl_sentence *list = bl_arena_alloc(&doc->arena, cap * sizeof *list);
    if (!list)
        return BL_ERR_NOMEM;
    for (uint32_t pos = skip_blanks(s, len, 0); pos < len; pos = skip_blanks(s, len, pos)) {
        uint32_t end = sentence_end(s, len, pos);
        if (count == cap) {
            bl_sentence *grown = bl_arena_alloc(&doc->arena, cap * 2 * sizeof *grown);
            if (!grown)
                return BL_ERR_NOMEM;
            memcpy(grown, list, count * sizeof *list);
            list = grown;
            cap *= 2;
        }
        list[count++] = (bl_sentence){pos, end};
        pos = end;
    }
    para->sentences = list;
    para->sentence_count = count;
    return 0;
}

static int is_clause_mark(uint32_t cp)
{
    return cp == 0xFF0C || cp == ',' || cp == 0x3001 || cp == 0xFF1B || cp == ';' ||
           cp == 0xFF1A || cp == ':' || cp == 0x2014;
}

/* A short line alone between paragraphs, without final punctuation: a heading without number. */
#define INDENTED_HEADING_MAX_WIDTH 14

static int has_inner_punctuation(const bl_text *t)
{
    for (size_t pos = 0; pos < t->len;) {
        uint32_t cp = bl_utf8_next(t->s, t->len, &pos);
        if (cp == 0xFF0C || cp == 0x3001 || cp == 0xFF1B || cp == 0xFF1A || cp == 0x3002 || cp == ',' || cp == ';' ||
            cp == ':' || cp == 0x201C || cp == 0xFF08 || cp == '(')
            return 1;
    }
    return 0;
}

static int is_unnumbered_heading(const bl_document *doc, const bl_block *block, int is_last)
{
    const bl_line *line = &doc->page.lines[block->first_line];
    if (is_last || block->first_line != block->last_line)
        return 0;
    uint32_t limit = doc->page.layout == BL_LAYOUT_EXTRACTED && doc->page.wrap_width > 8
                         ? doc->page.wrap_width - 6
                         : UNNUMBERED_HEADING_MAX_WIDTH;
    if (line->width > limit || line->width < 2)
        return 0;
    /* a draft indents its paragraphs (　　) and not its headings */
    uint32_t line_len;
    if (doc->page.layout == BL_LAYOUT_DRAFT &&
        bl_source_line(&doc->source, block->first_line + 1, &line_len) < line->start &&
        (line->width > INDENTED_HEADING_MAX_WIDTH || has_inner_punctuation(&block->text)))
        return 0; /* an indented line is a heading only when short and without punctuation */
    uint32_t last = text_last_char(&block->text, block->text.len);
    if (bl_is_sentence_end(last) || bl_is_closing_mark(last) || is_clause_mark(last) || last == 0x2026)
        return 0;
    return 1;
}

typedef struct builder {
    bl_document *doc;
    int open[5];       /* innermost open section at each level, -1 when none */
    int has_chinese_level;
    int in_note;       /* inside a note (注：1、…；2、…。): its numbered items are no headings */
    int item_kind, item_value; /* the last numbered line taken as a paragraph: the next number goes with it */
} builder;

#define MAX_NUMBERED_HEADING_CHARS 40  /* a longer numbered line ending in 。 is a numbered paragraph */

static int starts_note(const bl_text *t)
{
    return (t->len >= 6 && memcmp(t->s, "注：", BL_UTF8_BYTES("注：")) == 0) || (t->len >= 4 && memcmp(t->s, "注:", BL_UTF8_BYTES("注:")) == 0);
}

/* 注：1、…；2、…。 and 2、一般公共预算支出……。: numbered lines that are paragraphs, not headings. */
static int is_numbered_paragraph(builder *b, const bl_text *t, const bl_marker *marker)
{
    if (marker->kind != BL_MARKER_ARABIC && marker->kind != BL_MARKER_PAREN_ARABIC)
        return 0;
    if (b->in_note || ((int)marker->kind == b->item_kind && marker->value == b->item_value + 1))
        return 1;
    /* 1.政策跟踪审计：发现问题９７个，已整改９１个。 */
    for (uint32_t i = marker->len; i + 3 < t->len; i++)
        if (memcmp(t->s + i, "：", BL_UTF8_BYTES("：")) == 0)
            return 1;
    uint32_t last = text_last_char(t, t->len);
    return bl_utf8_count(t->s, t->len) > MAX_NUMBERED_HEADING_CHARS && (last == 0x3002 || last == 0xFF1B);
}

static int open_section(builder *b, bl_section section)
{
    bl_document *doc = b->doc;
    int level = section.level;
    int parent = -1;
    for (int l = level - 1; l >= 1; l--)
        if (b->open[l] >= 0) {
            parent = b->open[l];
            break;
        }
    section.parent = parent;
    for (int l = level; l <= 4; l++)
        b->open[l] = -1;
    int index = (int)doc->section_count++;
    doc->sections[index] = section;
    b->open[level] = index;
    return index;
}

static int innermost(const builder *b)
{
    for (int l = 4; l >= 1; l--)
        if (b->open[l] >= 0)
            return b->open[l];
    return -1;
}

static int add_body_block(builder *b, uint32_t block_index, int is_last)
{
    bl_document *doc = b->doc;
    const bl_block *block = &doc->page.blocks[block_index];
    const bl_text *text = &block->text;
    bl_marker marker;
    int section = -1;
    uint32_t heading_end = 0;

    int numbered = bl_marker_parse(text->s, text->len, &marker);
    if (starts_note(text))
        b->in_note = 1;
    else if (!numbered)
        b->in_note = 0;
    if (numbered && is_numbered_paragraph(b, text, &marker)) {
        numbered = 0;
        b->item_kind = (int)marker.kind;
        b->item_value = marker.value;
    }
    if (numbered) {
        bl_section s = {0};
        s.kind = marker.kind;
        s.level = bl_marker_level(marker.kind);
        s.number = marker.value;
        s.title_from = skip_blanks(text->s, text->len, marker.len);
        s.paragraph = -1;
        uint32_t end = sentence_end(text->s, text->len, s.title_from);
        uint32_t rest = skip_blanks(text->s, text->len, end);
        if (end < text->len && rest < text->len) {
            /* （一）提升站位，高位推动。将……: the heading runs into its paragraph */
            s.run_in = 1;
            s.heading = bl_text_slice(text, &doc->arena, 0, end);
            size_t stop = end;
            while (stop > s.title_from) {
                size_t here = stop;
                uint32_t cp = bl_utf8_prev(text->s, &stop);
                if (!bl_is_sentence_end(cp)) {
                    stop = here;
                    break;
                }
            }
            s.title_to = (uint32_t)stop;
            heading_end = end;
        } else {
            s.heading = *text;
            s.title_to = text->len;
            uint32_t last = text_last_char(text, text->len);
            s.ends_with_stop = last == 0x3002 || last == '.';
        }
        section = open_section(b, s);
        if (!s.run_in)
            return 0;
    } else if (is_unnumbered_heading(doc, block, is_last)) {
        bl_section s = {0};
        s.kind = BL_MARKER_NONE;
        s.paragraph = -1;
        s.heading = *text;
        s.title_to = text->len;
        /* under a 一、 section it is a subsection; in a bulletin without 一、 it is top-level */
        s.level = b->has_chinese_level && b->open[1] >= 0 ? 2 : 1;
        open_section(b, s);
        return 0;
    }

    bl_paragraph *para = &doc->paragraphs[doc->paragraph_count];
    para->text = *text;
    para->block = block_index;
    para->section = section >= 0 ? section : innermost(b);
    para->heading_end = heading_end;
    if (section >= 0)
        doc->sections[section].paragraph = (int)doc->paragraph_count;
    doc->paragraph_count++;
    return split_sentences(doc, para);
}

/* ------------------------------------------------------------------ enumerations (一是…二是) */

static int forms_word_with_numeral(uint32_t cp)
{
    /* 统一是, 之一是, 唯一是, 星期一是 …: the numeral belongs to a word, not an enumeration */
    static const uint32_t words[] = {0x7EDF, 0x552F, 0x4E4B, 0x4E07, 0x540C, 0x5355, 0x4E13, 0x4E0D,
                                     0x5212, 0x5F52, 0x5408, 0x9010, 0x7B2C, 0x7EAF, 0x5747, 0x60DF,
                                     0x5982, 0x59CB, 0x7EC8, 0x4EFB, 0x671F, 0x5468, 0x521D, 0x6708,
                                     0x5E74, 0x65E5, 0x53F7, 0x4E2A, 0x9996, 0x5BB9};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (words[i] == cp)
            return 1;
    return bl_is_chinese_numeral_char(cp) || bl_is_digit(cp);
}

typedef struct item_list {
    bl_enum_item *items;
    uint32_t count;
    size_t cap;
} item_list;

static int find_items(const bl_paragraph *para, uint32_t index, item_list *list)
{
    const char *s = para->text.s;
    uint32_t len = para->text.len;
    for (size_t pos = 0; pos < len;) {
        size_t at = pos;
        uint32_t cp = bl_utf8_next(s, len, &pos);
        if (cp != CP_SHI || at == 0)
            continue;
        /* walk back over at most three numeral characters */
        size_t start = at;
        for (int n = 0; n < 3 && start > 0; n++) {
            size_t back = start;
            uint32_t prev = bl_utf8_prev(s, &back);
            if (!bl_is_chinese_numeral_char(prev) || prev == 0x4E24 || prev == 0x96F6 || prev == 0x3007)
                break;
            start = back;
        }
        if (start == at)
            continue;
        size_t before = start;
        if (start > 0 && forms_word_with_numeral(bl_utf8_prev(s, &before)))
            continue;
        int value = 0;
        uint32_t n = bl_small_chinese_number(s + start, (uint32_t)(at - start), 0, &value);
        if (n != at - start || value <= 0)
            continue;
        if (BL_ARRAY_RESERVE(list->items, (size_t)list->count + 1, list->cap, 32))
            return BL_ERR_NOMEM;
        list->items[list->count++] = (bl_enum_item){index, (uint32_t)start, (uint32_t)pos, value};
    }
    return 0;
}

static int build_enumerations(bl_document *doc)
{
    item_list list = {0};
    for (uint32_t i = 0; i < doc->paragraph_count; i++)
        if (find_items(&doc->paragraphs[i], i, &list)) {
            free(list.items);
            return BL_ERR_NOMEM;
        }
    doc->items = bl_arena_alloc(&doc->arena, (list.count ? list.count : 1) * sizeof *doc->items);
    doc->enumerations = bl_arena_alloc(&doc->arena, (list.count ? list.count : 1) * sizeof *doc->enumerations);
    if (!doc->items || !doc->enumerations) {
        free(list.items);
        return BL_ERR_NOMEM;
    }
    if (list.count)
        memcpy(doc->items, list.items, list.count * sizeof *list.items);
    doc->item_count = list.count;
    free(list.items);
    /* A sequence runs within one section and starts again at 一是. */
    for (uint32_t i = 0; i < doc->item_count; i++) {
        int section = doc->paragraphs[doc->items[i].paragraph].section;
        bl_enumeration *cur = doc->enumeration_count ? &doc->enumerations[doc->enumeration_count - 1] : NULL;
        if (!cur || cur->section != section || doc->items[i].value == 1) {
            cur = &doc->enumerations[doc->enumeration_count++];
            cur->section = section;
            cur->first_item = i;
            cur->item_count = 0;
        }
        cur->item_count++;
    }
    return 0;
}

/* ------------------------------------------------------------------ parts */

static bl_field field(bl_document *doc, const bl_text *text, uint32_t from, uint32_t to)
{
    bl_field f = {0};
    if (to > from) {
        f.present = 1;
        f.text = bl_text_slice(text, &doc->arena, from, to);
    }
    return f;
}

/* Steps back from an issue number over what introduces it: 第, a bracket, 2024年, 〔2024〕, blanks. */
static uint32_t issue_start(const bl_text *t, uint32_t from)
{
    size_t pos = from;
    for (int steps = 0; pos > 0 && steps < 16; steps++) {
        size_t p = pos;
        uint32_t cp = bl_utf8_prev(t->s, &p);
        if (!(cp == 0x7B2C /* 第 */ || cp == 0x5E74 /* 年 */ || cp == '(' || cp == 0xFF08 || cp == 0x3014 ||
              cp == 0x3015 || bl_is_digit(cp) || bl_is_blank(cp)))
            break;
        pos = p;
    }
    return (uint32_t)pos;
}

/* The series name and the issue number: from the first masthead line, or from the issue line
 * below it (人大工作简报 / 第12期). */
static void read_masthead(bl_document *doc)
{
    const bl_text *t = &doc->page.blocks[doc->masthead].text;
    uint32_t series_end = t->len;
    for (uint32_t b = 0; b < doc->masthead_count && !doc->issue.present; b++) {
        const bl_text *line = &doc->page.blocks[doc->masthead + (int)b].text;
        uint32_t from, to;
        int64_t value;
        if (!bl_masthead_issue(line->s, line->len, &from, &to, &value))
            continue;
        doc->issue = field(doc, line, from, to);
        doc->issue_number = value;
        if (b == 0)
            series_end = issue_start(t, from);
    }
    while (series_end > 0) { /* trim blanks before the issue number */
        size_t p = series_end;
        if (!bl_is_blank(bl_utf8_prev(t->s, &p)))
            break;
        series_end = (uint32_t)p;
    }
    doc->series = field(doc, t, 0, series_end);
}

/* What the text is: a bulletin (it has a masthead), a report (工作报告, 公报, 审计报告, 调研报告: its
 * title says so) or another text. */
static bl_doc_kind infer_kind(const bl_document *doc)
{
    if (doc->masthead >= 0)
        return BL_DOC_BULLETIN;
    static const char *const words[] = {"报告", "公报", "决算", "白皮书"};
    const bl_page *page = &doc->page;
    for (uint32_t i = 0; i < page->block_count && i < 3; i++) {
        const bl_text *t = &page->blocks[i].text;
        if (page->blocks[i].part == BL_PART_BODY && i > 0)
            break;
        for (size_t w = 0; w < sizeof words / sizeof *words; w++)
            for (uint32_t p = 0; p + strlen(words[w]) <= t->len; p++)
                if (memcmp(t->s + p, words[w], strlen(words[w])) == 0)
                    return BL_DOC_REPORT;
    }
    return BL_DOC_TEXT;
}

const char *bl_doc_kind_name(bl_doc_kind kind)
{
    switch (kind) {
    case BL_DOC_BULLETIN: return "bulletin";
    case BL_DOC_REPORT: return "report";
    case BL_DOC_TEXT: return "text";
    }
    return "text";
}

/* 三门峡: … → 三门峡 (a trailing 市 dropped), from the first title line that names a city (a
 * date line may stand above the title). */
static void read_city_of_line(bl_document *doc, const bl_text *t);

static void read_title_city(bl_document *doc)
{
    for (uint32_t i = 0; i < doc->title_count && !doc->title_city.present; i++)
        read_city_of_line(doc, &doc->page.blocks[doc->title_first + i].text);
}

static void read_city_of_line(bl_document *doc, const bl_text *t)
{
    size_t pos = 0;
    uint32_t chars = 0;
    while (pos < t->len && chars <= 8) {
        size_t here = pos;
        uint32_t cp = bl_utf8_next(t->s, t->len, &pos);
        if (cp == ':' || cp == 0xFF1A) {
            size_t end = here, back = here;
            if (end > 0 && bl_utf8_prev(t->s, &back) == 0x5E02) /* 市 */
                end = back;
            if (end > 0)
                doc->title_city = field(doc, t, 0, (uint32_t)end);
            return;
        }
        if (!bl_is_cjk(cp))
            return;
        chars++;
    }
}

/* （三门峡市人大社会建设委员会供稿） → 三门峡 */
static void read_contributor_city(bl_document *doc)
{
    const bl_text *t = &doc->page.blocks[doc->contributor].text;
    size_t pos = 0;
    bl_utf8_next(t->s, t->len, &pos);
    uint32_t from = (uint32_t)pos, chars = 0;
    while (pos < t->len && chars < 8) {
        size_t here = pos;
        uint32_t cp = bl_utf8_next(t->s, t->len, &pos);
        if (cp == 0x5E02 || cp == 0x53BF || cp == 0x533A || cp == 0x5DDE) { /* 市 县 区 州 */
            if (here > from)
                doc->contributor_city = field(doc, t, from, (uint32_t)here);
            return;
        }
        if (!bl_is_cjk(cp))
            return;
        chars++;
    }
}

/* ------------------------------------------------------------------ whole document */

int bl_document_build(bl_document *doc)
{
    const bl_page *page = &doc->page;
    uint32_t n = page->block_count ? page->block_count : 1;
    doc->paragraphs = bl_arena_calloc(&doc->arena, n, sizeof *doc->paragraphs);
    doc->sections = bl_arena_calloc(&doc->arena, n, sizeof *doc->sections);
    if (!doc->paragraphs || !doc->sections)
        return BL_ERR_NOMEM;
    doc->masthead = doc->contributor = -1;
    builder b = {doc, {-1, -1, -1, -1, -1}, 0, 0, -1, 0};
    uint32_t last_body = 0;
    for (uint32_t i = 0; i < page->block_count; i++) {
        bl_marker marker;
        const bl_block *block = &page->blocks[i];
        if (block->part == BL_PART_BODY) {
            last_body = i;
            if (bl_marker_parse(block->text.s, block->text.len, &marker) && marker.kind == BL_MARKER_CHINESE)
                b.has_chinese_level = 1;
        }
    }
    for (uint32_t i = 0; i < page->block_count; i++) {
        const bl_block *block = &page->blocks[i];
        int status = 0;
        switch (block->part) {
        case BL_PART_MASTHEAD:
            if (doc->masthead < 0)
                doc->masthead = (int)i;
            doc->masthead_count++;
            break;
        case BL_PART_TITLE:
            if (doc->title_count++ == 0)
                doc->title_first = i;
            break;
        case BL_PART_BODY:
            status = add_body_block(&b, i, i == last_body);
            break;
        case BL_PART_CONTRIBUTOR:
            doc->contributor = (int)i;
            break;
        case BL_PART_DISTRIBUTION:
            if (doc->distribution_count++ == 0)
                doc->distribution_first = i;
            break;
        }
        if (status)
            return status;
    }
    if (doc->masthead >= 0)
        read_masthead(doc);
    doc->kind = infer_kind(doc);
    if (doc->title_count)
        read_title_city(doc);
    if (doc->contributor >= 0)
        read_contributor_city(doc);
    return build_enumerations(doc);
}

void bl_document_free(bl_document *doc)
{
    if (!doc)
        return;
    bl_arena_free(&doc->arena);
    bl_source_release(&doc->source);
    free(doc);
}

bl_span bl_document_span(const bl_document *doc, const bl_text *text, uint32_t from, uint32_t to)
{
    return bl_text_span(text, &doc->source, from, to);
}
