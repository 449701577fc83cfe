/* find_bytes.c - the first place of a short string in a text, by its last byte. */
#include "find_bytes.h"

#include <string.h>

const char *bl_find_bytes(const char *text, size_t len, const char *word, size_t word_len)
{
    if (word_len == 0)
        return text;
    if (word_len > len)
        return NULL;
    if (word_len == 1)
        return memchr(text, word[0], len);
    size_t before = word_len - 1; /* the bytes before the last */
    const char *end = text + len;
    for (const char *p = text + before; p < end; p++) {
        p = memchr(p, word[before], (size_t)(end - p));
        if (!p)
            return NULL;
        if (memcmp(p - before, word, before) == 0)
            return p - before;
    }
    return NULL;
}
