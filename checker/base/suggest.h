/* suggest.h - "did you mean": the known name closest to a mistyped one. */
#ifndef BL_SUGGEST_H
#define BL_SUGGEST_H
#include <stddef.h>

/* The candidate closest to word by edit distance (letters inserted, deleted, replaced or two
 * swapped), when it is close enough to be a typing slip (at most a third of the word, at least
 * one edit), or NULL. Borrowed from candidates. */
const char *bl_closest(const char *word, const char *const *candidates, size_t count);

#endif
