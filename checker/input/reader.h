/* reader.h - input readers: each turns the bytes of one kind of file into a source (decoded UTF-8
 * text with LF line ends, and the position map from its bytes back to lines and columns), which
 * is all that the layout stage reads. Plain text (text_reader.c) is the first; a new format (a
 * .docx reader, say) is one new file with its reader and one row in the table of reader.c. */
#ifndef BL_READER_H
#define BL_READER_H
#include "source.h"

typedef struct bl_input_reader {
    const char *name;
    /* Whether the bytes are this reader's kind of file (from their first bytes, say). */
    int (*accepts)(const char *bytes, size_t len);
    /* Reads the bytes into out (zeroed; bl_source_from_text builds its text and position map).
     * On failure returns BL_ERR_INPUT with err saying why, or BL_ERR_NOMEM; out then holds no
     * memory. `requested` is the encoding the user asked for (readers of text honour it). */
    int (*read)(bl_source *out, const char *bytes, size_t len, bl_encoding requested, bl_error *err);
} bl_input_reader;

extern const bl_input_reader bl_text_reader;
/* Word documents (docx_reader.c). */
extern const bl_input_reader bl_docx_reader;
/* Files of other formats, recognised by their first bytes and refused with a message that names
 * the format and how to convert it (foreign_formats.c). */
extern const bl_input_reader bl_foreign_reader;

/* Reads a document's bytes into out with the first reader that accepts them (plain text, the last,
 * takes any file: it says why one is not text). Documents over BL_MAX_DOCUMENT_BYTES are refused.
 * Failures as for bl_input_reader.read. */
int bl_input_read(bl_source *out, const char *bytes, size_t len, bl_encoding requested, bl_error *err);

#endif
