/* trusted_strings.h - the strings of a document's Lua model, known to be valid UTF-8 because the
 * engine made them from decoded text: regex matching need not check them again. A set of string
 * addresses (open addressing); the caller keeps the strings alive (the read-only model holds
 * them) until it clears the set. */
#ifndef BL_TRUSTED_STRINGS_H
#define BL_TRUSTED_STRINGS_H
#include <stddef.h>

typedef struct bl_trusted_strings {
    const char **slots;    /* owned */
    size_t count, cap;
} bl_trusted_strings;

/* Trusts s[0..len), the engine's own string, valid UTF-8 (not checked again in release builds;
 * debug builds stop on invalid UTF-8, an engine bug). Out of memory, a string is simply not
 * trusted. */
void bl_trusted_add(bl_trusted_strings *set, const char *s, size_t len);
int bl_trusted_contains(const bl_trusted_strings *set, const char *s);
/* Forgets every string (the model they belong to is gone); keeps the memory for the next. */
void bl_trusted_clear(bl_trusted_strings *set);
void bl_trusted_release(bl_trusted_strings *set);

#endif
