/* lua_regex.h - the `re` module rules use for Chinese text (PCRE2 through the engine's pattern
 * cache); the engine registers it in the sandbox (bl_sandbox_add_library). */
#ifndef BL_LUA_REGEX_H
#define BL_LUA_REGEX_H
#include <lua.h>
#include "regex.h"
#include "trusted_strings.h"

/* The module's state: the sandbox's host data (bl_sandbox_host), which must outlive the state. */
typedef struct bl_lua_regex {
    bl_regex_cache *cache;               /* borrowed: compiles and matches */
    const bl_trusted_strings *trusted;   /* borrowed: strings that need no UTF-8 check */
} bl_lua_regex;

/* Pushes the module table. Its functions find their bl_lua_regex as the sandbox's host data. */
void bl_lua_regex_push(lua_State *L);

#endif
