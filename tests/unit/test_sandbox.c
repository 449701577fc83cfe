/* The rule sandbox: misbehaving rules are stopped and reported once; the others still run. */
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
#include <lauxlib.h>
#include "lua_regex.h"
#include "sandbox.h"

static char rules_dir[256];

/* Writes the rule structure.NAME with check's body into dir/structure/ (which must exist). */
static void write_rule_in(const char *dir, const char *name, const char *body)
{
    char path[512];
    snprintf(path, sizeof path, "%s/structure/%s.lua", dir, name);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fprintf(f,
            "local rule = { id = 'structure.%s', category = 'structure', severity = 'warning',\n"
            "  summary = 'test rule' }\n"
            "function rule.check(doc, report, options)\n%s\nend\nreturn rule\n",
            name, body);
    fclose(f);
}

static void write_rule(const char *name, const char *body)
{
    write_rule_in(rules_dir, name, body);
}

static int setup(void **state)
{
    (void)state;
    snprintf(rules_dir, sizeof rules_dir, "/tmp/bl-sandbox-XXXXXX");
    assert_non_null(mkdtemp(rules_dir));
    char path[512];
    snprintf(path, sizeof path, "%s/structure", rules_dir);
    mkdir(path, 0700);
    write_rule("good", "  report{ node = doc.paragraphs[1], message = 'good rule ran' }");
    write_rule("loop", "  while true do end");
    write_rule("pcall-loop", "  while true do pcall(function() while true do end end) end");
    write_rule("bomb", "  local t = {}\n  for i = 1, 1e9 do t[i] = string.rep('x', 100) .. i end");
    write_rule("exec", "  os.execute('touch /tmp/bl-sandbox-pwned')");
    write_rule("io", "  io.open('/etc/passwd')");
    write_rule("load", "  load('return 1')()");
    write_rule("require", "  require('os')");
    write_rule("global", "  leaked = 1");
    write_rule("read-global", "  return undefined_name + 1");
    write_rule("mutate", "  doc.paragraphs[1] = nil");
    write_rule("mutate-via-pairs", "  local _, state = pairs(doc.paragraphs)\n  state[1] = nil");
    write_rule("dump", "  string.dump(rule.check)");
    write_rule("regex", "  local s, e = re.find(doc.paragraphs[1].text, '\\\\p{sc:Han}+')\n"
                        "  report{ at = doc.paragraphs[1], from = s, to = e, message = 'han ' .. s .. '-' .. e }");
    write_rule("regex-runaway", "  re.find(string.rep('a', 40) .. 'b', '(a+)+$')");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char command[300];
    snprintf(command, sizeof command, "rm -rf '%s'", rules_dir);
    return system(command) == 0 ? 0 : -1;
}

static const char *failure_of(const bl_report *r, const char *rule)
{
    for (size_t i = 0; i < bl_report_rule_failure_count(r); i++)
        if (strcmp(bl_report_rule_failure(r, i)->rule, rule) == 0)
            return bl_report_rule_failure(r, i)->message;
    return NULL;
}

static void expect_failure(const bl_report *r, const char *rule, const char *fragment)
{
    const char *msg = failure_of(r, rule);
    if (!msg || !strstr(msg, fragment))
        fail_msg("rule %s: expected a failure containing '%s', got '%s'", rule, fragment, msg ? msg : "(none)");
}

/* A rule stopped by its budget: by the instruction count, or, on a slow or busy machine (ASan,
 * valgrind, other work), by the CPU-time deadline that comes first; named with its file and line. */
static void expect_stopped(const bl_report *r, const char *rule, const char *where)
{
    const char *msg = failure_of(r, rule);
    if (!msg || !strstr(msg, where) ||
        (!strstr(msg, "instruction budget exceeded") && !strstr(msg, "time limit exceeded")))
        fail_msg("rule %s: expected %s to be stopped by its budget, got '%s'", rule, where, msg ? msg : "(none)");
}

static void test_misbehaving_rules(void **state)
{
    (void)state;
    const char *dirs[] = {rules_dir};
    bl_engine_options eo = BL_ENGINE_OPTIONS_INIT;
    eo.rule_dirs = dirs;
    eo.rule_dir_count = 1;
    eo.instruction_budget = 2000000;
    eo.memory_cap = 8u << 20;
    bl_engine *engine;
    bl_error err = {{0}};
    assert_int_equal(bl_engine_new(&engine, &eo, &err), BL_OK);
    const char text[] = "简报（一）\n周口：标题\n　　正文一段。\n";
    bl_report *r;
    for (int round = 0; round < 2; round++) { /* the engine stays usable after failures */
        assert_int_equal(bl_engine_check(engine, "t.txt", text, sizeof text - 1, NULL, &r), BL_OK);
        assert_int_equal(bl_report_diagnostic_count(r), 2);
        assert_string_equal(bl_report_diagnostic(r, 0)->message, "good rule ran");
        assert_string_equal(bl_report_diagnostic(r, 1)->message, "han 1-12"); /* 正文一段: bytes 1..12 of the text, after the indent */
        assert_int_equal(bl_report_diagnostic(r, 1)->column, 3);
        assert_int_equal(bl_report_diagnostic(r, 1)->end_column, 7);
        expect_failure(r, "structure.loop", "loop.lua:4: instruction budget exceeded");
        expect_failure(r, "structure.pcall-loop", "instruction budget exceeded");
        expect_failure(r, "structure.bomb", "memory cap of 8 MiB exceeded");
        expect_failure(r, "structure.exec", "blocked function: os.execute");
        expect_failure(r, "structure.io", "blocked function: io.open");
        expect_failure(r, "structure.load", "blocked function: load");
        expect_failure(r, "structure.require", "module 'os' not found");
        expect_failure(r, "structure.global", "assignment to global 'leaked'");
        expect_failure(r, "structure.read-global", "undeclared global 'undefined_name'");
        expect_failure(r, "structure.mutate", "read-only");
        expect_failure(r, "structure.mutate-via-pairs", "read-only");
        expect_failure(r, "structure.dump", "blocked function: string.dump");
        expect_failure(r, "structure.regex-runaway", "re: ");
        assert_int_equal(bl_report_rule_failure_count(r), 13);
        bl_report_free(r);
    }
    assert_int_equal(access("/tmp/bl-sandbox-pwned", F_OK), -1);
    bl_engine_free(engine);
}

/* Writes text to path (a test's fixture file). */
static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* bl_engine_new with the rules of dir only. */
static int engine_for(const char *dir, bl_engine **engine, bl_error *err)
{
    const char *dirs[] = {dir};
    bl_engine_options eo = BL_ENGINE_OPTIONS_INIT;
    eo.rule_dirs = dirs;
    eo.rule_dir_count = 1;
    return bl_engine_new(engine, &eo, err);
}

/* An engine with one rule, structure.one, whose file returns `rule_table`; dir receives its
 * temporary rules folder (remove it with remove_dir). */
static bl_engine *one_rule_engine(char dir[256], const char *rule_table)
{
    snprintf(dir, 256, "/tmp/bl-one-rule-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char path[512];
    snprintf(path, sizeof path, "%s/structure", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    snprintf(path, sizeof path, "%s/structure/one.lua", dir);
    write_file(path, rule_table);
    bl_engine *engine;
    bl_error err = {{0}};
    assert_int_equal(engine_for(dir, &engine, &err), BL_OK);
    return engine;
}

static void remove_dir(const char *dir)
{
    char command[300];
    snprintf(command, sizeof command, "rm -rf '%s'", dir);
    assert_int_equal(system(command), 0);
}

/* Checks text with engine: no rule may fail, and it must give `findings` findings. */
static bl_report *check_cleanly(bl_engine *engine, const char *text, size_t findings)
{
    bl_report *r;
    assert_int_equal(bl_engine_check(engine, "t.txt", text, strlen(text), NULL, &r), BL_OK);
    assert_int_equal(bl_report_rule_failure_count(r), 0);
    assert_int_equal(bl_report_diagnostic_count(r), findings);
    return r;
}

/* A document without any text node: nothing in the model refers to what its lazy fields read, and
 * the collector must still not free it before the run ends (found by fuzz_check; ASan and
 * valgrind see the write after free). Rules that make garbage get the collector going. */
static void test_empty_documents_with_a_busy_collector(void **state)
{
    (void)state;
    char dir[256];
    bl_engine *engine = one_rule_engine(dir,
        "return { id = 'structure.one', category = 'structure', severity = 'info', summary = 'garbage',\n"
        "  check = function(doc) local keep = {} for i = 1, 20000 do keep[i % 7 + 1] = { i } end end }\n");
    for (int i = 0; i < 30; i++)
        bl_report_free(check_cleanly(engine, "", 0));
    bl_engine_free(engine);
    remove_dir(dir);
}

/* re.any_of: a trie behind a lookahead, longest words first, regex characters escaped. */
static void test_any_of(void **state)
{
    (void)state;
    char dir[256];
    bl_engine *engine = one_rule_engine(dir,
        "return { id = 'structure.one', category = 'structure', severity = 'info', summary = 'patterns',\n"
        "  check = function(doc, report)\n"
        "    report{ line = 1, column = 1, message = re.any_of{ 'ab', 'abc', 'a.b', '急难愁盼', '急难', 'x', '' } }\n"
        "    report{ line = 2, column = 1, message = re.any_of{ ']b', '-a', '-a' } }\n"
        "    report{ line = 3, column = 1, message = '[' .. re.any_of{ 'one' } .. '][' .. re.any_of{} .. ']' }\n"
        "    local hits = {}\n"
        "    for from, to in re.gmatch('abc a.b axb 急难愁盼 急难', re.any_of{ 'ab', 'abc', 'a.b', '急难愁盼', '急难' }) do\n"
        "      hits[#hits + 1] = from .. '-' .. to\n"
        "    end\n"
        "    report{ line = 4, column = 1, message = table.concat(hits, ',') }\n"
        "  end }\n");
    bl_report *r = check_cleanly(engine, "简报（一）\n周口：标题\n　　正文。\n　　正文。\n", 4);
    assert_string_equal(bl_report_diagnostic(r, 0)->message, "(?=[ax急])(?:a(?:\\.b|b(?:c)?)|x|急难(?:愁盼)?)");
    assert_string_equal(bl_report_diagnostic(r, 1)->message, "(?=[\\-\\]])(?:\\-a|\\]b)");
    assert_string_equal(bl_report_diagnostic(r, 2)->message, "[one][]");
    assert_string_equal(bl_report_diagnostic(r, 3)->message, "1-3,5-7,13-24,26-31");
    bl_report_free(r);
    bl_engine_free(engine);
    remove_dir(dir);
}

/* The regex cache starts afresh past 4,096 patterns: a pattern found again by its string's address
 * is the right one before and after, and a gmatch begun before the refresh goes on with its own. */
static void test_regex_cache_refresh(void **state)
{
    (void)state;
    char dir[256];
    bl_engine *engine = one_rule_engine(dir,
        "local round = 0\n"
        "return { id = 'structure.one', category = 'structure', severity = 'info', summary = 'cache',\n"
        "  check = function(doc, report)\n"
        "    round = round + 1\n"
        "    local iterate = re.gmatch('a1 a2 a3', 'a([0-9])')\n"
        "    local _, _, first = iterate()\n"
        "    local wrong = 0\n"
        "    for _, from in ipairs{ round * 1500, 1 } do\n"
        "      for k = from, from + (from == 1 and 50 or 1499) do\n"
        "        local p = 'x' .. k .. 'y'\n"
        "        if re.find('__x' .. k .. 'y', p) ~= 3 or re.test('x' .. (k + 1) .. 'y', p) then wrong = wrong + 1 end\n"
        "      end\n"
        "    end\n"
        "    local _, _, second = iterate()\n"
        "    report{ line = 1, column = 1, message = wrong .. ' ' .. first .. second }\n"
        "  end }\n");
    for (int doc = 0; doc < 4; doc++) { /* 1,500 patterns more each time: past 4,096 in the third */
        bl_report *r = check_cleanly(engine, "简报（一）\n周口：标题\n　　正文。\n", 1);
        assert_string_equal(bl_report_diagnostic(r, 0)->message, "0 12");
        bl_report_free(r);
    }
    bl_engine_free(engine);
    remove_dir(dir);
}

/* ipairs over a view reads its items as indexing would, stops at the first nil, and its iterator
 * goes over that view whatever state it is given; over anything else it is Lua's own (with __index). */
static void test_ipairs_over_views(void **state)
{
    (void)state;
    char dir[256];
    bl_engine *engine = one_rule_engine(dir,
        "return { id = 'structure.one', category = 'structure', severity = 'info', summary = 'ipairs',\n"
        "  check = function(doc, report)\n"
        "    local lines, same = {}, true\n"
        "    for i, node in ipairs(doc.text_nodes) do\n"
        "      lines[#lines + 1] = node.line\n"
        "      same = same and rawequal(node, doc.text_nodes[i])\n"
        "    end\n"
        "    local step, view, start = ipairs(doc.paragraphs)\n"
        "    local one, first = step({}, 0)\n"
        "    local ok, err = one == 1 and rawequal(first, doc.paragraphs[1]), '(its own view)'\n"
        "    local proxy = setmetatable({}, { __index = function(_, i) if i <= 3 then return i * 10 end end })\n"
        "    local tens = {}\n"
        "    for _, v in ipairs(proxy) do tens[#tens + 1] = v end\n"
        "    local bad_ok, bad = pcall(ipairs)\n"
        "    report{ line = 1, column = 1, message = table.concat(lines, ',') .. ' ' .. tostring(same) .. ' ' ..\n"
        "      tostring(rawequal(view, doc.paragraphs)) .. start .. ' ' .. tostring(ok) .. ' ' .. err .. ' ' ..\n"
        "      table.concat(tens, ',') .. ' ' .. tostring(bad_ok) .. ' ' .. bad }\n"
        "  end }\n");
    bl_report *r = check_cleanly(engine, "简报（一）\n周口：标题\n　　第一段。\n　　第二段。\n", 1);
    const char *m = bl_report_diagnostic(r, 0)->message;
    if (!strstr(m, "1,2,3,4 true true0 true (its own view)") ||
        !strstr(m, "10,20,30 false") || !strstr(m, "bad argument #1 to 'ipairs'"))
        fail_msg("got: %s", m);
    bl_report_free(r);
    bl_engine_free(engine);
    remove_dir(dir);
}

/* A summary's fixes: an item's `fix` stands for its `text` (text wins when it has both), the places
 * may be the fixes themselves, and an item naming no node of the document is an error even after
 * items of a node. */
static void test_fixes_items(void **state)
{
    (void)state;
    char dir[256];
    bl_engine *engine = one_rule_engine(dir,
        "return { id = 'structure.one', category = 'structure', severity = 'info', summary = 'fixes',\n"
        "  check = function(doc, report)\n"
        "    local node = doc.paragraphs[1]\n"
        "    local items = { { at = node, from = 4, to = 6, fix = 'A' }, { at = node, from = 7, to = 9, text = 'B', fix = 'x' } }\n"
        "    report{ at = node, message = 'two', fixes = items, places = items }\n"
        "    local ok, err = pcall(report, { at = node, message = 'bad', fixes = { items[1], { at = {}, from = 1, to = 3, fix = 'C' } } })\n"
        "    report{ line = 1, column = 1, message = tostring(ok) .. ' ' .. err }\n"
        "  end }\n");
    bl_report *r = check_cleanly(engine, "简报（一）\n周口：标题\n　　一二三四。\n", 2);
    const bl_diagnostic *two = NULL, *bad = NULL;
    for (size_t i = 0; i < 2; i++) {
        const bl_diagnostic *d = bl_report_diagnostic(r, i);
        if (!strcmp(d->message, "two"))
            two = d;
        else
            bad = d;
    }
    assert_non_null(two);
    assert_int_equal(two->fix_count, 2);
    assert_string_equal(two->fixes[0].replacement, "A");
    assert_string_equal(two->fixes[1].replacement, "B");
    assert_int_equal(two->place_count, 2);
    assert_non_null(strstr(bad->message, "fixes[2].at is not a text node of this document"));
    bl_report_free(r);
    bl_engine_free(engine);
    remove_dir(dir);
}

/* A pattern of re.any_of finds the same places in the model's text (searched by its words, without
 * PCRE2) as in a copy of it made by the rule (searched by PCRE2), with find, test and gmatch. */
static void test_any_of_in_the_model(void **state)
{
    (void)state;
    char dir[256];
    bl_engine *engine = one_rule_engine(dir,
        "local P = re.any_of{ '四个意识', '四个', '两个维护', '意识', '维护' }\n"
        "return { id = 'structure.one', category = 'structure', severity = 'info', summary = 'any_of',\n"
        "  check = function(doc, report)\n"
        "    local function hits(s)\n"
        "      local list = {}\n"
        "      for from, to in re.gmatch(s, P) do list[#list + 1] = from .. '-' .. to end\n"
        "      local f, t = re.find(s, P, 10)\n"
        "      return table.concat(list, ',') .. ' ' .. tostring(f) .. '-' .. tostring(t) .. ' ' .. tostring(re.test(s, P))\n"
        "    end\n"
        "    local s = doc.paragraphs[1].text\n"
        "    report{ line = 1, column = 1, message = hits(s) .. ' | ' .. hits(('x' .. s):sub(2)) }\n"
        "  end }\n");
    bl_report *r = check_cleanly(engine, "简报（一）\n周口：标题\n　　增强四个意识，做到两个维护，四个方面都要维护好，还有意识。\n", 1);
    const char *m = bl_report_diagnostic(r, 0)->message;
    const char *bar = strstr(m, " | ");
    assert_non_null(bar);
    if (strncmp(m, bar + 3, (size_t)(bar - m)) != 0 || strlen(bar + 3) != (size_t)(bar - m) || !strstr(m, "true"))
        fail_msg("the model's text and its copy differ: %s", m);
    if (!strstr(m, "7-18,28-39,43-48,61-66,79-84 13-18 true"))
        fail_msg("places: %s", m);
    bl_report_free(r);
    bl_engine_free(engine);
    remove_dir(dir);
}

/* re.repeats: the places one after another, with the word; bad arguments and bad UTF-8 are errors. */
static void test_repeats(void **state)
{
    (void)state;
    char dir[256];
    bl_engine *engine = one_rule_engine(dir,
        "return { id = 'structure.one', category = 'structure', severity = 'info', summary = 'repeats',\n"
        "  check = function(doc, report)\n"
        "    local hits = {}\n"
        "    for from, to, word in re.repeats('要进一步进一步，高质量发展高质量发展abab', 3, 5) do\n"
        "      hits[#hits + 1] = from .. '-' .. to .. word\n"
        "    end\n"
        "    report{ line = 1, column = 1, message = table.concat(hits, ',') }\n"
        "    local ok, err = pcall(re.repeats, 'ab', 0, 3)\n"
        "    report{ line = 2, column = 1, message = tostring(ok) .. ' ' .. err }\n"
        "    ok, err = pcall(re.repeats, 'a\\255b', 1, 3)\n"
        "    report{ line = 3, column = 1, message = tostring(ok) .. ' ' .. err }\n"
        "  end }\n");
    bl_report *r = check_cleanly(engine, "简报（一）\n周口：标题\n　　正文。\n", 3);
    assert_string_equal(bl_report_diagnostic(r, 0)->message, "4-21进一步,25-54高质量发展");
    assert_non_null(strstr(bl_report_diagnostic(r, 1)->message, "false"));
    assert_non_null(strstr(bl_report_diagnostic(r, 1)->message, "must be 1 to 64"));
    assert_non_null(strstr(bl_report_diagnostic(r, 2)->message, "UTF-8 error at byte 2"));
    bl_report_free(r);
    bl_engine_free(engine);
    remove_dir(dir);
}

/* doc.text_nodes in document order, and the nodes made on first read: claim.number, claim.noun,
 * section.title, section.number_text, with their text and positions; pairs lists them once read. */
static void test_text_nodes_and_lazy_nodes(void **state)
{
    (void)state;
    char dir[256];
    bl_engine *engine = one_rule_engine(dir,
        "return { id = 'structure.one', category = 'structure', severity = 'info', summary = 'model',\n"
        "  check = function(doc, report)\n"
        "    local lines = {}\n"
        "    for _, node in ipairs(doc.text_nodes) do lines[#lines + 1] = node.line end\n"
        "    report{ line = 1, column = 1, message = table.concat(lines, ',') }\n"
        "    local function listed(node, key)\n"
        "      for k in pairs(node) do if k == key then return 'listed' end end\n"
        "      return 'unlisted'\n"
        "    end\n"
        "    local c, s = doc.claims[1], doc.sections[1]\n"
        "    local before = listed(c, 'number')\n"
        "    report{ line = 2, column = 1, message = before .. ' ' .. c.number.text .. '@' .. c.number.line .. ':' ..\n"
        "      c.number.column .. '-' .. c.number.end_column .. ' ' .. c.noun.text .. ' ' .. listed(c, 'number') ..\n"
        "      ' ' .. tostring(rawequal(c.number, c.number)) }\n"
        "    report{ at = s.title, message = s.number_text.text .. '|' .. s.title.text .. '@' .. s.title.column }\n"
        "  end }\n");
    bl_report *r = check_cleanly(engine, "简报（一）\n周口：标题\n　　导语。\n一、第一部分\n　　共查找问题57个。\n"
                                         "（一）小节。正文。\n（市人大供稿）\n报：省人大\n", 3);
    assert_string_equal(bl_report_diagnostic(r, 0)->message, "1,2,3,4,5,6,7,8");
    assert_string_equal(bl_report_diagnostic(r, 1)->message, "unlisted 57@5:8-10 问题 listed true");
    assert_string_equal(bl_report_diagnostic(r, 2)->message, "一、|第一部分@3");
    assert_int_equal(bl_report_diagnostic(r, 2)->line, 4);
    assert_int_equal(bl_report_diagnostic(r, 2)->column, 3);
    bl_report_free(r);
    bl_engine_free(engine);
    remove_dir(dir);
}

/* paragraph.sentences and claim.sentence are made on first read, whichever is read first: the
 * claim's sentence is the very node of its paragraph's list, and links back to the paragraph. */
static void test_sentences_made_on_first_read(void **state)
{
    (void)state;
    char dir[256];
    bl_engine *engine = one_rule_engine(dir,
        "return { id = 'structure.one', category = 'structure', severity = 'info', summary = 'sentences',\n"
        "  check = function(doc, report)\n"
        "    local c = doc.claims[2]\n"
        "    local s = c.sentence\n"
        "    local p = c.paragraph\n"
        "    report{ at = s, message = #p.sentences .. ' ' .. s.index .. ' ' .. s.text .. ' ' ..\n"
        "      tostring(rawequal(s, p.sentences[s.index])) .. ' ' .. tostring(rawequal(s.paragraph, p)) .. ' ' ..\n"
        "      tostring(rawequal(doc.claims[1].sentence, p.sentences[1])) }\n"
        "    local first = doc.paragraphs[1]\n"
        "    report{ at = first.sentences[1], message = first.sentences[1].text .. ' ' .. type(doc.paragraphs[2].sentences) }\n"
        "  end }\n");
    bl_report *r = check_cleanly(engine, "简报（一）\n周口：标题\n　　导语一。导语二。\n　　共查找问题57个。已整改40个。\n", 2);
    assert_string_equal(bl_report_diagnostic(r, 0)->message, "导语一。 table"); /* in document order */
    assert_int_equal(bl_report_diagnostic(r, 0)->line, 3);
    assert_string_equal(bl_report_diagnostic(r, 1)->message, "2 2 已整改40个。 true true true");
    assert_int_equal(bl_report_diagnostic(r, 1)->line, 4);
    assert_int_equal(bl_report_diagnostic(r, 1)->column, 12);
    bl_report_free(r);
    bl_engine_free(engine);
    remove_dir(dir);
}

/* The model's nodes and lists are views (userdata sharing one metatable) that read as tables:
 * type, #, ipairs, pairs and table.concat work; getmetatable hides the metatable; writes fail. */
static void test_views_read_as_tables(void **state)
{
    (void)state;
    char dir[256];
    bl_engine *engine = one_rule_engine(dir,
        "return { id = 'structure.one', category = 'structure', severity = 'info', summary = 'views',\n"
        "  check = function(doc, report)\n"
        "    local p = doc.paragraphs[1]\n"
        "    local texts = {}\n"
        "    for i, q in ipairs(doc.paragraphs) do texts[i] = q.text end\n"
        "    local keys = 0\n"
        "    for k in pairs(p) do keys = keys + 1 end\n"
        "    local ok, err = pcall(function() p.text = 'x' end)\n"
        "    report{ line = 1, column = 1, message = type(doc) .. ' ' .. type(p) .. ' ' .. #doc.paragraphs .. ' ' ..\n"
        "      tostring(getmetatable(p)) .. ' ' .. table.concat(texts, '|') .. ' ' .. tostring(keys > 2) .. ' ' ..\n"
        "      tostring(ok) .. ' ' .. tostring(err):gsub('^.-: ', '') .. ' ' .. type(nil) .. type('') }\n"
        "  end }\n");
    bl_report *r = check_cleanly(engine, "简报（一）\n周口：标题\n　　甲。\n　　乙。\n", 1);
    assert_string_equal(bl_report_diagnostic(r, 0)->message,
                        "table table 2 false 甲。|乙。 true false the document model is read-only (cannot set text) nilstring");
    bl_report_free(r);
    bl_engine_free(engine);
    remove_dir(dir);
}

static void test_bad_rule_metadata_is_rejected(void **state)
{
    (void)state;
    char dir[300], path[400];
    snprintf(dir, sizeof dir, "%s/meta", rules_dir);
    mkdir(dir, 0700);
    snprintf(path, sizeof path, "%s/structure", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/structure/bad.lua", dir);
    write_file(path, "return {\n  id = 'structure.bad',\n  category = 'structure',\n  severity = 'warn',\n"
                     "  summary = 's',\n  check = function() end,\n}\n");
    bl_engine *engine;
    bl_error err = {{0}};
    assert_int_equal(engine_for(dir, &engine, &err), BL_ERR_RULES);
    assert_non_null(strstr(err.message, "bad.lua:4: severity 'warn' must be error, warning or info"));

    write_file(path, "return {\n  id = 'structure.bad',\n  category = 'structure',\n  severity = 'info',\n"
                     "  summery = 's',\n  check = function() end,\n}\n");
    assert_int_equal(engine_for(dir, &engine, &err), BL_ERR_RULES);
    assert_non_null(strstr(err.message, "bad.lua:5: unknown rule field 'summery'"));

    /* the engine reads the rule table outside the rule's limits: no metamethods there */
    write_file(path, "return setmetatable({ id = 'structure.bad', category = 'structure', severity = 'info',\n"
                     "  summary = 's', check = function() end }, { __index = function() while true do end end })\n");
    assert_int_equal(engine_for(dir, &engine, &err), BL_ERR_RULES);
    assert_non_null(strstr(err.message, "bad.lua: the rule table must be a plain table (no metatable)"));
    write_file(path, "return { id = 'structure.bad', category = 'structure', severity = 'info', summary = 's',\n"
                     "  options = setmetatable({}, { __index = function() while true do end end }), check = function() end }\n");
    assert_int_equal(engine_for(dir, &engine, &err), BL_ERR_RULES);
    assert_non_null(strstr(err.message, "bad.lua:2: rule field 'options' must be a plain table (no metatable)"));

    /* a rule file outside a category folder would never run: the loader says where it belongs */
    snprintf(path, sizeof path, "%s/structure/bad.lua", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/loose.lua", dir);
    write_file(path, "return {}\n");
    assert_int_equal(engine_for(dir, &engine, &err), BL_ERR_RULES);
    assert_non_null(strstr(err.message, "loose.lua: a rule file belongs in the folder of its category"));
    assert_non_null(strstr(err.message, "/meta/<category>/loose.lua"));
    unlink(path);
}

/* A temporary rules folder with a structure/ category; remove it with remove_dir. */
static void make_rules_dir(char dir[256])
{
    snprintf(dir, 256, "/tmp/bl-hostile-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char path[512];
    snprintf(path, sizeof path, "%s/structure", dir);
    assert_int_equal(mkdir(path, 0700), 0);
}

/* An engine with the rules of dir, small limits, checking text once: the report (caller frees). */
static bl_report *check_with_time_limit(const char *dir, const char *text, uint64_t instructions, size_t memory,
                                        uint64_t milliseconds)
{
    const char *dirs[] = {dir};
    bl_engine_options eo = BL_ENGINE_OPTIONS_INIT;
    eo.rule_dirs = dirs;
    eo.rule_dir_count = 1;
    eo.instruction_budget = instructions;
    eo.memory_cap = memory;
    eo.time_limit_ms = milliseconds;
    bl_engine *engine;
    bl_error err = {{0}};
    if (bl_engine_new(&engine, &eo, &err) != BL_OK)
        fail_msg("engine: %s", err.message);
    bl_report *r;
    assert_int_equal(bl_engine_check(engine, "t.txt", text, strlen(text), NULL, &r), BL_OK);
    bl_engine_free(engine);
    return r;
}

static bl_report *check_with_limits(const char *dir, const char *text, uint64_t instructions, size_t memory)
{
    return check_with_time_limit(dir, text, instructions, memory, 0);
}

/* A module is loaded when it is first required, by a rule or by another module, in any order of
 * their names, under the limits of loading a file (not those of the rule that required it); a
 * cycle of requires and a broken module fail the rule that required them. The modules of a
 * directory after the first are all loaded at once, so that a broken one stops the engine. */
static void test_modules_load_when_required(void **state)
{
    (void)state;
    char dir[256], path[512];
    make_rules_dir(dir);
    snprintf(path, sizeof path, "%s/lib", dir);
    assert_int_equal(mkdir(path, 0700), 0);
    static const char *const modules[][2] = {
        {"a", "local b = require('b')\nreturn { value = b.value + 1 }\n"},
        {"b", "return { value = 41 }\n"},
        {"cycle_a", "local b = require('cycle_b')\nreturn b\n"},
        {"cycle_b", "local a = require('cycle_a')\nreturn a\n"},
        {"heavy", "local n = 0\nfor i = 1, 2e6 do n = n + 1 end\nreturn { n = n }\n"},
    };
    for (size_t i = 0; i < sizeof modules / sizeof *modules; i++) {
        snprintf(path, sizeof path, "%s/lib/%s.lua", dir, modules[i][0]);
        write_file(path, modules[i][1]);
    }
    write_rule_in(dir, "order", "  report{ node = doc.paragraphs[1], message = 'a=' .. require('a').value }");
    write_rule_in(dir, "cycle", "  require('cycle_a')");
    write_rule_in(dir, "write", "  require('heavy').n = 0");
    write_rule_in(dir, "heavy", "  report{ node = doc.paragraphs[1], message = 'heavy ' .. require('heavy').n }");
    bl_report *r = check_with_limits(dir, "正文一段。\n", 1000000, 0);
    assert_int_equal(bl_report_diagnostic_count(r), 2);
    assert_string_equal(bl_report_diagnostic(r, 0)->message, "heavy 2000000");
    assert_string_equal(bl_report_diagnostic(r, 1)->message, "a=42");
    expect_failure(r, "structure.cycle", "cycle.lua:4: ");
    expect_failure(r, "structure.cycle", "cycle_a.lua:1: ");
    expect_failure(r, "structure.cycle", "cycle_b.lua:1: ");
    expect_failure(r, "structure.cycle", "cycle_a.lua: the module requires itself");
    expect_failure(r, "structure.write", "write.lua:4: a module is read-only (cannot set n)");
    bl_report_free(r);

    snprintf(path, sizeof path, "%s/lib/broken.lua", dir);
    write_file(path, "error('broken module')\n");
    write_rule_in(dir, "cycle", "  require('broken')");
    write_rule_in(dir, "write", "  pcall(require, 'broken')\n  require('broken')"); /* the same error again */
    r = check_with_limits(dir, "正文一段。\n", 1000000, 0);
    expect_failure(r, "structure.cycle", "broken.lua:1: broken module");
    expect_failure(r, "structure.write", "write.lua:5: ");
    expect_failure(r, "structure.write", "broken.lua:1: broken module");
    bl_report_free(r);

    const char *dirs[] = {BL_SOURCE_DIR "/rules", dir};
    bl_engine_options eo = BL_ENGINE_OPTIONS_INIT;
    eo.rule_dirs = dirs;
    eo.rule_dir_count = 2;
    bl_engine *engine;
    bl_error err = {{0}};
    assert_int_equal(bl_engine_new(&engine, &eo, &err), BL_ERR_RULES);
    assert_non_null(strstr(err.message, "broken.lua:1: broken module"));
    remove_dir(dir);
}

/* Once a limit is spent it stays spent: through pcall and xpcall handlers, __close handlers and a
 * return straight out of a pcall. Finalizers are refused (they would run unlimited, whenever the
 * collector runs, as whichever rule is running), and a report() kept by one rule and called by another
 * fails instead of crediting findings to the wrong rule. */
static void test_budget_escapes(void **state)
{
    (void)state;
    char dir[256];
    make_rules_dir(dir);
    write_rule_in(dir, "a-good", "  report{ node = doc.paragraphs[1], message = 'good rule ran' }");
    write_rule_in(dir, "xpcall-error", "  xpcall(error, function() while true do end end)");
    write_rule_in(dir, "xpcall-loop", "  xpcall(function() while true do end end, function() while true do end end)");
    write_rule_in(dir, "xpcall-nested", "  while true do xpcall(xpcall, function() end, function() while true do end end,\n"
                                        "    function() while true do end end) end");
    write_rule_in(dir, "pcall-memory", "  while true do pcall(string.rep, 'x', 1 << 30) end");
    write_rule_in(dir, "return-pcall", "  return pcall(string.rep, 'x', 1 << 30)");
    write_rule_in(dir, "close-loop", "  local guard <close> = setmetatable({}, { __close = function() while true do end end })\n"
                                     "  while true do end");
    write_rule_in(dir, "gc-loop", "  setmetatable({}, { __gc = function() while true do end end })");
    write_rule_in(dir, "gc-report", "  setmetatable({}, { __gc = function() report{ line = 1, column = 1, message = 'late' } end })");
    write_rule_in(dir, "gc-later", "  local mt = {}\n  setmetatable({}, mt)\n  mt.__gc = function() while true do end end\n"
                                   "  for i = 1, 1000 do local _ = { i } end");
    write_rule_in(dir, "error-table", "  error({})");
    write_rule_in(dir, "error-tostring", "  error(setmetatable({}, { __tostring = function() while true do end end }))");
    bl_report *r = check_with_limits(dir, "简报（一）\n周口：标题\n　　正文一段。\n", 2000000, 8u << 20);
    assert_int_equal(bl_report_diagnostic_count(r), 1);
    assert_string_equal(bl_report_diagnostic(r, 0)->rule, "structure.a-good");
    expect_failure(r, "structure.xpcall-error", "xpcall-error.lua:4: instruction budget exceeded");
    expect_failure(r, "structure.xpcall-loop", "xpcall-loop.lua:4: instruction budget exceeded");
    expect_failure(r, "structure.xpcall-nested", "instruction budget exceeded");
    expect_failure(r, "structure.pcall-memory", "memory cap of 8 MiB exceeded");
    expect_failure(r, "structure.return-pcall", "memory cap of 8 MiB exceeded");
    expect_failure(r, "structure.close-loop", "close-loop.lua:");
    expect_failure(r, "structure.close-loop", "instruction budget exceeded");
    expect_failure(r, "structure.gc-loop", "gc-loop.lua:4: setmetatable: finalizers (__gc) are not allowed in rules");
    expect_failure(r, "structure.gc-report", "finalizers (__gc) are not allowed");
    expect_failure(r, "structure.error-table", "error-table.lua:4: error object is a table value");
    expect_failure(r, "structure.error-tostring", "error-tostring.lua:4: error object is a table value");
    assert_null(failure_of(r, "structure.gc-later")); /* __gc added afterwards: never called */
    assert_int_equal(bl_report_rule_failure_count(r), 10);
    bl_report_free(r);
    remove_dir(dir);
}

/* Work a rule makes C functions do is charged to its budget (Lua patterns step by step, plain
 * searches by the byte, table functions by the element, regexes by the subject and at PCRE2's limits),
 * and what the budget cannot see is stopped by the CPU-time deadline. Lua's own pattern functions
 * still work as Lua's. */
static void test_work_in_c_is_counted(void **state)
{
    (void)state;
    char dir[256];
    make_rules_dir(dir);
    write_rule_in(dir, "a-patterns", "  local s = 'ab12cd345'\n"
                                     "  local words = {}\n"
                                     "  for w in s:gmatch('%d+') do words[#words + 1] = w end\n"
                                     "  local replaced, n = s:gsub('(%a)(%a)', '%2%1')\n"
                                     "  report{ line = 1, column = 1, message = table.concat(words, ',') .. ' ' .. replaced .. ' ' .. n ..\n"
                                     "    ' ' .. s:find('c', 1, true) .. ' ' .. s:match('^(%a+)') .. ' ' .. tostring(s:find('%d', 10)) ..\n"
                                     "    ' ' .. ('x'):rep(3, '-') .. '|' .. (''):rep(1 << 60) .. '|' .. ('ab'):byte(-1) }");
    write_rule_in(dir, "backtracking", "  local s = ('a'):rep(400); s:find('.-.-.-.-x')");
    write_rule_in(dir, "plain-find", "  local s = ('a'):rep(1 << 20) while true do s:find('b', 1, true) end");
    write_rule_in(dir, "concat", "  local s = '' for i = 1, 1e7 do s = s .. 'x' end");
    write_rule_in(dir, "move", "  table.move({}, 1, 1 << 40, 1, {})");
    write_rule_in(dir, "recursion", "  local function f() pcall(f) f() end f()");
    write_rule_in(dir, "regex-limit", "  local s = ('a'):rep(30) .. 'b' while true do pcall(re.find, s, '(a|aa)*$') end");
    write_rule_in(dir, "regex-slow", "  local s = ('a'):rep(27) .. 'b' while true do re.find(s, '(a|aa)*$') end");
    bl_report *r = check_with_time_limit(dir, "简报（一）\n周口：标题\n　　正文一段。\n", 2000000, 8u << 20, 300);
    assert_int_equal(bl_report_diagnostic_count(r), 1);
    assert_string_equal(bl_report_diagnostic(r, 0)->message, "12,345 ba12dc345 2 5 ab nil x-x-x||98");
    expect_stopped(r, "structure.backtracking", "backtracking.lua:4: ");
    expect_stopped(r, "structure.plain-find", "plain-find.lua:4: ");
    expect_stopped(r, "structure.concat", "concat.lua:4: ");
    expect_stopped(r, "structure.move", "move.lua:4: ");
    expect_failure(r, "structure.recursion", "recursion.lua:4: stack overflow (recursion too deep)");
    expect_stopped(r, "structure.regex-limit", "regex-limit.lua:4: ");
    expect_failure(r, "structure.regex-slow", "regex-slow.lua:4: time limit exceeded (0.3 s of CPU time)");
    assert_int_equal(bl_report_rule_failure_count(r), 7);
    bl_report_free(r);

    /* a configuration: data only (no string methods), under small limits, named with its file and line */
    const char *dirs[] = {dir};
    bl_engine_options eo = BL_ENGINE_OPTIONS_INIT;
    eo.rule_dirs = dirs;
    eo.rule_dir_count = 1;
    bl_engine *engine;
    bl_error err = {{0}};
    assert_int_equal(bl_engine_new(&engine, &eo, &err), BL_OK);
    static const struct { const char *text, *message; } configs[] = {
        {"local s = ('a'):rep(400)\nreturn {}", "c.lua:1: attempt to index a string value"},
        {"\nwhile true do end", "c.lua:2: instruction budget exceeded"},
        {"local s = 'x'\nfor i = 1, 30 do s = s .. s end", "c.lua:2: the configuration takes more than 16 MiB of memory"},
    };
    for (size_t i = 0; i < sizeof configs / sizeof *configs; i++) {
        bl_config *config = NULL;
        assert_int_equal(bl_config_load_text(engine, "c.lua", ".", configs[i].text, strlen(configs[i].text), &config, &err),
                         BL_ERR_USAGE);
        if (!strstr(err.message, configs[i].message))
            fail_msg("configuration %zu: expected '%s', got '%s'", i, configs[i].message, err.message);
    }
    bl_engine_free(engine);
    remove_dir(dir);
}

/* Runs code in a sandbox environment with limits; returns the status of the call. */
static int run_sandboxed(bl_sandbox *sb, const char *code, bl_limits limits)
{
    lua_State *L = sb->L;
    assert_int_equal(luaL_loadbuffer(L, code, strlen(code), "=test"), LUA_OK);
    bl_sandbox_push_env(sb, "=test", 0);
    lua_setupvalue(L, -2, 1);
    bl_sandbox_arm(sb, limits);
    int status = bl_sandbox_pcall(sb, 0, 0);
    bl_sandbox_disarm(sb);
    if (status != LUA_OK)
        lua_pop(L, 1);
    return status;
}

/* Compiled patterns live in the Lua heap, counted in the sandbox's memory (and so in the running
 * rule's cap), in a cache of bounded size: a rule compiling new patterns document after document
 * does not make the engine grow. */
static void test_regex_cache_is_bounded(void **state)
{
    (void)state;
    bl_sandbox *sb;
    bl_error err = {{0}};
    bl_regex_matcher *matcher;
    bl_trusted_strings trusted = {0};
    assert_int_equal(bl_sandbox_new(&sb, &err), BL_OK);
    assert_int_equal(bl_regex_matcher_new(&matcher), 0);
    bl_lua_regex_push(sb->L, matcher, &trusted);
    bl_sandbox_add_library(sb, "re");
    bl_limits generous = {UINT64_MAX / 4, 0, 0};
    lua_gc(sb->L, LUA_GCCOLLECT);
    size_t before = sb->used;
    /* what the cache takes, after a document's worth of patterns: counted */
    assert_int_equal(run_sandboxed(sb, "for i = 1, 5000 do re.find('x', 'x' .. i .. '[a-z]+') end", generous), LUA_OK);
    lua_gc(sb->L, LUA_GCCOLLECT);
    size_t after_one = sb->used;
    if (after_one < before + (256u << 10)) /* some 500 bytes a pattern without JIT (valgrind) */
        fail_msg("the compiled patterns in the cache counted as %zu bytes", after_one - before);
    for (int document = 0; document < 20; document++)
        assert_int_equal(run_sandboxed(sb, "local n = ... for i = 1, 5000 do re.find('x', 'y' .. i .. '[a-z]+') end", generous),
                         LUA_OK);
    lua_gc(sb->L, LUA_GCCOLLECT);
    if (sb->used > after_one + (20u << 20)) /* the cache's bound, and what its keys take */
        fail_msg("the sandbox grew from %zu to %zu bytes", after_one, sb->used);
    /* patterns a rule keeps alive (gmatch iterators) are counted against its memory cap */
    assert_int_not_equal(run_sandboxed(sb, "local kept = {} for i = 1, 1e6 do kept[i] = re.gmatch('x', 'z' .. i .. '(a|b)*c') end",
                                       (bl_limits){UINT64_MAX / 4, 8u << 20, 0}),
                         LUA_OK);
    assert_string_equal(sb->where, "test:1:");
    bl_sandbox_free(sb);
    bl_regex_matcher_free(matcher);
    bl_trusted_release(&trusted);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_misbehaving_rules),
        cmocka_unit_test(test_bad_rule_metadata_is_rejected),
        cmocka_unit_test(test_empty_documents_with_a_busy_collector),
        cmocka_unit_test(test_any_of),
        cmocka_unit_test(test_repeats),
        cmocka_unit_test(test_any_of_in_the_model),
        cmocka_unit_test(test_fixes_items),
        cmocka_unit_test(test_ipairs_over_views),
        cmocka_unit_test(test_regex_cache_refresh),
        cmocka_unit_test(test_text_nodes_and_lazy_nodes),
        cmocka_unit_test(test_modules_load_when_required),
        cmocka_unit_test(test_sentences_made_on_first_read),
        cmocka_unit_test(test_views_read_as_tables),
        cmocka_unit_test(test_budget_escapes),
        cmocka_unit_test(test_work_in_c_is_counted),
        cmocka_unit_test(test_regex_cache_is_bounded),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
