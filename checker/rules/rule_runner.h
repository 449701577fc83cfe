/* rule_runner.h - running the loaded rules on a document, adding their findings to its report. */
#ifndef BL_RULE_RUNNER_H
#define BL_RULE_RUNNER_H
#include "config.h"
#include "document.h"
#include "report.h"
#include "ruleset.h"
#include "sandbox.h"
#include "trusted_strings.h"

typedef struct bl_run_limits {
    uint64_t instructions;
    size_t memory;
} bl_run_limits;

/* Runs the rules (all, or those named in only, as config enables them) on doc, adding findings
 * and failures to report. config may be NULL. */
int bl_rules_run(bl_ruleset *set, bl_sandbox *sb, bl_trusted_strings *trusted, const bl_document *doc, const char *path,
                 const char *const *only, size_t only_count, const bl_config *config, bl_run_limits limits,
                 bl_report *report);

#endif
