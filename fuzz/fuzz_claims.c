/* Fuzz target: claim extraction and relations on a draft made of the input as one paragraph, so
 * that the fuzzer reaches the claim reader quickly; every span must be whole characters of its
 * paragraph (span_checks.h). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "claims.h"
#include "document.h"
#include "pipeline.h"
#include "span_checks.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char head[] = "简报（一）\n周口：标题\n　　";
    char *text = malloc(sizeof head + size);
    memcpy(text, head, sizeof head - 1);
    memcpy(text + sizeof head - 1, data, size);
    bl_document *doc;
    bl_error err;
    if (bl_pipeline_model(&doc, text, sizeof head - 1 + size, BL_ENCODING_UTF8, BL_LAYOUT_DRAFT, &err) == BL_OK) {
        check_claim_spans(doc);
        bl_document_free(doc);
    }
    free(text);
    return 0;
}
