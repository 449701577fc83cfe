/* docx_numbering.h - Word's automatic numbering (numbering.xml, and the numbering of paragraph
 * styles in styles.xml) rendered as Word shows it: the label of each numbered paragraph in
 * document order, with its counters, start values, restarts, formats (chineseCounting, decimal,
 * …), level texts (%1、, （%1）, %1.%2) and suffix (a tab, a space or nothing). */
#ifndef BL_DOCX_NUMBERING_H
#define BL_DOCX_NUMBERING_H
#include <stddef.h>
#include "bulletin_lint/bulletin_lint.h"

typedef struct bl_docx_numbering bl_docx_numbering;

/* Either part may be NULL (no numbering, or no styles). Errors name the part. */
int bl_docx_numbering_load(bl_docx_numbering **out, const char *numbering_part, const char *numbering,
                           size_t numbering_len, const char *styles_part, const char *styles, size_t styles_len,
                           bl_error *err);
void bl_docx_numbering_free(bl_docx_numbering *n);

/* The label of the next paragraph with style `style` (NULL: the default paragraph style) and its own
 * numbering properties (num_id, ilvl: -1 when the paragraph does not set them), written to buf as
 * UTF-8 (empty when the paragraph is not numbered); the counters advance. Returns its length. */
size_t bl_docx_numbering_label(bl_docx_numbering *n, const char *style, int num_id, int ilvl, char *buf, size_t size);

/* A number in one of Word's formats (w:numFmt), as UTF-8 in buf. Returns its length. */
size_t bl_docx_format_number(const char *format, int value, char *buf, size_t size);

#endif
