/* ruleset.h - the loaded rules: their metadata, their Lua tables and what they cost, by id. */
#ifndef BL_RULESET_H
#define BL_RULESET_H
#include <lua.h>
#include "arena.h"
#include "bulletin_lint/bulletin_lint.h"
#include "rule_needs.h"

typedef struct bl_rule {
    bl_rule_info info;   /* strings in the ruleset's arena */
    int ref;             /* registry reference to the rule table */
    int chunk_ref;       /* registry reference to the rule file's compiled chunk, in its environment, run
                            again for each document so that no state of the rule's outlives one; LUA_NOREF
                            for the rules of the first directory (built in: reviewed, kept loaded) */
    unsigned kinds;      /* the kinds of text it applies to (1 << bl_doc_kind); 0: every kind */
    const char *config_dir; /* the rule directory of a configuration it came from (it runs only for the files
                               of that configuration), or NULL: an engine rule, for every file */
    int module_scope;    /* the sandbox's scope of modules for its directory (1: the first, built-in) */
    bl_rule_stats stats; /* accumulated over the documents checked */
    bl_word *needs;      /* its needs_text (strings in the ruleset's arena), or NULL */
    uint32_t need_count;
    uint64_t need_mask;  /* their bits in the ruleset's needs index; 0: it runs on every document */
} bl_rule;

typedef struct bl_ruleset {
    bl_rule *items;      /* owned (malloc): the engine's rules sorted by id, then the rules of
                            configurations' rule directories in the order they were loaded */
    size_t count, cap;
    const char **scopes; /* the configurations' rule directories loaded (strings in the arena) */
    size_t scope_count, scope_cap;
    bl_arena arena;
    bl_needs_index needs; /* the rules' needs_text, built for the first needs_rule_count rules */
    size_t needs_rule_count;
} bl_ruleset;

/* The rule with this id, or NULL (borrowed from the set). */
bl_rule *bl_ruleset_find(const bl_ruleset *set, const char *id);

/* Adds a rule (its table referenced in L's registry). A rule with the id of one at index
 * first_of_dir or later (loaded from the same directory) is an error, BL_ERR_RULES with err set;
 * one loaded before from another directory is replaced by it. */
int bl_ruleset_add(bl_ruleset *set, lua_State *L, const bl_rule *rule, size_t first_of_dir, bl_error *err);

/* The loaded rule directory of a configuration equal to dir, or NULL. */
const char *bl_ruleset_scope(const bl_ruleset *set, const char *dir);

/* Sorts the rules by id: the order they run and are listed in. */
void bl_ruleset_sort(bl_ruleset *set);
/* Frees the rules and drops their references in L's registry (L may be NULL). */
void bl_ruleset_release(bl_ruleset *set, lua_State *L);

#endif
