/* relations.c - how the claims of a sentence relate: totals and parts, shares, completion,
 * changes and named counts. Each relation lists its member claims, so no rule re-reads text.
 * This file runs the finders sentence by sentence (relations_sums.c, relations_changes.c,
 * relations_named.c) and collects what they find. */
#include <stdlib.h>
#include <string.h>

#include "relation_finder.h"

bl_relation *relation_add(finder *f, bl_relation_kind kind, const char *cue, const bl_claim *anchor)
{
    if (f->count == f->cap) {
        uint32_t cap = f->cap ? f->cap * 2 : 32;
        bl_relation *grown = realloc(f->items, cap * sizeof *grown);
        if (!grown) {
            f->nomem = 1;
            return NULL;
        }
        f->items = grown;
        f->cap = cap;
    }
    bl_relation *r = &f->items[f->count++];
    memset(r, 0, sizeof *r);
    r->kind = kind;
    r->cue = cue;
    r->paragraph = anchor->paragraph;
    r->sentence = anchor->sentence;
    return r;
}

/* ------------------------------------------------------------------ all relations */

int bl_relations_find(const bl_document *doc, bl_arena *arena, bl_claim_set *set)
{
    finder f = {doc, arena, set, NULL, 0, 0, 0};
    uint32_t first = 0;
    while (first < set->claim_count && !f.nomem) {
        uint32_t end = first + 1;
        while (end < set->claim_count && set->claims[end].paragraph == set->claims[first].paragraph &&
               set->claims[end].sentence == set->claims[first].sentence)
            end++;
        relations_find_shares(&f, first, end);
        relations_find_rates(&f, first, end);
        relations_find_totals(&f, first, end);
        relations_find_changes(&f, first, end);
        relations_find_completion(&f, first, end);
        relations_find_named_counts(&f, first, end);
        first = end;
    }
    if (f.nomem) {
        free(f.items);
        return BL_ERR_NOMEM;
    }
    set->relations = bl_arena_alloc(arena, (f.count ? f.count : 1) * sizeof *set->relations);
    if (!set->relations) {
        free(f.items);
        return BL_ERR_NOMEM;
    }
    if (f.count)
        memcpy(set->relations, f.items, f.count * sizeof *f.items);
    set->relation_count = f.count;
    free(f.items);
    return BL_OK;
}

const char *bl_relation_kind_name(bl_relation_kind kind)
{
    static const char *const names[] = {"total", "share", "completion", "change", "named-count"};
    return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : "total";
}
