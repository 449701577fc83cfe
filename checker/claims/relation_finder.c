/* relation_finder.c - collecting the relations the finders find. */
#include <string.h>

#include "array.h"
#include "relation_finder.h"

bl_relation *relation_add(finder *f, bl_relation_kind kind, const char *cue, const bl_claim *anchor)
{
    if (BL_ARRAY_RESERVE(f->items, (size_t)f->count + 1, f->cap, 32)) {
        f->nomem = 1;
        return NULL;
    }
    bl_relation *r = &f->items[f->count++];
    memset(r, 0, sizeof *r);
    r->kind = kind;
    r->cue = cue;
    r->paragraph = anchor->paragraph;
    r->sentence = anchor->sentence;
    return r;
}
