/* The built-in rules' bytecode: it loads as compiling the same text would (same function, named
 * by the file's real path), and only for that very text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include <lauxlib.h>
#include "precompiled.h"

typedef struct bytes {
    char *p;
    size_t len;
} bytes;

static int collect(lua_State *L, const void *p, size_t n, void *ud)
{
    (void)L;
    bytes *b = ud;
    b->p = realloc(b->p, b->len + n);
    memcpy(b->p + b->len, p, n);
    b->len += n;
    return 0;
}

static bytes dump_top(lua_State *L)
{
    bytes b = {0};
    assert_int_equal(lua_dump(L, collect, &b, 0), 0);
    lua_pop(L, 1);
    return b;
}

static void every_rule_loads_as_its_source_compiles(void **state)
{
    (void)state;
    if (bl_precompiled_rule_count == 0)
        skip(); /* a build with a shared Lua carries no bytecode */
    lua_State *L = luaL_newstate();
    for (size_t i = 0; i < bl_precompiled_rule_count; i++) {
        const bl_precompiled *e = &bl_precompiled_rules[i];
        char path[512], chunkname[520];
        snprintf(path, sizeof path, "/some/installed/rules/%s", e->name);
        snprintf(chunkname, sizeof chunkname, "@%s", path);
        assert_int_equal(bl_precompiled_load(L, path, (const char *)e->source, e->source_len), LUA_OK);
        bytes loaded = dump_top(L);
        assert_int_equal(luaL_loadbufferx(L, (const char *)e->source, e->source_len, chunkname, "t"), LUA_OK);
        bytes compiled = dump_top(L);
        assert_int_equal(loaded.len, compiled.len);
        assert_memory_equal(loaded.p, compiled.p, loaded.len);
        free(loaded.p);
        free(compiled.p);
    }
    lua_close(L);
}

static void errors_name_the_real_path_and_line(void **state)
{
    (void)state;
    if (bl_precompiled_rule_count == 0)
        skip();
    lua_State *L = luaL_newstate();
    const bl_precompiled *e = &bl_precompiled_rules[0];
    assert_int_equal(bl_precompiled_load(L, "/x/y/lib/whatever.lua", (const char *)e->source, e->source_len), -1);
    char path[512];
    snprintf(path, sizeof path, "/x/%s", e->name);
    assert_int_equal(bl_precompiled_load(L, path, (const char *)e->source, e->source_len), LUA_OK);
    lua_Debug ar;
    lua_getinfo(L, ">S", &ar);
    char expected[520];
    snprintf(expected, sizeof expected, "@%s", path);
    assert_string_equal(ar.source, expected);
    lua_close(L);
}

static void changed_text_is_not_loaded_from_bytecode(void **state)
{
    (void)state;
    if (bl_precompiled_rule_count == 0)
        skip();
    lua_State *L = luaL_newstate();
    const bl_precompiled *e = &bl_precompiled_rules[0];
    char *text = malloc(e->source_len);
    memcpy(text, e->source, e->source_len);
    text[e->source_len / 2] ^= 1;
    char path[512];
    snprintf(path, sizeof path, "/x/%s", e->name);
    assert_int_equal(bl_precompiled_load(L, path, text, e->source_len), -1);
    assert_int_equal(bl_precompiled_load(L, path, (const char *)e->source, e->source_len - 1), -1);
    assert_int_equal(lua_gettop(L), 0);
    free(text);
    lua_close(L);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_rule_loads_as_its_source_compiles),
        cmocka_unit_test(errors_name_the_real_path_and_line),
        cmocka_unit_test(changed_text_is_not_loaded_from_bytecode),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
