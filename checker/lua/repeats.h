/* repeats.h - a stretch of Han characters written twice in a row (进一步进一步), found in one pass
 * with no backtracking: what the regex (HAN{min,max})\1 finds, where HAN is chinese.han_class. */
#ifndef BL_REPEATS_H
#define BL_REPEATS_H
#include <stddef.h>
#include <stdint.h>

/* Whether cp is in chinese.han_class (the Han script, give or take unassigned code points). */
int bl_repeats_is_han(uint32_t cp);

/* Finds, in valid UTF-8 s of len bytes from byte `from` on, the first place where min to max Han
 * characters (1 <= min <= max) are followed by the same characters; at one place the longest
 * stretch wins. Returns 1 and the place's bytes [*start, *end) (the stretch is the first half), or
 * 0 when there is none. */
int bl_repeats_find(const char *s, size_t len, size_t from, unsigned min, unsigned max, size_t *start, size_t *end);

#endif
