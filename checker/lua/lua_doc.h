/* lua_doc.h - the document model as Lua tables, built once per document and shared (read-only)
 * by every rule. Every node is a read-only view from the start (no freezing pass afterwards).
 * Text nodes carry `_ref`, an index into the run's text references, so that a report can point
 * at bytes of node.text and land on the original line and column; their line, column, end_line
 * and end_column are worked out when a rule first reads them. */
#ifndef BL_LUA_DOC_H
#define BL_LUA_DOC_H
#include <lua.h>
#include "document.h"
#include "trusted_strings.h"

typedef struct bl_text_ref {
    const bl_text *text;   /* borrowed from the document */
    uint32_t base, len;    /* the node's bytes: text[base .. base+len) */
} bl_text_ref;

typedef struct bl_text_refs {
    bl_text_ref *items;    /* owned (malloc) */
    uint32_t count, cap;
} bl_text_refs;

/* What the lazily computed fields read. It lives in the Lua heap as long as the model does;
 * bl_lua_model_end clears it, and from then on those fields read as nil. */
typedef struct bl_model_box {
    const bl_document *doc;      /* borrowed */
    const bl_text_refs *refs;    /* borrowed */
    bl_trusted_strings *trusted; /* borrowed: where the strings of lazily made nodes go */
} bl_model_box;

/* Pushes the model's box (*box points to it; keep it on the stack until bl_lua_model_end) and,
 * above it, the read-only model of doc, with the function at stack index `locate` as doc.locate.
 * refs receives the text references it names (the caller releases them after bl_lua_model_end).
 * Strings of the model are added to trusted (the regex functions need not check them) until the
 * caller clears it. On failure nothing is pushed. */
int bl_lua_push_document(lua_State *L, const bl_document *doc, const char *path, int locate,
                         bl_trusted_strings *trusted, bl_text_refs *refs, bl_model_box **box);
/* The document's check is over: the model's lazy fields no longer read the document. */
void bl_lua_model_end(bl_model_box *box);
void bl_text_refs_release(bl_text_refs *refs);

#endif
