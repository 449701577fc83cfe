/* word_set.c - any of a list of words, found in one pass: a bit per first character, then the
 * words that begin with it, longest first. */
#include "word_set.h"

#include <stdint.h>
#include <string.h>

#include "utf8.h"

/* The words that begin with the same character: by_start[first, first + count), longest first. */
typedef struct start_group {
    uint32_t cp, first, count;
} start_group;

struct bl_word_set {
    size_t groups;
    const bl_word *by_start;      /* the words, by their first character, each group longest first */
    const start_group *group;     /* by first character */
    uint8_t firsts[0x10000 / 8];  /* the characters of the Basic Multilingual Plane words begin with */
};

/* The first character of w (words are valid UTF-8, as the texts searched). */
static uint32_t first_char(const char *s, size_t len)
{
    size_t pos = 0;
    return bl_utf8_next(s, len, &pos);
}

static int may_begin(const bl_word_set *set, uint32_t cp)
{
    return cp >= 0x10000 || (set->firsts[cp >> 3] >> (cp & 7) & 1);
}

size_t bl_word_set_bytes(size_t count)
{
    return sizeof(struct bl_word_set) + count * (sizeof(bl_word) + sizeof(start_group));
}

/* Copies the n words of one first character into out, longest first (insertion: groups are short). */
static void longest_first(bl_word *out, const bl_word *words, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t at = k;
        while (at > 0 && out[at - 1].len < words[k].len) {
            out[at] = out[at - 1];
            at--;
        }
        out[at] = words[k];
    }
}

bl_word_set *bl_word_set_build(void *room, const bl_word *words, size_t count)
{
    bl_word_set *set = room;
    memset(set, 0, sizeof *set);
    bl_word *by_start = (bl_word *)(set + 1);
    start_group *group = (start_group *)(by_start + count);
    set->by_start = by_start;
    set->group = group;
    /* sorted by bytes, the words of one first character are a run, and the runs are in the order of
     * their characters (UTF-8 sorts as code points do) */
    for (size_t i = 0; i < count;) {
        uint32_t cp = first_char(words[i].s, words[i].len);
        size_t j = i + 1;
        while (j < count && first_char(words[j].s, words[j].len) == cp)
            j++;
        if (cp < 0x10000)
            set->firsts[cp >> 3] |= (uint8_t)(1u << (cp & 7));
        group[set->groups++] = (start_group){cp, (uint32_t)i, (uint32_t)(j - i)};
        longest_first(by_start + i, words + i, j - i);
        i = j;
    }
    return set;
}

static const start_group *group_of(const bl_word_set *set, uint32_t cp)
{
    size_t lo = 0, hi = set->groups;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (set->group[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < set->groups && set->group[lo].cp == cp ? &set->group[lo] : NULL;
}

int bl_word_set_find(const bl_word_set *set, const char *s, size_t len, size_t from, size_t *start, size_t *end)
{
    for (size_t at = from, next = from; at < len; at = next) {
        uint32_t cp = bl_utf8_next(s, len, &next);
        const start_group *g = may_begin(set, cp) ? group_of(set, cp) : NULL;
        for (uint32_t k = 0; g && k < g->count; k++) {
            const bl_word *w = &set->by_start[g->first + k];
            if (w->len <= len - at && memcmp(s + at, w->s, w->len) == 0) {
                *start = at;
                *end = at + w->len;
                return 1;
            }
        }
    }
    return 0;
}
