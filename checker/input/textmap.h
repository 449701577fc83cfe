/* textmap.h - text assembled from pieces of the source (joined wrapped lines), with the map
 * from each byte of it back to the source byte it was copied from. */
#ifndef BL_TEXTMAP_H
#define BL_TEXTMAP_H
#include <stdint.h>
#include "arena.h"
#include "source.h"

typedef struct bl_chunk {
    uint32_t text_off, src_off, len;  /* text[text_off..+len) == source[src_off..+len) */
} bl_chunk;

typedef struct bl_text {
    const char *s;          /* arena-owned; use len (a slice is not NUL-terminated) */
    uint32_t len;
    const bl_chunk *chunks; /* sorted by text_off; bytes between chunks were inserted */
    uint32_t chunk_count;
} bl_text;

/* A start and an exclusive end, both as original 1-based line and character column. */
typedef struct bl_span {
    uint32_t line, col, end_line, end_col;
} bl_span;

/* Growable builder; reuse it across texts to avoid reallocations. */
typedef struct bl_text_builder {
    char *buf;
    uint32_t len;
    size_t cap;
    bl_chunk *chunks;
    uint32_t chunk_count;
    size_t chunk_cap;
} bl_text_builder;

int bl_text_builder_append_source(bl_text_builder *b, const bl_source *src, uint32_t from, uint32_t to);
int bl_text_builder_append_literal(bl_text_builder *b, const char *s, uint32_t len);
/* Copies the builder's contents into the arena as a text, and empties the builder. */
int bl_text_builder_finish(bl_text_builder *b, bl_arena *arena, bl_text *out);
void bl_text_builder_release(bl_text_builder *b);

/* The source offset of text byte `off`; an inserted byte maps to the next copied byte. */
uint32_t bl_text_source_offset(const bl_text *text, uint32_t off);
/* The original span of text bytes [from, to). */
bl_span bl_text_span(const bl_text *text, const bl_source *src, uint32_t from, uint32_t to);
/* A text that is a slice [from, to) of another, sharing its bytes and map. */
bl_text bl_text_slice(const bl_text *text, bl_arena *arena, uint32_t from, uint32_t to);

#endif
