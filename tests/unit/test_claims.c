/* Numbers and numeric claims: every numeral form, the words that must not parse, intervals,
 * units, nouns, dates and relations. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "claims.h"
#include "numeral.h"
#include "pipeline.h"
#include "relations.h"

#define S BL_SCALE

static void test_number_forms(void **state)
{
    (void)state;
    static const struct { const char *text; int64_t value; int decimals; int64_t step; const char *rest; } cases[] = {
        {"100余条", 100 * S, 0, 100 * S, "余条"},
        {"１００余条", 100 * S, 0, 100 * S, "余条"},
        {"21.98%", 2198 * S / 100, 2, S / 100, "%"},
        {"２１．９８％", 2198 * S / 100, 2, S / 100, "％"},
        {"12,000人", 12000 * S, 0, 1000 * S, "人"},
        {"10.1万", 101000 * S, 1, 1000 * S, ""},
        {"３亿多元", 300000000 * S, 0, 100000000 * S, "多元"},
        {"三万五", 35000 * S, 0, 1000 * S, ""},
        {"一百二十", 120 * S, 0, 10 * S, ""},
        {"一百二", 120 * S, 0, 10 * S, ""},
        {"两千", 2000 * S, 0, 1000 * S, ""},
        {"四十六", 46 * S, 0, S, ""},
        {"二〇二三年", 2023 * S, 0, S, "年"},
        {"3348亿元", 334800000000LL * S, 0, 100000000 * S, "元"},
        {"0.5", S / 2, 1, S / 10, ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        bl_number n;
        const char *t = cases[i].text;
        if (!bl_number_parse(t, (uint32_t)strlen(t), &n))
            fail_msg("'%s' did not parse", t);
        assert_int_equal(n.value, cases[i].value);
        assert_int_equal(n.decimals, cases[i].decimals);
        assert_int_equal(n.step, cases[i].step);
        assert_string_equal(t + n.len, cases[i].rest);
    }
    bl_number n;
    assert_false(bl_number_parse("百分之", strlen("百分之"), &n));
    assert_false(bl_number_parse("abc", 3, &n));
    assert_false(bl_number_parse("9999999999999999", 16, &n)); /* beyond 900万亿: not a quantity */
    assert_true(bl_number_parse("142244.06亿", strlen("142244.06亿"), &n)); /* a national budget, exactly */
    assert_int_equal(n.value, 14224406000000LL * S);
    assert_true(bl_number_parse("134.9万亿", strlen("134.9万亿"), &n));
    assert_int_equal(n.value, 134900000000000LL * S);
    /* found by fuzzing: the step of 00000亿 overflowed; it is 10^5 亿 now, exactly, and a step beyond 900万亿 is refused */
    assert_true(bl_number_parse("00000亿", strlen("00000亿"), &n));
    assert_int_equal(n.step, 10000000000000LL * S);
    assert_false(bl_number_parse("00000000亿", strlen("00000000亿"), &n));
    assert_false(bl_number_parse("000000000000000", 15, &n)); /* found by fuzzing: its step overflowed */
    char buf[32];
    bl_number_format(2198 * S / 100, 2, buf, sizeof buf);
    assert_string_equal(buf, "21.98");
    bl_number_format(5 * S, 1, buf, sizeof buf);
    assert_string_equal(buf, "5.0");
    /* every value as printf writes it: integer part, then the decimals kept (at least `decimals`) */
    const int64_t values[] = {0, 1, 9999, 10000, 12345678, -1, -5000, -123456789, INT64_MAX, INT64_MIN, 7 * S / 10};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++)
        for (int decimals = 0; decimals <= 5; decimals++) {
            int64_t v = values[i];
            uint64_t m = v < 0 ? (uint64_t)(-(v + 1)) + 1 : (uint64_t)v;
            char digits[8], want[48];
            snprintf(digits, sizeof digits, "%04llu", (unsigned long long)(m % S));
            int keep = 4;
            while (keep > decimals && digits[keep - 1] == '0')
                keep--;
            digits[keep] = '\0';
            snprintf(want, sizeof want, "%s%llu%s%s", v < 0 ? "-" : "", (unsigned long long)(m / S), keep ? "." : "",
                     digits);
            bl_number_format(v, decimals, buf, sizeof buf);
            assert_string_equal(buf, want);
        }
    bl_number_format(123456 * S, 0, buf, 4); /* cut to the buffer */
    assert_string_equal(buf, "123");
}

typedef struct parsed {
    bl_document *doc;
    const bl_claim_set *set;
} parsed;

static parsed parse(const char *body)
{
    char text[4096];
    snprintf(text, sizeof text, "简报（一）\n周口：标题\n%s\n", body);
    parsed p = {0};
    bl_error err = {{0}};
    assert_int_equal(bl_pipeline_model(&p.doc, text, strlen(text), BL_ENCODING_AUTO, BL_LAYOUT_DRAFT, &err), BL_OK);
    p.set = p.doc->claims;
    return p;
}

static const char *claim_text(const parsed *p, const bl_claim *c, char *buf, size_t size)
{
    const bl_text *t = &p->doc->paragraphs[c->paragraph].text;
    snprintf(buf, size, "%.*s", (int)(c->to - c->from), t->s + c->from);
    return buf;
}

static const char *noun_text(const parsed *p, const bl_claim *c, char *buf, size_t size)
{
    const bl_text *t = &p->doc->paragraphs[c->paragraph].text;
    snprintf(buf, size, "%.*s", (int)(c->noun_to - c->noun_from), t->s + c->noun_from);
    return buf;
}

static void test_claims_of_a_sentence(void **state)
{
    (void)state;
    parsed p = parse("　　全市查找各类问题１００余条，召开座谈会约20场，组织650余名一线代表参与，"
                     "投入资金３亿多元，新建场所4122平方米，完成率达到96.5%，比上年上升2.3个百分点。");
    char a[128], b[128];
    static const struct { const char *text; bl_claim_kind kind; int64_t lo, hi; const char *unit, *qualifier, *noun; } want[] = {
        {"１００余条", BL_CLAIM_COUNT, 100 * S, 200 * S, "条", "余", "问题"},
        {"约20场", BL_CLAIM_COUNT, 15 * S, 25 * S, "场", "约", "座谈会"},
        {"650余名", BL_CLAIM_COUNT, 650 * S, 660 * S, "名", "余", "一线代表"},
        {"３亿多元", BL_CLAIM_MONEY, 300000000 * S, 400000000 * S, "元", "多", "资金"},
        {"4122平方米", BL_CLAIM_AREA, 4122 * S, 4122 * S, "平方米", NULL, "场所"},
        {"96.5%", BL_CLAIM_PERCENT, 965 * S / 10, 965 * S / 10, "%", NULL, ""},
        {"2.3个百分点", BL_CLAIM_POINTS, 23 * S / 10, 23 * S / 10, "个百分点", NULL, ""},
    };
    assert_int_equal(p.set->claim_count, sizeof want / sizeof *want);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const bl_claim *c = &p.set->claims[i];
        assert_string_equal(claim_text(&p, c, a, sizeof a), want[i].text);
        assert_int_equal(c->kind, want[i].kind);
        assert_int_equal(c->lo, want[i].lo);
        assert_int_equal(c->hi, want[i].hi);
        assert_string_equal(c->unit, want[i].unit);
        if (want[i].qualifier)
            assert_string_equal(c->qualifier, want[i].qualifier);
        else
            assert_null(c->qualifier);
        assert_string_equal(noun_text(&p, c, b, sizeof b), want[i].noun);
    }
    bl_document_free(p.doc);
}

static void test_words_that_are_not_quantities(void **state)
{
    (void)state;
    parsed p = parse("　　一是坚持统一领导，推进一体化建设，实现两院一体，落实“十四五”规划，采取“四不两直”方式，"
                     "由第一书记带队，编印一本通，二是坚持一月一调度，三级联动、五级人大代表共同参与，形成一个意见。");
    char a[128];
    for (uint32_t i = 0; i < p.set->claim_count; i++)
        fail_msg("'%s' was read as a quantity", claim_text(&p, &p.set->claims[i], a, sizeof a));
    bl_document_free(p.doc);
}

static void test_ordinals_ranges_and_dates(void **state)
{
    (void)state;
    parsed p = parse("　　8月，市十五届人大常委会第十二次会议听取报告，由２－３人组成小组，各分包１至２个县，"
                     "2025年6月完成，３月２１日部署，2023年底启动，占比63%～68%，共三成。");
    char a[128];
    static const struct { const char *text; bl_claim_kind kind; int year, month, day; int64_t lo, hi; } want[] = {
        {"8月", BL_CLAIM_DATE, 0, 8, 0, 8 * S, 8 * S},
        {"十五届", BL_CLAIM_ORDINAL, 0, 0, 0, 15 * S, 15 * S},
        {"第十二次", BL_CLAIM_ORDINAL, 0, 0, 0, 12 * S, 12 * S},
        {"２－３人", BL_CLAIM_RANGE, 0, 0, 0, 2 * S, 3 * S},
        {"１至２个", BL_CLAIM_RANGE, 0, 0, 0, S, 2 * S},
        {"2025年6月", BL_CLAIM_DATE, 2025, 6, 0, 2025 * S, 2025 * S},
        {"３月２１日", BL_CLAIM_DATE, 0, 3, 21, 3 * S, 3 * S},
        {"2023年底", BL_CLAIM_YEAR, 2023, 0, 0, 2023 * S, 2023 * S},
        {"63%～68%", BL_CLAIM_RANGE, 0, 0, 0, 63 * S, 68 * S},
        {"三成", BL_CLAIM_PERCENT, 0, 0, 0, 30 * S, 30 * S},
    };
    assert_int_equal(p.set->claim_count, sizeof want / sizeof *want);
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const bl_claim *c = &p.set->claims[i];
        assert_string_equal(claim_text(&p, c, a, sizeof a), want[i].text);
        assert_int_equal(c->kind, want[i].kind);
        assert_int_equal(c->year, want[i].year);
        assert_int_equal(c->month, want[i].month);
        assert_int_equal(c->day, want[i].day);
        assert_int_equal(c->lo, want[i].lo);
        assert_int_equal(c->hi, want[i].hi);
    }
    bl_document_free(p.doc);
}

static const bl_relation *relation_of(const parsed *p, bl_relation_kind kind)
{
    for (uint32_t i = 0; i < p->set->relation_count; i++)
        if (p->set->relations[i].kind == kind)
            return &p->set->relations[i];
    fail_msg("no %s relation", bl_relation_kind_name(kind));
    return NULL;
}

static int64_t member_value(const parsed *p, const bl_relation *r, const char *role, int nth)
{
    for (uint32_t m = 0; m < r->member_count; m++)
        if (!strcmp(r->members[m].role, role) && nth-- == 0)
            return p->set->claims[r->members[m].claim].value;
    fail_msg("no member '%s'", role);
    return -1;
}

static void test_relations(void **state)
{
    (void)state;
    parsed p = parse("　　全县常住人口50万，其中60岁以上人口12万人，占总人口的24%，比上年上升1.2和0.8个百分点。");
    const bl_relation *share = relation_of(&p, BL_REL_SHARE);
    assert_int_equal(member_value(&p, share, "part", 0), 120000 * S);
    assert_int_equal(member_value(&p, share, "whole", 0), 500000 * S);
    assert_int_equal(member_value(&p, share, "share", 0), 24 * S);
    const bl_relation *total = relation_of(&p, BL_REL_TOTAL);
    assert_int_equal(member_value(&p, total, "total", 0), 500000 * S);
    assert_int_equal(member_value(&p, total, "part", 0), 120000 * S);
    const bl_relation *change = relation_of(&p, BL_REL_CHANGE);
    assert_int_equal(member_value(&p, change, "change", 0), 12 * S / 10);
    assert_int_equal(member_value(&p, change, "change", 1), 8 * S / 10);
    assert_int_equal(member_value(&p, change, "base", 0), 24 * S);
    bl_document_free(p.doc);

    p = parse("　　交办的５个问题３项已整改到位；２项正在推进。运营率由原来的76%提升至96%。任务完成率102%。");
    total = relation_of(&p, BL_REL_TOTAL);
    assert_true(total->exhaustive);
    assert_int_equal(member_value(&p, total, "total", 0), 5 * S);
    assert_int_equal(member_value(&p, total, "part", 0), 3 * S);
    assert_int_equal(member_value(&p, total, "part", 1), 2 * S);
    change = relation_of(&p, BL_REL_CHANGE);
    assert_string_equal(change->direction, "up");
    assert_int_equal(member_value(&p, change, "from", 0), 76 * S);
    assert_int_equal(member_value(&p, change, "to", 0), 96 * S);
    const bl_relation *done = relation_of(&p, BL_REL_COMPLETION);
    assert_int_equal(member_value(&p, done, "rate", 0), 102 * S);
    bl_document_free(p.doc);

    p = parse("　　以责任清单为核心，与学习清单、问题清单、整改清单相衔接的“四个清单”，做到“三个弄清”：弄清甲；弄清乙。"
              "市发改委、民政局、财政局等８家单位参加。");
    const bl_relation *named = relation_of(&p, BL_REL_NAMED_COUNT);
    assert_int_equal(member_value(&p, named, "count", 0), 4 * S);
    assert_int_equal(named->item_count, 4);
    named = &p.set->relations[1];
    assert_int_equal(named->kind, BL_REL_NAMED_COUNT);
    assert_int_equal(member_value(&p, named, "count", 0), 3 * S);
    assert_int_equal(named->item_count, 2); /* three announced, two named: for the rule to report */
    named = &p.set->relations[2];
    assert_true(named->open_list);
    assert_int_equal(named->item_count, 3);
    bl_document_free(p.doc);
}

/* A rate named after its part (整改率) is a share of the one earlier count in its unit; 占 in a later
 * clause (after ；) takes no part from an earlier one. */
static void test_rates_of_counts(void **state)
{
    (void)state;
    parsed p = parse("　　目前，62个问题中已整改51个，整改率达82.3%；护理型床位占比由41.2%提高到53.6%。");
    uint32_t shares = 0;
    for (uint32_t i = 0; i < p.set->relation_count; i++)
        shares += p.set->relations[i].kind == BL_REL_SHARE;
    assert_int_equal(shares, 1);
    const bl_relation *rate = relation_of(&p, BL_REL_SHARE);
    assert_string_equal(rate->cue, "整改率");
    assert_int_equal(member_value(&p, rate, "part", 0), 51 * S);
    assert_int_equal(member_value(&p, rate, "whole", 0), 62 * S);
    assert_int_equal(member_value(&p, rate, "share", 0), 823 * S / 10);
    bl_document_free(p.doc);
}

/* 一是…三是 after “三个一” lists its items, when they are all in the claim's paragraph; an
 * enumeration that runs on into the next paragraph is left unchecked (found by fuzz_check: its
 * later items' positions were taken as bytes of the claim's paragraph, cutting a character). */
static void test_named_count_with_enumeration(void **state)
{
    (void)state;
    parsed p = parse("　　落实“三个一”：一是建立台账，二是明确责任，三是跟踪督办。");
    const bl_relation *named = relation_of(&p, BL_REL_NAMED_COUNT);
    assert_int_equal(member_value(&p, named, "count", 0), 3 * S);
    assert_int_equal(named->item_count, 3);
    const bl_text *t = &p.doc->paragraphs[p.set->claims[0].paragraph].text;
    assert_memory_equal(t->s + named->items[2].from, "三是", named->items[2].to - named->items[2].from);
    bl_document_free(p.doc);

    p = parse("　　落实“三个一”：一是建立台账，二是明确责任。\n　　三是跟踪督办，问题清零销号。");
    assert_int_equal(p.doc->enumeration_count, 1);
    assert_int_equal(p.doc->enumerations[0].item_count, 3);
    for (uint32_t i = 0; i < p.set->relation_count; i++) {
        const bl_relation *r = &p.set->relations[i];
        const bl_text *text = &p.doc->paragraphs[r->paragraph].text;
        for (uint32_t k = 0; k < r->item_count; k++)
            assert_true(r->items[k].from < r->items[k].to && r->items[k].to <= text->len);
        if (r->kind == BL_REL_NAMED_COUNT)
            fail_msg("a named count with %u items from an enumeration across paragraphs", r->item_count);
    }
    bl_document_free(p.doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_forms),
        cmocka_unit_test(test_claims_of_a_sentence),
        cmocka_unit_test(test_words_that_are_not_quantities),
        cmocka_unit_test(test_ordinals_ranges_and_dates),
        cmocka_unit_test(test_relations),
        cmocka_unit_test(test_named_count_with_enumeration),
        cmocka_unit_test(test_rates_of_counts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
