/* Word documents: number formats, automatic numbering as Word shows it, and positions through line
 * breaks inside a paragraph. (The whole reader and writers: tests/cli/test_docx.sh.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "docx_numbering.h"
#include "source.h"

static void expect_format(const char *format, int value, const char *want)
{
    char buf[64];
    bl_docx_format_number(format, value, buf, sizeof buf);
    assert_string_equal(buf, want);
}

static void test_number_formats(void **state)
{
    (void)state;
    expect_format("chineseCounting", 1, "一");
    expect_format("chineseCounting", 10, "十");
    expect_format("chineseCounting", 11, "十一");
    expect_format("chineseCounting", 20, "二十");
    expect_format("chineseCounting", 35, "三十五");
    expect_format("chineseCounting", 100, "一百");
    expect_format("chineseCounting", 101, "一百零一");
    expect_format("chineseCounting", 110, "一百一十");
    expect_format("chineseCountingThousand", 1010, "一千零一十");
    expect_format("chineseCounting", 20001, "二万零一");
    expect_format("chineseLegalSimplified", 12, "壹拾贰");
    expect_format("ideographTraditional", 3, "丙");
    expect_format("ideographZodiac", 13, "子");
    expect_format("decimal", 7, "7");
    expect_format("decimalZero", 7, "07");
    expect_format("decimalFullWidth", 12, "１２");
    expect_format("decimalEnclosedCircle", 3, "③");
    expect_format("decimalEnclosedCircle", 21, "21");
    expect_format("decimalEnclosedParen", 2, "⑵");
    expect_format("upperRoman", 14, "XIV");
    expect_format("lowerLetter", 28, "bb");
    expect_format("ideographDigital", 2024, "二〇二四");
    expect_format("none", 3, "");
    expect_format("somethingNew", 3, "3");
}

#define W "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
static const char numbering[] =
    "<w:numbering " W "><w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:suff w:val=\"nothing\"/>"
    "<w:lvlText w:val=\"%1、\"/><w:pStyle w:val=\"h1\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:suff w:val=\"nothing\"/>"
    "<w:lvlText w:val=\"（%2）\"/></w:lvl>"
    "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%3\"/><w:isLgl/></w:lvl>"
    "<w:lvl w:ilvl=\"3\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%4.\"/>"
    "<w:suff w:val=\"space\"/><w:lvlRestart w:val=\"0\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
    "<w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
    "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/>"
    "</w:lvlOverride></w:num></w:numbering>";
static const char styles[] =
    "<w:styles " W "><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"/>"
    "<w:style w:type=\"paragraph\" w:styleId=\"h1\"><w:basedOn w:val=\"a\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/>"
    "</w:numPr></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"h1x\"><w:basedOn w:val=\"h1\"/></w:style></w:styles>";

static void expect_label(bl_docx_numbering *n, const char *style, int num, int ilvl, const char *want)
{
    char buf[128];
    bl_docx_numbering_label(n, style, num, ilvl, buf, sizeof buf);
    assert_string_equal(buf, want);
}

static void test_numbering_labels(void **state)
{
    (void)state;
    bl_docx_numbering *n;
    bl_error err = {{0}};
    assert_int_equal(bl_docx_numbering_load(&n, "word/numbering.xml", numbering, sizeof numbering - 1,
                                            "word/styles.xml", styles, sizeof styles - 1, &err), BL_OK);
    expect_label(n, "h1", -1, -1, "一、");        /* the style's numbering, its level from the w:lvl's pStyle */
    expect_label(n, NULL, 1, 1, "（一）");
    expect_label(n, NULL, 1, 1, "（二）");
    expect_label(n, NULL, 1, 2, "1.1\t");         /* isLgl: decimal; the default suffix is a tab */
    expect_label(n, NULL, 1, 3, "1. ");
    expect_label(n, "h1x", -1, -1, "二、");       /* through basedOn; the deeper levels start again */
    expect_label(n, NULL, 1, 1, "（一）");
    expect_label(n, NULL, 1, 3, "2. ");           /* w:lvlRestart 0: never starts again */
    expect_label(n, "h1", 0, -1, "");             /* numId 0 switches the style's numbering off */
    expect_label(n, NULL, -1, -1, "");
    expect_label(n, NULL, 2, 0, "1.\t");
    expect_label(n, NULL, 2, 0, "2.\t");
    expect_label(n, NULL, 3, 0, "5.\t");          /* another list of the same definition, restarted at 5 */
    expect_label(n, NULL, 3, 0, "6.\t");
    expect_label(n, NULL, 9, 0, "");              /* an undefined list */
    bl_docx_numbering_free(n);
    assert_int_equal(bl_docx_numbering_load(&n, "word/numbering.xml", "<w:numbering " W "><w:num>", 30, NULL, NULL, 0,
                                            &err), BL_ERR_INPUT);
    assert_non_null(strstr(err.message, "word/numbering.xml: malformed XML"));
}

static void test_line_breaks_keep_paragraph_positions(void **state)
{
    (void)state;
    bl_source src = {0};
    const char text[] = "政务信息\n第7期\n\n2月30日\n";
    assert_int_equal(bl_source_from_text(&src, text, sizeof text - 1), BL_OK);
    uint32_t breaks[] = {12}; /* the "\n" after 政务信息 is a w:br */
    assert_int_equal(bl_source_join_lines(&src, breaks, 1), BL_OK);
    assert_int_equal(src.line_count, 4);
    assert_int_equal(bl_source_reported_line_count(&src), 3);
    uint32_t line, col, len;
    bl_source_locate(&src, (uint32_t)(strstr(src.text, "第") - src.text), &line, &col);
    assert_int_equal(line, 1);
    assert_int_equal(col, 6); /* 4 characters, the break, then 第 */
    bl_source_locate(&src, (uint32_t)(strstr(src.text, "2月") - src.text), &line, &col);
    assert_int_equal(line, 3);
    assert_int_equal(col, 1);
    uint32_t start = bl_source_reported_line(&src, 1, &len);
    assert_int_equal(start, 0);
    assert_int_equal(len, strlen("政务信息\n第7期"));
    bl_source_reported_line(&src, 2, &len);
    assert_int_equal(len, 0);
    bl_source_release(&src);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_formats),
        cmocka_unit_test(test_numbering_labels),
        cmocka_unit_test(test_line_breaks_keep_paragraph_positions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
