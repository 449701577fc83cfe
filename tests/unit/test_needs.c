/* A rule's needs_text: the strings are found in one pass over the document's texts (a word inside
 * another, a word another starts with, a text searched once whatever nodes of parts of it there
 * are); a rule none of whose strings is in the text is not run, one with a string is; the field is
 * checked when the rule is loaded. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "bulletin_lint/bulletin_lint.h"
#include "ruleset.h"

#define WORD(s) {s, sizeof s - 1}

/* The bits present in the texts, for rules that need the given words. */
static uint64_t present_in(const bl_text *texts, size_t text_count, const bl_text_ref *extra, size_t extra_count,
                           bl_rule *rules, size_t rule_count, bl_needs_index *index)
{
    assert_int_equal(bl_needs_index_build(index, rules, rule_count), BL_OK);
    bl_text_ref items[16];
    size_t n = 0;
    for (size_t i = 0; i < text_count; i++)
        items[n++] = (bl_text_ref){&texts[i], 0, texts[i].len};
    for (size_t i = 0; i < extra_count; i++)
        items[n++] = extra[i];
    bl_text_refs refs = {items, (uint32_t)n, n};
    return bl_needs_present(index, &refs);
}

static void test_words_found_together(void **state)
{
    (void)state;
    bl_word ellipsis[] = {WORD("…"), WORD("..."), WORD("。。。")};
    bl_word jiezhi[] = {WORD("截止")};
    bl_word near[] = {WORD("近"), WORD("将近")};
    bl_word mark[] = {WORD("截")};
    bl_rule rules[] = {{.needs = ellipsis, .need_count = 3}, {.needs = jiezhi, .need_count = 1},
                       {.needs = near, .need_count = 2}, {.needs = mark, .need_count = 1}, {.need_count = 0}};
    bl_needs_index index;
    /* 将近 holds 近 after its start; 截止 starts with 截 (found as the longer word) */
    bl_text texts[] = {{"工作将近完成，截止目前", (uint32_t)strlen("工作将近完成，截止目前"), NULL, 0}};
    uint64_t present = present_in(texts, 1, NULL, 0, rules, 5, &index);
    assert_int_equal(rules[4].need_mask, 0);
    for (size_t r = 0; r < 4; r++)
        assert_int_not_equal(rules[r].need_mask, 0);
    assert_int_equal(present & rules[0].need_mask, 0);
    assert_int_not_equal(present & rules[1].need_mask, 0);
    assert_int_not_equal(present & rules[2].need_mask, 0);
    assert_int_not_equal(present & rules[3].need_mask, 0);
    bl_needs_index_release(&index);

    /* a node of part of a text with no node of its whole is searched, its bytes only */
    bl_text part_only[] = {{"前文……后文", (uint32_t)strlen("前文……后文"), NULL, 0},
                           {"甲乙丙丁", (uint32_t)strlen("甲乙丙丁"), NULL, 0}};
    bl_text_ref parts[] = {{&part_only[0], 0, 6}, {&part_only[1], 3, 3}};
    present = present_in(&part_only[1], 1, parts, 1, rules, 5, &index); /* 前文 alone: no … */
    assert_int_equal(present & rules[0].need_mask, 0);
    bl_needs_index_release(&index);
    bl_text_ref ellipsis_part = {&part_only[0], 6, 6};
    present = present_in(NULL, 0, &ellipsis_part, 1, rules, 5, &index);
    assert_int_not_equal(present & rules[0].need_mask, 0);
    bl_needs_index_release(&index);
}

static void test_past_64_words_a_rule_always_runs(void **state)
{
    (void)state;
    static char text[70][8];
    bl_word words[70];
    for (int i = 0; i < 70; i++) {
        snprintf(text[i], sizeof text[i], "w%02d", i);
        words[i] = (bl_word){text[i], strlen(text[i])};
    }
    bl_rule rules[3] = {{.needs = words, .need_count = 32}, {.needs = words + 32, .need_count = 32},
                        {.needs = words + 64, .need_count = 6}};
    bl_needs_index index;
    bl_text none = {"nothing here", 12, NULL, 0};
    uint64_t present = present_in(&none, 1, NULL, 0, rules, 3, &index);
    assert_int_equal(present, 0);
    assert_int_not_equal(rules[0].need_mask, 0);
    assert_int_not_equal(rules[1].need_mask, 0);
    assert_int_equal(rules[2].need_mask, 0); /* its words have no bit: it runs on every document */
    bl_needs_index_release(&index);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* A rule structure.NAME in dir that needs `needs` (Lua) and reports its first paragraph. */
static void write_rule(const char *dir, const char *name, const char *needs)
{
    char path[512], body[1024];
    snprintf(path, sizeof path, "%s/structure/%s.lua", dir, name);
    snprintf(body, sizeof body,
             "return { id = 'structure.%s', category = 'structure', severity = 'warning', summary = 's',\n"
             "  needs_text = %s,\n"
             "  check = function(doc, report) report{ at = doc.paragraphs[1], message = '%s ran' } end }\n",
             name, needs, name);
    write_file(path, body);
}

static bl_engine *engine_of(const char *dir, bl_error *err, int *status)
{
    const char *dirs[] = {dir};
    bl_engine_options eo = BL_ENGINE_OPTIONS_INIT;
    eo.rule_dirs = dirs;
    eo.rule_dir_count = 1;
    bl_engine *engine = NULL;
    *status = bl_engine_new(&engine, &eo, err);
    return engine;
}

static void test_rules_not_run_without_their_text(void **state)
{
    (void)state;
    char dir[] = "/tmp/bl-needs-XXXXXX", path[512];
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof path, "%s/structure", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    write_rule(dir, "jiayi", "{ '甲乙' }");
    write_rule(dir, "bingding", "{ '丙丁', '戊' }");
    bl_error err = {{0}};
    int status;
    bl_engine *engine = engine_of(dir, &err, &status);
    assert_int_equal(status, BL_OK);
    /* hard-wrapped text: 甲乙 is split over two lines, and found in the joined paragraph */
    const char *wrapped = "　　第一段落的文字在这里写得很长很长很长很长很长甲\n"
                          "乙，第一段落的文字在这里继续写得很长很长很长很长。\n"
                          "　　第二段落的文字在这里写得很长很长很长很长很长。\n";
    bl_check_options co = BL_CHECK_OPTIONS_INIT;
    co.layout = BL_LAYOUT_EXTRACTED;
    bl_report *r;
    assert_int_equal(bl_engine_check(engine, "t.txt", wrapped, strlen(wrapped), &co, &r), BL_OK);
    assert_int_equal(bl_report_diagnostic_count(r), 1);
    assert_string_equal(bl_report_diagnostic(r, 0)->message, "jiayi ran");
    bl_report_free(r);
    const char *draft = "一段话里有戊。\n";
    assert_int_equal(bl_engine_check(engine, "t.txt", draft, strlen(draft), NULL, &r), BL_OK);
    assert_int_equal(bl_report_diagnostic_count(r), 1);
    assert_string_equal(bl_report_diagnostic(r, 0)->message, "bingding ran");
    bl_report_free(r);
    bl_rule_stats stats;
    const bl_rule_info *info = bl_engine_find_rule(engine, "structure.jiayi");
    for (size_t i = 0; i < bl_engine_rule_count(engine); i++)
        if (bl_engine_rule(engine, i) == info)
            bl_engine_rule_stats(engine, i, &stats);
    assert_int_equal(stats.documents, 2); /* a document it was not run on was still checked */
    assert_int_equal(stats.findings, 1);
    bl_engine_free(engine);

    static const char *const bad[] = {"{}", "'甲'", "{ '' }", "{ 1 }", "{ '\\255' }",
                                      "{ 'a','a','a','a','a','a','a','a','a','a','a','a','a','a','a','a',"
                                      "'a','a','a','a','a','a','a','a','a','a','a','a','a','a','a','a','a' }"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        write_rule(dir, "bad", bad[i]);
        engine = engine_of(dir, &err, &status);
        assert_int_equal(status, BL_ERR_RULES);
        if (!strstr(err.message, "bad.lua:2: rule field 'needs_text' must be a list of 1 to 32 non-empty strings"))
            fail_msg("needs_text = %s: %s", bad[i], err.message);
    }
    char command[300];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    assert_int_equal(system(command), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_found_together),
        cmocka_unit_test(test_past_64_words_a_rule_always_runs),
        cmocka_unit_test(test_rules_not_run_without_their_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
