/* relations_sums.c - totals with their parts (其中, breakdowns by one dimension, exhaustive splits, a
 * list and its sum after 共). Shares and rates are in relations_shares.c. */
#include <stdlib.h>
#include <string.h>

#include "numeral.h"
#include "relation_finder.h"
#include "utf8.h"
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
