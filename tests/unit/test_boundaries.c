/* Dividing a file of several bulletins into documents (boundaries.h): where it must divide, and
 * where it must not (another series quoted, 第N期 in a sentence, a .docx, one masthead); and the
 * positions of a view of some lines of a source (source.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "boundaries.h"
#include "reader.h"

/* One issue of a two-line masthead: the series over 第N期, the office and date, a title, a body, a
 * closing block. Nine lines. */
#define ISSUE(n)                                                                   \
    "人大工作简报\n"                                                               \
    "第" n "期\n"                                                                  \
    "某市人大常委会办公室　　　　2024年9月6日\n"                                   \
    "某市：扎实推进民生实事项目监督\n"                                             \
    "　　今年以来，市人大常委会把民生实事项目监督作为重点工作，取得明显成效。\n" \
    "　　一是健全机制。制定监督方案，明确责任分工。\n"                             \
    "　　二是跟踪问效。建立问题清单，逐项督办落实。\n"                             \
    "（某市人大常委会研究室供稿）\n"                                               \
    "报：省人大常委会办公厅\n"

/* One issue of a one-line masthead, the issue in brackets at its end. Seven lines. */
#define SPECIAL(n)                                                                 \
    "“守护绿水青山”联动监督专辑（" n "）\n"                                        \
    "\n"                                                                           \
    "某县：以联动监督护航生态保护\n"                                               \
    "　　县人大常委会组织开展专题调研，推动问题整改。\n"                           \
    "　　调研组走访乡镇十二个，查看点位三十处。\n"                                 \
    "（某县人大常委会供稿）\n"                                                     \
    "发：各乡镇人大主席团\n"

/* An issue that opens with a security mark over its masthead, as some series print it. Eight lines. */
#define MARKED(n)                                                                  \
    "内部资料　注意保存\n"                                                         \
    "教育工作动态\n"                                                               \
    "第" n "期（总第2" n "期）\n"                                                  \
    "某县教育局办公室　　　　2024年9月12日\n"                                      \
    "某县：推进课后服务提质扩面\n"                                                 \
    "　　全县中小学课后服务实现全覆盖，参与学生比例持续提高。\n"                   \
    "（某县教育局办公室供稿）\n"                                                   \
    "报：市教育局\n"

static void find(bl_boundaries *b, bl_source *src, const char *text, const char *reader)
{
    bl_error err = {{0}};
    assert_int_equal(bl_input_read(src, text, strlen(text), BL_ENCODING_AUTO, &err), BL_OK);
    if (reader)
        src->reader = reader;
    assert_int_equal(bl_boundaries_find(b, src), BL_OK);
    assert_true(b->count >= 1);
    assert_int_equal(b->starts[0], 0);
}

static size_t count_of(const char *text, const char *reader)
{
    bl_source src;
    bl_boundaries b;
    find(&b, &src, text, reader);
    size_t n = b.count;
    bl_boundaries_release(&b);
    bl_source_release(&src);
    return n;
}

static void test_issues_one_after_another_divide_at_each_masthead(void **state)
{
    (void)state;
    bl_source src;
    bl_boundaries b;
    find(&b, &src, ISSUE("12") ISSUE("13") "\n" ISSUE("14"), NULL);
    assert_int_equal(b.count, 3);
    assert_int_equal(b.starts[1], 9);
    assert_int_equal(b.starts[2], 19); /* the blank line between stays with the issue before */
    bl_boundaries_release(&b);
    bl_source_release(&src);
    assert_int_equal(count_of(SPECIAL("五十三") SPECIAL("五十四") SPECIAL("五十五"), NULL), 3);
}

static void test_a_mark_over_each_masthead_opens_each_issue(void **state)
{
    (void)state;
    bl_source src;
    bl_boundaries b;
    find(&b, &src, MARKED("15") "\n" MARKED("16"), NULL);
    assert_int_equal(b.count, 2);
    assert_int_equal(b.starts[1], 9); /* at the mark, the blank line before it left to the issue before */
    bl_boundaries_release(&b);
    bl_source_release(&src);
    assert_int_equal(count_of(MARKED("15"), NULL), 1);
    /* the mark again, but over no masthead of the series; the series again, but without the mark */
    assert_int_equal(count_of(MARKED("15") "内部资料　注意保存\n　　本期内容请勿外传。\n", NULL), 1);
    assert_int_equal(count_of(MARKED("15") "内部资料　注意保存\n人大工作简报\n第3期\n", NULL), 1);
    assert_int_equal(count_of(MARKED("15") "教育工作动态\n第16期\n某县：标题\n　　正文。\n", NULL), 1);
}

static void test_a_single_masthead_is_one_document(void **state)
{
    (void)state;
    assert_int_equal(count_of(ISSUE("12"), NULL), 1);
    assert_int_equal(count_of(SPECIAL("五十三"), NULL), 1);
    assert_int_equal(count_of("", NULL), 1);
    assert_int_equal(count_of("\n\n", NULL), 1);
}

static void test_another_series_quoted_in_the_body_does_not_divide(void **state)
{
    (void)state;
    /* another series' masthead lines, alone on their lines, quoted in the body */
    assert_int_equal(count_of(ISSUE("12") "政协简报\n第8期\n　　该期简报刊发了我市的经验做法。\n", NULL), 1);
    /* the next issue of another series after this one: two series are not an archive of one */
    assert_int_equal(count_of(ISSUE("12") SPECIAL("五十三"), NULL), 1);
    assert_int_equal(count_of(SPECIAL("五十三") ISSUE("12"), NULL), 1);
}

static void test_an_issue_number_in_body_text_does_not_divide(void **state)
{
    (void)state;
    assert_int_equal(count_of(ISSUE("12") "　　人大工作简报第5期刊发了这一做法，各地纷纷借鉴。\n"
                                          "第二期\n"
                                          "　　第3期培训班于5月开班。\n", NULL), 1);
    /* the series name alone on a line, without an issue line after it */
    assert_int_equal(count_of(ISSUE("12") "人大工作简报\n　　这是一个小标题下的正文，共有三段。\n", NULL), 1);
    /* the same masthead again right after the first: no bulletin before it */
    assert_int_equal(count_of("人大工作简报\n第12期\n人大工作简报\n第12期\n某市：标题\n　　正文。\n", NULL), 1);
}

static void test_a_file_without_a_masthead_is_one_document(void **state)
{
    (void)state;
    assert_int_equal(count_of("某市：扎实推进民生实事项目监督\n　　正文一段。\n　　正文二段。\n"
                              "　　正文三段。\n　　正文四段。\n" ISSUE("12") ISSUE("13"), NULL), 1);
}

static void test_a_docx_is_one_document(void **state)
{
    (void)state;
    assert_int_equal(count_of(ISSUE("12") ISSUE("13"), "docx"), 1);
}

static void test_a_view_has_the_file_positions(void **state)
{
    (void)state;
    bl_source src, view;
    bl_boundaries b;
    find(&b, &src, ISSUE("12") ISSUE("13"), NULL);
    assert_int_equal(b.count, 2);
    bl_source_view(&view, &src, b.starts[1], src.line_count - b.starts[1]);
    assert_int_equal(view.line_count, 9);
    assert_int_equal(bl_source_reported_line_count(&view), 18);
    uint32_t len, start = bl_source_line(&view, 2, &len); /* its own second line: the file's 11th */
    assert_int_equal(len, strlen("第13期"));
    assert_memory_equal(view.text + start, "第13期", len);
    uint32_t line, col;
    bl_source_locate(&view, start + 3, &line, &col);
    assert_int_equal(line, 11);
    assert_int_equal(col, 2);
    assert_int_equal(bl_source_reported_line(&view, 11, &len), start);
    assert_int_equal(bl_source_bytes(&view), src.len - src.line_starts[9]);
    bl_source_release(&view); /* it owns nothing: src is still whole */
    assert_non_null(src.text);
    bl_boundaries_release(&b);
    bl_source_release(&src);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_issues_one_after_another_divide_at_each_masthead),
        cmocka_unit_test(test_a_mark_over_each_masthead_opens_each_issue),
        cmocka_unit_test(test_a_single_masthead_is_one_document),
        cmocka_unit_test(test_another_series_quoted_in_the_body_does_not_divide),
        cmocka_unit_test(test_an_issue_number_in_body_text_does_not_divide),
        cmocka_unit_test(test_a_file_without_a_masthead_is_one_document),
        cmocka_unit_test(test_a_docx_is_one_document),
        cmocka_unit_test(test_a_view_has_the_file_positions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
