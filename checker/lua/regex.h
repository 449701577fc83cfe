/* regex.h - PCRE2 patterns for rules: compiled (with JIT where available) and matched with a match
 * limit, a depth limit and a heap limit, so that no pattern can run away. Patterns are UTF-8 with
 * Unicode properties (\p{Han}) available. The match data is per engine (one thread); compiled
 * patterns belong to whoever compiled them (the `re` module keeps them in the Lua heap). */
#ifndef BL_REGEX_H
#define BL_REGEX_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>

#define BL_REGEX_MATCH_LIMIT 2000000u
#define BL_REGEX_DEPTH_LIMIT 10000u
#define BL_REGEX_HEAP_LIMIT_KIB 16384u
#define BL_REGEX_MAX_PATTERN_BYTES (1u << 20)

typedef struct bl_regex_matcher bl_regex_matcher;

int bl_regex_matcher_new(bl_regex_matcher **out);
void bl_regex_matcher_free(bl_regex_matcher *matcher);

/* Compiles pattern. Returns the code (the caller's: pcre2_code_free) with the bytes it takes,
 * JIT code included, in *size; on a bad pattern NULL, with the reason in err. */
pcre2_code *bl_regex_compile(const bl_regex_matcher *matcher, const char *pattern, size_t len, size_t *size,
                             char *err, size_t err_size);

/* Matches at subject[offset..]. Returns the number of capture pairs (>0) with the offsets in
 * *ovector, 0 for no match, or a negative PCRE2 error (limits included). `validated` says the
 * subject was checked to be valid UTF-8 by an earlier call, so that walking through a long text
 * match by match does not check it again each time. */
int bl_regex_match(bl_regex_matcher *matcher, const pcre2_code *code, const char *subject, size_t len,
                   size_t offset, int validated, const size_t **ovector);

#endif
