/* model_view.c - the read-only views of the document model's nodes and lists.
 *
 * A view is a userdata without bytes whose one user value is the node's data table. Every view
 * shares one metatable: indexing reads the data (through the data's own metatable, where text
 * nodes work out lazy fields), `#` and `pairs` see the data, and writing is an error. A view of its
 * own costs a userdata (about 56 bytes) where a table with a metatable of its own cost four times
 * that; a document of many short lines holds hundreds of thousands of them. */
#include "model_view.h"

#include <lauxlib.h>

#include "sandbox.h"

/* Its address is the registry key of the views' metatable (set once per state). */
static const char view_metatable_key;
#define VIEW_METATABLE_KEY (&view_metatable_key)

int bl_model_view_data(lua_State *L, int index)
{
    if (lua_type(L, index) != LUA_TUSERDATA || !lua_getmetatable(L, index))
        return 0;
    /* the metatable by its address, kept in the sandbox: the registry holds it, so it stays there */
    int is_view = lua_topointer(L, -1) == bl_sandbox_of(L)->view_metatable;
    lua_pop(L, 1);
    if (!is_view)
        return 0;
    lua_getiuservalue(L, index, 1);
    return 1;
}

/* The data of the view at index 1 (pushed), or an error naming what was given. */
static void push_data(lua_State *L)
{
    if (!bl_model_view_data(L, 1))
        luaL_error(L, "bad argument #1 (a view of the document expected, got %s)", luaL_typename(L, 1));
}

static int view_index(lua_State *L)
{
    lua_getiuservalue(L, 1, 1);
    lua_pushvalue(L, 2);
    lua_gettable(L, -2); /* the data's own __index (lazy fields) applies */
    return 1;
}

static int view_newindex(lua_State *L)
{
    return luaL_error(L, "the document model is read-only (cannot set %s)", luaL_tolstring(L, 2, NULL));
}

static int view_len(lua_State *L)
{
    lua_getiuservalue(L, 1, 1);
    lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
    return 1;
}

/* The iterator pairs gives: the view itself is its state, so the data stays out of reach. */
static int view_next(lua_State *L)
{
    lua_settop(L, 2);
    push_data(L);
    lua_pushvalue(L, 2);
    if (lua_next(L, -2))
        return 2;
    lua_pushnil(L);
    return 1;
}

static int view_pairs(lua_State *L)
{
    lua_pushcfunction(L, view_next);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

void bl_model_view_install(lua_State *L)
{
    static const luaL_Reg methods[] = {{"__index", view_index}, {"__newindex", view_newindex},
                                       {"__len", view_len},     {"__pairs", view_pairs},
                                       {NULL, NULL}};
    lua_createtable(L, 0, 5);
    luaL_setfuncs(L, methods, 0);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    bl_sandbox_of(L)->view_metatable = lua_topointer(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, VIEW_METATABLE_KEY);
}

void bl_model_view_push(lua_State *L, int narr, int nrec)
{
    lua_newuserdatauv(L, 0, 1);
    lua_rawgetp(L, LUA_REGISTRYINDEX, VIEW_METATABLE_KEY);
    lua_setmetatable(L, -2);
    lua_createtable(L, narr, nrec);
    lua_pushvalue(L, -1);
    lua_setiuservalue(L, -3, 1);
}

/* The iterator of ipairs over a view: item i + 1 of the view's data, its upvalue (whose own
 * metatable applies, as indexing the view would). The loop's state is the view, so that the data
 * stays out of reach; the iterator does not look at it: it goes over the view it was made for. */
static int view_ipairs_step(lua_State *L)
{
    int is_integer;
    lua_Integer i = lua_tointegerx(L, 2, &is_integer) + 1; /* what a for loop passes */
    if (!is_integer)
        i = luaL_checkinteger(L, 2) + 1;
    lua_pushinteger(L, i);
    return lua_geti(L, lua_upvalueindex(1), i) == LUA_TNIL ? 1 : 2;
}

/* The iterator of ipairs over anything else: Lua's own (t[i] with its metamethods). */
static int ipairs_step(lua_State *L)
{
    lua_Integer i = luaL_checkinteger(L, 2) + 1;
    lua_pushinteger(L, i);
    return lua_geti(L, 1, i) == LUA_TNIL ? 1 : 2;
}

int bl_model_view_ipairs(lua_State *L)
{
    luaL_checkany(L, 1);
    lua_settop(L, 1);
    if (bl_model_view_data(L, 1))
        lua_pushcclosure(L, view_ipairs_step, 1); /* over the data, found once */
    else
        lua_pushcfunction(L, ipairs_step);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, 0);
    return 3;
}

int bl_model_view_type(lua_State *L)
{
    luaL_checkany(L, 1);
    if (lua_type(L, 1) == LUA_TUSERDATA && bl_model_view_data(L, 1)) {
        lua_pushliteral(L, "table"); /* rules see the model as tables, as they always did */
        return 1;
    }
    lua_pushstring(L, luaL_typename(L, 1));
    return 1;
}
