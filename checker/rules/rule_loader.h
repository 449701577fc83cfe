/* rule_loader.h - loading rule files into the sandbox and validating their metadata. */
#ifndef BL_RULE_LOADER_H
#define BL_RULE_LOADER_H
#include "ruleset.h"
#include "sandbox.h"

/* When the modules of a rule directory are loaded: each when a rule (or module) first requires it,
 * which may be during a check (the built-in rules: most documents never need the largest tables);
 * or all of them while the directory loads (the others: an error in a module is said at once). */
typedef enum { BL_MODULES_ON_DEMAND, BL_MODULES_AT_ONCE } bl_module_loading;

/* Loads the modules in dir/lib and the rule files in dir/<category>/ (all ending in .lua). A rule whose id was
 * loaded before from another directory replaces it; a duplicate id within dir is an error. A
 * module may require any other module of dir/lib, or of the directories loaded before. */
int bl_rules_load_dir(bl_ruleset *set, bl_sandbox *sb, const char *dir, bl_module_loading when, bl_error *err);

/* Loads the rules built into the engine (the source tree's rules/ when it was built), as
 * bl_rules_load_dir loads a folder (modules on demand); their paths start with BL_BUILTIN_RULES. */
int bl_rules_load_builtin(bl_ruleset *set, bl_sandbox *sb, bl_error *err);

/* Loads the rule directory a configuration names (rule_dirs; dir is absolute) once: its rules
 * are scoped to it (rule.config_dir) and may not reuse the id of any rule loaded before. *scope
 * receives the set's copy of dir. */
int bl_rules_load_scoped_dir(bl_ruleset *set, bl_sandbox *sb, const char *dir, const char **scope, bl_error *err);

#endif
