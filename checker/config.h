/* config.h - project configuration (.bulletin-lint.lua): which rules run, with which severity and
 * options, for which files. */
#ifndef BL_CONFIG_H
#define BL_CONFIG_H
#include <lua.h>
#include "rules.h"

/* The effective settings of `rule` for the file at `path` under `config`: whether it runs, its
 * severity, and (pushed on the stack) its options, the rule's defaults overlaid with the
 * configuration's. rule_index is the stack index of the rule's table. */
void bl_config_settings(lua_State *L, const bl_config *config, const char *path, const bl_rule *rule,
                        int rule_index, int *enabled, bl_severity *severity);

#endif
