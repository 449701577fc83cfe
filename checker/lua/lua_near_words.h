/* lua_near_words.h - the `near_words` library rules use to find words of a list written with one
 * character changed (wording.set-phrases: 守正创薪 for 守正创新), in C: the engine registers it in
 * the sandbox (bl_sandbox_add_library). */
#ifndef BL_LUA_NEAR_WORDS_H
#define BL_LUA_NEAR_WORDS_H
#include <lua.h>

/* Pushes the library table. L must be a sandbox's: the work is charged to its budget. */
void bl_lua_near_words_push(lua_State *L);

#endif
