/* Reading and decoding: encodings, line endings, bad input, and offset → line/column. */
#include <iconv.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "reader.h"

static char *to_gb18030(const char *utf8, size_t *out_len)
{
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    assert_true(cd != (iconv_t)-1);
    size_t in_left = strlen(utf8), cap = in_left * 2 + 8, out_left = cap;
    char *buffer = malloc(cap), *in = (char *)utf8, *out = buffer;
    assert_true(iconv(cd, &in, &in_left, &out, &out_left) != (size_t)-1);
    iconv_close(cd);
    *out_len = cap - out_left;
    return buffer;
}

static void load_ok(bl_source *src, const char *bytes, size_t len)
{
    bl_error err = {{0}};
    assert_int_equal(bl_input_read(src, bytes, len, BL_ENCODING_AUTO, &err), BL_OK);
}

static void test_utf8_lines_and_columns(void **state)
{
    (void)state;
    bl_source src;
    const char text[] = "一、标题\n　　正文abc\n";
    load_ok(&src, text, sizeof text - 1);
    assert_int_equal(src.encoding, BL_ENCODING_UTF8);
    assert_int_equal(src.line_count, 2);
    uint32_t line, col;
    const char *a = strstr(src.text, "a");
    bl_source_locate(&src, (uint32_t)(a - src.text), &line, &col);
    assert_int_equal(line, 2);
    assert_int_equal(col, 5); /* 　　正文 are four characters before it */
    bl_source_locate(&src, 0, &line, &col);
    assert_int_equal(line, 1);
    assert_int_equal(col, 1);
    bl_source_release(&src);
}

static void test_line_endings_and_bom_give_the_same_text(void **state)
{
    (void)state;
    const char *variants[] = {"甲\n乙\n丙", "甲\r\n乙\r\n丙", "甲\r乙\r丙", "\xEF\xBB\xBF甲\n乙\r\n丙"};
    for (size_t i = 0; i < 4; i++) {
        bl_source src;
        load_ok(&src, variants[i], strlen(variants[i]));
        assert_string_equal(src.text, "甲\n乙\n丙");
        assert_int_equal(src.line_count, 3);
        assert_int_equal(src.had_bom, i == 3);
        uint32_t line, col;
        bl_source_locate(&src, (uint32_t)(strstr(src.text, "丙") - src.text), &line, &col);
        assert_int_equal(line, 3);
        assert_int_equal(col, 1);
        bl_source_release(&src);
    }
}

static void test_gb18030_is_detected_and_converted(void **state)
{
    (void)state;
    const char *utf8 = "安阳：以联动监督推动养老服务\n（一）正文。\n";
    size_t len;
    char *gb = to_gb18030(utf8, &len);
    bl_source src;
    load_ok(&src, gb, len);
    assert_int_equal(src.encoding, BL_ENCODING_GB18030);
    assert_string_equal(src.text, utf8);
    bl_source_release(&src);
    free(gb);
}

static void test_bad_input_names_the_byte(void **state)
{
    (void)state;
    bl_source src;
    bl_error err = {{0}};
    const char nul[] = "正文\0更多";
    assert_int_equal(bl_input_read(&src, nul, sizeof nul - 1, BL_ENCODING_AUTO, &err), BL_ERR_INPUT);
    assert_non_null(strstr(err.message, "NUL byte at byte offset 6"));

    const char binary[] = "\xFF\xFE\x00\x41";
    assert_int_equal(bl_input_read(&src, binary, 4, BL_ENCODING_AUTO, &err), BL_ERR_INPUT);
    assert_non_null(strstr(err.message, "UTF-16"));

    const char neither[] = "ok \x80\x80\x80\xFF text";
    assert_int_equal(bl_input_read(&src, neither, sizeof neither - 1, BL_ENCODING_AUTO, &err), BL_ERR_INPUT);
    assert_non_null(strstr(err.message, "neither UTF-8 (invalid byte at offset 3)"));

    const char latin[] = "caf\xE9";
    assert_int_equal(bl_input_read(&src, latin, 4, BL_ENCODING_UTF8, &err), BL_ERR_INPUT);
    assert_string_equal(err.message, "invalid UTF-8 at byte offset 3");
}

static void test_empty_and_blank_input(void **state)
{
    (void)state;
    bl_source src;
    load_ok(&src, "", 0);
    assert_int_equal(src.line_count, 1);
    assert_int_equal(src.len, 0);
    uint32_t line, col;
    bl_source_locate(&src, 0, &line, &col);
    assert_int_equal(line, 1);
    assert_int_equal(col, 1);
    bl_source_release(&src);
}

static void test_columns_on_a_long_line(void **state)
{
    (void)state;
    /* Columns past the 256-byte checkpoints stay exact. */
    size_t n = 2000;
    char *text = malloc(n * 3 + 2);
    for (size_t i = 0; i < n; i++)
        memcpy(text + i * 3, "字", 3);
    text[n * 3] = 'x';
    bl_source src;
    load_ok(&src, text, n * 3 + 1);
    uint32_t line, col;
    bl_source_locate(&src, (uint32_t)(n * 3), &line, &col);
    assert_int_equal(line, 1);
    assert_int_equal(col, n + 1);
    bl_source_locate(&src, 3 * 777, &line, &col);
    assert_int_equal(col, 778);
    bl_source_release(&src);
    free(text);
}

/* Every character's line and column, in a text of lines of mixed width (1 to 4 bytes a character)
 * across many 64-byte checkpoints, against a count made here, with LF, CRLF and CR endings. */
static void test_every_position_of_mixed_lines(void **state)
{
    (void)state;
    static const char *const chars[] = {"a", "é", "字", "𠀀", "，", " "};
    static const char *const endings[] = {"\n", "\r\n", "\r"};
    for (int e = 0; e < 3; e++) {
        char text[8192];
        size_t used = 0;
        unsigned seed = 7;
        uint32_t expect_line[4096], expect_col[4096], offsets[4096], count = 0, line = 1, col = 1;
        size_t normalised = 0; /* the offset in the text as read (endings made LF) */
        while (used < sizeof text - 16 && count < 4096) {
            seed = seed * 1103515245u + 12345u;
            if ((seed >> 16) % 23 == 0) {
                used += (size_t)snprintf(text + used, sizeof text - used, "%s", endings[e]);
                normalised++;
                line++;
                col = 1;
                continue;
            }
            const char *c = chars[(seed >> 16) % 6];
            offsets[count] = (uint32_t)normalised;
            expect_line[count] = line;
            expect_col[count++] = col++;
            used += (size_t)snprintf(text + used, sizeof text - used, "%s", c);
            normalised += strlen(c);
        }
        bl_source src;
        load_ok(&src, text, used);
        for (uint32_t i = 0; i < count; i++) {
            uint32_t l, c;
            bl_source_locate(&src, offsets[i], &l, &c);
            if (l != expect_line[i] || c != expect_col[i])
                fail_msg("ending %d, byte %u: line %u column %u, expected %u:%u", e, offsets[i], l, c, expect_line[i],
                         expect_col[i]);
        }
        assert_int_equal(src.line_count, line);
        bl_source_release(&src);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_utf8_lines_and_columns),
        cmocka_unit_test(test_line_endings_and_bom_give_the_same_text),
        cmocka_unit_test(test_gb18030_is_detected_and_converted),
        cmocka_unit_test(test_bad_input_names_the_byte),
        cmocka_unit_test(test_empty_and_blank_input),
        cmocka_unit_test(test_columns_on_a_long_line),
        cmocka_unit_test(test_every_position_of_mixed_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
