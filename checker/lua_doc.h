/* lua_doc.h - the document model as Lua tables, built once per document and shared (read-only)
 * by every rule. Text nodes carry `_ref`, an index into the run's text references, so that a
 * report can point at bytes of node.text and land on the original line and column. */
#ifndef BL_LUA_DOC_H
#define BL_LUA_DOC_H
#include <lua.h>
#include "document.h"

typedef struct bl_text_ref {
    const bl_text *text;   /* borrowed from the document */
    uint32_t base, len;    /* the node's bytes: text[base .. base+len) */
} bl_text_ref;

typedef struct bl_text_refs {
    bl_text_ref *items;    /* owned (malloc) */
    uint32_t count, cap;
} bl_text_refs;

/* Pushes the model of doc (not yet frozen). refs receives the text references it names. */
int bl_lua_push_document(lua_State *L, const bl_document *doc, const char *path, bl_text_refs *refs);
void bl_text_refs_release(bl_text_refs *refs);

#endif
