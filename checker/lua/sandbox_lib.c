/* sandbox_lib.c - the standard library functions whose work in C grows with their arguments, as rules
 * get them: each is wrapped so that the work is charged to the sandbox's budget before it is done.
 * The count hook sees Lua instructions only: `table.move({}, 1, 2^40, 1, {})`, `table.insert` on a
 * table whose __len says 2^40, or a sort of a million numbers in a loop each take one instruction and
 * would otherwise run in C, unlimited. (The pattern functions are lua_patterns.c; the memory functions
 * allocate, and allocation is charged by the sandbox's allocator.) */
#include "sandbox_lib.h"

#include <lauxlib.h>
#include <lualib.h>
#include <string.h>

#include "model_view.h"
#include "sandbox.h"

/* One instruction per element moved, compared or pushed, and per this many bytes scanned. */
#define BYTES_PER_INSTRUCTION 64

typedef enum cost_kind {
    COST_TABLE_LENGTH,   /* table.insert, table.remove: they shift up to #t elements */
    COST_SORT,           /* table.sort: n log n comparisons (and moves) */
    COST_UNPACK,         /* table.unpack(t, i = 1, j = #t), table.concat(t, sep, i = 1, j = #t) */
    COST_CONCAT,
    COST_MOVE,           /* table.move(a, f, e, t): e - f + 1 elements */
    COST_STRINGS,        /* utf8.len, utf8.offset, tonumber, string.unpack: the bytes of their strings */
    COST_BYTES,          /* string.byte(s, i = 1, j = i), utf8.codepoint: j - i + 1 values pushed */
} cost_kind;

/* The length of the table argument at arg (through __len, as the function will see it), or 0 for
 * what is not a table (the function itself reports the bad argument). */
static lua_Integer table_length(lua_State *L, int arg)
{
    if (bl_model_view_data(L, arg)) {
        lua_pop(L, 1);
        return luaL_len(L, arg);
    }
    return lua_type(L, arg) == LUA_TTABLE ? luaL_len(L, arg) : 0;
}

/* The number of integers from i to j (0 when j < i), without overflow. */
static uint64_t range(lua_Integer i, lua_Integer j)
{
    return j < i ? 0 : (uint64_t)j - (uint64_t)i + 1;
}

/* A position in a string of len bytes as string.byte reads it: negative from the end, clipped. */
static lua_Integer string_position(lua_Integer pos, size_t len)
{
    if (pos >= 0)
        return pos;
    if (pos < -(lua_Integer)len)
        return 0;
    return (lua_Integer)len + pos + 1;
}

static uint64_t cost_of(lua_State *L, cost_kind kind)
{
    switch (kind) {
    case COST_TABLE_LENGTH:
        return (uint64_t)table_length(L, 1);
    case COST_SORT: {
        uint64_t n = (uint64_t)table_length(L, 1), log = 1;
        while ((1ull << log) < n && log < 63)
            log++;
        return n * log;
    }
    case COST_UNPACK:
    case COST_CONCAT: {
        int first = kind == COST_UNPACK ? 2 : 3;
        if (lua_type(L, 1) != LUA_TTABLE && lua_type(L, 1) != LUA_TUSERDATA)
            return 0;
        lua_Integer i = luaL_optinteger(L, first, 1);
        lua_Integer j = lua_isnoneornil(L, first + 1) ? table_length(L, 1) : luaL_checkinteger(L, first + 1);
        return range(i, j);
    }
    case COST_MOVE:
        return range(luaL_checkinteger(L, 2), luaL_checkinteger(L, 3));
    case COST_STRINGS: {
        uint64_t bytes = 0;
        for (int i = 1; i <= lua_gettop(L); i++)
            if (lua_type(L, i) == LUA_TSTRING)
                bytes += lua_rawlen(L, i);
        return bytes / BYTES_PER_INSTRUCTION;
    }
    case COST_BYTES: {
        if (lua_type(L, 1) != LUA_TSTRING)
            return 0;
        size_t len = lua_rawlen(L, 1);
        lua_Integer i = string_position(luaL_optinteger(L, 2, 1), len);
        lua_Integer j = string_position(luaL_optinteger(L, 3, i), len);
        uint64_t n = range(i < 1 ? 1 : i, j > (lua_Integer)len ? (lua_Integer)len : j);
        return n;
    }
    }
    return 0;
}

/* The wrapper: upvalue 1 is the library's function, upvalue 2 its cost_kind. */
static int charged(lua_State *L)
{
    bl_sandbox_charge(L, 1 + cost_of(L, (cost_kind)lua_tointeger(L, lua_upvalueindex(2))));
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* string.rep(s, n, sep): Lua's copies an empty string n times, however large n is (("").rep("",
 * 2^60) never ends); an empty result is returned at once. Otherwise the copying makes the result,
 * whose allocation is charged. */
static int bounded_rep(lua_State *L)
{
    size_t len, sep_len = 0;
    luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &sep_len);
    if (n <= 0 || (len == 0 && (sep_len == 0 || n == 1))) {
        lua_pushliteral(L, "");
        return 1;
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static void wrap(lua_State *L, const char *library, const char *name, cost_kind kind)
{
    if (library)
        lua_getglobal(L, library);
    else
        lua_pushglobaltable(L);
    lua_getfield(L, -1, name);
    lua_pushinteger(L, kind);
    lua_pushcclosure(L, charged, 2);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);
}

void bl_sandbox_lib_install(lua_State *L)
{
    static const struct { const char *library, *name; cost_kind kind; } wrapped[] = {
        {LUA_TABLIBNAME, "insert", COST_TABLE_LENGTH}, {LUA_TABLIBNAME, "remove", COST_TABLE_LENGTH},
        {LUA_TABLIBNAME, "sort", COST_SORT},           {LUA_TABLIBNAME, "unpack", COST_UNPACK},
        {LUA_TABLIBNAME, "concat", COST_CONCAT},       {LUA_TABLIBNAME, "move", COST_MOVE},
        {LUA_UTF8LIBNAME, "len", COST_STRINGS},        {LUA_UTF8LIBNAME, "offset", COST_STRINGS},
        {LUA_UTF8LIBNAME, "codepoint", COST_BYTES},    {LUA_STRLIBNAME, "byte", COST_BYTES},
        {LUA_STRLIBNAME, "unpack", COST_STRINGS},      {NULL, "tonumber", COST_STRINGS},
    };
    for (size_t i = 0; i < sizeof wrapped / sizeof *wrapped; i++)
        wrap(L, wrapped[i].library, wrapped[i].name, wrapped[i].kind);
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_getfield(L, -1, "rep");
    lua_pushcclosure(L, bounded_rep, 1);
    lua_setfield(L, -2, "rep");
    lua_pop(L, 1);
}
