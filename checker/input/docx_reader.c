/* docx_reader.c - reading a .docx into a source: its paragraphs' text, one line each. */
#include "docx_reader.h"

#include <stdio.h>
#include <string.h>

#include "docx_document.h"
#include "docx_package.h"
#include "reader.h"

static int is_zip(const char *bytes, size_t len)
{
    return len >= 4 && memcmp(bytes, "PK", 2) == 0 &&
           ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6) || (bytes[2] == 7 && bytes[3] == 8));
}

/* Every zip comes here: a .docx is read, any other zip (an .odt, a workbook, a damaged file) gets
 * a message saying what it is. */
static int accepts_zip(const char *bytes, size_t len)
{
    return is_zip(bytes, len);
}

static int read_docx(bl_source *out, const char *bytes, size_t len, bl_encoding requested, bl_error *err)
{
    (void)requested; /* the XML says its own encoding */
    bl_docx_package *pkg = NULL;
    int status = bl_docx_open(&pkg, bytes, len, err);
    if (status != BL_OK)
        return status;
    bl_docx_document doc;
    status = bl_docx_document_read(&doc, pkg, 0, err);
    bl_docx_close(pkg);
    if (status != BL_OK)
        return status;
    status = bl_source_from_text(out, doc.text, doc.len);
    if (status == BL_OK) {
        out->encoding = BL_ENCODING_UTF8;
        status = bl_source_join_lines(out, doc.breaks, doc.break_count);
    }
    bl_docx_document_release(&doc);
    return status;
}

const bl_input_reader bl_docx_reader = {"docx", accepts_zip, read_docx};
