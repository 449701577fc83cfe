/* rule_needs.h - a rule's `needs_text`: strings one of which a document's text must contain for the
 * rule to have anything to find there (punctuation.ellipsis needs "…", "..." or "。。。"). The engine
 * looks for all the rules' strings in one pass over the document's text nodes and does not run a
 * rule whose strings are all absent. */
#ifndef BL_RULE_NEEDS_H
#define BL_RULE_NEEDS_H
#include <lua.h>
#include <stdint.h>

#include "arena.h"
#include "lua_doc.h"
#include "word_set.h"

#define BL_RULE_NEEDS_MAX 32 /* strings in one rule's needs_text */

struct bl_rule;

/* Reads the field needs_text of the rule table at index t: a list of 1 to BL_RULE_NEEDS_MAX
 * non-empty strings of valid UTF-8, copied into arena (*out, *count; NULL and 0 without the field).
 * Returns BL_OK, BL_ERR_RULES for a malformed field, or BL_ERR_NOMEM. */
int bl_rule_needs_read(lua_State *L, int t, bl_arena *arena, bl_word **out, uint32_t *count);

/* The strings of a set of rules, found together. The first 64 distinct strings have a bit each; a
 * rule with a string past them always runs. */
typedef struct bl_needs_index {
    bl_word *words;          /* owned (malloc): distinct, sorted by their bytes; bytes borrowed from the rules */
    uint64_t *prefixes;      /* owned: per word, the bits of the words it starts with (itself included) */
    size_t count;
    bl_word_set *set;        /* in room */
    void *room;              /* owned (malloc) */
} bl_needs_index;

/* Builds the index of the rules' strings and sets each rule's need_mask. Returns BL_OK or BL_ERR_NOMEM. */
int bl_needs_index_build(bl_needs_index *index, struct bl_rule *rules, size_t rule_count);
void bl_needs_index_release(bl_needs_index *index);
/* The bits of the index's strings that the texts of refs contain. */
uint64_t bl_needs_present(const bl_needs_index *index, const bl_text_refs *refs);
#endif
