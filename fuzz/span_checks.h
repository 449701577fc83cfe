/* Checks shared by the fuzz targets: every span of a claim, a noun or a relation's item lies in
 * its paragraph's text and starts and ends on a character boundary; every relation member is a
 * claim. A broken span aborts, which libFuzzer reports. */
#ifndef BL_FUZZ_SPAN_CHECKS_H
#define BL_FUZZ_SPAN_CHECKS_H
#include <stdint.h>
#include <stdlib.h>
#include "claims.h"
#include "document.h"

static void check_span(const bl_text *text, uint32_t from, uint32_t to)
{
    if (from > to || to > text->len)
        abort();
    if ((from < text->len && ((unsigned char)text->s[from] & 0xC0) == 0x80) ||
        (to < text->len && ((unsigned char)text->s[to] & 0xC0) == 0x80))
        abort();
}

static void check_claim_spans(const bl_document *doc)
{
    const bl_claim_set *set = doc->claims;
    for (uint32_t i = 0; i < set->claim_count; i++) {
        const bl_claim *c = &set->claims[i];
        if (c->paragraph >= doc->paragraph_count)
            abort();
        check_span(&doc->paragraphs[c->paragraph].text, c->from, c->to);
        check_span(&doc->paragraphs[c->paragraph].text, c->noun_from, c->noun_to);
    }
    for (uint32_t i = 0; i < set->relation_count; i++) {
        const bl_relation *r = &set->relations[i];
        if (r->paragraph >= doc->paragraph_count)
            abort();
        for (uint32_t m = 0; m < r->member_count; m++)
            if (r->members[m].claim >= set->claim_count)
                abort();
        for (uint32_t k = 0; k < r->item_count; k++)
            check_span(&doc->paragraphs[r->paragraph].text, r->items[k].from, r->items[k].to);
    }
}

#endif
