/* docx_reader.h - the input reader of Word documents (.docx): the document model of a .docx is
 * that of a draft in text, one line per paragraph (body and tables, in order; empty paragraphs
 * count), a column per character of the paragraph's text as Word shows it (numbering labels
 * included). A line break inside a paragraph is a line of text for the layout, but positions stay
 * in its paragraph. docx_document.h has what is read and what is left out. */
#ifndef BL_DOCX_READER_H
#define BL_DOCX_READER_H
#include <stddef.h>

/* Whether bytes look like a .docx: a zip whose first entries name [Content_Types].xml or word/. */
int bl_docx_sniff(const char *bytes, size_t len);

#endif
