/* config.h - project configuration (.bulletin-lint.lua): which rules run, with which severity and
 * options, for which files. A configuration is made for one set of rules, in its sandbox. */
#ifndef BL_CONFIG_H
#define BL_CONFIG_H
#include <lua.h>
#include "ruleset.h"
#include "sandbox.h"

/* Validates the configuration in text against rules (run as data in sb); name is used in
 * messages and dir for the overrides' globs. *out belongs to the caller (bl_config_release). */
int bl_config_parse(bl_config **out, bl_sandbox *sb, const bl_ruleset *rules, const char *name, const char *dir,
                    const char *text, size_t len, bl_error *err);
/* The same from the file at path (dir: the file's directory). */
int bl_config_read(bl_config **out, bl_sandbox *sb, const bl_ruleset *rules, const char *path, bl_error *err);
void bl_config_release(bl_sandbox *sb, bl_config *config);

/* The path of the file relative to the configuration's directory, for the globs of its overrides
 * (path itself when it lies elsewhere, or without a configuration). buf has PATH_MAX bytes; the
 * result may point into it. Worked out once per document: it asks the file system. */
const char *bl_config_relative_path(const bl_config *config, const char *path, char *buf);

/* The effective settings of `rule` for the file at `rel` (from bl_config_relative_path) under
 * `config`: whether it runs, its severity, and (pushed on the stack) its options, the rule's
 * defaults overlaid with the configuration's. rule_index is the stack index of the rule's table. */
void bl_config_settings(bl_sandbox *sb, const bl_config *config, const char *rel, const bl_rule *rule,
                        int rule_index, int *enabled, bl_severity *severity);

#endif
