/* arena.c - bump allocator with chained blocks. */
#include "arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK_SIZE (64 * 1024)

struct bl_arena_block {
    bl_arena_block *next;
    size_t used, capacity;
    _Alignas(16) unsigned char data[];
};

void *bl_arena_alloc(bl_arena *arena, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    bl_arena_block *block = arena->head;
    if (!block || block->capacity - block->used < size) {
        size_t capacity = size > ARENA_BLOCK_SIZE / 4 ? size : ARENA_BLOCK_SIZE;
        block = malloc(sizeof *block + capacity);
        if (!block)
            return NULL;
        block->used = 0;
        block->capacity = capacity;
        if (arena->head && size > ARENA_BLOCK_SIZE / 4) {
            /* A large allocation gets its own block behind the current one, so the
             * current block keeps serving small requests. */
            block->next = arena->head->next;
            arena->head->next = block;
        } else {
            block->next = arena->head;
            arena->head = block;
        }
    }
    void *p = block->data + block->used;
    block->used += size;
    arena->bytes_used += size;
    return p;
}

void *bl_arena_calloc(bl_arena *arena, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    void *p = bl_arena_alloc(arena, count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

char *bl_arena_strndup(bl_arena *arena, const char *s, size_t len)
{
    char *p = bl_arena_alloc(arena, len + 1);
    if (!p)
        return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *bl_arena_printf(bl_arena *arena, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = bl_arena_alloc(arena, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void bl_arena_free(bl_arena *arena)
{
    bl_arena_block *block = arena->head;
    while (block) {
        bl_arena_block *next = block->next;
        free(block);
        block = next;
    }
    arena->head = NULL;
    arena->bytes_used = 0;
}
