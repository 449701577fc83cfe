/* lua_patterns.h - Lua's pattern functions (string.find, match, gmatch, gsub) with every step of
 * their matcher charged to the sandbox's budget. */
#ifndef BL_LUA_PATTERNS_H
#define BL_LUA_PATTERNS_H
#include <lua.h>

/* Replaces string.find, string.match, string.gmatch and string.gsub in the string library of L
 * (and so the string methods) with the bounded ones. */
void bl_lua_patterns_install(lua_State *L);

#endif
