/* docx_reader.h - the input reader of Word documents (.docx): the document model of a .docx is
 * that of a draft in text, one line per paragraph (body and tables, in order; empty paragraphs
 * count), a column per character of the paragraph's text as Word shows it (numbering labels
 * included). A line break inside a paragraph is a line of text for the layout, but positions stay
 * in its paragraph. docx_document.h has what is read and what is left out. */
#ifndef BL_DOCX_READER_H
#define BL_DOCX_READER_H
#include "reader.h"

/* Every zip is given to this reader (by its first bytes, "PK\3\4"): a .docx ([Content_Types].xml and
 * the main document word/document.xml that _rels/.rels names) is read, any other zip gets a message
 * saying what it is (an OpenDocument text, a workbook, a zip that is no Word document). */
extern const bl_input_reader bl_docx_reader;

#endif
