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
    uint32_t count;
    size_t cap;
} bl_text_refs;

/* What the lazily computed fields and doc.locate read. It lives in the Lua heap as long as the
 * model does; bl_lua_model_pop clears it, and from then on those fields read as nil. */
typedef struct bl_model_box {
    const bl_document *doc;      /* borrowed */
    bl_text_refs *refs;          /* borrowed: lazily made nodes add theirs */
    bl_trusted_strings *trusted; /* borrowed: where the strings of lazily made nodes go */
} bl_model_box;

/* The Lua model of one document, on the sandbox's stack while the rules run on it. */
typedef struct bl_lua_model {
    lua_State *L;
    const bl_document *doc;      /* borrowed */
    bl_text_refs refs;           /* owned: what the text nodes' _ref index */
    bl_trusted_strings *trusted; /* borrowed: holds the model's strings until the model is popped */
    bl_model_box *box;           /* in the Lua heap, on the stack below the model; its user values are
                                  * the text nodes' metatable (1), the title's data (2, or nil) and
                                  * doc.paragraphs (3) */
    int top;                     /* the stack top before the model was pushed */
    int index;                   /* the stack index of the model: the rules' `doc` */
} bl_lua_model;

/* Pushes the box and, above it, the read-only model of doc (doc.locate included), and fills
 * model. Strings of the model are added to trusted (the regex functions need not check them).
 * On failure (BL_ERR_NOMEM) nothing stays pushed and there is nothing to pop. */
int bl_lua_model_push(bl_lua_model *model, lua_State *L, const bl_document *doc, const char *path,
                      bl_trusted_strings *trusted);
/* The check of the document is over: the model's lazy fields no longer read the document, its
 * strings are no longer trusted, and it leaves the stack. */
void bl_lua_model_pop(bl_lua_model *model);

#endif
