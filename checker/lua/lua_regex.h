/* lua_regex.h - the `re` module rules use for Chinese text (PCRE2, with a bounded cache of compiled
 * patterns in the Lua heap); the engine registers it in the sandbox (bl_sandbox_add_library). */
#ifndef BL_LUA_REGEX_H
#define BL_LUA_REGEX_H
#include <lua.h>
#include "regex.h"
#include "trusted_strings.h"

/* Pushes the module table. Its functions compile and match with matcher and skip the UTF-8 check
 * of the strings in trusted; both are borrowed and must outlive L. L must be a sandbox's (the work
 * and the compiled patterns are charged to its limits). */
void bl_lua_regex_push(lua_State *L, bl_regex_matcher *matcher, const bl_trusted_strings *trusted);

#endif
