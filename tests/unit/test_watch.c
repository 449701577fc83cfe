/* A run without the count hook, watched by a CPU-time timer (sandbox_watch.h): it stands when it
 * ends within its allowance; code that does not end is stopped, even under pcall, and is then done
 * again under the count hook, which decides where it stops; the engine's own work in the middle of a
 * run (a module loaded) is neither stopped nor counted. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <lauxlib.h>
#include "sandbox.h"

static const bl_limits rule_limits = {20000000, 64u << 20, 0};

/* Loads code as a rule's chunk of the sandbox (on the stack, ready for bl_sandbox_pcall). */
static void load(bl_sandbox *sb, const char *code)
{
    assert_int_equal(luaL_loadbuffer(sb->L, code, strlen(code), "=watched"), LUA_OK);
    bl_sandbox_push_env(sb, "=watched", 0);
    lua_setupvalue(sb->L, -2, 1);
}

/* Runs code watched; returns whether the run stood, and its status and exhaustion. */
static int run_watched(bl_sandbox *sb, const char *code, bl_limits limits, int *status, bl_exhaustion *exhausted)
{
    load(sb, code);
    assert_int_equal(bl_sandbox_arm_watched(sb, limits), 1);
    *status = bl_sandbox_pcall(sb, 0, 0);
    *exhausted = sb->exhausted;
    int stands = bl_sandbox_watched_run_stands(sb);
    if (*status != LUA_OK)
        lua_pop(sb->L, 1);
    bl_sandbox_disarm(sb);
    return stands;
}

/* Runs code under the count hook; returns its exhaustion. */
static bl_exhaustion run_hooked(bl_sandbox *sb, const char *code, bl_limits limits)
{
    load(sb, code);
    bl_sandbox_arm(sb, limits);
    int status = bl_sandbox_pcall(sb, 0, 0);
    bl_exhaustion exhausted = sb->exhausted;
    if (status != LUA_OK)
        lua_pop(sb->L, 1);
    bl_sandbox_disarm(sb);
    return exhausted;
}

static bl_sandbox *new_sandbox(void)
{
    bl_sandbox *sb;
    bl_error err = {{0}};
    assert_int_equal(bl_sandbox_new(&sb, &err), BL_OK);
    return sb;
}

static void test_short_runs_stand(void **state)
{
    (void)state;
    bl_sandbox *sb = new_sandbox();
    int status;
    bl_exhaustion exhausted;
    for (int i = 0; i < 100; i++)
        assert_true(run_watched(sb, "local n = 0 for i = 1, 1000 do n = n + i end", rule_limits, &status, &exhausted));
    assert_int_equal(status, LUA_OK);
    /* an error of the rule's own stands too: under the hook it would have been raised the same */
    assert_true(run_watched(sb, "local t = nil; return t.x", rule_limits, &status, &exhausted));
    assert_int_equal(status, LUA_ERRRUN);
    assert_int_equal(exhausted, BL_NOT_EXHAUSTED);
    bl_sandbox_free(sb);
}

static void test_endless_code_is_stopped(void **state)
{
    (void)state;
    bl_sandbox *sb = new_sandbox();
    static const char *const endless[] = {
        "while true do end",
        "while true do pcall(function() while true do end end) end",
        "local function f() return f() end return f()",
        "while true do xpcall(function() while true do end end, function() while true do end end) end",
    };
    for (size_t i = 0; i < sizeof endless / sizeof *endless; i++) {
        int status;
        bl_exhaustion exhausted;
        assert_false(run_watched(sb, endless[i], rule_limits, &status, &exhausted));
        assert_int_not_equal(status, LUA_OK);
        assert_int_equal(exhausted, BL_OUT_OF_WATCH);
        /* done again under the count hook, it stops at its budget */
        assert_int_equal(run_hooked(sb, endless[i], rule_limits), BL_OUT_OF_INSTRUCTIONS);
    }
    /* a run whose C work spends its budget (charged before the work is done) fails as it would under
     * the hook, and does not stand */
    int status;
    bl_exhaustion exhausted;
    assert_false(run_watched(sb, "table.move({}, 1, 1 << 40, 1, {})", rule_limits, &status, &exhausted));
    assert_int_equal(exhausted, BL_OUT_OF_INSTRUCTIONS);
    assert_int_equal(run_hooked(sb, "table.move({}, 1, 1 << 40, 1, {})", rule_limits), BL_OUT_OF_INSTRUCTIONS);
    bl_sandbox_free(sb);
}

/* Stands for the engine's loading of a module in the middle of a rule: its own limits, under the
 * count hook, for longer than the rule's allowance. */
static int engine_work(lua_State *L)
{
    bl_sandbox *sb = bl_sandbox_of(L);
    bl_sandbox_run saved;
    bl_sandbox_suspend(sb, &saved);
    assert_int_equal(sb->watch.state, BL_WATCH_PAUSED);
    const char *code = "local n = 0 for i = 1, 3e6 do n = n + 1 end return n";
    assert_int_equal(luaL_loadbuffer(L, code, strlen(code), "=engine"), LUA_OK);
    bl_sandbox_arm(sb, (bl_limits){BL_DEFAULT_INSTRUCTION_BUDGET, 0, 0});
    int status = bl_sandbox_pcall(sb, 0, 1);
    bl_sandbox_disarm(sb);
    bl_sandbox_resume(sb, &saved);
    assert_int_equal(status, LUA_OK);
    return 1;
}

static void test_the_engines_work_is_not_the_rules(void **state)
{
    (void)state;
    bl_sandbox *sb = new_sandbox();
    lua_newtable(sb->L);
    lua_pushcfunction(sb->L, engine_work);
    lua_setfield(sb->L, -2, "work");
    bl_sandbox_add_library(sb, "engine");
    int status;
    bl_exhaustion exhausted;
    /* allowed 0.5 ms or less; the engine's work takes several */
    assert_true(run_watched(sb, "assert(engine.work() == 3e6)", (bl_limits){5000000, 0, 0}, &status, &exhausted));
    assert_int_equal(status, LUA_OK);
    /* after the engine's work, the rule is watched again: a loop is stopped */
    assert_false(run_watched(sb, "engine.work() while true do end", rule_limits, &status, &exhausted));
    assert_int_equal(exhausted, BL_OUT_OF_WATCH);
    bl_sandbox_free(sb);
}

static void test_the_hook_alone_when_asked(void **state)
{
    (void)state;
    setenv("BULLETIN_LINT_WATCH", "hook", 1);
    bl_sandbox *sb = new_sandbox();
    unsetenv("BULLETIN_LINT_WATCH");
    load(sb, "while true do end");
    assert_int_equal(bl_sandbox_arm_watched(sb, rule_limits), 0);
    assert_int_not_equal(bl_sandbox_pcall(sb, 0, 0), LUA_OK);
    assert_int_equal(sb->exhausted, BL_OUT_OF_INSTRUCTIONS);
    lua_pop(sb->L, 1);
    bl_sandbox_disarm(sb);
    bl_sandbox_free(sb);

    setenv("BULLETIN_LINT_WATCH", "redo", 1);
    sb = new_sandbox();
    unsetenv("BULLETIN_LINT_WATCH");
    int status;
    bl_exhaustion exhausted;
    assert_false(run_watched(sb, "local n = 1", rule_limits, &status, &exhausted));
    assert_int_equal(status, LUA_OK);
    bl_sandbox_free(sb);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_short_runs_stand),
        cmocka_unit_test(test_endless_code_is_stopped),
        cmocka_unit_test(test_the_engines_work_is_not_the_rules),
        cmocka_unit_test(test_the_hook_alone_when_asked),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
