/* arena.h - bump allocator: every allocation of one document lives and dies together. */
#ifndef BL_ARENA_H
#define BL_ARENA_H
#include <stddef.h>

typedef struct bl_arena_block bl_arena_block;
typedef struct bl_arena {
    bl_arena_block *head;
    size_t bytes_used; /* total handed out, for --stats and limits */
} bl_arena;

/* A zeroed arena needs no init; bl_arena_free releases everything it handed out. */
void *bl_arena_alloc(bl_arena *arena, size_t size);          /* uninitialised, 16-byte aligned; NULL on OOM */
void *bl_arena_calloc(bl_arena *arena, size_t count, size_t size);
char *bl_arena_strndup(bl_arena *arena, const char *s, size_t len);
char *bl_arena_printf(bl_arena *arena, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void bl_arena_free(bl_arena *arena);

#endif
