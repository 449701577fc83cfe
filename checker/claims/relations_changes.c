/* relations_changes.c - changes (由A提升至B, 上升N个百分点, 新增N个…达到M个) and completion (完成率). */
#include <stdlib.h>
#include <string.h>

#include "numeral.h"
#include "relation_finder.h"
#include "utf8.h"

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

/* Whether b follows a in a list of figures: joined by 、 or 和 alone, or after a rate's period
 * (６４５元/月、４３１８元/年). */
static int joined_in_list(const char *text, const bl_claim *a, const bl_claim *b)
{
    if (b->from <= a->to)
        return 0;
    uint32_t gap = b->from - a->to, at = a->to;
    if (gap == 1 + 3 + 3 && text[at] == '/') {
        at += 1 + 3;
        gap = 3;
    }
    return gap == 3 && (memcmp(text + at, "、", 3) == 0 || memcmp(text + at, "和", 3) == 0);
}

/* Whether verb, found at verb_at (-1: not found) before `until`, states the value reached (升至,
 * 提升到, 增加为) rather than by how much it changed. */
static int states_value_reached(const char *text, const char *verb, long verb_at, uint32_t until)
{
    static const char *const to_words[] = {"至", "到", "为"};
    int reached = !strcmp(verb, "升至") || !strcmp(verb, "降至") || !strcmp(verb, "增至") || !strcmp(verb, "减至");
    for (size_t w = 0; w < sizeof to_words / sizeof *to_words && verb_at >= 0; w++) /* 提升至, 提升到目前的 */
        reached |= find_first(text, (uint32_t)verb_at, until, to_words[w]) >= 0;
    return reached;
}

/* 由A提升至B, 从A下降到B; a date between is skipped: 从２０２２年的５．８亿元增加到２０２４年的５．１亿元 */
static void find_from_to(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    const char *text = text_of(f, &claims[first]);
    const bl_sentence *s = sentence_of(f, &claims[first]);
    for (uint32_t a = first; a + 1 < end; a++) {
        bl_claim *from = &claims[a];
        uint32_t b = a + 1;
        if (b + 1 < end && (claims[b].kind == BL_CLAIM_DATE || claims[b].kind == BL_CLAIM_YEAR))
            b++;
        bl_claim *to = &claims[b];
        if (to->kind != from->kind || from->kind == BL_CLAIM_DATE || from->kind == BL_CLAIM_YEAR)
            continue;
        uint32_t head = from->from; /* where the list of from-values begins */
        for (uint32_t l = a; l > first && joined_in_list(text, &claims[l - 1], &claims[l]); l--)
            head = claims[l - 1].from;
        /* 由上年同期的每人每月７０２元: up to twelve characters between 由 and the figure, within its clause */
        uint32_t clause = clause_start(text, s->from, head);
        uint32_t look = head >= 36 ? head - 36 : 0;
        if (look < clause)
            look = clause;
        long you = find_last(text, look, head, "由");
        if (you < 0)
            you = find_last(text, look, head, "从");
        const char *verb = NULL, *direction = verb_direction(text, from->to, to->from, &verb);
        int reaches = direction && states_value_reached(text, verb, find_first(text, from->to, to->from, verb),
                                                        to->from);
        if (you >= 0 && (uint32_t)you >= s->from && reaches && to->from - from->to <= 36) {
            /* 分别由１.５２万件、１.９４万件增加到１.８６万件、１.８４万件: two lists, paired in order */
            uint32_t list_from = a, list_to = b;
            while (list_from > first && joined_in_list(text, &claims[list_from - 1], &claims[list_from]) &&
                   claims[list_from - 1].kind == from->kind)
                list_from--;
            while (list_to + 1 < end && joined_in_list(text, &claims[list_to], &claims[list_to + 1]) &&
                   claims[list_to + 1].kind == to->kind)
                list_to++;
            uint32_t n = a - list_from + 1;
            if (n != list_to - b + 1)
                continue; /* lists of different lengths: no pairing is certain */
            for (uint32_t i = 0; i < n; i++) {
                bl_relation *r = relation_add(f, BL_REL_CHANGE, verb, &claims[list_from + i]);
                if (r)
                    r->direction = direction;
                member(r, "from", list_from + i);
                member(r, "to", b + i);
            }
            a = list_to;
        }
    }
}

/* 上升２.５８和１.４８个百分点, 增长12%: the change, and the rate it changes (base) */
static void find_rate_changes(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    const char *text = text_of(f, &claims[first]);
    const bl_sentence *s = sentence_of(f, &claims[first]);
    uint32_t changed = UINT32_MAX; /* the last claim found to be a change, its verb and direction */
    const char *changed_verb = NULL, *changed_direction = NULL;
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
        /* 分别增长４.７％和７.０％: the second of a list has the verb of the first */
        if (!direction && chain == k && changed != UINT32_MAX && k == changed + 1 && joined_in_list(text, &claims[changed], c) &&
            claims[changed].kind == c->kind) {
            direction = changed_direction;
            verb = changed_verb;
        }
        /* 提升至96%: the value reached, not the change (that is a from/to relation) */
        /* 拉动全市工业增长２.６个百分点: a contribution to growth, not the change of a rate */
        uint32_t clause = clause_start(text, s->from, claims[chain].from);
        if (!direction ||
            states_value_reached(text, verb, find_last(text, look, claims[chain].from, verb), claims[chain].from) ||
            find_first(text, clause, claims[chain].from, "拉动") >= 0 ||
            find_first(text, clause, claims[chain].from, "贡献") >= 0 || find_first(text, clause, claims[chain].from, "带动") >= 0)
            continue;
        bl_relation *r = relation_add(f, BL_REL_CHANGE, verb, c);
        if (r)
            r->direction = direction;
        for (uint32_t j = chain; j <= k; j++)
            member(r, "change", j);
        changed = k;
        changed_verb = verb;
        changed_direction = direction;
        /* the rate it changes: the last percentage before it in the sentence, when that is a level
         * (满意率为９３.６％), not a growth rate (同比增长０.５％) */
        if (c->kind == BL_CLAIM_POINTS)
            for (uint32_t j = chain; j-- > first;)
                if (claims[j].kind == BL_CLAIM_PERCENT) {
                    if (!states_change(text, s->from, &claims[j]))
                        member(r, "base", j);
                    break;
                }
    }
}

/* Whether the total reached (its verb at reach_at) is of what was added: in the same clause, or in
 * the next one after a few words (，总数达到) or words naming the same thing (新增示范点５个，全市示范点
 * 达到３个); not a new subject (，上榜世界５００强企业增至, 、中试基地分别达到, ，人均面积达). */
static int same_subject(const char *text, const bl_claim *added, uint32_t reach_at)
{
    uint32_t clause = clause_start(text, added->to, reach_at);
    if (clause == added->to)
        return 1;
    static const char *const other[] = {"、", "分别", "人均", "平均"};
    for (size_t w = 0; w < sizeof other / sizeof *other; w++)
        if (find_first(text, clause, reach_at, other[w]) >= 0)
            return 0;
    if (bl_utf8_count(text + clause, reach_at - clause) <= 4)
        return 1;
    return added->noun_to > added->noun_from &&
           find_first_n(text, clause, reach_at, text + added->noun_from, added->noun_to - added->noun_from) >= 0;
}

/* 新增N个……达到M个 */
static void find_added_totals(finder *f, uint32_t first, uint32_t end)
{
    bl_claim *claims = f->set->claims;
    const char *text = text_of(f, &claims[first]);
    const bl_sentence *s = sentence_of(f, &claims[first]);
    for (uint32_t k = first; k < end; k++) {
        bl_claim *added = &claims[k];
        if (!is_quantity(added))
            continue;
        /* 新增 (又建成, 新认定 …) earlier in the same clause: 新增省级农产品质量安全县8个 */
        uint32_t clause = added->from >= 45 ? added->from - 45 : 0;
        if (clause < s->from)
            clause = s->from;
        static const char *const adding[] = {"新增", "又建成", "又成功申报", "新认定", "新培育", "新创建"};
        long xinzeng = -1;
        for (size_t w = 0; w < sizeof adding / sizeof *adding && xinzeng < 0; w++)
            xinzeng = find_last(text, clause, added->from, adding[w]);
        if (xinzeng < 0)
            continue;
        int crossed = 0;
        for (size_t p = (size_t)xinzeng; p < added->from;) {
            uint32_t cp = bl_utf8_next(text, added->from, &p);
            crossed |= cp == ',' || cp == 0xFF0C || cp == ';' || cp == 0xFF1B || cp == 0x3002;
        }
        if (crossed)
            continue;
        static const char *const reach[] = {"达到", "达", "总数为", "总量达", "增至"};
        const char *which;
        /* the total stated first: 入驻企业达到86家，今年新增97家 (the clause right before) */
        if (k > first) {
            bl_claim *total = &claims[k - 1];
            uint32_t total_clause = clause_start(text, s->from, total->from);
            if (total->unit && added->unit && !strcmp(total->unit, added->unit) &&
                find_last(text, total_clause, total->from, "达到") >= 0 &&
                find_first(text, total->to, (uint32_t)xinzeng, "；") < 0 && (uint32_t)xinzeng - total->to <= 12) {
                bl_relation *r = relation_add(f, BL_REL_CHANGE, "新增", added);
                if (r)
                    r->direction = "up";
                member(r, "added", k);
                member(r, "total", k - 1);
                continue;
            }
        }
        int first_after = 1; /* 新增上市公司45家、总量达1224家: 1224 is not what was added */
        for (uint32_t j = first; j < k; j++)
            first_after &= !(claims[j].from > (uint32_t)xinzeng && is_quantity(&claims[j]));
        if (!first_after)
            continue;
        for (uint32_t j = k + 1; j < end; j++) {
            bl_claim *total = &claims[j];
            if (total->unit && added->unit && !strcmp(total->unit, added->unit) &&
                ends_with_any(text, added->to, total->from, reach, 5, &which) &&
                same_subject(text, added, total->from - (uint32_t)strlen(which))) {
                bl_relation *r = relation_add(f, BL_REL_CHANGE, "新增", added);
                if (r)
                    r->direction = "up";
                member(r, "added", k);
                member(r, "total", j);
                break;
            }
        }
    }
}

void relations_find_changes(finder *f, uint32_t first, uint32_t end)
{
    find_from_to(f, first, end);
    find_rate_changes(f, first, end);
    find_added_totals(f, first, end);
}

/* ------------------------------------------------------------------ completion */

void relations_find_completion(finder *f, uint32_t first, uint32_t end)
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
        uint32_t gap_from = (uint32_t)(rate >= 0 ? rate + BL_UTF8_BYTES("完成率") : done + BL_UTF8_BYTES("完成"));
        int punctuation = 0;
        for (size_t p = gap_from; p < c->from;) {
            uint32_t cp = bl_utf8_next(text, c->from, &p);
            punctuation |= cp == ',' || cp == 0xFF0C || cp == ';' || cp == 0xFF1B;
        }
        if (punctuation)
            continue;
        bl_relation *r = relation_add(f, BL_REL_COMPLETION, cue, c);
        member(r, "rate", k);
        /* 已建成45个，完成年度目标50个的90%: what was done and the target, when stated */
        long done_claim = -1, target_claim = -1;
        static const char *const done_words[] = {"完成", "建成", "已建", "实现", "达到", "已运营", "开通"};
        static const char *const target_words[] = {"计划", "目标", "任务", "要求", "省定任务", "下达"};
        /* within the rate's own clause group: after the last ； before it, and before the rate */
        long semi = find_last(text, s->from, c->from, "；"), semi_ascii = find_last(text, s->from, c->from, ";");
        uint32_t group = semi > semi_ascii ? (uint32_t)semi : semi_ascii >= 0 ? (uint32_t)semi_ascii : s->from;
        for (uint32_t j = first; j < end; j++) {
            const bl_claim *q = &claims[j];
            if (!(is_quantity(q) || q->kind == BL_CLAIM_MEASURE) || q->from < group || j > k)
                continue;
            /* the words within twelve characters before it: 今年计划更新改造老旧燃气管网４８公里 */
            uint32_t from = q->from >= 36 ? q->from - 36 : 0;
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
