/* docx_edit.h - the writer behind docx.h: comments and tracked changes put into a .docx at byte
 * ranges of its paragraphs' text, by editing the XML of the main part in place (runs split where a
 * range begins or ends, nothing else of the part touched) and adding the comments part. */
#ifndef BL_DOCX_EDIT_H
#define BL_DOCX_EDIT_H
#include <stddef.h>
#include <stdint.h>
#include "bulletin_lint/bulletin_lint.h"

typedef struct bl_docx_comment {
    uint32_t para, from;       /* where it begins: paragraph (0-based), byte of its text */
    uint32_t end_para, to;     /* where it ends (exclusive) */
    const char *paragraphs[4]; /* its text, a paragraph each (NULL ends the list early) */
} bl_docx_comment;

typedef struct bl_docx_change {
    uint32_t para, from, to;   /* bytes [from, to) of one paragraph's text */
    const char *replacement;
} bl_docx_change;

typedef struct bl_docx_edit_options {
    const char *author, *date;
    const char *expected_text; /* when set, the document's text must be this (what was checked) */
    size_t expected_len;
} bl_docx_edit_options;

/* The package in bytes with the comments (sorted or not) and the changes (not overlapping) put
 * in. *applied counts those written; a change that cannot be a plain tracked change is skipped. */
int bl_docx_edit(const char *bytes, size_t len, const bl_docx_comment *comments, size_t comment_count,
                 const bl_docx_change *changes, size_t change_count, const bl_docx_edit_options *opts, char **out,
                 size_t *out_len, size_t *applied, bl_error *err);

#endif
