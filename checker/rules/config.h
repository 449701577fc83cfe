/* config.h - project configuration (.bulletin-lint.lua): which rules run, with which severity and
 * options, for which files. */
#ifndef BL_CONFIG_H
#define BL_CONFIG_H
#include <lua.h>
#include "rules.h"

/* The path of the file relative to the configuration's directory, for the globs of its overrides
 * (path itself when it lies elsewhere, or without a configuration). buf has PATH_MAX bytes; the
 * result may point into it. Worked out once per document: it asks the file system. */
const char *bl_config_relative_path(const bl_config *config, const char *path, char *buf);

/* The effective settings of `rule` for the file at `rel` (from bl_config_relative_path) under
 * `config`: whether it runs, its severity, and (pushed on the stack) its options, the rule's
 * defaults overlaid with the configuration's. rule_index is the stack index of the rule's table. */
void bl_config_settings(lua_State *L, const bl_config *config, const char *rel, const bl_rule *rule,
                        int rule_index, int *enabled, bl_severity *severity);

#endif
