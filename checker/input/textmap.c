/* textmap.c - joined texts and their map back to source offsets. */
#include "textmap.h"

#include <stdlib.h>
#include <string.h>

#include "array.h"

static int reserve(bl_text_builder *b, uint32_t extra)
{
    return BL_ARRAY_RESERVE(b->buf, (size_t)b->len + extra + 1, b->cap, 256) ? BL_ERR_NOMEM : 0;
}

int bl_text_builder_append_source(bl_text_builder *b, const bl_source *src, uint32_t from, uint32_t to)
{
    if (to <= from)
        return 0;
    if (reserve(b, to - from))
        return BL_ERR_NOMEM;
    bl_chunk *last = b->chunk_count ? &b->chunks[b->chunk_count - 1] : NULL;
    if (last && last->text_off + last->len == b->len && last->src_off + last->len == from) {
        last->len += to - from;
    } else {
        if (BL_ARRAY_RESERVE(b->chunks, (size_t)b->chunk_count + 1, b->chunk_cap, 16))
            return BL_ERR_NOMEM;
        b->chunks[b->chunk_count++] = (bl_chunk){b->len, from, to - from};
    }
    memcpy(b->buf + b->len, src->text + from, to - from);
    b->len += to - from;
    return 0;
}

int bl_text_builder_append_literal(bl_text_builder *b, const char *s, uint32_t len)
{
    if (reserve(b, len))
        return BL_ERR_NOMEM;
    memcpy(b->buf + b->len, s, len);
    b->len += len;
    return 0;
}

int bl_text_builder_finish(bl_text_builder *b, bl_arena *arena, bl_text *out)
{
    char *s = bl_arena_strndup(arena, b->buf ? b->buf : "", b->len);
    bl_chunk *chunks = bl_arena_alloc(arena, (b->chunk_count ? b->chunk_count : 1) * sizeof *chunks);
    if (!s || !chunks)
        return BL_ERR_NOMEM;
    if (b->chunk_count)
        memcpy(chunks, b->chunks, b->chunk_count * sizeof *chunks);
    *out = (bl_text){s, b->len, chunks, b->chunk_count};
    b->len = 0;
    b->chunk_count = 0;
    return 0;
}

void bl_text_builder_release(bl_text_builder *b)
{
    free(b->buf);
    free(b->chunks);
    memset(b, 0, sizeof *b);
}

uint32_t bl_text_source_offset(const bl_text *text, uint32_t off)
{
    if (text->chunk_count == 0)
        return 0;
    uint32_t lo = 0, hi = text->chunk_count; /* last chunk starting at or before off */
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (text->chunks[mid].text_off <= off)
            lo = mid;
        else
            hi = mid;
    }
    const bl_chunk *c = &text->chunks[lo];
    if (off < c->text_off)
        return c->src_off;
    if (off < c->text_off + c->len)
        return c->src_off + (off - c->text_off);
    if (lo + 1 < text->chunk_count)
        return text->chunks[lo + 1].src_off;
    return c->src_off + c->len;
}

bl_span bl_text_span(const bl_text *text, const bl_source *src, uint32_t from, uint32_t to)
{
    bl_span span;
    if (to > text->len)
        to = text->len;
    if (from > to)
        from = to;
    bl_source_locate(src, bl_text_source_offset(text, from), &span.line, &span.col);
    if (to == from) {
        span.end_line = span.line;
        span.end_col = span.col;
        return span;
    }
    /* The end is one character past the last character of the span, on that character's line. */
    uint32_t last = to - 1;
    while (last > from && ((unsigned char)text->s[last] & 0xC0) == 0x80)
        last--;
    bl_source_locate(src, bl_text_source_offset(text, last), &span.end_line, &span.end_col);
    span.end_col++;
    return span;
}

bl_text bl_text_slice(const bl_text *text, bl_arena *arena, uint32_t from, uint32_t to)
{
    bl_text slice = *text;
    /* Slices keep the parent's chunk array and shift offsets through a rebased copy. */
    uint32_t first = 0;
    while (first + 1 < text->chunk_count && text->chunks[first + 1].text_off <= from)
        first++;
    uint32_t count = 0;
    while (first + count < text->chunk_count && text->chunks[first + count].text_off < to)
        count++;
    bl_chunk *chunks = bl_arena_alloc(arena, (count ? count : 1) * sizeof *chunks);
    if (!chunks) {
        slice.chunk_count = 0;
        return slice;
    }
    for (uint32_t i = 0; i < count; i++) {
        bl_chunk c = text->chunks[first + i];
        if (c.text_off < from) {
            uint32_t cut = from - c.text_off;
            c.src_off += cut;
            c.len = c.len > cut ? c.len - cut : 0;
            c.text_off = from;
        }
        c.text_off -= from;
        chunks[i] = c;
    }
    slice.s = text->s + from;
    slice.len = to - from;
    slice.chunks = chunks;
    slice.chunk_count = count;
    return slice;
}
