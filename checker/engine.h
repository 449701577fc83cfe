/* engine.h - the engine's insides: what one engine (one thread's) holds. */
#ifndef BL_ENGINE_H
#define BL_ENGINE_H
#include "regex.h"
#include "ruleset.h"
#include "sandbox.h"
#include "trusted_strings.h"

struct bl_engine {
    bl_regex_cache *regex;
    bl_trusted_strings trusted;   /* the strings of the document being checked (re skips their check) */
    bl_sandbox *sandbox;
    bl_ruleset rules;
    char *builtin_dir;
    uint64_t instruction_budget;
    size_t memory_cap;
};

#endif
