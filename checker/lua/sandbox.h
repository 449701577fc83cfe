/* sandbox.h - one Lua 5.4 state for running untrusted rules: a counting allocator with a byte
 * cap, an instruction budget enforced by a count hook, and a base environment of safe functions
 * only (io, os, load, require of files, debug and string.dump are blocked). Once a limit is hit
 * the running rule cannot continue, not even under pcall. It knows nothing of bulletins: the
 * engine adds the libraries rules may use (re) and the modules of rules/lib. */
#ifndef BL_SANDBOX_H
#define BL_SANDBOX_H
#include <lua.h>
#include <stdint.h>
#include "bulletin_lint/bulletin_lint.h"

#define BL_DEFAULT_INSTRUCTION_BUDGET 200000000ULL
#define BL_DEFAULT_MEMORY_CAP (256u * 1024u * 1024u)

typedef enum bl_exhaustion { BL_NOT_EXHAUSTED, BL_OUT_OF_INSTRUCTIONS, BL_OUT_OF_MEMORY } bl_exhaustion;

typedef struct bl_sandbox {
    lua_State *L;
    size_t used;                /* bytes the state holds now */
    size_t limit;               /* 0: no limit (engine code), else the cap for the running rule */
    int64_t instructions_left;
    bl_exhaustion exhausted;
    char where[256];            /* "file:line:" where the running code hit a limit, or "" */
    int env_ref, module_ref, library_ref;   /* registry refs to the prelude's functions */
} bl_sandbox;

/* The sandbox is returned through `out` (caller frees with bl_sandbox_free). */
int bl_sandbox_new(bl_sandbox **out, bl_error *err);
void bl_sandbox_free(bl_sandbox *sb);

/* Limits for the code run next; bl_sandbox_disarm lifts them and clears an exhaustion. */
void bl_sandbox_arm(bl_sandbox *sb, uint64_t instructions, size_t memory);
void bl_sandbox_disarm(bl_sandbox *sb);

/* Calls the function below nargs arguments like lua_pcall. On failure returns non-zero and
 * leaves the error message (a string, with the rule file and line) on the stack. */
int bl_sandbox_pcall(bl_sandbox *sb, int nargs, int nresults);

/* Pushes a fresh environment for the rule file at path (globals read from the safe base). */
void bl_sandbox_push_env(bl_sandbox *sb, const char *path);
/* Replaces the table on top of the stack with a read-only view of it (recursively). */
void bl_sandbox_freeze(bl_sandbox *sb);
/* Pushes a new read-only view and, above it, the (empty) table it shows, for the caller to fill
 * and pop: the engine builds the model this way, read-only from the start. */
void bl_sandbox_push_view(lua_State *L, int narr, int nrec);
/* Makes the value on top of the stack available to rules as require(name); pops it. */
void bl_sandbox_add_module(bl_sandbox *sb, const char *name);

/* Makes the table on top of the stack a global of every rule environment, read-only, as name
 * (like string or math); pops it. */
void bl_sandbox_add_library(bl_sandbox *sb, const char *name);

#endif
