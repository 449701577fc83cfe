/* Chinese numerals and heading markers. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "headings.h"
#include "numeral.h"

static int64_t chinese(const char *s, uint32_t *consumed)
{
    int64_t value = -1;
    *consumed = bl_chinese_integer(s, (uint32_t)strlen(s), &value);
    return value;
}

static void test_chinese_integers(void **state)
{
    (void)state;
    static const struct { const char *text; int64_t value; } cases[] = {
        {"四十六", 46}, {"一百零八", 108}, {"十五", 15}, {"两千", 2000}, {"三万五", 35000},
        {"一百二", 120}, {"二〇二三", 2023}, {"五十三", 53}, {"一万零五百", 10500}, {"三亿", 300000000},
        {"十", 10}, {"零", 0}, {"一千二百三十四", 1234}, {"三万五千", 35000}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        uint32_t consumed;
        assert_int_equal(chinese(cases[i].text, &consumed), cases[i].value);
        assert_int_equal(consumed, strlen(cases[i].text));
    }
}

static void test_chinese_integer_stops_at_other_text(void **state)
{
    (void)state;
    uint32_t consumed;
    assert_int_equal(chinese("十四次会议", &consumed), 14);
    assert_int_equal(consumed, strlen("十四"));
    chinese("百分之二十", &consumed);
    assert_int_equal(consumed, 0);
    chinese("一二十", &consumed);
    assert_int_equal(consumed, 0);
    chinese("是", &consumed);
    assert_int_equal(consumed, 0);
    chinese("三亿亿亿亿亿", &consumed); /* found by fuzzing: overflowed before the check */
    assert_int_equal(consumed, 0);
}

static void test_heading_markers(void **state)
{
    (void)state;
    static const struct { const char *text; bl_marker_kind kind; int value; const char *marker; } cases[] = {
        {"一、同题共答", BL_MARKER_CHINESE, 1, "一、"},
        {"十二、其他", BL_MARKER_CHINESE, 12, "十二、"},
        {"（三）问题导向", BL_MARKER_PAREN_CHINESE, 3, "（三）"},
        {"(一)提升站位", BL_MARKER_PAREN_CHINESE, 1, "(一)"},
        {"2.加强领导", BL_MARKER_ARABIC, 2, "2."},
        {"１．加强领导", BL_MARKER_ARABIC, 1, "１．"},
        {"（10）细则", BL_MARKER_PAREN_ARABIC, 10, "（10）"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        bl_marker m;
        assert_true(bl_marker_parse(cases[i].text, (uint32_t)strlen(cases[i].text), &m));
        assert_int_equal(m.kind, cases[i].kind);
        assert_int_equal(m.value, cases[i].value);
        assert_int_equal(m.len, strlen(cases[i].marker));
    }
}

static void test_not_heading_markers(void **state)
{
    (void)state;
    static const char *const texts[] = {"1.5万人", "一是加强", "三月以来", "２０２３年", "（注）", "一体化"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        bl_marker m;
        assert_false(bl_marker_parse(texts[i], (uint32_t)strlen(texts[i]), &m));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_chinese_integers),
        cmocka_unit_test(test_chinese_integer_stops_at_other_text),
        cmocka_unit_test(test_heading_markers),
        cmocka_unit_test(test_not_heading_markers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
