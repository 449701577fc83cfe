/* The Lua state's memory (lua_pool.h): blocks keep their contents through growing and shrinking,
 * never overlap, small freed blocks are used again, with the pool and without it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "lua_pool.h"

#define BLOCKS 300

typedef struct block {
    unsigned char *p;
    size_t size;
    unsigned char fill;
} block;

static void check_contents(const block *b)
{
    for (size_t i = 0; i < b->size; i++)
        if (b->p[i] != (unsigned char)(b->fill + i))
            fail_msg("block of %zu bytes: byte %zu changed", b->size, i);
}

static void fill(block *b, size_t from)
{
    for (size_t i = from; i < b->size; i++)
        b->p[i] = (unsigned char)(b->fill + i);
}

/* Random allocations, resizes and frees, sizes 1 to 2,000 bytes (both sides of the small blocks'
 * limit); every live block is checked whole after each step touches it, and all at the end. */
static void random_use(int pooled)
{
    bl_pool *pool = bl_pool_new(pooled);
    assert_non_null(pool);
    block blocks[BLOCKS] = {{0}};
    unsigned seed = 99;
    for (int step = 0; step < 200000; step++) {
        seed = seed * 1103515245u + 12345u;
        block *b = &blocks[(seed >> 8) % BLOCKS];
        size_t size = 1 + (seed >> 4) % ((seed & 3) == 0 ? 2000 : 300);
        if (!b->p) {
            b->p = bl_pool_realloc(pool, NULL, 5 /* a Lua type tag, not a size */, size);
            assert_non_null(b->p);
            b->size = size;
            b->fill = (unsigned char)step;
            fill(b, 0);
        } else if ((seed >> 20) % 3 == 0) {
            check_contents(b);
            assert_null(bl_pool_realloc(pool, b->p, b->size, 0));
            b->p = NULL;
        } else {
            check_contents(b);
            size_t old = b->size;
            b->p = bl_pool_realloc(pool, b->p, old, size);
            assert_non_null(b->p);
            b->size = size;
            if (size < old)
                check_contents(b);
            else
                fill(b, old);
        }
    }
    for (int i = 0; i < BLOCKS; i++)
        if (blocks[i].p) {
            check_contents(&blocks[i]);
            bl_pool_realloc(pool, blocks[i].p, blocks[i].size, 0);
        }
    bl_pool_free(pool);
}

static void test_random_use_pooled(void **state)
{
    (void)state;
    random_use(1);
}

static void test_random_use_malloc(void **state)
{
    (void)state;
    random_use(0);
}

/* A freed small block is the next one of its size; growing within its size keeps it in place. */
static void test_small_blocks_are_used_again(void **state)
{
    (void)state;
    bl_pool *pool = bl_pool_new(1);
    void *a = bl_pool_realloc(pool, NULL, 0, 40);
    void *b = bl_pool_realloc(pool, NULL, 0, 40);
    assert_ptr_not_equal(a, b);
    assert_ptr_equal(bl_pool_realloc(pool, a, 40, 48), a); /* the same 48-byte size */
    bl_pool_realloc(pool, a, 48, 0);
    assert_ptr_equal(bl_pool_realloc(pool, NULL, 0, 33), a);
    void *big = bl_pool_realloc(pool, NULL, 0, 5000); /* from malloc, and back to the pool when small */
    memset(big, 7, 5000);
    void *small = bl_pool_realloc(pool, big, 5000, 20);
    assert_non_null(small);
    assert_int_equal(((unsigned char *)small)[19], 7);
    bl_pool_realloc(pool, small, 20, 0);
    bl_pool_realloc(pool, b, 40, 0);
    bl_pool_free(pool);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_random_use_pooled),
        cmocka_unit_test(test_random_use_malloc),
        cmocka_unit_test(test_small_blocks_are_used_again),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
