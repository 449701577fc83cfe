/* lua_pool.h - the memory of one Lua state: small blocks (most of what Lua allocates: strings,
 * tables, closures, views) come from free lists by size, carved from large slabs, larger ones from
 * malloc. Freeing a small block is putting it on its list; the slabs go back when the pool is freed.
 * glibc's malloc and free cost some 200 instructions a block once its per-thread cache is full,
 * which the collector's sweeps keep it. */
#ifndef BL_LUA_POOL_H
#define BL_LUA_POOL_H
#include <stddef.h>

typedef struct bl_pool bl_pool;

/* A new pool, or NULL out of memory. With `pooled` 0 every block comes from malloc (for memory
 * checkers, which see no errors inside a slab). */
bl_pool *bl_pool_new(int pooled);
/* Frees the slabs and the pool (the blocks of the state must all be dead: after lua_close). */
void bl_pool_free(bl_pool *pool);
/* Lua's allocator contract (lua_Alloc): ptr == NULL allocates nsize bytes; nsize == 0 frees ptr of
 * osize bytes; else the block grows or shrinks, its contents kept. Returns NULL only when memory
 * runs out on allocating or growing. */
void *bl_pool_realloc(bl_pool *pool, void *ptr, size_t osize, size_t nsize);

#endif
