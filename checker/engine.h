/* engine.h - the engine's insides: what one engine (one thread's) holds. */
#ifndef BL_ENGINE_H
#define BL_ENGINE_H
#include "regex.h"
#include "ruleset.h"
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
