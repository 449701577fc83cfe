/* document.h - the document model of a bulletin: its parts, sections, paragraphs, sentences
 * and inline enumerations. All of it lives in the document's arena. */
#ifndef BL_DOCUMENT_H
#define BL_DOCUMENT_H
#include "headings.h"
#include "layout.h"

typedef struct bl_sentence {
    uint32_t from, to;          /* bytes of the paragraph text */
} bl_sentence;

typedef struct bl_paragraph {
    bl_text text;
    uint32_t block;             /* index into page.blocks */
    int section;                /* innermost section, -1 before the first heading */
    uint32_t heading_end;       /* bytes of a run-in heading at the start, 0 when none */
    bl_sentence *sentences;
    uint32_t sentence_count;
} bl_paragraph;

typedef struct bl_section {
    int parent;                 /* -1 for a top-level section */
    int level;                  /* 1 for 一、 (or a top-level unnumbered heading) … 4 for （1） */
    bl_marker_kind kind;        /* BL_MARKER_NONE for an unnumbered heading */
    int number;                 /* the marker's number, 0 when unnumbered */
    bl_text heading;            /* the whole heading, marker included */
    uint32_t title_from;        /* bytes of heading where the title starts (after the marker) */
    uint32_t title_to;          /* end of the title, before a final stop of a run-in heading */
    int run_in;                 /* the heading opens a paragraph (paragraph gives which) */
    int paragraph;              /* paragraph index of a run-in heading, -1 otherwise */
    int ends_with_stop;         /* a standalone heading that ends with 。 or . */
} bl_section;

typedef struct bl_enum_item {
    uint32_t paragraph;
    uint32_t from, to;          /* bytes of the marker (一是) in the paragraph text */
    int value;
} bl_enum_item;

typedef struct bl_enumeration {
    int section;
    uint32_t first_item, item_count;   /* into items */
} bl_enumeration;

typedef struct bl_field {
    int present;
    bl_text text;               /* a slice of a block's text */
} bl_field;

/* What a text is; genre rules declare the kinds they apply to. */
typedef enum bl_doc_kind {
    BL_DOC_TEXT = 0,       /* any other text */
    BL_DOC_BULLETIN,       /* a bulletin issue: masthead with series name (and issue number) */
    BL_DOC_REPORT          /* 工作报告, 公报, 审计报告, 调研报告: the title says so */
} bl_doc_kind;

const char *bl_doc_kind_name(bl_doc_kind kind);

typedef struct bl_document {
    bl_arena arena;
    bl_source source;
    bl_page page;

    bl_doc_kind kind;
    int continues;              /* a part of a larger document after its first (boundaries.h) */
    int goes_on;                /* a part of a larger document before its last */
    int masthead;               /* block index of the first masthead line or -1 */
    uint32_t masthead_count;    /* masthead lines: the series, the issue line, the office and date */
    bl_field series, issue;     /* masthead: series title and issue number text */
    int64_t issue_number;
    uint32_t title_first, title_count;   /* blocks of the title lines */
    bl_field title_city;
    int contributor;            /* block index or -1 */
    bl_field contributor_city;
    uint32_t distribution_first, distribution_count;

    bl_paragraph *paragraphs;
    uint32_t paragraph_count;
    bl_section *sections;
    uint32_t section_count;
    bl_enum_item *items;
    uint32_t item_count;
    bl_enumeration *enumerations;
    uint32_t enumeration_count;

    struct bl_claim_set *claims;   /* numeric claims and their relations: filled by the stages
                                      after this one (claims.h, relations.h) */
} bl_document;

/* Builds the model (parts, sections, paragraphs, sentences, enumerations) from doc->page, the
 * layout of doc->source; memory from doc->arena. */
int bl_document_build(bl_document *doc);
/* Frees the document: its arena and its source. */
void bl_document_free(bl_document *doc);

/* The span of bytes [from, to) of a text of this document. */
bl_span bl_document_span(const bl_document *doc, const bl_text *text, uint32_t from, uint32_t to);

#endif
