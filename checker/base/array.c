/* array.c - growing malloc'd arrays by doubling. */
#include "array.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int bl_array_grow(void *items_ptr, size_t item_size, size_t needed, size_t *cap, size_t first)
{
    size_t grown_cap = *cap ? *cap : first ? first : 1;
    while (grown_cap < needed) {
        if (grown_cap > SIZE_MAX / 2)
            return -1;
        grown_cap *= 2;
    }
    if (item_size && grown_cap > SIZE_MAX / item_size)
        return -1;
    void *items; /* items_ptr points to a pointer of the caller's type: copied, not cast */
    memcpy(&items, items_ptr, sizeof items);
    void *grown = realloc(items, grown_cap * item_size);
    if (!grown)
        return -1;
    memcpy(items_ptr, &grown, sizeof grown);
    *cap = grown_cap;
    return 0;
}
