/* reader.c - the table of input readers, and reading a document with the one its bytes call for. */
#include "reader.h"

#include <stdio.h>
#include <string.h>

/* In the order they are asked; the text reader, which takes every file, comes last. */
static const bl_input_reader *const readers[] = {&bl_docx_reader, &bl_foreign_reader, &bl_text_reader};

int bl_input_read(bl_source *out, const char *bytes, size_t len, bl_encoding requested, bl_error *err)
{
    memset(out, 0, sizeof *out);
    if (len > BL_MAX_DOCUMENT_BYTES) {
        if (err)
            snprintf(err->message, sizeof err->message, "file too large: %zu bytes (the limit is %zu bytes)", len,
                     (size_t)BL_MAX_DOCUMENT_BYTES);
        return BL_ERR_INPUT;
    }
    size_t count = sizeof readers / sizeof *readers, i = 0;
    while (i + 1 < count && !readers[i]->accepts(bytes, len))
        i++;
    int status = readers[i]->read(out, bytes, len, requested, err);
    if (status == BL_OK)
        out->reader = readers[i]->name;
    return status;
}
