/* relations.c - how the claims of a sentence relate: totals and parts, shares, completion,
 * changes and named counts. Each relation lists its member claims, so no rule re-reads text.
 * The table of relation kinds names each kind and its finders (relations_sums.c,
 * relations_shares.c, relations_among.c, relations_changes.c, relations_named.c); this file runs
 * them sentence by sentence, in the table's order, and keeps what they find. A new kind is one row
 * here and one finder. */
#include <stdlib.h>
#include <string.h>

#include "relation_finder.h"
#include "relations.h"

#define FINDERS_PER_KIND 3

static const struct relation_kind {
    const char *name;
    relation_finder_fn *finders[FINDERS_PER_KIND];   /* run in this order; NULL ends the list */
} relation_kinds[BL_REL_KIND_COUNT] = {
    [BL_REL_SHARE] = {"share", {relations_find_shares, relations_find_rates, relations_find_breadth}},
    [BL_REL_TOTAL] = {"total", {relations_find_totals, NULL}},
    [BL_REL_CHANGE] = {"change", {relations_find_changes, NULL}},
    [BL_REL_COMPLETION] = {"completion", {relations_find_completion, NULL}},
    [BL_REL_NAMED_COUNT] = {"named-count", {relations_find_named_counts, NULL}},
};

/* Runs every finder, kind by kind, on the claims [first, end) of one sentence. */
static void find_in_sentence(finder *f, uint32_t first, uint32_t end)
{
    for (size_t k = 0; k < BL_REL_KIND_COUNT; k++)
        for (size_t i = 0; i < FINDERS_PER_KIND && relation_kinds[k].finders[i]; i++)
            relation_kinds[k].finders[i](f, first, end);
}

int bl_relations_find(const bl_document *doc, bl_arena *arena, bl_claim_set *set)
{
    finder f = {doc, arena, set, NULL, 0, 0, 0};
    uint32_t first = 0;
    while (first < set->claim_count && !f.nomem) {
        uint32_t end = first + 1;
        while (end < set->claim_count && set->claims[end].paragraph == set->claims[first].paragraph &&
               set->claims[end].sentence == set->claims[first].sentence)
            end++;
        find_in_sentence(&f, first, end);
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
    return (unsigned)kind < BL_REL_KIND_COUNT ? relation_kinds[kind].name : "total";
}
