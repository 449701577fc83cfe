/* docx.h - findings and fixes written back into a Word document (.docx) the engine checked: each
 * finding as a review comment anchored at exactly its text, or the safe fixes as tracked changes,
 * so that the editor sees them in Word or WPS. Every other part of the package is copied as it is.
 *
 * The report must be the check of the same bytes (bl_engine_check); when the document's text no
 * longer matches the report's, the call fails and writes nothing. */
#ifndef BULLETIN_LINT_DOCX_H
#define BULLETIN_LINT_DOCX_H

#include "bulletin_lint.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct bl_docx_options {
    const char *author;   /* of the comments and changes; NULL: "bulletin-lint" */
    const char *date;     /* ISO 8601 (2024-05-20T09:00:00Z); NULL: now, or $SOURCE_DATE_EPOCH when set */
} bl_docx_options;
#define BL_DOCX_OPTIONS_INIT {NULL, NULL}

/* Whether the report is of a .docx (made by the engine's Word reader). */
int bl_report_is_docx(const bl_report *report);

/* A copy of the .docx in bytes with every diagnostic of report as a comment (its message, its
 * suggestion, its rule), anchored at the text it points to: word/comments.xml is added (or the
 * document's own comments are kept and ours added after them), with its content type and
 * relationship. *out (malloc'd) is the caller's; *comments counts what was added. */
int bl_docx_write_comments(const bl_report *report, const char *bytes, size_t len, const bl_docx_options *opts,
                           char **out, size_t *out_len, size_t *comments, bl_error *err);

/* A copy with the report's safe fixes as tracked changes (the old text in w:del, the new in w:ins).
 * A fix Word could not show as a plain change (inside a field, a numbering label, across a tab or
 * someone else's tracked change) is left out and counted in *skipped. */
int bl_docx_write_fixes(const bl_report *report, const char *bytes, size_t len, const bl_docx_options *opts,
                        char **out, size_t *out_len, size_t *changes, size_t *skipped, bl_error *err);

/* The text of a .docx as the checker reads it (the changes accepted: w:del left out, w:ins kept),
 * each paragraph followed by "\n", and where each paragraph begins in it (a "\n" elsewhere is a line
 * break inside a paragraph). *text and *starts are malloc'd, the caller's. */
int bl_docx_read_text(const char *bytes, size_t len, char **text, size_t *text_len, uint32_t **starts,
                      size_t *count, bl_error *err);

#ifdef __cplusplus
}
#endif
#endif
