/* layout.h - from physical lines to the parts of a bulletin and its paragraph blocks.
 *
 * Undoes the artifacts of PDF extraction: page-number lines are dropped, hard-wrapped lines are
 * joined into paragraphs (inferring paragraph ends from line lengths, final punctuation and
 * headings), and every byte of a joined text keeps its map to the original line and column. */
#ifndef BL_LAYOUT_H
#define BL_LAYOUT_H
#include "textmap.h"

typedef enum bl_line_kind { BL_LINE_BLANK, BL_LINE_PAGE_NUMBER, BL_LINE_CONTENT } bl_line_kind;

typedef struct bl_line {
    uint32_t start, end;   /* source bytes of the content, surrounding blanks trimmed */
    uint32_t width;        /* characters in the content, blanks excluded */
    bl_line_kind kind;
} bl_line;

typedef enum bl_part_kind {
    BL_PART_MASTHEAD, BL_PART_TITLE, BL_PART_BODY, BL_PART_CONTRIBUTOR, BL_PART_DISTRIBUTION
} bl_part_kind;

typedef struct bl_block {
    bl_part_kind part;
    uint32_t first_line, last_line;  /* 0-based physical lines */
    bl_text text;
} bl_block;

typedef struct bl_page {
    bl_line *lines;          /* one per physical line, arena-owned */
    uint32_t line_count;
    bl_block *blocks;        /* in document order, arena-owned */
    uint32_t block_count;
    bl_layout layout;        /* EXTRACTED or DRAFT, as decided */
    uint32_t wrap_width;     /* typical characters of a full line (extracted layout) */
} bl_page;

/* Classifies line `index` (0-based) of src: its content without surrounding blanks, its width, its
 * kind. */
void bl_layout_line(bl_line *line, const bl_source *src, uint32_t index);
/* Whether a content line starts a masthead, as the first content line of a document: a short line
 * naming a series (简报, 专辑…), or a short line with its issue number or over an issue line of its
 * own (第7期). next is the content line after it, or NULL. */
int bl_layout_heads_masthead(const bl_source *src, const bl_line *line, const bl_line *next);

int bl_layout_build(bl_page *out, const bl_source *src, bl_layout requested, bl_arena *arena,
                    bl_text_builder *scratch);

const char *bl_part_name(bl_part_kind part);

#endif
