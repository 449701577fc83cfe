/* repeats.c - a stretch of Han characters written twice in a row, found without backtracking. */
#include "repeats.h"

#include "utf8.h"

#define RING 128 /* more than the longest stretch (64 characters) and the character after it */

int bl_repeats_is_han(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x2E80 && cp <= 0x2FDF) ||
           cp == 0x3005 || cp == 0x3007 || (cp >= 0x3021 && cp <= 0x3029) || (cp >= 0x3038 && cp <= 0x303B) ||
           (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x323AF);
}

/* Whether the characters of s[at, end) are all Han. */
static int all_han(const char *s, size_t at, size_t end)
{
    while (at < end)
        if (!bl_repeats_is_han(bl_utf8_next(s, end, &at)))
            return 0;
    return 1;
}

/* Whether a[0, n) and b[0, n) are the same bytes: a loop, as the stretches are short and most
 * differ in their first byte or two (a call to memcmp would cost more). */
static int same_bytes(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

/* The characters ahead of the position: where each starts, in a ring, and where the one after the
 * last read starts (the end of the text once all are read). */
typedef struct ahead {
    size_t starts[RING];
    unsigned first, count;
    size_t next;
} ahead;

static size_t start_of(const ahead *a, unsigned i)
{
    return i < a->count ? a->starts[(a->first + i) % RING] : a->next;
}

int bl_repeats_find(const char *s, size_t len, size_t from, unsigned min, unsigned max, size_t *start, size_t *end)
{
    if (min < 1 || max < min || max >= RING)
        return 0;
    ahead a = {.first = 0, .count = 0, .next = from};
    for (;;) {
        while (a.count <= max && a.next < len) {
            a.starts[(a.first + a.count++) % RING] = a.next;
            a.next += bl_utf8_char_len((unsigned char)s[a.next]);
            if (a.next > len)
                a.next = len;
        }
        if (a.count == 0)
            return 0;
        size_t at = start_of(&a, 0);
        if ((unsigned char)s[at] >= 0xE2) /* Han starts at U+2E80 */
            for (unsigned n = a.count < max ? a.count : max; n >= min; n--) {
                size_t again = start_of(&a, n), half = again - at;
                if (again + half <= len && same_bytes(s + at, s + again, half) && all_han(s, at, again)) {
                    *start = at;
                    *end = again + half;
                    return 1;
                }
            }
        a.first = (a.first + 1) % RING;
        a.count--;
    }
}
