/* Fuzz target: the whole model (layout, parts, sections, paragraphs, sentences, enumerations,
 * claims, relations) in both layouts, with every span mapped back to the source. */
#include <stddef.h>
#include <stdint.h>
#include "claims.h"
#include "document.h"
#include "pipeline.h"
#include "span_checks.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bl_layout layouts[] = {BL_LAYOUT_AUTO, BL_LAYOUT_EXTRACTED, BL_LAYOUT_DRAFT};
    for (size_t k = 0; k < 3; k++) {
        bl_document *doc;
        bl_error err;
        if (bl_pipeline_model(&doc, (const char *)data, size, BL_ENCODING_AUTO, layouts[k], &err) != BL_OK)
            return 0;
        for (uint32_t i = 0; i < doc->paragraph_count; i++) {
            const bl_paragraph *p = &doc->paragraphs[i];
            bl_document_span(doc, &p->text, 0, p->text.len);
            for (uint32_t s = 0; s < p->sentence_count; s++)
                bl_document_span(doc, &p->text, p->sentences[s].from, p->sentences[s].to);
        }
        for (uint32_t i = 0; i < doc->claims->claim_count; i++) {
            const bl_claim *c = &doc->claims->claims[i];
            bl_document_span(doc, &doc->paragraphs[c->paragraph].text, c->from, c->to);
        }
        check_claim_spans(doc);
        bl_document_free(doc);
    }
    return 0;
}
