/* rules.h - loading rule files into the sandbox, validating their metadata, and running them
 * on a document. */
#ifndef BL_RULES_H
#define BL_RULES_H
#include "arena.h"
#include "document.h"
#include "report.h"
#include "sandbox.h"

typedef struct bl_rule {
    bl_rule_info info;   /* strings in the ruleset's arena */
    int ref;             /* registry reference to the rule table */
    unsigned kinds;      /* the kinds of text it applies to (1 << bl_doc_kind); 0: every kind */
    bl_rule_stats stats; /* accumulated over the documents checked */
} bl_rule;

typedef struct bl_ruleset {
    bl_rule *items;      /* owned (malloc), sorted by id once loading is done */
    size_t count, cap;
    bl_arena arena;
} bl_ruleset;

/* Loads the modules in dir/lib and the rule files in dir/<category>/ (all ending in .lua). A rule whose id was
 * loaded before from another directory replaces it; a duplicate id within dir is an error. */
int bl_rules_load_dir(bl_ruleset *set, bl_sandbox *sb, const char *dir, bl_error *err);
void bl_rules_sort(bl_ruleset *set);
void bl_rules_release(bl_ruleset *set, bl_sandbox *sb);

typedef struct bl_run_limits {
    uint64_t instructions;
    size_t memory;
} bl_run_limits;

/* Runs the rules (all, or those named in only, as config enables them) on doc, adding findings
 * and failures to report. config may be NULL. */
int bl_rules_run(bl_ruleset *set, bl_sandbox *sb, const bl_document *doc, const char *path,
                 const char *const *only, size_t only_count, const bl_config *config, bl_run_limits limits,
                 bl_report *report);

int bl_category_is_known(const char *category);

#endif
