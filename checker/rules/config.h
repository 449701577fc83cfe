/* config.h - project configuration (.bulletin-lint.lua): which rules run, with which severity and
 * options, for which files. A configuration is made for one set of rules, in its sandbox. */
#ifndef BL_CONFIG_H
#define BL_CONFIG_H
#include <lua.h>
#include "ruleset.h"
#include "sandbox.h"

/* Validates the configuration in text against rules (run as data in sb), loading the rule
 * directories it names into rules; name is used in messages and dir for the overrides' globs and
 * rule_dirs. It refines parent (borrowed, may be NULL) unless it says root = true. *out belongs
 * to the caller (bl_config_release). */
int bl_config_parse(bl_config **out, bl_sandbox *sb, bl_ruleset *rules, const bl_config *parent, const char *name,
                    const char *dir, const char *text, size_t len, bl_error *err);
/* The same from the file at path (dir: the file's directory). */
int bl_config_read(bl_config **out, bl_sandbox *sb, bl_ruleset *rules, const bl_config *parent, const char *path,
                   bl_error *err);
/* The rule directories config itself names (absolute); returns their count. */
size_t bl_config_rule_dirs(const bl_config *config, const char *const **out);
/* Writes the effective settings of every rule for the file at path under config (NULL: the
 * defaults), as a Lua configuration or (json) as JSON. */
int bl_config_print_settings_in(bl_sandbox *sb, const bl_ruleset *rules, const bl_config *config, const char *path,
                                int json, FILE *out);
/* Whether config or one it refines names the rule directory scope (a rule's scope). */
int bl_config_has_rule_dir(const bl_config *config, const char *scope);
void bl_config_release(bl_sandbox *sb, bl_config *config);

/* Where a document lies, for the globs of overrides: its path as given, and made absolute (worked
 * out once per document: it asks the file system). */
typedef struct bl_config_place {
    const char *given;
    const char *full;
} bl_config_place;
/* Fills out for the document at path; buf has PATH_MAX bytes and out may point into it. */
void bl_config_place_of(bl_config_place *out, const bl_config *config, const char *path, char *buf);

/* The effective settings of `rule` for the file at place under `config` and the configurations it
 * refines: whether it runs, its severity, and (pushed on the stack) its options, the rule's
 * defaults overlaid with the configurations'. rule_index is the stack index of the rule's table. */
void bl_config_settings(bl_sandbox *sb, const bl_config *config, const bl_config_place *place, const bl_rule *rule,
                        int rule_index, int *enabled, bl_severity *severity);
/* The same as a plain table (not read-only, not cached), for printing the settings: a rule of a
 * rule directory the configuration does not name is not enabled. */
void bl_config_plain_settings(bl_sandbox *sb, const bl_config *config, const bl_config_place *place,
                              const bl_rule *rule, int rule_index, int *enabled, bl_severity *severity);

#endif
