/* lua_pool.c - small blocks from free lists by size, carved from slabs; larger ones from malloc. */
#include "lua_pool.h"

#include <stdlib.h>
#include <string.h>

#define GRAIN 16                           /* block sizes are multiples of this */
#define SMALL_MAX 512                      /* the largest block kept in a free list */
#define CLASSES (SMALL_MAX / GRAIN)
#define SLAB_BYTES (64u * 1024u)

typedef struct free_block {
    struct free_block *next;
} free_block;

typedef struct slab {
    struct slab *next;
    size_t used;
    _Alignas(16) unsigned char bytes[SLAB_BYTES];
} slab;

struct bl_pool {
    int pooled;
    free_block *free_lists[CLASSES]; /* free_lists[c]: blocks of (c + 1) * GRAIN bytes */
    slab *slabs;                     /* owned; the first is the one being carved */
};

bl_pool *bl_pool_new(int pooled)
{
    bl_pool *pool = calloc(1, sizeof *pool);
    if (pool)
        pool->pooled = pooled;
    return pool;
}

void bl_pool_free(bl_pool *pool)
{
    if (!pool)
        return;
    for (slab *s = pool->slabs, *next; s; s = next) {
        next = s->next;
        free(s);
    }
    free(pool);
}

static size_t class_of(size_t size)
{
    return (size + GRAIN - 1) / GRAIN - 1;
}

static int is_small(const bl_pool *pool, size_t size)
{
    return pool->pooled && size <= SMALL_MAX;
}

static void *take_small(bl_pool *pool, size_t size)
{
    size_t c = class_of(size);
    free_block *b = pool->free_lists[c];
    if (b) {
        pool->free_lists[c] = b->next;
        return b;
    }
    size_t bytes = (c + 1) * GRAIN;
    slab *s = pool->slabs;
    if (!s || s->used + bytes > SLAB_BYTES) {
        s = malloc(sizeof *s);
        if (!s)
            return NULL;
        s->next = pool->slabs;
        s->used = 0;
        pool->slabs = s;
    }
    void *p = s->bytes + s->used;
    s->used += bytes;
    return p;
}

/* A small block of `size` bytes goes on the list of its size (a block once larger serves as well). */
static void give_small(bl_pool *pool, void *ptr, size_t size)
{
    free_block *b = ptr;
    size_t c = class_of(size);
    b->next = pool->free_lists[c];
    pool->free_lists[c] = b;
}

static void release(bl_pool *pool, void *ptr, size_t size)
{
    if (is_small(pool, size))
        give_small(pool, ptr, size);
    else
        free(ptr);
}

void *bl_pool_realloc(bl_pool *pool, void *ptr, size_t osize, size_t nsize)
{
    if (!ptr) /* osize then says what kind of object Lua makes, not a size */
        return nsize == 0 ? NULL : is_small(pool, nsize) ? take_small(pool, nsize) : malloc(nsize);
    if (nsize == 0) {
        release(pool, ptr, osize);
        return NULL;
    }
    int was_small = is_small(pool, osize), small = is_small(pool, nsize);
    if (was_small && small && (nsize <= osize || class_of(nsize) == class_of(osize)))
        return ptr; /* it fits where it is */
    if (!was_small && !small) {
        void *grown = realloc(ptr, nsize);
        return grown ? grown : nsize <= osize ? ptr : NULL; /* a shrink that fails keeps the block */
    }
    void *moved = small ? take_small(pool, nsize) : malloc(nsize);
    if (!moved)
        return nsize <= osize && !was_small ? ptr : NULL;
    memcpy(moved, ptr, osize < nsize ? osize : nsize);
    release(pool, ptr, osize);
    return moved;
}
