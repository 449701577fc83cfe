/* fixtures.c - --test-rules DIR: rule fixture tests in the spirit of ESLint's RuleTester.
 *
 * A fixture file is Lua data (it can call nothing):
 *   return { rule = "numbering.sections",
 *            valid   = { { name = "…", text = [[…]] }, … },
 *            invalid = { { name = "…", text = [[…]],
 *                          findings = { { line = 3, column = 1, end_line = 3, end_column = 4,
 *                                         message = "…", suggestion = "…" }, … },
 *                          output = [[the text after --fix]] }, … } }
 * A case may give `config = [[return { rules = { … } }]]`: the configuration it is checked with.
 * A valid case must produce no finding of the rule; an invalid case exactly the listed ones, in
 * order (line, column, rule, and every other field the expectation gives). */
#include <dirent.h>
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

typedef struct counts {
    int passed, failed;
} counts;

static void fixture_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    luaL_error(L, "fixture runs too long: a fixture file holds data only");
}

static const char *field_string(lua_State *L, int t, const char *key)
{
    lua_getfield(L, t, key);
    const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    lua_pop(L, 1);
    return s;
}

static int field_int(lua_State *L, int t, const char *key, int *out)
{
    lua_getfield(L, t, key);
    int ok = lua_isinteger(L, -1);
    if (ok)
        *out = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return ok;
}

static void print_finding(FILE *out, const char *label, const bl_diagnostic *d)
{
    fprintf(out, "      %s %u:%u-%u:%u %s \"%s\"%s%s%s\n", label, d->line, d->column, d->end_line,
            d->end_column, d->rule, d->message, d->suggestion ? " (建议：" : "",
            d->suggestion ? d->suggestion : "", d->suggestion ? ")" : "");
}

/* Compares one expected finding (table at index t) with d; prints what differs. */
static int matches(lua_State *L, int t, const bl_diagnostic *d, const char *rule, FILE *out)
{
    int ok = strcmp(d->rule, rule) == 0, v;
    struct { const char *key; uint32_t actual; } ints[] = {
        {"line", d->line}, {"column", d->column}, {"end_line", d->end_line}, {"end_column", d->end_column}};
    for (size_t i = 0; i < 4; i++) {
        if (field_int(L, t, ints[i].key, &v)) {
            if ((uint32_t)v != ints[i].actual) {
                if (out) /* NULL: compare silently */
                    fprintf(out, "      %s: expected %d, got %u\n", ints[i].key, v, ints[i].actual);
                ok = 0;
            }
        } else if (i < 2) {
            if (out) /* NULL: compare silently */
                fprintf(out, "      the expectation must give '%s'\n", ints[i].key);
            ok = 0;
        }
    }
    const char *message = field_string(L, t, "message");
    if (message && strcmp(message, d->message) != 0) {
        if (out) /* NULL: compare silently */
            fprintf(out, "      message: expected \"%s\"\n               got      \"%s\"\n", message, d->message);
        ok = 0;
    }
    lua_getfield(L, t, "suggestion");
    int has_suggestion = !lua_isnil(L, -1);
    lua_pop(L, 1);
    const char *suggestion = field_string(L, t, "suggestion");
    if (has_suggestion && (!d->suggestion || !suggestion || strcmp(suggestion, d->suggestion) != 0)) {
        if (out) /* NULL: compare silently */
            fprintf(out, "      suggestion: expected \"%s\", got \"%s\"\n", suggestion ? suggestion : "?",
                d->suggestion ? d->suggestion : "(none)");
        ok = 0;
    }
    return ok;
}

static void run_case(bl_engine *engine, lua_State *L, int c, const char *rule, const char *file,
                     int invalid, int number, counts *n, FILE *out)
{
    const char *name = field_string(L, c, "name");
    const char *text = field_string(L, c, "text");
    char label[512];
    snprintf(label, sizeof label, "%s: %s case %d%s%s%s", rule, invalid ? "invalid" : "valid", number,
             name ? " '" : "", name ? name : "", name ? "'" : "");
    if (!text) {
        fprintf(out, "FAIL %s\n      %s: the case has no text\n", label, file);
        n->failed++;
        return;
    }
    const char *only[] = {rule};
    bl_check_options opts = BL_CHECK_OPTIONS_INIT;
    opts.only_rules = only;
    opts.only_rule_count = 1;
    /* config = [[ a .bulletin-lint.lua ]]: the rule's options and severity for this case */
    const char *config_text = field_string(L, c, "config");
    bl_config *config = NULL;
    if (config_text) {
        bl_error err = {{0}};
        if (bl_config_load_text(engine, file, ".", config_text, strlen(config_text), &config, &err) != BL_OK) {
            fprintf(out, "FAIL %s\n      its config: %s\n", label, err.message);
            n->failed++;
            return;
        }
        opts.config = config;
    }
    bl_report *report = NULL;
    int status = bl_engine_check(engine, name ? name : "fixture", text, strlen(text), &opts, &report);
    bl_config_free(engine, config);
    int ok = status == BL_OK && bl_report_rule_failure_count(report) == 0;
    if (!ok) {
        fprintf(out, "FAIL %s\n      %s: %s\n", label, file,
                report && bl_report_error(report) ? bl_report_error(report)
                : report && bl_report_rule_failure_count(report) ? bl_report_rule_failure(report, 0)->message
                                                                  : "the check failed");
    } else {
        size_t actual = bl_report_diagnostic_count(report), expected = 0;
        if (invalid) {
            lua_getfield(L, c, "findings");
            expected = lua_istable(L, -1) ? lua_rawlen(L, -1) : 0;
            if (expected == 0) {
                fprintf(out, "FAIL %s\n      %s: an invalid case must list its findings\n", label, file);
                ok = 0;
            }
            for (int pass = 0; pass < 2; pass++) { /* silent first; with details if it failed */
                if (pass == 1 && ok && actual == expected)
                    break;
                if (pass == 1)
                    fprintf(out, "FAIL %s (%s)\n", label, file);
                for (size_t i = 0; i < expected && i < actual; i++) {
                    lua_rawgeti(L, -1, (lua_Integer)i + 1);
                    if (!matches(L, lua_gettop(L), bl_report_diagnostic(report, i), rule, pass ? out : NULL))
                        ok = 0;
                    lua_pop(L, 1);
                }
            }
            lua_pop(L, 1);
        }
        if (ok && actual != expected) {
            ok = 0;
            if (!invalid)
                fprintf(out, "FAIL %s (%s)\n", label, file);
        }
        /* output = the text after --fix, when the case gives it */
        const char *want = invalid ? field_string(L, c, "output") : NULL;
        if (ok && want) {
            char *fixed = NULL;
            size_t fixed_len = 0, changes = 0;
            bl_error err = {{0}};
            if (bl_report_fixed_text(report, &fixed, &fixed_len, &changes, &err) != BL_OK ||
                strlen(want) != fixed_len || memcmp(want, fixed, fixed_len) != 0) {
                fprintf(out, "FAIL %s (%s)\n      output after --fix: expected\n%s      got\n%.*s", label, file, want,
                        (int)fixed_len, fixed ? fixed : err.message);
                ok = 0;
            }
            free(fixed);
        }
        if (!ok) {
            fprintf(out, "      expected %zu finding(s), got %zu:\n", expected, actual);
            for (size_t i = 0; i < actual; i++)
                print_finding(out, "got", bl_report_diagnostic(report, i));
        }
    }
    if (ok)
        n->passed++;
    else
        n->failed++;
    bl_report_free(report);
}

static void run_file(bl_engine *engine, const char *path, counts *n, FILE *out)
{
    lua_State *L = luaL_newstate();
    if (!L) {
        n->failed++;
        return;
    }
    lua_sethook(L, fixture_hook, LUA_MASKCOUNT, 10000000);
    int status = luaL_loadfilex(L, path, "t");
    if (status == LUA_OK) {
        lua_newtable(L); /* an empty environment: data only */
        lua_setupvalue(L, -2, 1);
        status = lua_pcall(L, 0, 1, 0);
    }
    const char *rule = status == LUA_OK && lua_istable(L, -1) ? field_string(L, -1, "rule") : NULL;
    if (status != LUA_OK || !rule) {
        fprintf(out, "FAIL %s: %s\n", path, status != LUA_OK ? lua_tostring(L, -1) : "a fixture must return { rule = \"…\", valid = {…}, invalid = {…} }");
        n->failed++;
        lua_close(L);
        return;
    }
    if (!bl_engine_find_rule(engine, rule)) {
        fprintf(out, "FAIL %s: no rule '%s' is loaded\n", path, rule);
        n->failed++;
        lua_close(L);
        return;
    }
    int t = lua_gettop(L);
    static const char *const kinds[] = {"valid", "invalid"};
    for (int k = 0; k < 2; k++) {
        lua_getfield(L, t, kinds[k]);
        size_t cases = lua_istable(L, -1) ? lua_rawlen(L, -1) : 0;
        for (size_t i = 0; i < cases; i++) {
            lua_rawgeti(L, -1, (lua_Integer)i + 1);
            if (lua_istable(L, -1))
                run_case(engine, L, lua_gettop(L), rule, path, k, (int)i + 1, n, out);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    lua_close(L);
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(bl_engine *engine, const char *dir, counts *n, FILE *out)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(out, "FAIL %s: cannot open the fixture directory\n", dir);
        n->failed++;
        return;
    }
    char *names[4096];
    size_t count = 0;
    struct dirent *e;
    while ((e = readdir(d)) && count < 4096)
        if (e->d_name[0] != '.')
            names[count++] = strdup(e->d_name);
    closedir(d);
    qsort(names, count, sizeof *names, compare_names);
    for (size_t i = 0; i < count; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        struct stat st;
        size_t len = strlen(names[i]);
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            walk(engine, path, n, out);
        else if (len > 4 && strcmp(names[i] + len - 4, ".lua") == 0)
            run_file(engine, path, n, out);
        free(names[i]);
    }
}

int fixtures_run(bl_engine *engine, const char *dir, FILE *out)
{
    counts n = {0, 0};
    walk(engine, dir, &n, out);
    fprintf(out, "fixtures: %d passed, %d failed\n", n.passed, n.failed);
    return n.passed + n.failed == 0 ? -1 : n.failed;
}
