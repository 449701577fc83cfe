/* array.h - the growable array: one helper for every malloc'd array that grows by doubling. */
#ifndef BL_ARRAY_H
#define BL_ARRAY_H
#include <stddef.h>

/* Makes room in the malloc'd array *items_ptr (of *cap items of item_size bytes) for `needed`
 * items: its capacity doubles, starting from `first`, until they fit. Returns 0, or -1 when
 * memory runs out or the size would overflow (the array and *cap are then unchanged). */
int bl_array_grow(void *items_ptr, size_t item_size, size_t needed, size_t *cap, size_t first);

/* BL_ARRAY_RESERVE(items, needed, cap, first): 0 when the array `items` (any pointer type, with a
 * size_t capacity `cap`) holds `needed` items, growing it when it must; -1 out of memory. */
#define BL_ARRAY_RESERVE(items, needed, cap, first) \
    ((size_t)(needed) <= (cap) ? 0 : bl_array_grow(&(items), sizeof *(items), (needed), &(cap), (first)))

#endif
