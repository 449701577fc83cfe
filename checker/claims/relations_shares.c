/* relations_shares.c - shares (占…的X%) and rates named after their part (整改率), with their whole
 * found in the sentence or, for what was found, earlier in the document. */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "relation_finder.h"
#include "utf8.h"

/* ------------------------------------------------------------------ 占…的X% */

static int nouns_match(const char *text, const bl_claim *c, const char *word, size_t wlen)
{
    if (c->noun_to <= c->noun_from || wlen == 0)
        return 0;
    const char *noun = text + c->noun_from;
    size_t nlen = c->noun_to - c->noun_from;
    for (size_t i = 0; i + wlen <= nlen; i++)
        if (memcmp(noun + i, word, wlen) == 0)
            return 1;
    for (size_t i = 0; i + nlen <= wlen; i++)
        if (memcmp(word + i, noun, nlen) == 0)
            return 1;
    return 0;
}

/* 全市24个国控断面中，水质优良断面22个，占97.1%: a share that names no whole (占 right before it) is
 * of the quantity the sentence set out from with …中 (in the same measure, before the part, no ；
 * between). Returns the whole's index or -1. */
static long whole_before_zhong(finder *f, uint32_t first, uint32_t part)
{
    bl_claim *claims = f->set->claims;
    const char *text = text_of(f, &claims[part]);
    for (uint32_t k = part; k-- > first;) {
        const bl_claim *c = &claims[k];
        if (!is_quantity(c) || !same_measure(c, &claims[part]))
            continue;
        uint32_t after = c->noun_to > c->to ? c->noun_to : c->to;
        long zhong = find_first(text, after, claims[part].from, "中，");
        if (zhong < 0 || (uint32_t)zhong > after + 30 || find_first(text, c->to, claims[part].from, "；") >= 0 ||
            find_first(text, c->to, claims[part].from, "。") >= 0 || c->value < claims[part].value)
            return -1;
        return (long)k;
    }
    return -1;
}

static long found_earlier(finder *f, uint32_t first, const bl_claim *part);

void relations_find_shares(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    for (uint32_t i = first; i < end; i++) {
        bl_claim *share = &claims[i];
        if (share->kind != BL_CLAIM_PERCENT)
            continue;
        const char *text = text_of(f, share);
        const bl_sentence *s = sentence_of(f, share);
        long at = find_last(text, s->from, share->from, "占");
        if (at < 0 || share->from - (uint32_t)at > 40)
            continue;
        /* the part: the last quantity before 占 in its clause (not across ；: …已整改５１个；护理型床位
         * 占比由４１．２％… has no part) */
        long part = -1;
        for (uint32_t k = first; k < i; k++)
            if (claims[k].to <= (uint32_t)at && is_quantity(&claims[k]))
                part = k;
        if (part < 0 || find_first(text, claims[part].to, (uint32_t)at, "；") >= 0 ||
            find_first(text, claims[part].to, (uint32_t)at, ";") >= 0)
            continue;
        /* the whole: named between 占 and 的 (总人口 → 人口), stated earlier in the paragraph */
        uint32_t wfrom = (uint32_t)at + BL_UTF8_BYTES("占"), wto = share->from;
        long de = find_last(text, wfrom, wto, "的");
        if (de >= 0)
            wto = (uint32_t)de;
        static const char *const prefixes[] = {"全部", "全市", "全省", "全县", "总", "全"};
        for (size_t p = 0; p < sizeof prefixes / sizeof *prefixes; p++) {
            size_t n = strlen(prefixes[p]);
            if (wto - wfrom > n && memcmp(text + wfrom, prefixes[p], n) == 0) {
                wfrom += (uint32_t)n;
                break;
            }
        }
        long whole = -1;
        for (uint32_t k = 0; k < (uint32_t)part; k++)
            if (claims[k].paragraph == share->paragraph && is_quantity(&claims[k]) &&
                nouns_match(text, &claims[k], text + wfrom, wto - wfrom))
                whole = k;
        if (whole < 0 && wto <= wfrom)
            whole = whole_before_zhong(f, first, (uint32_t)part);
        /* 整改问题金额…占应整改金额的８６.１％: what should be rectified is what was found earlier
         * (查出问题金额１２.６８亿元), when that is one figure */
        if (whole < 0 && wto > wfrom + BL_UTF8_BYTES("应") && memcmp(text + wfrom, "应", BL_UTF8_BYTES("应")) == 0)
            whole = found_earlier(f, first, &claims[part]);
        bl_relation *r = relation_add(f, BL_REL_SHARE, "占", share);
        member(r, "part", (uint32_t)part);
        if (whole >= 0)
            member(r, "whole", (uint32_t)whole);
        member(r, "share", i);
    }
}

/* ------------------------------------------------------------------ 整改率达X% */

/* X率(达|为|达到|是)?P%: the rate's name ends right before the percentage. Sets *stem to where the
 * two characters before 率 start (整改, 有效) and *name_end to the end of 率; returns 0 when the
 * percentage has no such name. */
static int rate_name(const char *text, uint32_t from, uint32_t percent_from, uint32_t *stem, uint32_t *name_end)
{
    static const char *const links[] = {"达到", "达", "为", "是", ""};
    for (size_t l = 0; l < sizeof links / sizeof *links; l++) {
        uint32_t len = (uint32_t)strlen(links[l]);
        if (percent_from < from + len + 3 * BL_UTF8_HAN_BYTES || memcmp(text + percent_from - len, links[l], len) != 0 ||
            memcmp(text + percent_from - len - BL_UTF8_BYTES("率"), "率", BL_UTF8_BYTES("率")) != 0)
            continue;
        *name_end = percent_from - len;
        size_t pos = *name_end - BL_UTF8_BYTES("率");
        for (int chars = 0; chars < 2; chars++)
            if (pos <= from || !bl_is_cjk(bl_utf8_prev(text, &pos)))
                return 0;
        *stem = (uint32_t)pos;
        return 1;
    }
    return 0;
}

/* The count of what was found, earlier in the document, that a rate's part in a later sentence is
 * a share of: 发现问题４８６个 … 已整改问题４４１个，整改率９０.７％. The one earlier count in the
 * part's unit whose noun comes right after a word of finding, or holds one (全年查出问题金额), and
 * ends with the part's noun's last two characters (问题, 金额); -1 when there is none or more than one. */
/* Whether claim k is already the part of a share (发现问题１８１个，占发现问题总数的３７.２％): a
 * subset of what was found, not all of it. */
static int part_of_a_share(const finder *f, uint32_t k)
{
    for (uint32_t r = 0; r < f->count; r++)
        for (uint32_t m = 0; f->items[r].kind == BL_REL_SHARE && m < f->items[r].member_count; m++)
            if (f->items[r].members[m].claim == k && strcmp(f->items[r].members[m].role, "part") == 0)
                return 1;
    return 0;
}

static long found_earlier(finder *f, uint32_t first, const bl_claim *part)
{
    static const char *const finding[] = {"发现", "查出", "查找", "排查", "梳理", "交办", "反馈", "收到"};
    const bl_claim *claims = f->set->claims;
    if (!part->unit || part->noun_to < part->noun_from + 6) /* a part without a unit has no whole of its unit */
        return -1;
    const char *part_text = f->doc->paragraphs[part->paragraph].text.s;
    const char *tail = part_text + part->noun_to - 6;
    long whole = -1;
    int candidates = 0;
    for (uint32_t k = 0; k < first; k++) {
        const bl_claim *c = &claims[k];
        const char *text = f->doc->paragraphs[c->paragraph].text.s;
        if (!is_quantity(c) || !c->unit || strcmp(c->unit, part->unit) != 0 || c->noun_to < c->noun_from + 6 ||
            memcmp(text + c->noun_to - 6, tail, 6) != 0 || part_of_a_share(f, k))
            continue;
        for (size_t w = 0; w < sizeof finding / sizeof *finding; w++)
            if ((c->noun_from >= 6 && memcmp(text + c->noun_from - 6, finding[w], 6) == 0) ||
                find_first(text, c->noun_from, c->noun_to - 6, finding[w]) >= 0) {
                whole = k;
                candidates++;
                break;
            }
    }
    return candidates == 1 ? whole : -1;
}

/* ６２个问题中已整改５１个，整改率达８２．３％ and 发放问卷１２００份，收回有效问卷１１５６份，有效率９６．３％:
 * the rate's stem names the part (within six characters before it), and the whole is the one
 * earlier quantity of the sentence in the same unit; with two candidates (发放…回收…有效) or none,
 * or a part larger than the whole, the rate is left unchecked. 完成率 is the completion relation's. */
void relations_find_rates(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    for (uint32_t i = first; i < end; i++) {
        bl_claim *rate = &claims[i];
        if (rate->kind != BL_CLAIM_PERCENT || rate->qualifier)
            continue;
        const char *text = text_of(f, rate);
        const bl_sentence *s = sentence_of(f, rate);
        uint32_t stem, name_end;
        if (!rate_name(text, s->from, rate->from, &stem, &name_end) || memcmp(text + stem, "完成", BL_UTF8_BYTES("完成")) == 0)
            continue;
        long part = -1;
        for (uint32_t k = i; k-- > first && part < 0;) {
            const bl_claim *c = &claims[k];
            uint32_t window = c->from >= s->from + 18 ? c->from - 18 : s->from;
            if (is_quantity(c) && c->unit && *c->unit && find_first_n(text, window, c->from, text + stem, 6) >= 0)
                part = k;
        }
        if (part < 0)
            continue;
        long whole = -1;
        int candidates = 0;
        for (uint32_t k = first; k < (uint32_t)part; k++)
            if (is_quantity(&claims[k]) && claims[k].unit && strcmp(claims[k].unit, claims[part].unit) == 0) {
                whole = k;
                candidates++;
            }
        if (candidates == 0) {
            whole = found_earlier(f, first, &claims[part]);
            candidates = whole >= 0;
        }
        if (candidates != 1 || claims[part].value > claims[whole].value) /* 覆盖１５０个社区 of １２０个: unclear */
            continue;
        /* 表示满意的３７１件，基本满意的１５件，满意率９６.１％: the earlier count names the rate's stem
         * too, so it is a sibling of the part, not the whole */
        if (find_first_n(text, clause_start(text, s->from, claims[whole].from), claims[whole].from, text + stem, 6) >= 0)
            continue;
        const char *name = bl_arena_strndup(f->arena, text + stem, name_end - stem);
        if (!name) {
            f->nomem = 1;
            return;
        }
        bl_relation *r = relation_add(f, BL_REL_SHARE, name, rate);
        member(r, "part", (uint32_t)part);
        member(r, "whole", (uint32_t)whole);
        member(r, "share", i);
    }
}
