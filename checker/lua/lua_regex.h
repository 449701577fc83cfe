/* lua_regex.h - the `re` module rules use for Chinese text (PCRE2 through the engine's pattern
 * cache); the engine registers it in the sandbox (bl_sandbox_add_library). */
#ifndef BL_LUA_REGEX_H
#define BL_LUA_REGEX_H
#include <lua.h>
#include "regex.h"
#include "trusted_strings.h"

/* Pushes the module table. Its functions compile with cache and skip the UTF-8 check of the
 * strings in trusted; both are borrowed and must outlive L. */
void bl_lua_regex_push(lua_State *L, bl_regex_cache *cache, const bl_trusted_strings *trusted);

#endif
