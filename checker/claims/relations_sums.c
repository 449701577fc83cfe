/* relations_sums.c - shares (占…的X%), rates named after their part (整改率), and totals with their
 * parts (其中, exhaustive splits, a list and its sum after 共). */
#include <stdlib.h>
#include <string.h>

#include "numeral.h"
#include "relation_finder.h"
#include "utf8.h"

/* Whether two quantities count the same things, by their units: the same unit, a unit left out
 * (５０万，其中…１２万人), or two counters used for the same things (个/项/件/条, 人/名/位). 家 and
 * 张 are not: 养老机构１２０家，其中…床位１．６万张 are no part of one another. */
static int same_measure(const bl_claim *a, const bl_claim *b)
{
    if (!a->unit || !b->unit || !*a->unit || !*b->unit || strcmp(a->unit, b->unit) == 0)
        return 1;
    static const char *const classes[][4] = {{"个", "项", "件", "条"}, {"人", "名", "位", NULL}};
    for (size_t c = 0; c < sizeof classes / sizeof *classes; c++) {
        int has_a = 0, has_b = 0;
        for (size_t i = 0; i < 4 && classes[c][i]; i++) {
            has_a |= strcmp(a->unit, classes[c][i]) == 0;
            has_b |= strcmp(b->unit, classes[c][i]) == 0;
        }
        if (has_a && has_b)
            return 1;
    }
    return 0;
}

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
    if (part->noun_to < part->noun_from + 6)
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

/* ------------------------------------------------------------------ totals and parts */

/* Whether text[from, to) is the word that sums what came before: 共, 共计, 合计 or 总计, after a comma
 * or not. */
static int sum_word_between(const char *text, uint32_t from, uint32_t to)
{
    if (to - from >= BL_UTF8_BYTES("，") && memcmp(text + from, "，", BL_UTF8_BYTES("，")) == 0)
        from += BL_UTF8_BYTES("，");
    else if (to > from && text[from] == ',')
        from++;
    static const char *const words[] = {"共", "共计", "合计", "总计"};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (to - from == strlen(words[w]) && memcmp(text + from, words[w], to - from) == 0)
            return 1;
    return 0;
}

/* Whether b follows a in a list joined by 、: 中心２０个、幸福院４５个 (the words after 、 name b). */
static int list_joined(const char *text, const bl_claim *a, const bl_claim *b)
{
    uint32_t after = a->to + BL_UTF8_BYTES("、");
    return b->from >= after && memcmp(text + a->to, "、", BL_UTF8_BYTES("、")) == 0 && all_han(text, after, b->from);
}

/* What may stand between a total and its first part: nothing (３个问题２项已整改), or 已 and a verb of
 * at most four characters, without punctuation (２８项问题已整改完成２２项). */
static int done_verb_between(const char *text, uint32_t from, uint32_t to)
{
    if (from == to)
        return 1;
    return to - from <= 15 && memcmp(text + from, "已", BL_UTF8_BYTES("已")) == 0 && all_han(text, from, to);
}

/* 年末全国人口１４０８２８万人，比上年末减少１３９万人，其中城镇常住人口９４３５０万人: the total of 其中 is
 * the last level stated before it in the same clause group (not across ；, not a change), and its parts
 * are the quantities of the same kind and measure after it, up to the next ； or 其中 or the end of the
 * sentence, leaving out changes (其中私人汽车３０９８９万辆，增加１５６２万辆). */
/* Whether the clause from `clause` to the figure at pos states a basis for a calculation rather
 * than a part: 按户籍人口…, 以上年末…为基数, 据抽样…. */
static int states_basis(const char *text, uint32_t clause, uint32_t pos)
{
    static const char *const leads[] = {"按", "以", "据", "若按", "如按"};
    for (size_t l = 0; l < sizeof leads / sizeof *leads; l++)
        if (pos >= clause + strlen(leads[l]) && memcmp(text + clause, leads[l], strlen(leads[l])) == 0)
            return 1;
    return 0;
}

/* Where the words naming the figure at pos begin: after the last ，、：；, or 其中 in text[from, pos). */
static uint32_t label_start(const char *text, uint32_t from, uint32_t pos)
{
    static const char *const marks[] = {"，", "、", "：", "；", "其中"};
    return after_last_mark(text, from, pos, marks, sizeof marks / sizeof *marks);
}

/* Whether two parts are the two halves of one whole: their nouns begin with the two words of a
 * complementary pair and go on alike (城市低保对象、农村低保对象; 城镇人口，乡村人口; 违规金额、管理
 * 不规范金额, the two kinds of problem amount of an audit). */
static int complementary(const char *text, uint32_t from, const bl_claim *a, const bl_claim *b)
{
    static const char *const pairs[][2] = {{"城市", "农村"}, {"城镇", "农村"}, {"城镇", "乡村"}, {"男性", "女性"},
                                           {"男", "女"}, {"境内", "境外"}, {"线上", "线下"}, {"公办", "民办"},
                                           {"违规", "管理不规范"}};
    uint32_t a_from = label_start(text, from, a->from), b_from = label_start(text, a->to, b->from);
    const char *na = text + a_from, *nb = text + b_from;
    size_t la = a->from - a_from, lb = b->from - b_from;
    if (!la || !lb)
        return 0;
    for (size_t p = 0; p < sizeof pairs / sizeof *pairs; p++)
        for (int order = 0; order < 2; order++) {
            const char *x = pairs[p][order], *y = pairs[p][1 - order];
            size_t lx = strlen(x), ly = strlen(y);
            if (la >= lx && lb >= ly && memcmp(na, x, lx) == 0 && memcmp(nb, y, ly) == 0 && la - lx == lb - ly &&
                memcmp(na + lx, nb + ly, la - lx) == 0)
                return 1;
        }
    return 0;
}

static void find_breakdown(finder *f, uint32_t first, uint32_t end, uint32_t at)
{
    bl_claim *claims = f->set->claims;
    const char *text = text_of(f, &claims[first]);
    const bl_sentence *s = sentence_of(f, &claims[first]);
    long total = -1;
    for (uint32_t k = first; k < end; k++)
        if (claims[k].to <= at && is_quantity(&claims[k]) && !states_change(text, s->from, &claims[k]) &&
            !in_brackets(text, s->from, claims[k].from))
            total = k;
    if (total < 0 || find_first(text, claims[total].to, at, "；") >= 0 || find_first(text, claims[total].to, at, ";") >= 0)
        return;
    uint32_t total_clause = clause_start(text, s->from, claims[total].from);
    if (find_first(text, total_clause, claims[total].from, "每") >= 0 ||
        find_first(text, total_clause, claims[total].from, "人均") >= 0)
        return; /* 抽检量超每千人６.６批次，其中…５万批次: a rate, not a total */
    uint32_t stop = s->to;
    static const char *const ends[] = {"；", ";", "其中"};
    for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
        long next = find_first(text, at + 6, s->to, ends[e]);
        if (next >= 0 && (uint32_t)next < stop)
            stop = (uint32_t)next;
    }
    bl_relation *r = NULL;
    for (uint32_t k = (uint32_t)total + 1; k < end; k++) {
        bl_claim *c = &claims[k];
        if (c->from >= at && c->from < stop && states_basis(text, clause_start(text, s->from, c->from), c->from))
            break; /* 其中职工…、居民…，按户籍人口５００.３万人计算，参保率…: the basis of a rate ends the parts */
        if (c->from < at || c->from >= stop || c->kind != claims[total].kind || !same_measure(c, &claims[total]) ||
            states_change(text, s->from, c) || in_brackets(text, at, c->from) ||
            ((!c->unit || !*c->unit) && claims[total].unit && *claims[total].unit)) /* a bare number: no part */
            continue;
        if (!r) {
            r = relation_add(f, BL_REL_TOTAL, "其中", &claims[total]);
            member(r, "total", (uint32_t)total);
        }
        member(r, "part", k);
    }
    /* two parts that are the halves of the whole add up to it: 其中城镇人口…，乡村人口… */
    if (r && r->member_count == 3 &&
        complementary(text, at, &claims[r->members[1].claim], &claims[r->members[2].claim]))
        r->exhaustive = 1;
}

/* 从内容看，／按经营地分，／分门类看，: a sentence that breaks a total down by one dimension. Returns
 * where its parts begin (after the lead's comma), or 0. */
static uint32_t dimension_lead(const char *text, const bl_sentence *s)
{
    static const char *const starts[] = {"从", "按", "分"};
    static const char *const ends[] = {"看，", "分，", "划分，"};
    for (size_t a = 0; a < sizeof starts / sizeof *starts; a++) {
        if (s->to - s->from < 9 || memcmp(text + s->from, starts[a], 3) != 0)
            continue;
        uint32_t window = s->from + 30 < s->to ? s->from + 30 : s->to;
        for (size_t b = 0; b < sizeof ends / sizeof *ends; b++) {
            long at = find_first(text, s->from + 3, window, ends[b]);
            if (at >= 0 && all_han(text, s->from, (size_t)at))
                return (uint32_t)at + (uint32_t)strlen(ends[b]);
        }
    }
    return 0;
}

/* Dimensions whose classes overlap (国有控股 and 股份制 企业): their parts do not add up to the total. */
static int overlapping_dimension(const char *text, uint32_t from, uint32_t to)
{
    static const char *const words[] = {"经济类型", "所有制", "登记注册", "企业类型", "控股"};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (find_first(text, from, to, words[w]) >= 0)
            return 1;
    return 0;
}

/* A lead that names only some classes (从主要税种看, 重点行业) or figures that are averages (人均,
 * 平均): the parts are not meant to add up. */
static int partial_or_average(const char *text, uint32_t from, uint32_t to)
{
    static const char *const words[] = {"主要", "重点", "部分", "人均", "平均", "每"};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (find_first(text, from, to, words[w]) >= 0)
            return 1;
    return 0;
}

static int is_breakdown_sentence(const char *text, const bl_sentence *s)
{
    return dimension_lead(text, s) || (s->to - s->from >= 6 && memcmp(text + s->from, "其中", BL_UTF8_BYTES("其中")) == 0);
}

/* The total a dimension breakdown divides: the one level of the same kind and measure in the nearest
 * earlier sentence of the paragraph that is not itself a breakdown; -1 when there is none or more
 * than one. */
static long total_before(finder *f, uint32_t first, const bl_claim *part)
{
    bl_claim *claims = f->set->claims;
    const bl_paragraph *para = &f->doc->paragraphs[part->paragraph];
    const char *text = para->text.s;
    for (uint32_t si = part->sentence; si-- > 0;) {
        const bl_sentence *s = &para->sentences[si];
        if (is_breakdown_sentence(text, s))
            continue;
        long total = -1;
        int candidates = 0;
        for (uint32_t k = first; k-- > 0 && claims[k].paragraph == part->paragraph && claims[k].sentence >= si;) {
            const bl_claim *c = &claims[k];
            long qizhong = find_first(text, s->from, c->from, "其中");
            if (c->sentence == si && c->kind == part->kind && same_measure(c, part) && c->unit && *c->unit &&
                !states_change(text, s->from, c) && !in_brackets(text, s->from, c->from) &&
                (qizhong < 0 || find_first(text, (uint32_t)qizhong, c->from, "；") >= 0)) {
                /* not a part after 其中 (共查办案件１２４７件，其中移送２３件；…: 1247 is the total) */
                total = k;
                candidates++;
            }
        }
        return candidates == 1 ? total : -1;
    }
    return -1;
}

/* The measure a claim's noun ends in, as its last three characters without 总 (零售总额 → 零售额,
 * 营业收入 → 业收入), written to key; 0 when the noun does not end in a measure (额 值 量 入 出). */
static int measure_key(const char *text, const bl_claim *c, char key[10])
{
    static const char *const measure_ends[] = {"额", "值", "量", "入", "出"};
    if (c->noun_to < c->noun_from + 9)
        return 0;
    int measured = 0;
    for (size_t m = 0; m < sizeof measure_ends / sizeof *measure_ends; m++)
        measured |= memcmp(text + c->noun_to - 3, measure_ends[m], 3) == 0;
    if (!measured)
        return 0;
    const char *last3 = text + c->noun_to - 9;
    if (memcmp(last3 + 3, "总", 3) == 0 && c->noun_to >= c->noun_from + 12) {
        memcpy(key, last3 - 3, 6); /* 零售总额: 零售 + 额 */
        memcpy(key + 6, last3 + 6, 3);
    } else
        memcpy(key, last3, 9);
    key[9] = '\0';
    return 1;
}

/* Whether a part measures what its total measures: 零售额 of a 零售总额, 营业收入 of 营业收入, 增加值
 * of a 生产总值; not a 商品销售额 of a 零售总额. Parts or totals without a measure word agree. */
static int same_measure_word(const char *text, const bl_claim *total, const bl_claim *part)
{
    char t[10], p[10];
    if (!measure_key(text, total, t) || !measure_key(text, part, p) || strcmp(t, p) == 0)
        return 1;
    return strcmp(t, "生产值") == 0 && strcmp(p, "增加值") == 0;
}

/* Whether a breakdown is complete: its last part is the rest (其他案件１６３件), or the lead says how
 * many parts there are (从四大行业看) and there are as many. Otherwise it may list the main parts only
 * (分行业看 in a statistical communiqué), and only a sum above the total is certain to be wrong. */
static int closed_breakdown(const char *text, uint32_t lead_end, const bl_sentence *s, const bl_claim *last, uint32_t n)
{
    static const char *const rest[] = {"其他", "其它", "其余"};
    uint32_t clause = clause_start(text, s->from, last->from);
    for (size_t w = 0; w < sizeof rest / sizeof *rest; w++)
        if (find_first(text, clause, last->from, rest[w]) >= 0)
            return 1;
    for (size_t p = s->from; p < lead_end;) {
        int64_t value;
        uint32_t read = bl_chinese_integer(text + p, lead_end - (uint32_t)p, &value);
        if (read && value == (int64_t)n)
            return 1;
        if (read)
            p += read;
        else
            bl_utf8_next(text, lead_end, &p);
    }
    return 0;
}

/* 代表共提出建议３８６件。从内容看，经济发展方面９２件，城乡建设方面１０８件……: the parts of one
 * dimension add up to the total stated before them. */
static void find_dimension_breakdown(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    const char *text = text_of(f, &claims[first]);
    const bl_sentence *s = sentence_of(f, &claims[first]);
    uint32_t lead_end = dimension_lead(text, s);
    if (!lead_end || overlapping_dimension(text, s->from, s->to) || partial_or_average(text, s->from, s->to))
        return;
    uint32_t parts[BL_RELATION_MAX_MEMBERS], n = 0;
    for (uint32_t k = first; k < end && n < BL_RELATION_MAX_MEMBERS - 1; k++) {
        const bl_claim *c = &claims[k];
        if (c->from < lead_end || !is_quantity(c) || !c->unit || !*c->unit || states_change(text, s->from, c) ||
            in_brackets(text, s->from, c->from))
            continue;
        long semi = find_last(text, s->from, c->from, "；");
        if (find_first(text, semi >= 0 ? (uint32_t)semi : s->from, c->from, "其中") >= 0)
            continue; /* 第二产业投资７０８.８亿元，其中工业投资７０８.８亿元: a part of a part */
        if (n > 0 && (c->kind != claims[parts[0]].kind || !same_measure(c, &claims[parts[0]])))
            return; /* parts of more than one measure: not one breakdown */
        parts[n++] = k;
    }
    if (n < 2)
        return;
    long total = total_before(f, first, &claims[parts[0]]);
    if (total < 0)
        return;
    const bl_paragraph *para = &f->doc->paragraphs[claims[total].paragraph];
    const bl_sentence *ts = &para->sentences[claims[total].sentence];
    if (partial_or_average(text, ts->from, claims[total].from))
        return; /* 全国居民人均可支配收入: an average, not a sum of its classes */
    for (uint32_t j = 0; j < n; j++)
        if (!same_measure_word(text, &claims[total], &claims[parts[j]]))
            return; /* 社会消费品零售总额…批发业商品销售额…: other measures, not its parts */
    bl_relation *r = relation_add(f, BL_REL_TOTAL, "从…看", &claims[total]);
    if (r)
        r->exhaustive = closed_breakdown(text, lead_end, s, &claims[parts[n - 1]], n);
    member(r, "total", (uint32_t)total);
    for (uint32_t j = 0; j < n; j++)
        member(r, "part", parts[j]);
}

void relations_find_totals(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    const char *text = text_of(f, &claims[first]);
    const bl_sentence *s = sentence_of(f, &claims[first]);
    /* 其中: the quantity before it is a total, the same kind of quantity after it are parts */
    long at = find_first(text, s->from, s->to, "其中");
    if (at >= 0)
        find_breakdown(f, first, end, (uint32_t)at);
    find_dimension_breakdown(f, first, end);
    /* 中心２０个、幸福院４５个、敬老院１８个，共８３个点位: a list joined by 、 and the sum after 共 */
    for (uint32_t k = first + 2; k < end; k++) {
        const bl_claim *t = &claims[k];
        if (t->kind != BL_CLAIM_COUNT || !t->unit || !*t->unit || !sum_word_between(text, claims[k - 1].to, t->from))
            continue;
        uint32_t from = k - 1;
        while (from > first && list_joined(text, &claims[from - 1], &claims[from]))
            from--;
        int same_unit = 1;
        for (uint32_t j = from; j < k; j++)
            same_unit &= claims[j].kind == BL_CLAIM_COUNT && claims[j].unit && strcmp(claims[j].unit, t->unit) == 0;
        if (k - from < 2 || !same_unit)
            continue;
        bl_relation *r = relation_add(f, BL_REL_TOTAL, "共", t);
        if (r)
            r->exhaustive = 1;
        member(r, "total", k);
        for (uint32_t j = from; j < k; j++)
            member(r, "part", j);
    }
    /* ３个问题２项已整改到位；１项正在推进 (or ２８项问题已整改完成２２项，６项正在推进): a count split
     * into parts that must add up to it */
    for (uint32_t k = first; k + 1 < end; k++) {
        bl_claim *t = &claims[k], *p1 = &claims[k + 1];
        uint32_t after = t->noun_to > t->to ? t->noun_to : t->to;
        if (t->kind != BL_CLAIM_COUNT || p1->kind != BL_CLAIM_COUNT || !p1->unit || t->noun_to <= t->noun_from ||
            p1->from < after || !done_verb_between(text, after, p1->from) || !same_measure(t, p1))
            continue;
        uint32_t parts[BL_RELATION_MAX_MEMBERS], n = 0;
        parts[n++] = k + 1;
        for (uint32_t j = k + 2; j < end && n < BL_RELATION_MAX_MEMBERS - 1; j++) {
            bl_claim *c = &claims[j];
            if (c->kind != BL_CLAIM_COUNT || !c->unit || strcmp(c->unit, p1->unit) != 0)
                break;
            size_t pos = c->from;
            uint32_t before = pos ? bl_utf8_prev(text, &pos) : 0;
            if (before != ';' && before != 0xFF1B && before != ',' && before != 0xFF0C)
                break;
            parts[n++] = j;
        }
        if (n < 2)
            continue;
        bl_relation *r = relation_add(f, BL_REL_TOTAL, "分项", t);
        if (r)
            r->exhaustive = 1;
        member(r, "total", k);
        for (uint32_t j = 0; j < n; j++)
            member(r, "part", parts[j]);
        k = parts[n - 1];
    }
}
