/* find_bytes.h - the first place of a short string in a text, found by its last byte with memchr:
 * in UTF-8 Chinese text the last byte of a character is one of 64 continuation bytes, where its
 * first byte (E4 to E9 for most Han characters) is a quarter of all bytes. */
#ifndef BL_FIND_BYTES_H
#define BL_FIND_BYTES_H
#include <stddef.h>

/* The first occurrence of word[0, word_len) in text[0, len), or NULL; an empty word is at text. */
const char *bl_find_bytes(const char *text, size_t len, const char *word, size_t word_len);

#endif
