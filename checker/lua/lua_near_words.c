/* lua_near_words.c - the `near_words` library: the places where a text has one of a list of words
 * with one character changed, found in one pass (wording.set-phrases looks for 383 set phrases
 * this way: 守正创薪 for 守正创新).
 *
 *   near_words.index(words)  -> an index of the words (a userdata), made once and kept
 *   near_words.find(index, s) -> a list of {from, to, word, changed}, by from, then length
 *
 * A stretch of s is listed when it has as many characters as some word, differs from exactly one
 * word of that length in exactly one character (`changed`, counted from 1), and is not itself a
 * word: 老有所需 is as near 老有所养 as 老有所依 and is not listed. Positions are bytes, 1-based,
 * inclusive, like string.find's. Words have 3 to 64 characters; a word given twice counts once.
 *
 * Two strings of n ≥ 3 characters that differ in at most one character agree in their first two
 * characters, or in their first and third, or in their second and third. The index keeps the
 * words under those three pairs (a hash table of pairs of code points), so that each place of the
 * text looks up three pairs and compares only the few words found there. */
#include "lua_near_words.h"

#include <lauxlib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sandbox.h"
#include "utf8.h"

#define INDEX_METATABLE "bulletin-lint.near_words.index"
#define MAX_CHARS 64    /* of a word */
#define RING 128        /* characters of the text decoded ahead: a power of two above MAX_CHARS */
/* What the work costs the rule's budget: an instruction per character of the text (three lookups)
 * and per this many characters compared with a word; for the index, per character of the words. */
#define CHARS_PER_INSTRUCTION 8
#define WORD_COST 20

/* A code point that no word has: where the text is not valid UTF-8 (byte + this). */
#define NOT_A_CHARACTER 0x110000u

/* ------------------------------------------------------------------ the index */

typedef struct slot {
    uint64_t key;          /* which pair (first two, first and third, second and third) and its code points */
    uint32_t first, count; /* the words under it: postings[first .. first + count) */
} slot;

/* One userdata block: this header, then the arrays it points to. Its user value is the list of
 * the distinct words as strings, word w at w + 1, for find's results. */
typedef struct near_index {
    uint32_t words;        /* distinct words, numbered from 0 (sorted by their characters) */
    uint32_t slot_mask;    /* slots - 1 (a power of two, at least twice the pairs) */
    uint32_t *start;       /* word w is chars[start[w] .. start[w + 1]) */
    uint32_t *chars;
    uint32_t *postings;
    slot *slots;
    /* the characters of the Basic Multilingual Plane that begin a word, and that come second in
     * one (a bit each): most places of a text have neither and need no lookup */
    uint8_t firsts[0x10000 / 8], seconds[0x10000 / 8];
} near_index;

/* Whether character c may be in bits: those beyond the BMP are always looked up. */
static int may_be(const uint8_t *bits, uint32_t c)
{
    return c >= 0x10000 || (bits[c >> 3] >> (c & 7) & 1);
}

static void set_bit(uint8_t *bits, uint32_t c)
{
    if (c < 0x10000)
        bits[c >> 3] |= (uint8_t)(1u << (c & 7));
}

static uint64_t pair_key(unsigned which, uint32_t a, uint32_t b)
{
    return (uint64_t)(which + 1) << 42 | (uint64_t)a << 21 | b;
}

static uint32_t hash_of(uint64_t key)
{
    return (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 32);
}

static const slot *lookup(const near_index *ix, uint64_t key)
{
    for (uint32_t i = hash_of(key) & ix->slot_mask;; i = (i + 1) & ix->slot_mask) {
        const slot *s = &ix->slots[i];
        if (s->key == key)
            return s;
        if (s->key == 0)
            return NULL;
    }
}

/* The characters of a word (s, len), strictly decoded into out; their count, or 0 when the word is
 * not valid UTF-8 or too long. */
static size_t decode_word(const char *s, size_t len, uint32_t *out)
{
    size_t n = 0;
    for (size_t at = 0; at < len; n++) {
        size_t step = n < MAX_CHARS ? bl_utf8_decode(s + at, len - at, &out[n]) : 0;
        if (!step)
            return 0;
        at += step;
    }
    return n;
}

typedef struct entry {
    uint64_t key;
    uint32_t word;
} entry;

static int by_key(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    return x->key < y->key ? -1 : x->key > y->key ? 1 : (x->word > y->word) - (x->word < y->word);
}

/* For sorting words to find those given twice: the index's arrays, as qsort has no context. */
typedef struct word_ref {
    const uint32_t *chars;
    uint32_t n, number;
} word_ref;

static int by_chars(const void *a, const void *b)
{
    const word_ref *x = a, *y = b;
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    int c = memcmp(x->chars, y->chars, x->n * sizeof *x->chars);
    return c ? c : (x->number > y->number) - (x->number < y->number);
}

/* near_words.index(words): decodes the words (a list of strings), drops those given twice (the
 * first stays) and files each under its three pairs. Scratch memory is userdata, charged like
 * the index. */
static int near_index_new(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer given = luaL_len(L, 1);
    if (given < 0 || given > 1000000)
        return luaL_error(L, "near_words.index: too many words");
    size_t total = 0;
    for (lua_Integer i = 1; i <= given; i++) {
        if (lua_geti(L, 1, i) != LUA_TSTRING)
            return luaL_error(L, "near_words.index: word %d is not a string", (int)i);
        total += lua_rawlen(L, -1);
        lua_pop(L, 1);
    }
    bl_sandbox_charge(L, 1 + total + (uint64_t)given * WORD_COST);
    size_t n_words = (size_t)given;
    /* scratch: every word's characters (at most one per byte), then the words to sort */
    uint32_t *chars = lua_newuserdatauv(L, (total + 1) * sizeof *chars, 0);
    word_ref *refs = lua_newuserdatauv(L, (n_words + 1) * sizeof *refs, 0);
    size_t used = 0;
    for (size_t i = 0; i < n_words; i++) {
        size_t len;
        lua_geti(L, 1, (lua_Integer)i + 1);
        const char *s = lua_tolstring(L, -1, &len);
        size_t n = decode_word(s, len, chars + used);
        if (n < 3)
            return luaL_error(L, "near_words.index: word %d is not 3 to %d characters of UTF-8", (int)i + 1, MAX_CHARS);
        lua_pop(L, 1);
        refs[i] = (word_ref){chars + used, (uint32_t)n, (uint32_t)i + 1};
        used += n;
    }
    qsort(refs, n_words, sizeof *refs, by_chars);
    size_t distinct = 0, distinct_chars = 0;
    for (size_t i = 0; i < n_words; i++)
        if (i == 0 || refs[i].n != refs[i - 1].n ||
            memcmp(refs[i].chars, refs[i - 1].chars, refs[i].n * sizeof *chars)) {
            refs[distinct++] = refs[i];
            distinct_chars += refs[i].n;
        }

    size_t pairs = 3 * distinct, slots = 16;
    while (slots < 2 * pairs)
        slots *= 2;
    size_t size = sizeof(near_index) + slots * sizeof(slot) + (distinct + 1 + distinct_chars + pairs) * sizeof(uint32_t);
    near_index *ix = lua_newuserdatauv(L, size, 1);
    memset(ix, 0, size);
    ix->words = (uint32_t)distinct;
    ix->slot_mask = (uint32_t)slots - 1;
    ix->slots = (slot *)(ix + 1);
    ix->start = (uint32_t *)(ix->slots + slots);
    ix->chars = ix->start + distinct + 1;
    ix->postings = ix->chars + distinct_chars;
    /* the words, each under its three pairs, and as strings for find's results */
    lua_createtable(L, (int)distinct, 0);
    entry *entries = lua_newuserdatauv(L, (pairs + 1) * sizeof *entries, 0);
    for (size_t w = 0, at = 0; w < distinct; w++) {
        const word_ref *r = &refs[w];
        lua_geti(L, 1, r->number);
        lua_rawseti(L, -3, (lua_Integer)w + 1);
        ix->start[w] = (uint32_t)at;
        memcpy(ix->chars + at, r->chars, r->n * sizeof *chars);
        at += r->n;
        ix->start[w + 1] = (uint32_t)at;
        const uint32_t *c = r->chars;
        set_bit(ix->firsts, c[0]);
        set_bit(ix->seconds, c[1]);
        entries[3 * w] = (entry){pair_key(0, c[0], c[1]), (uint32_t)w};
        entries[3 * w + 1] = (entry){pair_key(1, c[0], c[2]), (uint32_t)w};
        entries[3 * w + 2] = (entry){pair_key(2, c[1], c[2]), (uint32_t)w};
    }
    qsort(entries, pairs, sizeof *entries, by_key);
    for (size_t i = 0; i < pairs;) {
        size_t j = i;
        while (j < pairs && entries[j].key == entries[i].key) {
            ix->postings[j] = entries[j].word;
            j++;
        }
        uint32_t h = hash_of(entries[i].key) & ix->slot_mask;
        while (ix->slots[h].key)
            h = (h + 1) & ix->slot_mask;
        ix->slots[h] = (slot){entries[i].key, (uint32_t)i, (uint32_t)(j - i)};
        i = j;
    }
    lua_pop(L, 1); /* the entries */
    lua_setiuservalue(L, -2, 1);
    luaL_setmetatable(L, INDEX_METATABLE);
    return 1;
}

/* ------------------------------------------------------------------ near_words.find */

/* The text as it is decoded, a few characters ahead of the place looked at: character i (counted
 * from 0) is cp[i % RING], starting at byte at[i % RING]; `decoded` characters so far. */
typedef struct text_ring {
    const char *s;
    size_t len, next;      /* the byte where the next character to decode starts */
    size_t decoded;
    uint32_t cp[RING];
    size_t at[RING];
} text_ring;

/* Decodes up to character `upto` (exclusive) or the end; returns how many characters there are
 * from 0 up to that. Bytes that are not UTF-8 become one character each, like no word's. */
static size_t decode_to(text_ring *t, size_t upto)
{
    while (t->decoded < upto && t->next < t->len) {
        size_t i = t->decoded % RING;
        t->at[i] = t->next;
        const unsigned char *u = (const unsigned char *)t->s + t->next;
        size_t step = 0;
        if (u[0] >= 0xE0 && u[0] <= 0xEF && t->len - t->next >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
            /* the three bytes of a Han character, decoded here: most of the text */
            uint32_t cp = (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3Fu);
            if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
                t->cp[i] = cp;
                step = 3;
            }
        }
        if (!step)
            step = bl_utf8_decode(t->s + t->next, t->len - t->next, &t->cp[i]);
        if (!step) {
            t->cp[i] = NOT_A_CHARACTER + (unsigned char)t->s[t->next];
            step = 1;
        }
        t->next += step;
        t->decoded++;
    }
    return t->decoded;
}

/* The byte where character i starts (i ≤ decoded; the end of the text for i == decoded). */
static size_t byte_of(const text_ring *t, size_t i)
{
    return i == t->decoded ? t->next : t->at[i % RING];
}

/* What the words one character away from the stretches at one place came to, per length. */
typedef struct by_length {
    unsigned char seen[MAX_CHARS + 1];        /* a word of this length was compared */
    unsigned char exact[MAX_CHARS + 1];       /* a word of this length is there as written */
    unsigned char count[MAX_CHARS + 1];       /* distinct words one character away: 0, 1, 2 (or more) */
    uint32_t word[MAX_CHARS + 1], changed[MAX_CHARS + 1];
    unsigned lengths[MAX_CHARS + 1], n_lengths; /* the lengths seen, to list and clear */
} by_length;

/* Compares word w with the text from character p; files it under its length. Returns the
 * characters compared. */
static size_t compare(const near_index *ix, const text_ring *t, size_t p, uint32_t w, by_length *b)
{
    const uint32_t *c = ix->chars + ix->start[w];
    unsigned n = ix->start[w + 1] - ix->start[w];
    if (!b->seen[n]) {
        b->seen[n] = 1;
        unsigned k = b->n_lengths++;
        while (k > 0 && b->lengths[k - 1] > n) { /* kept in order */
            b->lengths[k] = b->lengths[k - 1];
            k--;
        }
        b->lengths[k] = n;
    }
    if (b->exact[n] || b->count[n] >= 2 || (b->count[n] == 1 && b->word[n] == w))
        return 0;
    unsigned diff = 0, changed = 0, i;
    for (i = 0; i < n && diff < 2; i++)
        if (t->cp[(p + i) % RING] != c[i]) {
            diff++;
            changed = i;
        }
    if (diff == 0)
        b->exact[n] = 1;
    else if (diff == 1) {
        if (b->count[n]++ == 0) {
            b->word[n] = w;
            b->changed[n] = changed;
        }
    }
    return i;
}

static void push_found(lua_State *L, const text_ring *t, size_t p, unsigned n,
                       const by_length *b, lua_Integer *count)
{
    lua_createtable(L, 0, 4);
    lua_pushinteger(L, (lua_Integer)byte_of(t, p) + 1);
    lua_setfield(L, -2, "from");
    lua_pushinteger(L, (lua_Integer)byte_of(t, p + n));
    lua_setfield(L, -2, "to");
    lua_getiuservalue(L, 1, 1);
    lua_rawgeti(L, -1, (lua_Integer)b->word[n] + 1);
    lua_setfield(L, -3, "word");
    lua_pop(L, 1);
    lua_pushinteger(L, (lua_Integer)b->changed[n] + 1);
    lua_setfield(L, -2, "changed");
    lua_rawseti(L, -2, ++*count);
}

/* near_words.find(index, s): see the top of the file. */
static int near_find(lua_State *L)
{
    const near_index *ix = luaL_checkudata(L, 1, INDEX_METATABLE);
    text_ring ring, *t = &ring;
    t->s = luaL_checklstring(L, 2, &t->len);
    t->next = t->decoded = 0;
    lua_newtable(L);
    lua_Integer count = 0;
    by_length b;
    memset(&b, 0, sizeof b);
    size_t compared = 0, places = 0;
    for (size_t p = 0; decode_to(t, p + MAX_CHARS) >= p + 3; p++) {
        size_t available = t->decoded - p;
        uint32_t c0 = t->cp[p % RING], c1 = t->cp[(p + 1) % RING], c2 = t->cp[(p + 2) % RING];
        int first = may_be(ix->firsts, c0), second = may_be(ix->seconds, c1);
        places++;
        if (!first && !second)
            continue; /* no word begins here as written, nor with its first character changed */
        const uint64_t keys[3] = {pair_key(0, c0, c1), pair_key(1, c0, c2), pair_key(2, c1, c2)};
        for (int k = first ? 0 : 2; k < (second ? 3 : 2); k++) {
            const slot *sl = lookup(ix, keys[k]);
            for (uint32_t i = 0; sl && i < sl->count; i++) {
                uint32_t w = ix->postings[sl->first + i];
                if (ix->start[w + 1] - ix->start[w] <= available)
                    compared += compare(ix, t, p, w, &b);
            }
        }
        for (unsigned i = 0; i < b.n_lengths; i++) {
            unsigned n = b.lengths[i];
            if (!b.exact[n] && b.count[n] == 1)
                push_found(L, t, p, n, &b, &count);
            b.seen[n] = b.exact[n] = b.count[n] = 0;
        }
        b.n_lengths = 0;
    }
    bl_sandbox_charge(L, 1 + places + compared / CHARS_PER_INSTRUCTION);
    return 1;
}

void bl_lua_near_words_push(lua_State *L)
{
    static const luaL_Reg functions[] = {{"index", near_index_new}, {"find", near_find}, {NULL, NULL}};
    luaL_newmetatable(L, INDEX_METATABLE);
    lua_pushboolean(L, 0); /* getmetatable(index) is false: rules share the metatable */
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 1);
    luaL_newlib(L, functions);
}
