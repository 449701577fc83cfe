/* relations_among.c - a share stated as the breadth of a group: 全市1856家企业中，有1213家增加值实现
 * 增长，增长面为65.4% (the count before 中 is the whole, the count after 有 the part). */
#include <string.h>

#include "arena.h"
#include "relation_finder.h"
#include "utf8.h"

/* Whether text[from, to) is the name of a rate of breadth and its verb, the figure at `to`:
 * 增长面为, 亏损面达到; sets *name_end after 面. */
static int breadth_rate(const char *text, uint32_t from, uint32_t to, uint32_t *name_end)
{
    static const char *const verbs[] = {"面为", "面达到", "面达"};
    for (size_t n = 0; n < sizeof verbs / sizeof *verbs; n++) {
        long at = find_last(text, from, to, verbs[n]);
        if (at >= 0 && (uint32_t)at + (uint32_t)strlen(verbs[n]) == to && (uint32_t)at > from &&
            bl_utf8_count(text + from, (uint32_t)at - from) <= 4 && all_han(text, from, (size_t)at)) {
            *name_end = (uint32_t)at + BL_UTF8_BYTES("面");
            return 1;
        }
    }
    return 0;
}

void relations_find_breadth(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    const char *text = text_of(f, &claims[first]);
    for (uint32_t w = first; w + 2 < end; w++) {
        bl_claim *whole = &claims[w], *part = &claims[w + 1], *rate = &claims[w + 2];
        if (whole->kind != BL_CLAIM_COUNT || part->kind != BL_CLAIM_COUNT || rate->kind != BL_CLAIM_PERCENT ||
            !whole->unit || !part->unit || strcmp(whole->unit, part->unit) != 0 || rate->qualifier)
            continue;
        /* the whole's noun, then 中，有 (or 中有) right before the part: 1856家规模以上工业企业中，有 */
        long zhong = find_last(text, whole->to, part->from, "中");
        if (zhong < 0 || (uint32_t)zhong - whole->to > 12 * 3 || !all_han(text, whole->to, (size_t)zhong))
            continue;
        uint32_t p = (uint32_t)zhong + BL_UTF8_BYTES("中");
        if (p + BL_UTF8_BYTES("，") <= part->from && memcmp(text + p, "，", BL_UTF8_BYTES("，")) == 0)
            p += BL_UTF8_BYTES("，");
        if (p + BL_UTF8_BYTES("有") != part->from || memcmp(text + p, "有", BL_UTF8_BYTES("有")) != 0)
            continue;
        /* the rate in the clause right after the part's: ，增长面为６５.４％ */
        uint32_t rate_clause = clause_start(text, part->to, rate->from), name_end;
        if (rate_clause == part->to || clause_start(text, part->to, rate_clause - 1) != part->to ||
            !breadth_rate(text, rate_clause, rate->from, &name_end))
            continue;
        const char *name = bl_arena_strndup(f->arena, text + rate_clause, name_end - rate_clause);
        if (!name) {
            f->nomem = 1;
            return;
        }
        bl_relation *r = relation_add(f, BL_REL_SHARE, name, rate);
        member(r, "part", w + 1);
        member(r, "whole", w);
        member(r, "share", w + 2);
        w += 2;
    }
}
