/* sandbox_freeze.c - read-only views of the libraries rules see, and the freezing of a loaded
 * module (and of a configuration) into views: no rule can change what another rule reads. */
#include "sandbox_freeze.h"

#include <lauxlib.h>

#include "sandbox.h"

/* ------------------------------------------------------------------ read-only views (in C) */

/* The iterator pairs gives for a view: the view itself is its state, so that the table behind it
 * stays out of reach. */
static int view_next(lua_State *L)
{
    lua_settop(L, 2);
    if (!lua_getmetatable(L, 1) || lua_getfield(L, -1, "__index") != LUA_TTABLE)
        return luaL_error(L, "bad argument to the iterator of pairs (a view of the document expected)");
    lua_pushvalue(L, 2);
    if (lua_next(L, -2))
        return 2;
    lua_pushnil(L);
    return 1;
}

static int view_newindex(lua_State *L)
{
    const char *name = "the document model";
    if (lua_getmetatable(L, 1) && lua_getfield(L, -1, "__name") == LUA_TSTRING)
        name = lua_tostring(L, -1);
    return luaL_error(L, "%s is read-only (cannot set %s)", name, luaL_tolstring(L, 2, NULL));
}

static int view_len(lua_State *L)
{
    lua_getmetatable(L, 1);
    lua_getfield(L, -1, "__index");
    lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
    return 1;
}

static int view_pairs(lua_State *L)
{
    lua_pushcfunction(L, view_next);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

/* Pushes the metatable of a read-only view of the table at `data` (absolute index); name (or NULL
 * for the document model) is what messages call it. */
static void push_view_metatable(lua_State *L, int data, const char *name)
{
    lua_createtable(L, 0, name ? 6 : 5);
    if (name) {
        lua_pushstring(L, name);
        lua_setfield(L, -2, "__name");
    }
    lua_pushvalue(L, data);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, view_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushcfunction(L, view_len);
    lua_setfield(L, -2, "__len");
    lua_pushcfunction(L, view_pairs);
    lua_setfield(L, -2, "__pairs");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
}

/* Pushes a new read-only view of the table at `data` (absolute index). */
static void push_view_of(lua_State *L, int data)
{
    lua_createtable(L, 0, 0);
    push_view_metatable(L, data, NULL);
    lua_setmetatable(L, -2);
}

/* view(t, name) for the prelude: a read-only view of a library. Its pairs hands out the view, not
 * t: a rule cannot get hold of the table itself (and replace string.find for every rule). */
int bl_sandbox_library_view(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_createtable(L, 0, 0);
    push_view_metatable(L, 1, luaL_checkstring(L, 2));
    lua_setmetatable(L, -2);
    return 1;
}

/* Replaces the table at `index` (absolute) by its view, memoised in the table at `seen`. */
static void freeze_table(lua_State *L, int index, int seen)
{
    lua_pushvalue(L, index);
    if (lua_rawget(L, seen) != LUA_TNIL) { /* already a view: a shared or cyclic reference */
        lua_replace(L, index);
        return;
    }
    lua_pop(L, 1);
    luaL_checkstack(L, 8, "the document model is too deep");
    push_view_of(L, index);
    int view = lua_gettop(L);
    lua_pushvalue(L, index);
    lua_pushvalue(L, view);
    lua_rawset(L, seen);
    /* the table's own tables become views too (assigning existing keys during traversal is allowed) */
    lua_pushnil(L);
    while (lua_next(L, index)) {
        if (lua_type(L, -1) == LUA_TTABLE) {
            freeze_table(L, lua_gettop(L), seen);
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, index);
        } else {
            lua_pop(L, 1);
        }
    }
    lua_replace(L, index); /* the view takes the table's place */
}

void bl_sandbox_freeze(bl_sandbox *sb)
{
    lua_State *L = sb->L;
    int index = lua_gettop(L);
    lua_createtable(L, 0, 256);
    freeze_table(L, index, index + 1);
    lua_pop(L, 1);
}

/* Freezing a module. Every table a module reaches (through the values and keys of its tables, their
 * metatables and its Lua functions' upvalues) keeps its contents and gets a read-only view of them;
 * every reference to it that the walk goes through (a value or a key of a table, an upvalue) is
 * replaced by that view. Nothing is copied: a table of 16,000 words costs one walk over it, not
 * two tables rebuilt. A rule reaches the modules only through require, so it reaches only views:
 * their own contents are empty, their metatable is protected, their pairs hands out views.
 * Metatables keep their place (their fields are raw lookups), with their contents frozen the same
 * way. Tables with a protected metatable (views, environments) are the engine's and are left as
 * they are; so are C functions. seen (absolute index) maps each table or function done to what
 * stands for it. */

static void freeze_reference(lua_State *L, int index, int seen);

static void remember(lua_State *L, int original, int replacement, int seen)
{
    lua_pushvalue(L, original);
    lua_pushvalue(L, replacement);
    lua_rawset(L, seen);
}

/* The upvalues of the Lua function at f that hold tables are replaced by their views (an upvalue
 * shared by several functions is replaced for all). */
static void freeze_upvalues(lua_State *L, int f, int seen)
{
    for (int i = 1; lua_getupvalue(L, f, i); i++) {
        int type = lua_type(L, -1);
        freeze_reference(L, lua_gettop(L), seen);
        if (type == LUA_TTABLE)
            lua_setupvalue(L, f, i);
        else
            lua_pop(L, 1);
    }
}

/* Keys that are tables are replaced by their views after the walk (a walk may not add keys). */
static void freeze_table_keys(lua_State *L, int t, int seen)
{
    lua_newtable(L);
    int keys = lua_gettop(L);
    lua_Integer n = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TTABLE) {
            lua_pushvalue(L, -1);
            lua_rawseti(L, keys, ++n);
        }
    }
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, keys, i); /* the key, then its value */
        lua_pushvalue(L, -1);
        lua_rawget(L, t);
        lua_pushvalue(L, -2);
        lua_pushnil(L);
        lua_rawset(L, t);
        freeze_reference(L, lua_gettop(L) - 1, seen);
        lua_rawset(L, t);
    }
    lua_pop(L, 1);
}

/* Replaces the table references among the values of the table at t by their views (assigning
 * existing keys during a walk is allowed), and walks functions and keys. */
static void freeze_contents(lua_State *L, int t, int seen)
{
    int table_keys = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        int type = lua_type(L, -1);
        freeze_reference(L, lua_gettop(L), seen);
        if (type == LUA_TTABLE) {
            lua_pushvalue(L, -2);
            lua_insert(L, -2);
            lua_rawset(L, t);
        } else {
            lua_pop(L, 1);
        }
        if (lua_type(L, -1) == LUA_TFUNCTION) {
            lua_pushvalue(L, -1);
            freeze_reference(L, lua_gettop(L), seen);
            lua_pop(L, 1);
        }
        table_keys |= lua_type(L, -1) == LUA_TTABLE;
    }
    if (table_keys)
        freeze_table_keys(L, t, seen);
}

/* Replaces the value at index (absolute) by what stands for it once frozen: a table by its view, a
 * Lua function by itself with its upvalues frozen, anything else by itself. */
static void freeze_reference(lua_State *L, int index, int seen)
{
    int type = lua_type(L, index);
    if (type != LUA_TTABLE && (type != LUA_TFUNCTION || lua_iscfunction(L, index)))
        return;
    lua_pushvalue(L, index);
    if (lua_rawget(L, seen) != LUA_TNIL) { /* done already: a shared or cyclic reference */
        lua_replace(L, index);
        return;
    }
    lua_pop(L, 1);
    luaL_checkstack(L, 8, "a module too deep to freeze");
    if (type == LUA_TFUNCTION || luaL_getmetafield(L, index, "__metatable") != LUA_TNIL) {
        if (type == LUA_TTABLE)
            lua_pop(L, 1); /* the __metatable field */
        remember(L, index, index, seen);
        if (type == LUA_TFUNCTION)
            freeze_upvalues(L, index, seen);
        return;
    }
    lua_createtable(L, 0, 0);
    push_view_metatable(L, index, "a module");
    lua_setmetatable(L, -2);
    int view = lua_gettop(L);
    remember(L, index, view, seen);
    freeze_contents(L, index, seen);
    if (lua_getmetatable(L, index)) {
        freeze_reference(L, lua_gettop(L), seen);
        lua_pop(L, 1);
    }
    lua_replace(L, index);
}

void bl_sandbox_freeze_module(bl_sandbox *sb)
{
    lua_State *L = sb->L;
    int index = lua_gettop(L);
    lua_createtable(L, 0, 64);
    freeze_reference(L, index, index + 1);
    lua_pop(L, 1);
}

