/* Fuzz target: a whole check with every default rule, and the fixes applied. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "bulletin_lint/bulletin_lint.h"

static bl_engine *engine;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    const char *dirs[] = {getenv("BULLETIN_LINT_RULES") ? getenv("BULLETIN_LINT_RULES") : BL_SOURCE_RULES};
    bl_engine_options eo = BL_ENGINE_OPTIONS_INIT;
    eo.rule_dirs = dirs;
    eo.rule_dir_count = 1;
    bl_error err;
    if (bl_engine_new(&engine, &eo, &err) != BL_OK)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bl_report *report = NULL;
    bl_engine_check(engine, "fuzz.txt", (const char *)data, size, NULL, &report);
    if (report) {
        if (bl_report_rule_failure_count(report) > 0)
            abort(); /* a built-in rule must not fail on any input */
        char *fixed = NULL;
        size_t len, changes;
        bl_error err;
        bl_report_apply_fixes(report, &fixed, &len, &changes, &err);
        free(fixed);
        bl_report_free(report);
    }
    return 0;
}
