/* sandbox_freeze.h - read-only library views and frozen modules (sandbox_freeze.c); the freezing
 * functions themselves are declared in sandbox.h, with the rest of the sandbox. */
#ifndef BL_SANDBOX_FREEZE_H
#define BL_SANDBOX_FREEZE_H
#include <lua.h>

/* view(t, name) for the prelude: a read-only view of library t; its pairs hands out the view. */
int bl_sandbox_library_view(lua_State *L);

#endif
