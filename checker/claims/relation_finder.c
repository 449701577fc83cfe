/* relation_finder.c - collecting the relations the finders find, and what several finders ask of claims. */
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

/* Whether two quantities count the same things, by their units: the same unit, a unit left out
 * (５０万，其中…１２万人), or two counters used for the same things (个/项/件/条, 人/名/位). 家 and
 * 张 are not: 养老机构１２０家，其中…床位１．６万张 are no part of one another. */
int same_measure(const bl_claim *a, const bl_claim *b)
{
    if (!a->unit || !b->unit || !*a->unit || !*b->unit || strcmp(a->unit, b->unit) == 0)
        return 1;
    static const char *const classes[][4] = {{"个", "项", "件", "条"}, {"人", "名", "位", NULL}};
    for (size_t c = 0; c < sizeof classes / sizeof *classes; c++) {
        int has_a = 0, has_b = 0;
        for (size_t i = 0; i < 4 && classes[c][i]; i++) {
            has_a |= strcmp(a->unit, classes[c][i]) == 0;
            has_b |= strcmp(b->unit, classes[c][i]) == 0;
        }
        if (has_a && has_b)
            return 1;
    }
    return 0;
}
