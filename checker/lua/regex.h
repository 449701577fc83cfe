/* regex.h - PCRE2 patterns for rules: compiled once per engine (with JIT where available),
 * matched with a match limit so that no pattern can run away. Patterns are UTF-8 with Unicode
 * properties (\p{Han}) available. */
#ifndef BL_REGEX_H
#define BL_REGEX_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>

#define BL_REGEX_MATCH_LIMIT 2000000u
#define BL_REGEX_DEPTH_LIMIT 10000u

typedef struct bl_regex_cache bl_regex_cache;

int bl_regex_cache_new(bl_regex_cache **out);
void bl_regex_cache_free(bl_regex_cache *cache);

/* The compiled form of pattern (borrowed from the cache). On a bad pattern returns NULL and
 * writes the reason to err. */
const pcre2_code *bl_regex_get(bl_regex_cache *cache, const char *pattern, size_t len,
                               char *err, size_t err_size);

/* Matches at subject[offset..]. Returns the number of capture pairs (>0) with the offsets in
 * *ovector, 0 for no match, or a negative PCRE2 error (limits included). `validated` says the
 * subject was checked to be valid UTF-8 by an earlier call, so that walking through a long text
 * match by match does not check it again each time. */
int bl_regex_match(bl_regex_cache *cache, const pcre2_code *code, const char *subject, size_t len,
                   size_t offset, int validated, const size_t **ovector);

#endif
