/* A stretch of Han characters written twice (repeats.h): the places found in one pass are the
 * places the regex (HAN{min,max})\1 finds, on texts written for it and on many random ones. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "repeats.h"

#define HAN_CLASS                                                                                             \
    "[\\x{4E00}-\\x{9FFF}\\x{3400}-\\x{4DBF}\\x{2E80}-\\x{2FDF}\\x{3005}\\x{3007}\\x{3021}-\\x{3029}\\x{3038}-" \
    "\\x{303B}\\x{F900}-\\x{FAFF}\\x{20000}-\\x{323AF}]"

/* Every place of s, as "start-end;" (bytes), found one after another as re.gmatch would. */
static void places_by_scan(const char *s, unsigned min, unsigned max, char *out, size_t size)
{
    size_t len = strlen(s), from = 0, start, end, used = 0;
    out[0] = '\0';
    while (bl_repeats_find(s, len, from, min, max, &start, &end)) {
        used += (size_t)snprintf(out + used, size - used, "%zu-%zu;", start, end);
        from = end;
    }
}

static void places_by_regex(const char *s, unsigned min, unsigned max, char *out, size_t size)
{
    char pattern[400];
    snprintf(pattern, sizeof pattern, "(%s{%u,%u})\\1", HAN_CLASS, min, max);
    int err;
    PCRE2_SIZE err_at;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &err, &err_at, NULL);
    assert_non_null(code);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
    size_t len = strlen(s), from = 0, used = 0;
    out[0] = '\0';
    while (from < len && pcre2_match(code, (PCRE2_SPTR)s, len, from, 0, md, NULL) > 0) {
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        used += (size_t)snprintf(out + used, size - used, "%zu-%zu;", (size_t)ov[0], (size_t)ov[1]);
        from = ov[1];
    }
    pcre2_match_data_free(md);
    pcre2_code_free(code);
}

static void expect_same(const char *s, unsigned min, unsigned max)
{
    char scan[4096], regex[4096];
    places_by_scan(s, min, max, scan, sizeof scan);
    places_by_regex(s, min, max, regex, sizeof regex);
    if (strcmp(scan, regex) != 0)
        fail_msg("%s {%u,%u}: scan found '%s', the regex '%s'", s, min, max, scan, regex);
}

static void test_written_cases(void **state)
{
    (void)state;
    size_t start, end;
    const char *s = "要进一步进一步完善制度";
    assert_true(bl_repeats_find(s, strlen(s), 0, 3, 4, &start, &end));
    assert_int_equal(start, strlen("要"));
    assert_int_equal(end, strlen("要进一步进一步"));
    s = "推动高质量发展高质量发展"; /* the longest stretch at the first place: 5 characters */
    assert_true(bl_repeats_find(s, strlen(s), 0, 3, 5, &start, &end));
    assert_int_equal(start, strlen("推动"));
    assert_int_equal(end, strlen(s));
    s = "常常，件件，扎扎实实"; /* reduplication of one or two characters is no stretch of three */
    assert_false(bl_repeats_find(s, strlen(s), 0, 3, 4, &start, &end));
    s = "abcabc 123123 ＡＢＣＡＢＣ"; /* not Han */
    assert_false(bl_repeats_find(s, strlen(s), 0, 1, 4, &start, &end));
    s = "进一步进一"; /* cut short by the end */
    assert_false(bl_repeats_find(s, strlen(s), 0, 3, 4, &start, &end));
    const char *cases[] = {"进一步进一步进一步", "的的确确确确", "全过程全过程人民民主民主", "〇〇〇〇〇〇", "一二三一二三四一二三四",
                           "𠀀𠀁𠀂𠀀𠀁𠀂", "中。中。中。", "aaa中文中文", "中文中文中文中文", ""};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        for (unsigned min = 1; min <= 4; min++)
            for (unsigned max = min; max <= 5; max++)
                expect_same(cases[i], min, max);
}

/* Random texts over a few characters (Han, not Han, of 1 to 4 bytes), so that repeats are common. */
static void test_random_texts_agree_with_the_regex(void **state)
{
    (void)state;
    static const char *const alphabet[] = {"中", "文", "进", "步", "〇", "，", "a", "１", "𠀀", "々"};
    unsigned seed = 12345;
    for (int round = 0; round < 3000; round++) {
        char s[400] = "";
        size_t used = 0;
        int chars = 1 + (int)(seed % 40);
        for (int i = 0; i < chars; i++) {
            seed = seed * 1103515245u + 12345u;
            const char *c = alphabet[(seed >> 16) % (seed % 7 == 0 ? 10 : 4)];
            used += (size_t)snprintf(s + used, sizeof s - used, "%s", c);
        }
        unsigned min = 1 + (seed >> 8) % 4, max = min + (seed >> 12) % 3;
        expect_same(s, min, max);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_written_cases),
        cmocka_unit_test(test_random_texts_agree_with_the_regex),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
