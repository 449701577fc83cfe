/* utf8.h - decoding UTF-8 and classifying the characters a Chinese bulletin is made of. */
#ifndef BL_UTF8_H
#define BL_UTF8_H
#include <stddef.h>
#include <stdint.h>

/* The bytes of a UTF-8 string literal, for stepping over a known word: BL_UTF8_BYTES("第") is 3.
 * A compile-time constant. */
#define BL_UTF8_BYTES(literal) ((uint32_t)(sizeof(literal) - 1))
/* The bytes of a character from U+0800 to U+FFFF: every Han character and full-width mark. */
#define BL_UTF8_HAN_BYTES 3u

/* Decodes one code point at s[0..len). Returns its byte length (1..4), or 0 when the bytes
 * are not valid UTF-8 (overlong forms, surrogates and truncation included). */
size_t bl_utf8_decode(const char *s, size_t len, uint32_t *out_cp);

/* Writes cp as UTF-8 into out (4 bytes room). Returns the byte length. */
size_t bl_utf8_encode(uint32_t cp, char *out);

/* Byte offset of the first invalid sequence in s[0..len), or len when all of it is valid. */
size_t bl_utf8_validate(const char *s, size_t len);

/* Length of the character starting at s (valid UTF-8 assumed), from its lead byte. */
static inline size_t bl_utf8_char_len(unsigned char lead)
{
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/* Decodes the (valid) character at s + *pos and advances *pos past it. Invalid bytes give
 * U+FFFD or a wrong character, but never a read beyond s[len - 1]. */
static inline uint32_t bl_utf8_next(const char *s, size_t len, size_t *pos)
{
    const unsigned char *p = (const unsigned char *)s + *pos;
    unsigned char lead = p[0];
    if (lead < 0x80) {
        *pos += 1;
        return lead;
    }
    size_t n = bl_utf8_char_len(lead);
    if (lead < 0xC0 || *pos + n > len) { /* a stray continuation byte, or cut short */
        *pos += 1;
        return 0xFFFD;
    }
    *pos += n;
    if (n == 2)
        return (uint32_t)(lead & 0x1F) << 6 | (p[1] & 0x3Fu);
    if (n == 3)
        return (uint32_t)(lead & 0x0F) << 12 | (uint32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3Fu);
    return (uint32_t)(lead & 0x07) << 18 | (uint32_t)(p[1] & 0x3F) << 12 | (uint32_t)(p[2] & 0x3F) << 6 |
           (p[3] & 0x3Fu);
}
/* Decodes the (valid) character that ends just before byte *pos and moves *pos to its start. */
uint32_t bl_utf8_prev(const char *s, size_t *pos);

/* Number of characters in s[0..len) (valid UTF-8 assumed). */
size_t bl_utf8_count(const char *s, size_t len);

int bl_is_cjk(uint32_t cp);              /* a Han character */
int bl_is_blank(uint32_t cp);            /* ASCII space, tab, U+3000 ideographic space, NBSP */
int bl_is_digit(uint32_t cp);            /* 0-9 or full-width ０-９ */
int bl_digit_value(uint32_t cp);         /* 0-9, or -1 */
int bl_is_sentence_end(uint32_t cp);     /* 。！？ and . ! ? (the latter as extracted PDFs write them) */
int bl_is_closing_mark(uint32_t cp);     /* ” ’ ） ) 》 » 」 』 〕 ] — marks that stay with the sentence before */
int bl_display_width(uint32_t cp);       /* terminal columns: 2 for wide East Asian characters */

#endif
