/* relations_named.c - named counts (“七个清单”, “四个一”, 等８家) and the items they announce. */
#include <stdlib.h>
#include <string.h>

#include "numeral.h"
#include "relation_finder.h"
#include "utf8.h"

/* ------------------------------------------------------------------ named counts */

/* Whether text[p] ends an item of a list: 、，；。 or the end of the sentence. */
static int ends_item(const char *text, uint32_t p, uint32_t to)
{
    if (p >= to)
        return 1;
    static const char *const marks[] = {"、", "，", "；", "。", "：", "等", "和", "及", "与", ",", ";"};
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++)
        if (p + strlen(marks[m]) <= to && memcmp(text + p, marks[m], strlen(marks[m])) == 0)
            return 1;
    return 0;
}

/* Whether text[p] is inside a quotation or a title that opens after `from` (“五个专项治理”, 《…工作方案》). */
static int quoted(const char *text, uint32_t from, uint32_t p)
{
    static const char *const pairs[][2] = {{"“", "”"}, {"《", "》"}};
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        long open = find_last(text, from, p, pairs[i][0]), close = find_last(text, from, p, pairs[i][1]);
        if (open >= 0 && open > close)
            return 1;
    }
    return 0;
}

/* Counts word in text[from, to) outside [skip_from, skip_to), adding each as an item of r; with
 * whole_items, only where the word ends its item (清单、 but not 清单化). */
static uint32_t count_occurrences(const char *text, uint32_t from, uint32_t to, const char *word, size_t wlen,
                                  uint32_t skip_from, uint32_t skip_to, bl_relation *r, int whole_items)
{
    uint32_t n = 0;
    for (uint32_t p = from; p + wlen <= to; p++) {
        if (p >= skip_from && p < skip_to)
            continue;
        if (memcmp(text + p, word, wlen) == 0 && (!whole_items || ends_item(text, p + (uint32_t)wlen, to)) &&
            !quoted(text, from, p)) {
            n++;
            item(r, p, p + (uint32_t)wlen);
            p += (uint32_t)wlen - 1;
        }
    }
    return n;
}

/* Where the first name of a list starts in text[from, to): after the words that introduce the list
 * (将其中３９８件提案交由市发展改革委 → 市发展改革委); from when there are none. */
static uint32_t after_intro(const char *text, uint32_t from, uint32_t to)
{
    static const char *const intros[] = {"交由", "会同", "邀请", "组织", "包括", "联合", "由", "向"};
    uint32_t start = after_last_mark(text, from, to, intros, sizeof intros / sizeof *intros);
    return start < to ? start : from;
}

/* Splits text[from, end) at 、 into names, each an item of r: 0 when one is too long to be a name (at
 * most 10 characters; the first at most first_limit, after the words that introduce the list). */
static uint32_t split_names(const char *text, uint32_t from, uint32_t end, uint32_t first_limit, bl_relation *r)
{
    uint32_t n = 0, item_from = from;
    for (size_t p = from; p <= end;) {
        size_t here = p;
        uint32_t cp = p < end ? bl_utf8_next(text, end, &p) : 0;
        if (cp == 0x3001 || here == end) {
            if (n == 0)
                item_from = after_intro(text, item_from, (uint32_t)here);
            if (here > item_from) {
                if (bl_utf8_count(text + item_from, (uint32_t)here - item_from) > (n == 0 ? first_limit : 10u))
                    return 0;
                n++;
                item(r, item_from, (uint32_t)here);
            }
            item_from = (uint32_t)p;
            if (here == end)
                break;
        }
    }
    return n;
}

/* Whether the items of a list before a quote are names of its members: none closed by 等 or holding
 * a quotation of its own, the last not a verb whose object the quote is (各部门全面推行“三项制度”). */
static int plain_names(const char *text, const bl_relation *r)
{
    static const char *const verbs[] = {"推行", "实现", "推进", "开展", "落实", "做到", "坚持", "深化", "打好",
                                        "打赢", "贯彻", "践行", "树立", "增强", "坚定", "推动", "实施", "启动",
                                        "部署", "形成", "构建", "完善", "健全", "达到", "取得", "持续推进"};
    for (uint32_t i = 0; i < r->item_count; i++) {
        uint32_t from = r->items[i].from, to = r->items[i].to;
        if (find_first(text, from, to, "“") >= 0 || find_first(text, from, to, "”") >= 0)
            return 0;
        if (to - from >= BL_UTF8_BYTES("等") && memcmp(text + to - BL_UTF8_BYTES("等"), "等", BL_UTF8_BYTES("等")) == 0)
            return 0;
    }
    uint32_t from = r->items[r->item_count - 1].from, to = r->items[r->item_count - 1].to;
    for (size_t v = 0; v < sizeof verbs / sizeof *verbs; v++) {
        uint32_t len = (uint32_t)strlen(verbs[v]);
        if (to - from > len && memcmp(text + to - len, verbs[v], len) == 0)
            return 0;
    }
    return 1;
}

/* The items of a list written with 、 that ends at `end` (back to the clause start). */
static uint32_t list_before(const char *text, uint32_t start, uint32_t end, bl_relation *r)
{
    uint32_t clause = start;
    for (size_t p = start; p < end;) {
        uint32_t cp = bl_utf8_next(text, end, &p);
        if (cp == ',' || cp == 0xFF0C || cp == ';' || cp == 0xFF1B || cp == ':' || cp == 0xFF1A ||
            cp == 0x3002 || cp == '.')
            clause = (uint32_t)p;
    }
    return split_names(text, clause, end, 16, r);
}

/* The items of a list written with 、 that the words ，即 or ： introduce at `from`, up to the next
 * ，；。: 0 when there is no such list or an item is too long to be a name. */
static uint32_t list_after(const char *text, uint32_t from, uint32_t to, bl_relation *r)
{
    static const char *const leads[] = {"，即", "：", "即"};
    size_t lead = 0;
    for (size_t l = 0; l < sizeof leads / sizeof *leads && !lead; l++)
        if (from + strlen(leads[l]) <= to && memcmp(text + from, leads[l], strlen(leads[l])) == 0)
            lead = strlen(leads[l]);
    if (!lead)
        return 0;
    uint32_t start = from + (uint32_t)lead, end = to;
    static const char *const marks[] = {"，", "；", "。", ",", ";"};
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
        long at = find_first(text, start, to, marks[m]);
        if (at >= 0 && (uint32_t)at < end)
            end = (uint32_t)at;
    }
    uint32_t n = split_names(text, start, end, 10, r);
    return n >= 2 ? n : 0;
}

/* Whether text[from, to) holds a mark that ends a clause (，；。：). */
static int crosses_clause(const char *text, uint32_t from, uint32_t to)
{
    static const char *const marks[] = {"，", "；", "。", "：", ",", ";"};
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++)
        if (find_first(text, from, to, marks[m]) >= 0)
            return 1;
    return 0;
}

/* Whether the items found before the quote are a list that names it: the last a few characters
 * before the quote in its clause, not closed by 等 (学习清单、…、评价清单相衔接的“七个清单”). */
static int names_the_quote(const char *text, const bl_relation *r, uint32_t quote_from)
{
    if (r->item_count < 2)
        return 0;
    uint32_t last_to = r->items[r->item_count - 1].to;
    if (last_to > quote_from || quote_from - last_to > 6 * 3 || crosses_clause(text, last_to, quote_from))
        return 0;
    return find_first(text, last_to, quote_from, "等") < 0;
}

/* Whether the words right after the quote announce its items: ，即 ：（ —— 包括 分别是 */
static int announces_items(const char *text, uint32_t at, uint32_t to)
{
    static const char *const leads[] = {"，即", ",即", "：", ":", "即", "（", "(", "——", "，包括", "，分别是",
                                        "，具体是", "，就是"};
    for (size_t l = 0; l < sizeof leads / sizeof *leads; l++)
        if (at + strlen(leads[l]) <= to && memcmp(text + at, leads[l], strlen(leads[l])) == 0)
            return 1;
    return 0;
}

/* The items named by the key word of “七个清单” in the sentence s: 学习清单、内容清单…“七个清单” (before
 * the quote), or else after it; not for “四个一”, whose key is a numeral found everywhere. */
static uint32_t key_word_items(const char *text, const bl_sentence *s, const bl_claim *c, uint32_t key_from,
                               uint32_t key_to, uint32_t quote_from, uint32_t quote_to, bl_relation *r)
{
    size_t key_len = key_to - key_from, first_char = key_from;
    uint32_t key_chars = bl_utf8_count(text + key_from, (uint32_t)key_len);
    if (!key_len || (key_chars == 1 && bl_is_chinese_numeral_char(bl_utf8_next(text, key_to, &first_char))))
        return 0;
    const char *key = text + key_from;
    uint32_t n = count_occurrences(text, s->from, quote_from, key, key_len, quote_from, quote_to, r, 0);
    if (n >= 2 && names_the_quote(text, r, quote_from))
        return n;
    r->item_count = 0;
    /* after the quote only when the words after it announce its items: 全面推行“三项制度”…制度… lists nothing */
    if (!announces_items(text, quote_to, s->to))
        return 0;
    n = count_occurrences(text, quote_to, s->to, key, key_len, quote_from, quote_to, r, 0);
    if ((int64_t)n * BL_SCALE == c->value)
        return n;
    /* “三个清单”，即A清单、B清单、C清单，实行清单化管理: counted as words standing at the end of their
     * item (before 、，；。), the list may be what the count says */
    r->item_count = 0;
    uint32_t words = count_occurrences(text, quote_to, s->to, key, key_len, quote_from, quote_to, r, 1);
    if ((int64_t)words * BL_SCALE == c->value)
        return words;
    r->item_count = 0;
    return count_occurrences(text, quote_to, s->to, key, key_len, quote_from, quote_to, r, 0);
}

/* An enumeration 一是…四是 after the claim in its paragraph: “四个一”. Its items, or 0. */
static uint32_t enumeration_items(const bl_document *doc, const bl_claim *c, uint32_t quote_to, bl_relation *r)
{
    const char *text = doc->paragraphs[c->paragraph].text.s;
    for (uint32_t e = 0; e < doc->enumeration_count; e++) {
        const bl_enumeration *en = &doc->enumerations[e];
        const bl_enum_item *it = &doc->items[en->first_item];
        if (it->paragraph != c->paragraph || it->from <= c->to || it->value != 1)
            continue;
        /* the enumeration follows the name closely, in its sentence (“四个一”工作法：一是…), with no
         * other name between */
        if (it->from < quote_to || it->from - quote_to > 30 * 3 || find_first(text, quote_to, it->from, "“") >= 0 ||
            find_first(text, quote_to, it->from, "。") >= 0)
            return 0;
        /* item positions are bytes of the claim's paragraph: an enumeration that runs on into later
         * paragraphs cannot be listed here, so it is left unchecked */
        uint32_t same_paragraph = 0;
        while (same_paragraph < en->item_count && it[same_paragraph].paragraph == c->paragraph)
            same_paragraph++;
        if (same_paragraph < en->item_count)
            return 0;
        for (uint32_t j = 0; j < en->item_count; j++)
            item(r, it[j].from, it[j].to);
        return en->item_count;
    }
    return 0;
}

void relations_find_named_counts(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    const bl_document *doc = f->doc;
    for (uint32_t k = first; k < end; k++) {
        bl_claim *c = &claims[k];
        if (c->kind != BL_CLAIM_COUNT)
            continue;
        const bl_paragraph *para = &doc->paragraphs[c->paragraph];
        const char *text = para->text.s;
        const bl_sentence *s = sentence_of(f, c);
        size_t before = c->from;
        uint32_t open = before ? bl_utf8_prev(text, &before) : 0;
        if (c->from >= BL_UTF8_BYTES("等") && memcmp(text + c->from - BL_UTF8_BYTES("等"), "等", BL_UTF8_BYTES("等")) == 0) {
            /* 市发改委、民政局、财政局等８家市直部门 */
            bl_relation r0 = {0};
            uint32_t n = list_before(text, s->from, c->from - BL_UTF8_BYTES("等"), &r0);
            if (n >= 2) {
                bl_relation *r = relation_add(f, BL_REL_NAMED_COUNT, "等", c);
                if (r) {
                    uint32_t items = r0.item_count;
                    memcpy(r->items, r0.items, sizeof r0.items);
                    r->item_count = items;
                    r->open_list = 1;
                }
                member(r, "count", k);
            }
            continue;
        }
        size_t first_char = c->from;
        if (open != 0x201C || !bl_is_chinese_numeral_char(bl_utf8_next(text, c->to, &first_char)))
            continue; /* “七个清单”; not “1262”, “1+1+9” or “4·11”, which are codes and dates */
        long close = find_first(text, c->to, para->text.len < c->to + 30 ? para->text.len : c->to + 30, "”");
        if (close < 0)
            continue;
        uint32_t key_from = c->to, key_to = (uint32_t)close;
        bl_relation *r = relation_add(f, BL_REL_NAMED_COUNT, "“”", c);
        if (!r)
            return;
        member(r, "count", k);
        uint32_t quote_from = (uint32_t)before, quote_to = (uint32_t)close + BL_UTF8_BYTES("”");
        uint32_t n = key_word_items(text, s, c, key_from, key_to, quote_from, quote_to, r);
        if (n < 2) {
            r->item_count = 0;
            n = enumeration_items(doc, c, quote_to, r);
        }
        if (n < 2) {
            r->item_count = 0;
            /* a list written with 、 right before the quote: 设施建设、运营服务…“五大政策体系” */
            uint32_t gap_end = quote_from;
            while (gap_end > s->from && (text[gap_end - 1] == ' '))
                gap_end--;
            n = list_before(text, s->from, gap_end, r);
            if (n < 2 || !plain_names(text, r))
                r->item_count = 0, n = 0;
        }
        if (n < 2) {
            r->item_count = 0;
            /* a list written with 、 right after the quote: “四项管理”，即作业、睡眠、手机、读物、体质管理 */
            n = list_after(text, quote_to, s->to, r);
            if (n < 2)
                r->item_count = 0;
        }
        if (r->item_count < 2)
            f->count--; /* nothing listed next to it: no relation to check */
    }
}
