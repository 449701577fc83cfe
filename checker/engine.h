/* engine.h - the engine's insides, for the modules that work on it (config.c). */
#ifndef BL_ENGINE_H
#define BL_ENGINE_H
#include "regex.h"
#include "rules.h"
#include "sandbox.h"

struct bl_engine {
    bl_regex_cache *regex;
    bl_sandbox *sandbox;
    bl_ruleset rules;
    char *builtin_dir;
    uint64_t instruction_budget;
    size_t memory_cap;
};

#endif
