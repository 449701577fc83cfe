/* word_set.h - any of a list of words, found in one pass without a regex: at each character of the
 * text a bit for its first two bytes, and only then the words that begin with them, the longest
 * first. What re.any_of's pattern finds (leftmost, then longest), at a few instructions a byte. */
#ifndef BL_WORD_SET_H
#define BL_WORD_SET_H
#include <stddef.h>

typedef struct bl_word {
    const char *s; /* borrowed: the caller keeps the bytes alive as long as the set */
    size_t len;    /* at least 1 */
} bl_word;

typedef struct bl_word_set bl_word_set;

/* The bytes a set of `count` words takes (for the caller to allocate, aligned as malloc's). */
size_t bl_word_set_bytes(size_t count);
/* Builds in `room` (bl_word_set_bytes(count) bytes) the set of words[0, count), which are distinct
 * and sorted by their bytes (as re.any_of sorts them); the set borrows their bytes. */
bl_word_set *bl_word_set_build(void *room, const bl_word *words, size_t count);
/* The first place, from byte `from` on, where a word of the set starts in s (valid UTF-8 of len
 * bytes; places start at characters), the longest word there: 1 and bytes [*start, *end), or 0. */
int bl_word_set_find(const bl_word_set *set, const char *s, size_t len, size_t from, size_t *start, size_t *end);

#endif
