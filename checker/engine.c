/* engine.c - the public API of an engine: its rules, its sandbox, its configurations; it checks
 * documents into reports through the stages of pipeline.c. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "bulletin_lint/bulletin_lint.h"
#include "config.h"
#include "lua_near_words.h"
#include "lua_regex.h"
#include "pipeline.h"
#include "regex.h"
#include "rule_loader.h"
#include "ruleset.h"
#include "sandbox.h"
#include "trusted_strings.h"

#ifndef BL_VERSION
#define BL_VERSION "0.0.0"
#endif
#ifndef BL_RULES_INSTALL_DIR
#define BL_RULES_INSTALL_DIR "/usr/local/share/bulletin-lint/rules"
#endif

struct bl_engine {
    bl_regex_matcher *regex;
    bl_trusted_strings trusted;   /* the strings of the document being checked (re skips their check) */
    bl_sandbox *sandbox;
    bl_ruleset rules;
    char *builtin_dir;
    uint64_t instruction_budget;
    size_t memory_cap;
    uint64_t time_limit;          /* nanoseconds; 0: the default */
};

const char *bl_version(void)
{
    return BL_VERSION;
}

int bl_engine_new(bl_engine **out, const bl_engine_options *opts, bl_error *err)
{
    *out = NULL;
    bl_engine *e = calloc(1, sizeof *e);
    if (!e)
        return BL_ERR_NOMEM;
    int status = bl_regex_matcher_new(&e->regex) ? BL_ERR_NOMEM : BL_OK;
    if (!status)
        status = bl_sandbox_new(&e->sandbox, err);
    if (!status) { /* the sandbox knows nothing of regexes: the engine gives rules `re`, and `near_words` */
        bl_lua_regex_push(e->sandbox->L, e->regex, &e->trusted);
        bl_sandbox_add_library(e->sandbox, "re");
        bl_lua_near_words_push(e->sandbox->L);
        bl_sandbox_add_library(e->sandbox, "near_words");
    }
    struct stat st;
    static const char *const installed[] = {BL_RULES_INSTALL_DIR}, *const builtin[] = {BL_BUILTIN_RULES};
    const char *const *default_dirs = stat(installed[0], &st) == 0 && S_ISDIR(st.st_mode) ? installed : builtin;
    const char *const *dirs = opts && opts->rule_dir_count ? opts->rule_dirs : default_dirs;
    size_t dir_count = opts && opts->rule_dir_count ? opts->rule_dir_count : 1;
    for (size_t i = 0; !status && i < dir_count; i++) {
        /* the built-in rules (the first folder) are reviewed code that keeps a few MB: the collector
         * waits until they are loaded, instead of marking the same modules again and again */
        if (i == 0)
            lua_gc(e->sandbox->L, LUA_GCSTOP);
        status = strcmp(dirs[i], BL_BUILTIN_RULES) == 0 ? bl_rules_load_builtin(&e->rules, e->sandbox, err)
                                                        : bl_rules_load_dir(&e->rules, e->sandbox, dirs[i],
                                                                            i == 0 ? BL_MODULES_ON_DEMAND
                                                                                   : BL_MODULES_AT_ONCE, err);
        if (i == 0)
            lua_gc(e->sandbox->L, LUA_GCRESTART);
    }
    /* from here on the collector is generational: the loaded rules and modules grow old and are not
     * marked again for each document's garbage (19.7M instructions a document instead of 21.0M);
     * memory stays bounded by one document, or one part of one (boundaries.h) */
    lua_gc(e->sandbox->L, LUA_GCGEN, 0, 0);
    if (!status) {
        bl_ruleset_sort(&e->rules);
        e->builtin_dir = strdup(dirs[0]);
        e->instruction_budget = opts ? opts->instruction_budget : 0;
        e->memory_cap = opts ? opts->memory_cap : 0;
        e->time_limit = opts ? opts->time_limit_ms * 1000000ULL : 0;
        if (!e->builtin_dir)
            status = BL_ERR_NOMEM;
    }
    if (status) {
        if (status == BL_ERR_NOMEM)
            snprintf(err->message, sizeof err->message, "out of memory");
        bl_engine_free(e);
        return status;
    }
    *out = e;
    return BL_OK;
}

void bl_engine_free(bl_engine *e)
{
    if (!e)
        return;
    bl_ruleset_release(&e->rules, e->sandbox ? e->sandbox->L : NULL);
    /* `re` in the sandbox borrows the matcher and the trusted strings; closing the state frees the
     * compiled patterns, which need neither */
    bl_sandbox_free(e->sandbox);
    bl_regex_matcher_free(e->regex);
    bl_trusted_release(&e->trusted);
    free(e->builtin_dir);
    free(e);
}

size_t bl_engine_rule_count(const bl_engine *e)
{
    return e->rules.count;
}

const bl_rule_info *bl_engine_rule(const bl_engine *e, size_t index)
{
    return index < e->rules.count ? &e->rules.items[index].info : NULL;
}

const bl_rule_info *bl_engine_find_rule(const bl_engine *e, const char *id)
{
    const bl_rule *rule = bl_ruleset_find(&e->rules, id);
    return rule ? &rule->info : NULL;
}

void bl_engine_rule_stats(const bl_engine *e, size_t index, bl_rule_stats *out)
{
    static const bl_rule_stats none = {0, 0, 0};
    *out = index < e->rules.count ? e->rules.items[index].stats : none;
}

const char *bl_engine_builtin_rule_dir(const bl_engine *e)
{
    return e->builtin_dir;
}

int bl_config_load(bl_engine *e, const char *path, bl_config **out, bl_error *err)
{
    return bl_config_read(out, e->sandbox, &e->rules, NULL, path, err);
}

int bl_config_load_refining(bl_engine *e, const char *path, const bl_config *parent, bl_config **out, bl_error *err)
{
    return bl_config_read(out, e->sandbox, &e->rules, parent, path, err);
}

int bl_config_load_text(bl_engine *e, const char *name, const char *dir, const char *text, size_t len,
                        bl_config **out, bl_error *err)
{
    return bl_config_parse(out, e->sandbox, &e->rules, NULL, name, dir, text, len, err);
}

int bl_config_print_settings(bl_engine *e, const bl_config *config, const char *path, int json, FILE *out)
{
    return bl_config_print_settings_in(e->sandbox, &e->rules, config, path, json, out);
}

void bl_config_free(bl_engine *e, bl_config *config)
{
    bl_config_release(e->sandbox, config);
}

/* The stages of the check, in order, are in pipeline.c. */
int bl_engine_check(bl_engine *e, const char *path, const char *bytes, size_t len,
                    const bl_check_options *opts, bl_report **out)
{
    static const bl_check_options defaults = BL_CHECK_OPTIONS_INIT;
    bl_pipeline_rules rules = {&e->rules, e->sandbox, &e->trusted, e->instruction_budget, e->memory_cap,
                               e->time_limit};
    return bl_pipeline_check(&rules, path, bytes, len, opts ? opts : &defaults, out);
}
