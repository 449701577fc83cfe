/* rule_needs.c - the strings rules need in a document's text, found in one pass for all rules. */
#include "rule_needs.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "bulletin_lint/bulletin_lint.h"
#include "ruleset.h"
#include "utf8.h"

int bl_rule_needs_read(lua_State *L, int t, bl_arena *arena, bl_word **out, uint32_t *count)
{
    *out = NULL;
    *count = 0;
    int type = lua_getfield(L, t, "needs_text");
    if (type == LUA_TNIL) {
        lua_pop(L, 1);
        return BL_OK;
    }
    lua_Integer n = type == LUA_TTABLE ? (lua_Integer)lua_rawlen(L, -1) : 0;
    if (n < 1 || n > BL_RULE_NEEDS_MAX) {
        lua_pop(L, 1);
        return BL_ERR_RULES;
    }
    bl_word *words = bl_arena_alloc(arena, (size_t)n * sizeof *words);
    int status = words ? BL_OK : BL_ERR_NOMEM;
    for (lua_Integer i = 1; i <= n && status == BL_OK; i++) {
        size_t len = 0;
        const char *s = lua_rawgeti(L, -1, i) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
        if (!s || !len || bl_utf8_validate(s, len) != len)
            status = BL_ERR_RULES;
        else if (!(words[i - 1].s = bl_arena_strndup(arena, s, len)))
            status = BL_ERR_NOMEM;
        words[i - 1].len = len;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (status == BL_OK) {
        *out = words;
        *count = (uint32_t)n;
    }
    return status;
}

static int by_bytes(const void *a, const void *b)
{
    const bl_word *x = a, *y = b;
    int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* The index of w among the index's words, or -1. */
static long index_of(const bl_needs_index *index, const bl_word *w)
{
    const bl_word *found = bsearch(w, index->words, index->count, sizeof *index->words, by_bytes);
    return found ? found - index->words : -1;
}

/* The bits of the rule's strings, or 0 (it always runs) when it has none or one without a bit. */
static uint64_t mask_of(const bl_needs_index *index, const bl_rule *rule)
{
    uint64_t mask = 0;
    for (uint32_t i = 0; i < rule->need_count; i++) {
        long k = index_of(index, &rule->needs[i]);
        if (k < 0 || k >= 64)
            return 0;
        mask |= (uint64_t)1 << k;
    }
    return mask;
}

int bl_needs_index_build(bl_needs_index *index, bl_rule *rules, size_t rule_count)
{
    memset(index, 0, sizeof *index);
    size_t total = 0;
    for (size_t r = 0; r < rule_count; r++)
        total += rules[r].need_count;
    for (size_t r = 0; r < rule_count; r++)
        rules[r].need_mask = 0;
    if (!total)
        return BL_OK;
    index->words = malloc(total * sizeof *index->words);
    if (!index->words)
        return BL_ERR_NOMEM;
    for (size_t r = 0; r < rule_count; r++)
        for (uint32_t i = 0; i < rules[r].need_count; i++)
            index->words[index->count++] = rules[r].needs[i];
    qsort(index->words, index->count, sizeof *index->words, by_bytes);
    size_t unique = 0;
    for (size_t i = 0; i < index->count; i++)
        if (!unique || by_bytes(&index->words[unique - 1], &index->words[i]))
            index->words[unique++] = index->words[i];
    index->count = unique;
    index->prefixes = calloc(unique, sizeof *index->prefixes);
    index->room = malloc(bl_word_set_bytes(unique));
    if (!index->prefixes || !index->room) {
        bl_needs_index_release(index);
        return BL_ERR_NOMEM;
    }
    index->set = bl_word_set_build(index->room, index->words, unique);
    /* the set finds the longest word at a place: the words it starts with are there too */
    for (size_t i = 0; i < unique && i < 64; i++)
        for (size_t j = 0; j < unique; j++)
            if (index->words[i].len <= index->words[j].len &&
                !memcmp(index->words[i].s, index->words[j].s, index->words[i].len))
                index->prefixes[j] |= (uint64_t)1 << i;
    for (size_t r = 0; r < rule_count; r++)
        rules[r].need_mask = mask_of(index, &rules[r]);
    return BL_OK;
}

void bl_needs_index_release(bl_needs_index *index)
{
    free(index->words);
    free(index->prefixes);
    free(index->room);
    memset(index, 0, sizeof *index);
}

/* The bits of the words found in s[0, len). */
static uint64_t search(const bl_needs_index *index, const char *s, size_t len)
{
    uint64_t present = 0;
    size_t from = 0, start, end;
    while (from < len && bl_word_set_find(index->set, s, len, from, &start, &end)) {
        bl_word found = {s + start, end - start};
        long k = index_of(index, &found);
        if (k >= 0)
            present |= index->prefixes[k];
        from = start + 1; /* a word may start inside this one */
        while (from < len && ((unsigned char)s[from] & 0xC0) == 0x80)
            from++;
    }
    return present;
}

static int by_address(const void *a, const void *b)
{
    const void *x = *(const void *const *)a, *y = *(const void *const *)b;
    return (x > y) - (x < y);
}

static int whole(const bl_text_ref *r)
{
    return r->base == 0 && r->len == r->text->len;
}

uint64_t bl_needs_present(const bl_needs_index *index, const bl_text_refs *refs)
{
    if (!index->count)
        return 0;
    uint64_t all = index->count >= 64 ? UINT64_MAX : ((uint64_t)1 << index->count) - 1;
    /* a text with a node of its whole is searched once, as that node; the nodes of parts of it (a
     * claim, an item) are not searched again */
    const bl_text **wholes = malloc((refs->count + 1) * sizeof *wholes);
    if (!wholes)
        return all; /* every rule runs */
    size_t n = 0;
    for (uint32_t i = 0; i < refs->count; i++)
        if (whole(&refs->items[i]))
            wholes[n++] = refs->items[i].text;
    qsort(wholes, n, sizeof *wholes, by_address);
    uint64_t present = 0;
    for (uint32_t i = 0; i < refs->count && (present & all) != all; i++) {
        const bl_text_ref *r = &refs->items[i];
        if (!whole(r) && bsearch(&r->text, wholes, n, sizeof *wholes, by_address))
            continue;
        present |= search(index, r->text->s + r->base, r->len);
    }
    free(wholes);
    return present;
}
