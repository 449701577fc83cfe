/* rule_runner.h - running the loaded rules on a document's Lua model, adding their findings to its
 * report. */
#ifndef BL_RULE_RUNNER_H
#define BL_RULE_RUNNER_H
#include "config.h"
#include "lua_doc.h"
#include "report.h"
#include "ruleset.h"
#include "sandbox.h"

typedef struct bl_run_options {
    const char *const *only;   /* when not NULL, run just the rules with these ids */
    size_t only_count;
    const bl_config *config;   /* which rules run, how; NULL for the defaults */
    bl_limits limits;          /* for each rule */
} bl_run_options;

/* Runs the rules (all, or those opts selects, as its configuration enables them) on the Lua model
 * of the document at path, adding findings and failures to report. */
int bl_rules_run(bl_ruleset *set, bl_sandbox *sb, const bl_lua_model *model, const char *path,
                 const bl_run_options *opts, bl_report *report);

#endif
