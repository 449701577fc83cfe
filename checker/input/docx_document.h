/* docx_document.h - the main document part of a .docx read as Word shows it: its paragraphs (body
 * and tables, in order) with the text of their runs, tabs and line breaks, field results, inserted
 * text kept and deleted text left out, and the labels of automatic numbering. With positions, also
 * where every stretch of that text comes from in the part's XML: what a writer needs to put a
 * comment or a tracked change at exactly a character (docx_edit.c). */
#ifndef BL_DOCX_DOCUMENT_H
#define BL_DOCX_DOCUMENT_H
#include <stddef.h>
#include <stdint.h>
#include "bulletin_lint/bulletin_lint.h"
#include "docx_package.h"

#define BL_DOCX_MAX_PARAGRAPHS 50000
#define BL_DOCX_NONE UINT32_MAX

/* A stretch of a paragraph's text and its source. TEXT is text copied verbatim from a w:t (any
 * character of it can be split from the next); ATOM is one thing: an entity (&amp;), a w:tab, a w:br. */
enum { BL_DOCX_TEXT, BL_DOCX_ATOM };

typedef struct bl_docx_piece {
    uint32_t at, len;         /* bytes of the paragraph's text (numbering label included) */
    uint32_t raw, raw_len;    /* bytes of the XML */
    uint32_t run;             /* its w:r */
    uint32_t t;               /* its w:t, or BL_DOCX_NONE (a w:tab, a w:br) */
    uint8_t kind;
} bl_docx_piece;

typedef struct bl_docx_run {
    uint32_t start, end;            /* '<' of <w:r>, and the byte after </w:r> */
    uint32_t rpr, rpr_len;          /* its w:rPr, to copy into the pieces of a split run */
    uint32_t rpr_change, rpr_change_len; /* a w:rPrChange inside it (left out of copies: its w:id is unique) */
    uint32_t parent;                /* the serial of the element it is in */
    uint8_t parent_kind;            /* BL_DOCX_IN_* */
    uint8_t locked;                 /* in a field, or hidden: no tracked change inside it */
} bl_docx_run;

enum { BL_DOCX_IN_PARAGRAPH, BL_DOCX_IN_LINK, BL_DOCX_IN_INSERTION, BL_DOCX_IN_FIELD, BL_DOCX_IN_OTHER };

typedef struct bl_docx_t {
    uint32_t start, name_len;       /* '<' of <w:t ...>, and the length of its qualified name ("w:t": 3) */
    uint32_t start_len;             /* bytes of the start tag */
    uint32_t end, end_len;          /* '<' of </w:t>, and its length (0 for <w:t/>) */
    uint8_t preserve;               /* has xml:space (a split adds xml:space="preserve" only when not) */
} bl_docx_t;

typedef struct bl_docx_paragraph {
    uint32_t text_at, text_len;     /* its text in the document's text (its "\n" not counted) */
    uint32_t label_len;             /* bytes of the numbering label that begins it */
    uint32_t start, start_len;      /* its start tag; start_len counts "/>" when the paragraph is <w:p/> */
    uint32_t content_start;         /* after <w:p ...> and its w:pPr */
    uint32_t content_end;           /* '<' of </w:p> */
    uint32_t first_piece, piece_count;
    uint8_t empty_tag;              /* <w:p/> */
} bl_docx_paragraph;

typedef struct bl_docx_document {
    char *part;                     /* the main part's name, "word/document.xml" */
    char *xml;                      /* its bytes */
    size_t xml_len;
    char *text;                     /* every paragraph's text followed by "\n" */
    size_t len, cap;
    bl_docx_paragraph *paras;
    size_t para_count, para_cap;
    uint32_t *breaks;               /* offsets in text of the "\n" of line breaks inside paragraphs */
    size_t break_count, break_cap;
    /* with positions only */
    bl_docx_piece *pieces;
    size_t piece_count, piece_cap;
    bl_docx_run *runs;
    size_t run_count, run_cap;
    bl_docx_t *ts;
    size_t t_count, t_cap;
    uint32_t *specials;             /* '<' of elements a tracked change must not enclose (fields, notes, …) */
    size_t special_count, special_cap;
    char prefix[32];                /* the main namespace's prefix with its colon ("w:"), or "" */
    uint32_t max_id;                /* the largest w:id in the part */
} bl_docx_document;

/* Reads the main document of the package (with its numbering and styles). Errors name the part:
 * BL_ERR_INPUT, or BL_ERR_NOMEM. On failure out holds no memory. */
int bl_docx_document_read(bl_docx_document *out, bl_docx_package *pkg, int with_positions, bl_error *err);
void bl_docx_document_release(bl_docx_document *doc);

#endif
