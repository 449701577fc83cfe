/* Segmentation: parts, paragraphs across hard wraps and page breaks, headings, sentences,
 * enumerations, and the positions they map back to. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "document.h"
#include "pipeline.h"

/* An extracted bulletin: lines wrapped at 28 characters with blank lines between them, a page
 * number in the middle of a paragraph, a continuation line starting with a space. */
static const char extracted[] =
    " “积极应对人口老龄化　加快发展养老服务”联动监督专辑 (五十三)\n"   /* 1 */
    "\n"
    "许昌: 以联动监督推动养老服务提质增效\n"                            /* 3 */
    "\n"
    "今年以来,许昌市人大常委会按照全省统一部署,坚持市县\n"             /* 5 */
    "\n"
    "同步、上下联动,推动全市养老服务体系建设取得新进展,群众\n"         /* 7 */
    "\n"
    "满意度明显提升.\n"                                                  /* 9 */
    "\n"
    "一、提高站位,压实联动监督责任\n"                                    /* 11 */
    "\n"
    "市人大常委会成立领导小组,一是制定方案,明确时间表和路线\n"         /* 13 */
    "—３—\n"                                                             /* 14 */
    "\n"
    "\n"
    " 图,二是加强督导,确保各项任务落到实处,形成市县同频共振\n"         /* 17 */
    "\n"
    "的工作格局.\n"                                                      /* 19 */
    "\n"
    "(一)健全机制.常委会建立联席会议制度,定期研究解决问题.\n"         /* 21 */
    "\n"
    "压实责任,扛牢监督使命\n"                                            /* 23 */
    "\n"
    "各级人大常委会把联动监督列入年度计划,统筹安排部署实施,推\n"     /* 25 */
    "\n"
    "动问题整改,确保取得实效.\n"                                         /* 27 */
    "\n"
    "(许昌市人大社会建设委员会供稿)\n"                                   /* 29 */
    " 　报:全国人大社会建设委员会\n"                                     /* 30 */
    "\n"
    "　发:各省辖市人大常委会\n";                                         /* 32 */

static bl_document *parse(const char *text, size_t len)
{
    bl_document *doc = NULL;
    bl_error err = {{0}};
    assert_int_equal(bl_pipeline_model(&doc, text, len, BL_ENCODING_AUTO, BL_LAYOUT_AUTO, &err), BL_OK);
    return doc;
}

static void test_extracted_parts(void **state)
{
    (void)state;
    bl_document *doc = parse(extracted, sizeof extracted - 1);
    assert_int_equal(doc->page.layout, BL_LAYOUT_EXTRACTED);
    assert_int_equal(doc->masthead, 0);
    assert_int_equal(doc->issue_number, 53);
    assert_int_equal(doc->title_count, 1);
    assert_true(doc->title_city.present);
    assert_memory_equal(doc->title_city.text.s, "许昌", strlen("许昌"));
    assert_true(doc->contributor >= 0);
    assert_int_equal(doc->distribution_count, 2);
    bl_span city = bl_document_span(doc, &doc->contributor_city.text, 0, doc->contributor_city.text.len);
    assert_int_equal(city.line, 29);
    assert_int_equal(city.col, 2);
    assert_int_equal(city.end_col, 4);
    bl_document_free(doc);
}

static void test_extracted_paragraphs_and_sections(void **state)
{
    (void)state;
    bl_document *doc = parse(extracted, sizeof extracted - 1);
    assert_int_equal(doc->paragraph_count, 4);
    /* 1: the opening paragraph, lines 5-9 joined without the blank lines */
    const bl_paragraph *p = &doc->paragraphs[0];
    assert_int_equal(p->section, -1);
    assert_non_null(strstr(p->text.s, "坚持市县同步、上下联动"));
    /* 2: across the page number line 14 and the leading space of line 17 */
    p = &doc->paragraphs[1];
    assert_int_equal(p->section, 0);
    assert_true(strncmp(p->text.s, "市人大常委会", strlen("市人大常委会")) == 0);
    assert_non_null(strstr(p->text.s, "明确时间表和路线图,二是加强督导"));
    assert_null(strstr(p->text.s, "３—"));
    /* 3: a run-in subsection heading */
    p = &doc->paragraphs[2];
    assert_int_equal(doc->sections[p->section].kind, BL_MARKER_PAREN_CHINESE);
    assert_true(doc->sections[p->section].run_in);
    assert_int_equal(p->heading_end, strlen("(一)健全机制."));
    assert_int_equal(p->sentence_count, 2);
    /* sections: 一、 (standalone), (一) (run-in, child of 一、), an unnumbered heading */
    assert_int_equal(doc->section_count, 3);
    assert_int_equal(doc->sections[0].kind, BL_MARKER_CHINESE);
    assert_int_equal(doc->sections[0].level, 1);
    assert_int_equal(doc->sections[1].parent, 0);
    assert_int_equal(doc->sections[2].kind, BL_MARKER_NONE);
    assert_int_equal(doc->sections[2].level, 2);
    assert_int_equal(doc->paragraphs[3].section, 2);
    bl_document_free(doc);
}

static void test_positions_survive_joining(void **state)
{
    (void)state;
    bl_document *doc = parse(extracted, sizeof extracted - 1);
    const bl_paragraph *p = &doc->paragraphs[1];
    const char *word = strstr(p->text.s, "图,二是");
    uint32_t from = (uint32_t)(word - p->text.s);
    bl_span s = bl_document_span(doc, &p->text, from, from + (uint32_t)strlen("图,二是"));
    assert_int_equal(s.line, 17);
    assert_int_equal(s.col, 2);   /* after the leading space */
    assert_int_equal(s.end_line, 17);
    assert_int_equal(s.end_col, 6);
    /* a span that starts on one line and ends on the next */
    const char *wrap = strstr(p->text.s, "路线图");
    from = (uint32_t)(wrap - p->text.s);
    s = bl_document_span(doc, &p->text, from, from + (uint32_t)strlen("路线图"));
    assert_int_equal(s.line, 13);
    assert_int_equal(s.end_line, 17);
    assert_int_equal(s.end_col, 3);
    bl_document_free(doc);
}

static void test_enumerations(void **state)
{
    (void)state;
    bl_document *doc = parse(extracted, sizeof extracted - 1);
    assert_int_equal(doc->enumeration_count, 1);
    assert_int_equal(doc->enumerations[0].item_count, 2);
    assert_int_equal(doc->items[0].value, 1);
    assert_int_equal(doc->items[1].value, 2);
    bl_document_free(doc);
}

static void test_draft_one_paragraph_per_line(void **state)
{
    (void)state;
    static const char draft[] =
        "简报（一）\n周口：标题\n"
        "　　第一段。第二句！\n"
        "一、做法\n"
        "　　（一）甲。正文有1.5万人。\n"
        "　　原因之一是投入不足，统一是前提。\n"
        "（周口市人大社会建设委员会供稿）\n";
    bl_document *doc = parse(draft, sizeof draft - 1);
    assert_int_equal(doc->page.layout, BL_LAYOUT_DRAFT);
    assert_int_equal(doc->paragraph_count, 3);
    assert_int_equal(doc->paragraphs[0].sentence_count, 2);
    /* a decimal point does not end a sentence */
    assert_int_equal(doc->paragraphs[1].sentence_count, 2);
    assert_int_equal(doc->enumeration_count, 0);
    assert_int_equal(doc->section_count, 2);
    bl_document_free(doc);
}

static void test_odd_inputs_end_cleanly(void **state)
{
    (void)state;
    bl_document *doc = parse("", 0);
    assert_int_equal(doc->paragraph_count, 0);
    assert_int_equal(doc->masthead, -1);
    bl_document_free(doc);
    doc = parse("\n\n\n", 3);
    assert_int_equal(doc->paragraph_count, 0);
    bl_document_free(doc);
    doc = parse("（（（（（（", strlen("（（（（（（"));
    bl_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_extracted_parts),
        cmocka_unit_test(test_extracted_paragraphs_and_sections),
        cmocka_unit_test(test_positions_survive_joining),
        cmocka_unit_test(test_enumerations),
        cmocka_unit_test(test_draft_one_paragraph_per_line),
        cmocka_unit_test(test_odd_inputs_end_cleanly),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
