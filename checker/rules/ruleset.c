/* ruleset.c - the set of loaded rules. */
#include "ruleset.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"

bl_rule *bl_ruleset_find(const bl_ruleset *set, const char *id)
{
    for (size_t i = 0; i < set->count; i++)
        if (strcmp(set->items[i].info.id, id) == 0)
            return &set->items[i];
    return NULL;
}

int bl_ruleset_add(bl_ruleset *set, lua_State *L, const bl_rule *rule, size_t first_of_dir, bl_error *err)
{
    bl_rule *known = bl_ruleset_find(set, rule->info.id);
    if (known && (size_t)(known - set->items) >= first_of_dir) {
        snprintf(err->message, sizeof err->message, "%s: rule id '%s' is already used by %s", rule->info.path,
                 rule->info.id, known->info.path);
        return BL_ERR_RULES;
    }
    if (known) {
        luaL_unref(L, LUA_REGISTRYINDEX, known->ref);
        luaL_unref(L, LUA_REGISTRYINDEX, known->chunk_ref);
        *known = *rule; /* a later directory overrides */
        return BL_OK;
    }
    if (BL_ARRAY_RESERVE(set->items, set->count + 1, set->cap, 32))
        return BL_ERR_NOMEM;
    set->items[set->count++] = *rule;
    return BL_OK;
}

const char *bl_ruleset_scope(const bl_ruleset *set, const char *dir)
{
    for (size_t i = 0; i < set->scope_count; i++)
        if (strcmp(set->scopes[i], dir) == 0)
            return set->scopes[i];
    return NULL;
}

static int compare_rules(const void *a, const void *b)
{
    return strcmp(((const bl_rule *)a)->info.id, ((const bl_rule *)b)->info.id);
}

void bl_ruleset_sort(bl_ruleset *set)
{
    if (set->count > 1)
        qsort(set->items, set->count, sizeof *set->items, compare_rules);
}

void bl_ruleset_release(bl_ruleset *set, lua_State *L)
{
    for (size_t i = 0; L && i < set->count; i++) {
        luaL_unref(L, LUA_REGISTRYINDEX, set->items[i].ref);
        luaL_unref(L, LUA_REGISTRYINDEX, set->items[i].chunk_ref);
    }
    bl_needs_index_release(&set->needs);
    free(set->items);
    free(set->scopes);
    bl_arena_free(&set->arena);
    memset(set, 0, sizeof *set);
}
