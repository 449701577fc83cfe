/* sandbox_lib.h - the standard library's functions that work in C in proportion to their arguments
 * (table.insert, remove, sort, unpack, concat, move; string.rep, byte, unpack; utf8.len, offset,
 * codepoint; tonumber), with that work charged to the sandbox's budget. */
#ifndef BL_SANDBOX_LIB_H
#define BL_SANDBOX_LIB_H
#include <lua.h>

/* Replaces those functions in L's libraries (and so in the string methods) with charged ones. */
void bl_sandbox_lib_install(lua_State *L);

#endif
