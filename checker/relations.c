/* relations.c - how the claims of a sentence relate: totals and parts, shares, completion,
 * changes and named counts. Each relation lists its member claims, so no rule re-reads text. */
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "claims.h"
#include "numeral.h"
#include "utf8.h"

typedef struct finder {
    const bl_document *doc;
    bl_arena *arena;      /* the document's: cues cut from the text (整改率) */
    bl_claim_set *set;
    bl_relation *items;
    uint32_t count, cap;
    int nomem;
} finder;

static const char *text_of(const finder *f, const bl_claim *c)
{
    return f->doc->paragraphs[c->paragraph].text.s;
}

static bl_relation *add(finder *f, bl_relation_kind kind, const char *cue, const bl_claim *anchor)
{
    if (f->count == f->cap) {
        uint32_t cap = f->cap ? f->cap * 2 : 32;
        bl_relation *grown = realloc(f->items, cap * sizeof *grown);
        if (!grown) {
            f->nomem = 1;
            return NULL;
        }
        f->items = grown;
        f->cap = cap;
    }
    bl_relation *r = &f->items[f->count++];
    memset(r, 0, sizeof *r);
    r->kind = kind;
    r->cue = cue;
    r->paragraph = anchor->paragraph;
    r->sentence = anchor->sentence;
    return r;
}

static void member(bl_relation *r, const char *role, uint32_t claim)
{
    if (r && r->member_count < BL_RELATION_MAX_MEMBERS)
        r->members[r->member_count++] = (bl_relation_member){role, claim};
}

static void item(bl_relation *r, uint32_t from, uint32_t to)
{
    if (r && r->item_count < BL_RELATION_MAX_ITEMS) {
        r->items[r->item_count].from = from;
        r->items[r->item_count].to = to;
        r->item_count++;
    }
}

static int is_quantity(const bl_claim *c)
{
    return c->kind == BL_CLAIM_COUNT || c->kind == BL_CLAIM_MONEY || c->kind == BL_CLAIM_AREA;
}

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

/* Position of the last occurrence of word in text[from, to), or -1. */
static long find_last(const char *text, uint32_t from, uint32_t to, const char *word)
{
    size_t n = strlen(word);
    for (uint32_t p = to; p >= from + n && p >= n; p--)
        if (n == 0 || (text[p - n] == word[0] && memcmp(text + p - n, word, n) == 0))
            return (long)(p - n);
    return -1;
}

static long find_first(const char *text, uint32_t from, uint32_t to, const char *word)
{
    size_t n = strlen(word);
    for (uint32_t p = from; p + n <= to; p++)
        if (n == 0 || (text[p] == word[0] && memcmp(text + p, word, n) == 0))
            return (long)p;
    return -1;
}

static int ends_with_any(const char *text, uint32_t from, uint32_t end, const char *const *words, size_t n,
                         const char **which)
{
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(words[i]);
        if (end >= from + len && memcmp(text + end - len, words[i], len) == 0) {
            *which = words[i];
            return 1;
        }
    }
    return 0;
}

static const bl_sentence *sentence_of(const finder *f, const bl_claim *c)
{
    return &f->doc->paragraphs[c->paragraph].sentences[c->sentence];
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

static void find_shares(finder *f, uint32_t first, uint32_t end)
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
        uint32_t wfrom = (uint32_t)at + 3, wto = share->from;
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
        bl_relation *r = add(f, BL_REL_SHARE, "占", share);
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
        if (percent_from < from + len + 9 || memcmp(text + percent_from - len, links[l], len) != 0 ||
            memcmp(text + percent_from - len - 3, "率", 3) != 0)
            continue;
        *name_end = percent_from - len;
        size_t pos = *name_end - 3;
        for (int chars = 0; chars < 2; chars++)
            if (pos <= from || !bl_is_cjk(bl_utf8_prev(text, &pos)))
                return 0;
        *stem = (uint32_t)pos;
        return 1;
    }
    return 0;
}

/* Whether the len bytes at word occur in text[from, to). */
static int contains(const char *text, uint32_t from, uint32_t to, const char *word, size_t len)
{
    for (uint32_t p = from; p + len <= to; p++)
        if (text[p] == word[0] && memcmp(text + p, word, len) == 0)
            return 1;
    return 0;
}

/* ６２个问题中已整改５１个，整改率达８２．３％ and 发放问卷１２００份，收回有效问卷１１５６份，有效率９６．３％:
 * the rate's stem names the part (within six characters before it), and the whole is the one
 * earlier quantity of the sentence in the same unit; with two candidates (发放…回收…有效) or none,
 * or a part larger than the whole, the rate is left unchecked. 完成率 is the completion relation's. */
static void find_rates(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    for (uint32_t i = first; i < end; i++) {
        bl_claim *rate = &claims[i];
        if (rate->kind != BL_CLAIM_PERCENT || rate->qualifier)
            continue;
        const char *text = text_of(f, rate);
        const bl_sentence *s = sentence_of(f, rate);
        uint32_t stem, name_end;
        if (!rate_name(text, s->from, rate->from, &stem, &name_end) || memcmp(text + stem, "完成", 6) == 0)
            continue;
        long part = -1;
        for (uint32_t k = i; k-- > first && part < 0;) {
            const bl_claim *c = &claims[k];
            uint32_t window = c->from >= s->from + 18 ? c->from - 18 : s->from;
            if (is_quantity(c) && c->unit && *c->unit && contains(text, window, c->from, text + stem, 6))
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
        if (candidates != 1 || claims[part].value > claims[whole].value) /* 覆盖１５０个社区 of １２０个: unclear */
            continue;
        const char *name = bl_arena_strndup(f->arena, text + stem, name_end - stem);
        if (!name) {
            f->nomem = 1;
            return;
        }
        bl_relation *r = add(f, BL_REL_SHARE, name, rate);
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
    if (to - from >= 3 && memcmp(text + from, "，", 3) == 0)
        from += 3;
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
    if (b->from < a->to + 3 || memcmp(text + a->to, "、", 3) != 0)
        return 0;
    for (size_t p = a->to + 3; p < b->from;)
        if (!bl_is_cjk(bl_utf8_next(text, b->from, &p)))
            return 0;
    return 1;
}

/* What may stand between a total and its first part: nothing (３个问题２项已整改), or 已 and a verb of
 * at most four characters, without punctuation (２８项问题已整改完成２２项). */
static int done_verb_between(const char *text, uint32_t from, uint32_t to)
{
    if (from == to)
        return 1;
    if (to - from > 15 || memcmp(text + from, "已", 3) != 0)
        return 0;
    for (size_t p = from; p < to;)
        if (!bl_is_cjk(bl_utf8_next(text, to, &p)))
            return 0;
    return 1;
}

static void find_totals(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    const char *text = text_of(f, &claims[first]);
    const bl_sentence *s = sentence_of(f, &claims[first]);
    /* 其中: the quantity before it is a total, the same kind of quantity after it are parts */
    long at = find_first(text, s->from, s->to, "其中");
    if (at >= 0) {
        long total = -1;
        for (uint32_t k = first; k < end; k++)
            if (claims[k].to <= (uint32_t)at && is_quantity(&claims[k]))
                total = k;
        if (total >= 0) {
            bl_relation *r = NULL;
            for (uint32_t k = (uint32_t)total + 1; k < end; k++) {
                bl_claim *c = &claims[k];
                if (c->from < (uint32_t)at || c->kind != claims[total].kind || !same_measure(c, &claims[total]))
                    continue;
                if (!r) {
                    r = add(f, BL_REL_TOTAL, "其中", &claims[total]);
                    member(r, "total", (uint32_t)total);
                }
                member(r, "part", k);
            }
        }
    }
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
        bl_relation *r = add(f, BL_REL_TOTAL, "共", t);
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
            p1->from < after || !done_verb_between(text, after, p1->from))
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
        bl_relation *r = add(f, BL_REL_TOTAL, "分项", t);
        if (r)
            r->exhaustive = 1;
        member(r, "total", k);
        for (uint32_t j = 0; j < n; j++)
            member(r, "part", parts[j]);
        k = parts[n - 1];
    }
}

/* ------------------------------------------------------------------ changes */

static const char *const up_verbs[] = {"提升", "提高", "增加", "增长", "上升", "扩大", "升至", "增至"};
static const char *const down_verbs[] = {"下降", "降低", "减少", "缩小", "降至", "减至"};

static const char *verb_direction(const char *text, uint32_t from, uint32_t to, const char **verb)
{
    for (size_t i = 0; i < sizeof up_verbs / sizeof *up_verbs; i++)
        if (find_first(text, from, to, up_verbs[i]) >= 0) {
            *verb = up_verbs[i];
            return "up";
        }
    for (size_t i = 0; i < sizeof down_verbs / sizeof *down_verbs; i++)
        if (find_first(text, from, to, down_verbs[i]) >= 0) {
            *verb = down_verbs[i];
            return "down";
        }
    return NULL;
}

static void find_changes(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    const char *text = text_of(f, &claims[first]);
    const bl_sentence *s = sentence_of(f, &claims[first]);
    for (uint32_t a = first; a + 1 < end; a++) {
        /* 由A提升至B, 从A下降到B; a date between is skipped: 从２０２２年的５．８亿元增加到２０２４年的５．１亿元 */
        bl_claim *from = &claims[a];
        uint32_t b = a + 1;
        if (b + 1 < end && (claims[b].kind == BL_CLAIM_DATE || claims[b].kind == BL_CLAIM_YEAR))
            b++;
        bl_claim *to = &claims[b];
        if (to->kind != from->kind || from->kind == BL_CLAIM_DATE || from->kind == BL_CLAIM_YEAR)
            continue;
        long you = find_last(text, from->from >= 24 ? from->from - 24 : 0, from->from, "由");
        if (you < 0)
            you = find_last(text, from->from >= 24 ? from->from - 24 : 0, from->from, "从");
        const char *verb = NULL, *direction = verb_direction(text, from->to, to->from, &verb);
        static const char *const to_words[] = {"至", "到", "为"};
        int reaches = direction && (!strcmp(verb, "升至") || !strcmp(verb, "降至") || !strcmp(verb, "增至") ||
                                    !strcmp(verb, "减至"));
        long verb_at = direction ? find_first(text, from->to, to->from, verb) : -1;
        for (size_t w = 0; w < 3 && verb_at >= 0; w++) /* 提升至, 提升到目前的 */
            reaches |= find_first(text, (uint32_t)verb_at, to->from, to_words[w]) >= 0;
        if (you >= 0 && (uint32_t)you >= s->from && reaches && to->from - from->to <= 36) {
            bl_relation *r = add(f, BL_REL_CHANGE, verb, from);
            if (r)
                r->direction = direction;
            member(r, "from", a);
            member(r, "to", b);
        }
    }
    /* 上升２.５８和１.４８个百分点, 增长12%: the change, and the rate it changes (base) */
    for (uint32_t k = first; k < end; k++) {
        bl_claim *c = &claims[k];
        if (c->kind != BL_CLAIM_POINTS && c->kind != BL_CLAIM_PERCENT)
            continue;
        if (c->unit_inherited)
            continue; /* counted with the claim whose unit it took */
        /* the claims joined to it by 和/、 that took its unit (２５８和１４８个百分点) change too */
        uint32_t chain = k;
        while (chain > first && claims[chain - 1].unit_inherited && claims[chain - 1].kind == c->kind)
            chain--;
        const char *verb = NULL;
        uint32_t look = claims[chain].from >= 12 ? claims[chain].from - 12 : 0;
        if (look < s->from)
            look = s->from;
        const char *direction = verb_direction(text, look, claims[chain].from, &verb);
        if (!direction)
            continue;
        /* 提升至96%: the value reached, not the change (that is a from/to relation) */
        long verb_at = find_last(text, look, claims[chain].from, verb);
        static const char *const reached[] = {"至", "到", "为"};
        int is_target = !strcmp(verb, "升至") || !strcmp(verb, "降至") || !strcmp(verb, "增至") || !strcmp(verb, "减至");
        for (size_t w = 0; w < 3 && verb_at >= 0; w++)
            is_target |= find_first(text, (uint32_t)verb_at, claims[chain].from, reached[w]) >= 0;
        if (is_target)
            continue;
        bl_relation *r = add(f, BL_REL_CHANGE, verb, c);
        if (r)
            r->direction = direction;
        for (uint32_t j = chain; j <= k; j++)
            member(r, "change", j);
        if (c->kind == BL_CLAIM_POINTS)
            for (uint32_t j = k; j-- > 0;)
                if (claims[j].paragraph == c->paragraph && claims[j].kind == BL_CLAIM_PERCENT) {
                    member(r, "base", j);
                    break;
                }
    }
    /* 新增N个……达到M个 */
    for (uint32_t k = first; k < end; k++) {
        bl_claim *added = &claims[k];
        if (!is_quantity(added))
            continue;
        /* 新增 earlier in the same clause: 新增示范村12个 */
        uint32_t clause = added->from >= 30 ? added->from - 30 : 0;
        if (clause < s->from)
            clause = s->from;
        long xinzeng = find_last(text, clause, added->from, "新增");
        if (xinzeng < 0)
            continue;
        int crossed = 0;
        for (size_t p = (size_t)xinzeng; p < added->from;) {
            uint32_t cp = bl_utf8_next(text, added->from, &p);
            crossed |= cp == ',' || cp == 0xFF0C || cp == ';' || cp == 0xFF1B || cp == 0x3002;
        }
        if (crossed)
            continue;
        for (uint32_t j = k + 1; j < end; j++) {
            bl_claim *total = &claims[j];
            static const char *const reach[] = {"达到", "达", "总数为", "总量达"};
            const char *which;
            if (total->unit && added->unit && !strcmp(total->unit, added->unit) &&
                ends_with_any(text, added->to, total->from, reach, 4, &which)) {
                bl_relation *r = add(f, BL_REL_CHANGE, "新增", added);
                if (r)
                    r->direction = "up";
                member(r, "added", k);
                member(r, "total", j);
                break;
            }
        }
    }
}

/* ------------------------------------------------------------------ completion */

static void find_completion(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    for (uint32_t k = first; k < end; k++) {
        bl_claim *c = &claims[k];
        if (c->kind != BL_CLAIM_PERCENT)
            continue;
        const char *text = text_of(f, c);
        const bl_sentence *s = sentence_of(f, c);
        /* the cue within the clause (no punctuation between it and the rate, checked below);
         * a claim may stand between them: 完成年度目标50个的85% */
        uint32_t look = c->from >= 36 ? c->from - 36 : 0;
        if (look < s->from)
            look = s->from;
        long rate = find_last(text, look, c->from, "完成率");
        long done = find_last(text, look, c->from, "完成");
        const char *cue = rate >= 0 ? "完成率" : done >= 0 ? "完成" : NULL;
        if (!cue)
            continue;
        /* 完成率 directly before (率为, 率达), or 完成……的X% / 已完成X% */
        uint32_t gap_from = (uint32_t)(rate >= 0 ? rate + 9 : done + 6);
        int punctuation = 0;
        for (size_t p = gap_from; p < c->from;) {
            uint32_t cp = bl_utf8_next(text, c->from, &p);
            punctuation |= cp == ',' || cp == 0xFF0C || cp == ';' || cp == 0xFF1B;
        }
        if (punctuation)
            continue;
        bl_relation *r = add(f, BL_REL_COMPLETION, cue, c);
        member(r, "rate", k);
        /* 已建成45个，完成年度目标50个的90%: what was done and the target, when stated */
        long done_claim = -1, target_claim = -1;
        static const char *const done_words[] = {"完成", "建成", "已建", "实现", "达到", "已运营", "开通"};
        static const char *const target_words[] = {"计划", "目标", "任务", "要求", "省定任务", "下达"};
        for (uint32_t j = first; j < end; j++) {
            const bl_claim *q = &claims[j];
            if (!is_quantity(q))
                continue;
            uint32_t from = q->from >= 18 ? q->from - 18 : 0;
            if (from < s->from)
                from = s->from;
            for (size_t w = 0; w < sizeof target_words / sizeof *target_words && target_claim < 0; w++)
                if (find_last(text, from, q->from, target_words[w]) >= 0)
                    target_claim = j;
            for (size_t w = 0; w < sizeof done_words / sizeof *done_words && done_claim < 0; w++)
                if (find_last(text, from, q->from, done_words[w]) >= 0 && (long)j != target_claim)
                    done_claim = j;
        }
        if (done_claim >= 0 && target_claim >= 0 && done_claim != target_claim &&
            claims[done_claim].unit && claims[target_claim].unit &&
            !strcmp(claims[done_claim].unit, claims[target_claim].unit)) {
            member(r, "done", (uint32_t)done_claim);
            member(r, "target", (uint32_t)target_claim);
        }
    }
}

/* ------------------------------------------------------------------ named counts */

static uint32_t count_occurrences(const char *text, uint32_t from, uint32_t to, const char *word, size_t wlen,
                                  uint32_t skip_from, uint32_t skip_to, bl_relation *r)
{
    uint32_t n = 0;
    for (uint32_t p = from; p + wlen <= to; p++) {
        if (p >= skip_from && p < skip_to)
            continue;
        if (memcmp(text + p, word, wlen) == 0) {
            n++;
            item(r, p, p + (uint32_t)wlen);
            p += (uint32_t)wlen - 1;
        }
    }
    return n;
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
    uint32_t n = 0, item_from = clause;
    for (size_t p = clause; p <= end;) {
        size_t here = p;
        uint32_t cp = p < end ? bl_utf8_next(text, end, &p) : 0;
        if (cp == 0x3001 || here == end) {
            /* list items are short names; a long one means this is no list of names (the first
             * may carry the words that introduce the list) */
            uint32_t chars = bl_utf8_count(text + item_from, (uint32_t)here - item_from);
            if (here > item_from) {
                if (chars > (n == 0 ? 16u : 10u))
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

static void find_named_counts(finder *f, uint32_t first, uint32_t end)
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
        if (c->from >= 3 && memcmp(text + c->from - 3, "等", 3) == 0) {
            /* 市发改委、民政局、财政局等８家市直部门 */
            bl_relation r0 = {0};
            uint32_t n = list_before(text, s->from, c->from - 3, &r0);
            if (n >= 2) {
                bl_relation *r = add(f, BL_REL_NAMED_COUNT, "等", c);
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
        if (open != 0x201C) /* “七个清单” */
            continue;
        long close = find_first(text, c->to, para->text.len < c->to + 30 ? para->text.len : c->to + 30, "”");
        if (close < 0)
            continue;
        uint32_t key_from = c->to, key_to = (uint32_t)close;
        size_t key_len = key_to - key_from;
        bl_relation *r = add(f, BL_REL_NAMED_COUNT, "“”", c);
        if (!r)
            return;
        member(r, "count", k);
        uint32_t quote_from = (uint32_t)before, quote_to = (uint32_t)close + 3;
        uint32_t key_chars = bl_utf8_count(text + key_from, key_len);
        uint32_t n = 0;
        /* the key word named in the sentence: 学习清单、内容清单…“七个清单” (not for “四个一”,
         * whose key is a numeral found everywhere) */
        size_t first_char = key_from;
        int numeral_key = key_chars == 1 && bl_is_chinese_numeral_char(bl_utf8_next(text, key_to, &first_char));
        if (key_len && !numeral_key) { /* named before the quote, or else after it */
            n = count_occurrences(text, s->from, quote_from, text + key_from, key_len, quote_from, quote_to, r);
            if (n < 2) {
                r->item_count = 0;
                n = count_occurrences(text, quote_to, s->to, text + key_from, key_len, quote_from, quote_to, r);
            }
        }
        if (n < 2) {
            r->item_count = 0;
            n = 0;
            /* an enumeration 一是…四是 after it in the paragraph: “四个一” */
            for (uint32_t e = 0; e < doc->enumeration_count && !n; e++) {
                const bl_enumeration *en = &doc->enumerations[e];
                const bl_enum_item *it = &doc->items[en->first_item];
                if (it->paragraph != c->paragraph || it->from <= c->to || it->value != 1)
                    continue;
                /* item positions are bytes of the claim's paragraph: an enumeration that runs on
                 * into later paragraphs cannot be listed here, so it is left unchecked */
                uint32_t same_paragraph = 0;
                while (same_paragraph < en->item_count && it[same_paragraph].paragraph == c->paragraph)
                    same_paragraph++;
                if (same_paragraph < en->item_count)
                    break;
                for (uint32_t j = 0; j < en->item_count; j++)
                    item(r, it[j].from, it[j].to);
                n = en->item_count;
            }
        }
        if (n < 2) {
            r->item_count = 0;
            /* a list written with 、 right before the quote: 设施建设、运营服务…“五大政策体系” */
            uint32_t gap_end = quote_from;
            while (gap_end > s->from && (text[gap_end - 1] == ' '))
                gap_end--;
            n = list_before(text, s->from, gap_end, r);
            if (n < 2)
                r->item_count = 0;
        }
        if (r->item_count < 2)
            f->count--; /* nothing listed next to it: no relation to check */
    }
}

/* ------------------------------------------------------------------ all relations */

int bl_relations_find(const bl_document *doc, bl_arena *arena, bl_claim_set *set)
{
    finder f = {doc, arena, set, NULL, 0, 0, 0};
    uint32_t first = 0;
    while (first < set->claim_count && !f.nomem) {
        uint32_t end = first + 1;
        while (end < set->claim_count && set->claims[end].paragraph == set->claims[first].paragraph &&
               set->claims[end].sentence == set->claims[first].sentence)
            end++;
        find_shares(&f, first, end);
        find_rates(&f, first, end);
        find_totals(&f, first, end);
        find_changes(&f, first, end);
        find_completion(&f, first, end);
        find_named_counts(&f, first, end);
        first = end;
    }
    if (f.nomem) {
        free(f.items);
        return BL_ERR_NOMEM;
    }
    set->relations = bl_arena_alloc(arena, (f.count ? f.count : 1) * sizeof *set->relations);
    if (!set->relations) {
        free(f.items);
        return BL_ERR_NOMEM;
    }
    if (f.count)
        memcpy(set->relations, f.items, f.count * sizeof *f.items);
    set->relation_count = f.count;
    free(f.items);
    return BL_OK;
}

const char *bl_relation_kind_name(bl_relation_kind kind)
{
    static const char *const names[] = {"total", "share", "completion", "change", "named-count"};
    return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : "total";
}
