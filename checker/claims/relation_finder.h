/* relation_finder.h - what the relation finders share (private to relations*.c): the finder that
 * collects relations (relation_finder.c), small helpers on claims and paragraph text, and the
 * finders themselves, which the table of relation kinds in relations.c runs. */
#ifndef BL_RELATION_FINDER_H
#define BL_RELATION_FINDER_H

#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "claims.h"
#include "document.h"
#include "utf8.h"

typedef struct finder {
    const bl_document *doc;
    bl_arena *arena;      /* the document's: cues cut from the text (整改率) */
    bl_claim_set *set;
    bl_relation *items;
    uint32_t count;
    size_t cap;
    int nomem;
} finder;

/* Appends a relation of kind, anchored at a claim's paragraph and sentence; NULL (and f->nomem set)
 * when memory runs out. The relation is f's until bl_relations_find copies it out. */
bl_relation *relation_add(finder *f, bl_relation_kind kind, const char *cue, const bl_claim *anchor);

static inline const char *text_of(const finder *f, const bl_claim *c)
{
    return f->doc->paragraphs[c->paragraph].text.s;
}

static inline const bl_sentence *sentence_of(const finder *f, const bl_claim *c)
{
    return &f->doc->paragraphs[c->paragraph].sentences[c->sentence];
}

static inline void member(bl_relation *r, const char *role, uint32_t claim)
{
    if (r && r->member_count < BL_RELATION_MAX_MEMBERS)
        r->members[r->member_count++] = (bl_relation_member){role, claim};
}

static inline void item(bl_relation *r, uint32_t from, uint32_t to)
{
    if (r && r->item_count < BL_RELATION_MAX_ITEMS) {
        r->items[r->item_count].from = from;
        r->items[r->item_count].to = to;
        r->item_count++;
    }
}

static inline int is_quantity(const bl_claim *c)
{
    return c->kind == BL_CLAIM_COUNT || c->kind == BL_CLAIM_MONEY || c->kind == BL_CLAIM_AREA;
}

/* Position of the last occurrence of word in text[from, to), or -1. A candidate is tested by its
 * last byte first: in Chinese text that is a continuation byte (one of 64), where the first byte of
 * a character is one of a handful. */
static inline long find_last(const char *text, uint32_t from, uint32_t to, const char *word)
{
    size_t n = strlen(word);
    if (n == 0)
        return to >= from ? (long)to : -1;
    for (uint32_t p = to; p >= from + n && p >= n; p--)
        if (text[p - 1] == word[n - 1] && memcmp(text + p - n, word, n) == 0)
            return (long)(p - n);
    return -1;
}

/* Position of the first occurrence of the n bytes at word in text[from, to), or -1 (last byte
 * first, as find_last). */
static inline long find_first_n(const char *text, uint32_t from, uint32_t to, const char *word, size_t n)
{
    if (n == 0)
        return from <= to ? (long)from : -1;
    for (uint32_t p = from; p + n <= to; p++)
        if (text[p + n - 1] == word[n - 1] && memcmp(text + p, word, n) == 0)
            return (long)p;
    return -1;
}

static inline long find_first(const char *text, uint32_t from, uint32_t to, const char *word)
{
    return find_first_n(text, from, to, word, strlen(word));
}

/* Whether text[from, to) is Han characters only (no punctuation, digits or spaces). */
static inline int all_han(const char *text, size_t from, size_t to)
{
    while (from < to)
        if (!bl_is_cjk(bl_utf8_next(text, to, &from)))
            return 0;
    return 1;
}

/* Where text after the last of the n marks in text[from, pos) starts; from when there is none. */
static inline uint32_t after_last_mark(const char *text, uint32_t from, uint32_t pos, const char *const *marks,
                                       size_t n)
{
    uint32_t start = from;
    for (size_t m = 0; m < n; m++) {
        long at = find_last(text, from, pos, marks[m]);
        if (at >= 0 && (uint32_t)at + (uint32_t)strlen(marks[m]) > start)
            start = (uint32_t)at + (uint32_t)strlen(marks[m]);
    }
    return start;
}

/* Where the clause holding text[pos] starts: after the last ，；。：, or , ; : before it. */
static inline uint32_t clause_start(const char *text, uint32_t from, uint32_t pos)
{
    static const char *const marks[] = {"，", "；", "：", "。", ",", ";", ":"};
    return after_last_mark(text, from, pos, marks, sizeof marks / sizeof *marks);
}

/* Whether a quantity states a change rather than a level: its clause compares (比上年末增加１６５１万辆,
 * 同比减少, 较…下降) or names the change right before it (增加１５６２万辆). A change is neither the
 * total of a breakdown nor one of its parts. */
static inline int states_change(const char *text, uint32_t from, const bl_claim *c)
{
    uint32_t start = clause_start(text, from, c->from);
    static const char *const words[] = {"比上年", "比去年", "比上", "同比", "较上年", "较去年", "增加", "减少",
                                        "增长", "下降", "提高", "降低", "扩大", "缩小", "净增", "多出"};
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (find_first(text, start, c->from, words[w]) >= 0)
            return 1;
    return 0;
}

/* Whether text[pos] stands inside brackets （…） or (…) opened after from. */
static inline int in_brackets(const char *text, uint32_t from, uint32_t pos)
{
    long open = find_last(text, from, pos, "（"), close = find_last(text, from, pos, "）");
    long open_a = find_last(text, from, pos, "("), close_a = find_last(text, from, pos, ")");
    return open > close || open_a > close_a;
}

/* The finders, each over the claims [first, end) of one sentence (relations_sums.c,
 * relations_shares.c, relations_among.c, relations_changes.c, relations_named.c). */
typedef void relation_finder_fn(finder *f, uint32_t first, uint32_t end);
/* Whether two quantities count the same things, by their units (relation_finder.c). */
int same_measure(const bl_claim *a, const bl_claim *b);

void relations_find_shares(finder *f, uint32_t first, uint32_t end);
void relations_find_rates(finder *f, uint32_t first, uint32_t end);
void relations_find_breadth(finder *f, uint32_t first, uint32_t end);
void relations_find_totals(finder *f, uint32_t first, uint32_t end);
void relations_find_changes(finder *f, uint32_t first, uint32_t end);
void relations_find_completion(finder *f, uint32_t first, uint32_t end);
void relations_find_named_counts(finder *f, uint32_t first, uint32_t end);

#endif
