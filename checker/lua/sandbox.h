/* sandbox.h - one Lua 5.4 state for running untrusted rules: a counting allocator with a byte
 * cap, an instruction budget enforced by a count hook (C functions charge their work to it), a
 * CPU-time deadline, and a base environment of safe functions only (io, os, load, require of files,
 * debug and string.dump are blocked, finalizers refused). Once a limit is hit the running rule
 * cannot continue, not even under pcall or in an xpcall handler. It knows nothing of bulletins: the
 * engine adds the libraries rules may use (re) and the modules of rules/lib. */
#ifndef BL_SANDBOX_H
#define BL_SANDBOX_H
#include <lua.h>
#include <stdint.h>
#include "bulletin_lint/bulletin_lint.h"
#include "sandbox_watch.h"

/* The limits of loading one rule file or module. */
#define BL_DEFAULT_INSTRUCTION_BUDGET 200000000ULL
#define BL_DEFAULT_MEMORY_CAP (256u * 1024u * 1024u)
#define BL_DEFAULT_TIME_LIMIT 10000000000ULL /* nanoseconds */

typedef enum bl_exhaustion {
    BL_NOT_EXHAUSTED, BL_OUT_OF_INSTRUCTIONS, BL_OUT_OF_MEMORY, BL_OUT_OF_TIME,
    BL_OUT_OF_STACK,  /* a stack overflow caught by pcall: the rule may not go on */
    BL_OUT_OF_WATCH   /* a run without the count hook used the CPU time it was allowed (to be run again) */
} bl_exhaustion;

/* The limits of one run of sandboxed code (a rule on a document, a rule file, a configuration). */
typedef struct bl_limits {
    uint64_t instructions;   /* Lua instructions, and the work of C functions counted as instructions */
    size_t memory;           /* bytes of Lua memory the run may add; 0: no cap */
    uint64_t nanoseconds;    /* CPU time of the run; 0: none */
} bl_limits;

typedef struct bl_sandbox {
    lua_State *L;
    size_t used;                /* bytes the state holds now */
    size_t limit;               /* 0: no limit (engine code), else the cap for the running rule */
    int64_t instructions_left;
    uint64_t deadline;          /* the thread's CPU time at which the run stops, or 0 */
    uint64_t next_cpu_check;    /* monotonic time before which that deadline cannot have come */
    unsigned charges;           /* bl_sandbox_charge calls since the run started */
    bl_exhaustion exhausted;
    char where[256];            /* "file:line:" where the running code hit a limit, or "" */
    int env_ref, module_ref, library_ref, scope_ref, loader_ref, require_ref; /* the prelude's functions */
    void *host;                 /* borrowed: the embedder's state for the C libraries it adds */
    struct bl_pool *pool;       /* owned: the state's memory */
    const void *view_metatable; /* the model's views' metatable (model_view.c), by its address */
    bl_watch watch;             /* the timer of a run without the count hook */
} bl_sandbox;

/* The sandbox is returned through `out` (caller frees with bl_sandbox_free). */
int bl_sandbox_new(bl_sandbox **out, bl_error *err);
void bl_sandbox_free(bl_sandbox *sb);

/* Limits for the code run next; bl_sandbox_disarm lifts them and clears an exhaustion. */
void bl_sandbox_arm(bl_sandbox *sb, bl_limits limits);
void bl_sandbox_disarm(bl_sandbox *sb);
/* As bl_sandbox_arm, for a run that may go without the count hook, watched by a timer instead
 * (sandbox_watch.h): returns 1 when it does, and then the run must end with
 * bl_sandbox_watched_run_stands; 0 when the run is under the count hook, as after bl_sandbox_arm. */
int bl_sandbox_arm_watched(bl_sandbox *sb, bl_limits limits);
/* After a watched run (before bl_sandbox_disarm): 1 when what it did stands, because under the count
 * hook it would have ended the same (it ended within its allowance of time, having hit no limit, with
 * the instructions it may have executed left in its budget); 0 when the caller must undo what it did
 * (its findings) and run it again after bl_sandbox_disarm and bl_sandbox_arm, under the count hook,
 * which decides where it stops. */
int bl_sandbox_watched_run_stands(bl_sandbox *sb);

/* The limits of the running code, put aside (bl_sandbox_suspend) while the engine runs code of its
 * own under limits of its own (a module loaded when a rule first requires it), and given back
 * (bl_sandbox_resume): the instructions, memory and CPU time that code took are not the rule's
 * (the memory it keeps is added to the rule's cap). */
typedef struct bl_sandbox_run {
    size_t used, limit;
    int64_t instructions_left;
    uint64_t deadline, cpu;
    unsigned charges;
    bl_exhaustion exhausted;
    int watch_paused;           /* the run was watched (its timer is paused meanwhile) */
    char where[256];
} bl_sandbox_run;
void bl_sandbox_suspend(bl_sandbox *sb, bl_sandbox_run *saved);
void bl_sandbox_resume(bl_sandbox *sb, const bl_sandbox_run *saved);

/* The sandbox that owns L (for the C functions it runs). */
bl_sandbox *bl_sandbox_of(lua_State *L);

/* For C functions rules call: counts `cost` instructions of work against the budget, and raises
 * the error of a spent limit (budget or deadline) at the calling rule's file and line. */
void bl_sandbox_charge(lua_State *L, uint64_t cost);
/* For C functions that keep memory outside the Lua heap on behalf of rules (compiled patterns):
 * counts it in the sandbox's memory, raising the memory cap's error when it would go past it; drop
 * gives it back (from a __gc, say). */
void bl_sandbox_hold_memory(lua_State *L, size_t bytes);
void bl_sandbox_drop_memory(lua_State *L, size_t bytes);

/* Calls the function below nargs arguments like lua_pcall. On failure returns non-zero and
 * leaves the error message (a string, with the rule file and line) on the stack. */
int bl_sandbox_pcall(bl_sandbox *sb, int nargs, int nresults);

/* A new scope of modules (for the next rule directory), which reads through to the scopes made
 * before it; returns its number (1 for the first). */
int bl_sandbox_new_scope(bl_sandbox *sb);
/* Pushes a fresh environment for the rule file at path (globals read from the safe base), whose
 * require finds the modules of scope. */
void bl_sandbox_push_env(bl_sandbox *sb, const char *path, int scope);
/* Replaces the table on top of the stack with a read-only view of it (recursively). */
void bl_sandbox_freeze(bl_sandbox *sb);
/* Makes the value on top of the stack available as require(name) to the rules of scope (and of the
 * scopes made after it); pops it. */
void bl_sandbox_add_module(bl_sandbox *sb, int scope, const char *name);
/* Makes the function on top of the stack the loader of module name in scope, called (with no
 * arguments, to return the module) when the module is first required there; pops it. Once the
 * module is added (bl_sandbox_add_module), the loader is dropped. */
void bl_sandbox_add_loader(bl_sandbox *sb, int scope, const char *name);
/* Pushes module name as a rule of scope requires it (loading it if it was not yet) and returns
 * LUA_OK; on failure pushes the error message and returns its status. */
int bl_sandbox_require(bl_sandbox *sb, int scope, const char *name);
/* Replaces the value on top of the stack (a module, which every rule shares) by a read-only view of
 * it, with every table and Lua function it reaches (their upvalues included): each table keeps its
 * contents, and every reference to it found on the way (in tables, in upvalues) becomes its view. */
void bl_sandbox_freeze_module(bl_sandbox *sb);

/* Makes the table on top of the stack a global of every rule environment, read-only, as name
 * (like string or math); pops it. */
void bl_sandbox_add_library(bl_sandbox *sb, const char *name);

/* The host data of the sandbox that owns L (sb->host): what the C functions of an added library
 * need of their embedder, found without a Lua call (they run on every node of the model). */
static inline void *bl_sandbox_host(lua_State *L)
{
    return (*(bl_sandbox *const *)lua_getextraspace(L))->host;
}

#endif
