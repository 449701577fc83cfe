/* source.h - a document's text, decoded to UTF-8 with LF line ends, and its position map: the
 * tables that turn a byte offset of that text back into the original line and column. An input
 * reader (reader.h) makes it from the bytes of a file. */
#ifndef BL_SOURCE_H
#define BL_SOURCE_H
#include <stdint.h>
#include "bulletin_lint/bulletin_lint.h"

#define BL_MAX_DOCUMENT_BYTES (256u * 1024u * 1024u)

typedef struct bl_source {
    char *text;              /* owned; NUL-terminated; no BOM; every line ending is "\n" */
    uint32_t len;
    uint32_t *line_starts;   /* owned; byte offset where each line begins */
    uint32_t line_count;
    uint32_t *char_marks;    /* owned; characters before each 64-byte block, for columns */
    uint32_t *line_chars;    /* owned; characters before each line */
    bl_encoding encoding;    /* UTF8 or GB18030: what the bytes were */
    int had_bom;
    uint32_t endings_lf, endings_crlf, endings_cr;   /* how the original ended its lines */
    const char *reader;      /* the reader that made it ("text", "docx"; reader.h) */
    /* A .docx paragraph with line breaks in it is several lines of text but one line of the file:
     * when set (bl_source_join_lines), the line each line is reported as and the characters of
     * that reported line before it (owned; NULL for plain text, where they are the same). */
    uint32_t *line_numbers;
    uint32_t *line_columns;
    uint32_t reported_line_count;
    /* A view (bl_source_view) is some lines of a file's source: it borrows that source's text and
     * tables, which hold the whole file, so that its offsets are the file's; its lines are the
     * file's lines after the first line_base. 0 for a source of its own. */
    uint32_t line_base;
    int is_view;
} bl_source;

/* Fills the text and position map of src from decoded UTF-8 text (CR and CRLF become LF and are
 * counted in src's endings); the other fields are the reader's. On failure (BL_ERR_NOMEM) src is
 * released. */
int bl_source_from_text(bl_source *src, const char *text, size_t len);
/* The bytes of text a source's lines hold (a view: its own lines', not the file's before them). */
uint32_t bl_source_bytes(const bl_source *source);
/* Frees what src owns (a view owns nothing) and empties it. */
void bl_source_release(bl_source *source);

/* Fills out as a view of lines [first_line, first_line + line_count) (0-based) of whole: its text is
 * whole's up to the end of its last line, its lines are those, its offsets, lines and columns are
 * whole's. It borrows whole, which must outlive it and not be a view or a joined source (a .docx). */
void bl_source_view(bl_source *out, const bl_source *whole, uint32_t first_line, uint32_t line_count);

/* The name of an encoding as outputs and rules see it: "gb18030", else "utf-8". */
const char *bl_encoding_name(bl_encoding encoding);

/* 1-based line and column (in characters) of byte offset `offset` (offset <= len). */
void bl_source_locate(const bl_source *source, uint32_t offset, uint32_t *line, uint32_t *col);
/* Byte offset of the start of 1-based line `line` (counted from the source's first line; in a view,
 * not the file's), and its length without the "\n". */
uint32_t bl_source_line(const bl_source *source, uint32_t line, uint32_t *len);

/* Reports the line after each "\n" at the given offsets (ascending) as part of the line before it,
 * the "\n" counted as one character of it: a line break inside a .docx paragraph. BL_ERR_NOMEM on
 * failure (src is then released). */
int bl_source_join_lines(bl_source *src, const uint32_t *breaks, size_t count);
/* The lines as reported (what bl_source_locate gives: in a view, the file's number of its last
 * line), and the text of one of them (1-based; it
 * holds the "\n" of its joined line breaks): offset, and its length in *len. */
uint32_t bl_source_reported_line_count(const bl_source *source);
uint32_t bl_source_reported_line(const bl_source *source, uint32_t line, uint32_t *len);

#endif
