/* trusted_strings.c - a set of string addresses. */
#include "trusted_strings.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

static size_t trusted_slot(const char *s, size_t cap)
{
    uintptr_t h = (uintptr_t)s;
    h ^= h >> 17;
    h *= (uintptr_t)0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 7) & (cap - 1);
}

static int trusted_insert(const char **slots, size_t cap, const char *s)
{
    size_t i = trusted_slot(s, cap);
    while (slots[i] && slots[i] != s)
        i = (i + 1) & (cap - 1);
    int added = slots[i] == NULL;
    slots[i] = s;
    return added;
}

void bl_trusted_add(bl_trusted_strings *set, const char *s, size_t len)
{
    /* The model's strings are cut from text the reader has already checked, at character
     * boundaries: checking them again cost more than PCRE2's checks it saves (45M instructions a
     * megabyte). Debug builds still check, and stop on an engine bug. */
#ifndef NDEBUG
    if (bl_utf8_validate(s, len) != len)
        abort();
#else
    (void)len;
#endif
    if ((set->count + 1) * 2 > set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 1024;
        const char **grown = calloc(cap, sizeof *grown);
        if (!grown)
            return;
        for (size_t i = 0; i < set->cap; i++)
            if (set->slots[i])
                trusted_insert(grown, cap, set->slots[i]);
        free(set->slots);
        set->slots = grown;
        set->cap = cap;
    }
    set->count += (size_t)trusted_insert(set->slots, set->cap, s);
}

int bl_trusted_contains(const bl_trusted_strings *set, const char *s)
{
    if (!set->count)
        return 0;
    size_t i = trusted_slot(s, set->cap);
    while (set->slots[i]) {
        if (set->slots[i] == s)
            return 1;
        i = (i + 1) & (set->cap - 1);
    }
    return 0;
}

void bl_trusted_clear(bl_trusted_strings *set)
{
    if (set->count)
        memset(set->slots, 0, set->cap * sizeof *set->slots);
    set->count = 0;
}

void bl_trusted_release(bl_trusted_strings *set)
{
    free(set->slots);
    memset(set, 0, sizeof *set);
}
