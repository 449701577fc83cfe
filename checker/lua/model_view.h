/* model_view.h - read-only views of the document model's nodes and lists (model_view.c). */
#ifndef BL_MODEL_VIEW_H
#define BL_MODEL_VIEW_H
#include <lua.h>

/* Makes the views' shared metatable in L (once, when the sandbox is made). */
void bl_model_view_install(lua_State *L);
/* Pushes a new view, then its data table (on top, for the caller to fill). */
void bl_model_view_push(lua_State *L, int narr, int nrec);
/* When the value at index is a view, pushes its data and returns 1; else pushes nothing, returns 0. */
int bl_model_view_data(lua_State *L, int index);
/* type(v) for rules: "table" for a view (the model reads as tables), Lua's type name otherwise. */
int bl_model_view_type(lua_State *L);
/* ipairs(t) for rules: Lua's, but over a view it reads the view's data with no call of __index per
 * item (a rule's loops over doc.text_nodes, doc.claims … are most of its reads). */
int bl_model_view_ipairs(lua_State *L);

#endif
