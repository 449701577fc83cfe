/* sandbox_watch.h - a timer on the running thread's CPU time, for running a rule without the count
 * hook. With any hook set, Lua 5.4 sends every VM instruction through luaG_traceexec (11% of a
 * document's work); without one, nothing would stop a rule that loops. So a rule runs first with no
 * hook while this timer watches it: when the CPU time it was allowed runs out, the signal handler
 * sets the hook (lua_sethook is safe in a signal handler), which stops the rule at its next
 * instruction. The allowance is the instruction budget times a time per instruction shorter than
 * any machine's (BL_WATCH_PS_PER_INSTRUCTION), so a run that ends within it cannot have executed its
 * budget: it would have ended the same under the count hook. A run that does not end within it is
 * done again under the count hook (sandbox.c), which decides, as before, where it stops. */
#ifndef BL_SANDBOX_WATCH_H
#define BL_SANDBOX_WATCH_H
#include <lua.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <time.h>

/* No Lua VM instruction takes less than this many picoseconds (a dispatch is an indirect jump and
 * a few more machine instructions: 1 ns or more on this machine; 100 ps would be 10 at once at
 * 5 GHz). Under valgrind, which takes 2 to 6 ns a machine instruction here, 5 ns: measuring with
 * callgrind then sees the runs as they go on a machine, none done again. */
#define BL_WATCH_PS_PER_INSTRUCTION 100u
#define BL_WATCH_PS_PER_INSTRUCTION_UNDER_VALGRIND 5000u

typedef enum bl_watch_state { BL_WATCH_OFF, BL_WATCH_RUNNING, BL_WATCH_PAUSED } bl_watch_state;

/* One per sandbox, in it (no allocation). The timer is made on the first watched run, for the
 * thread that runs it, and made again if a later run is on another thread. */
typedef struct bl_watch {
    int mode;                        /* BL_WATCH_MODE_*, from BULLETIN_LINT_WATCH when made */
    int has_timer;
    timer_t timer;
    pthread_t thread;                /* the thread the timer is for */
    lua_State *L;
    lua_Hook hook;                   /* what the handler sets when the time is up */
    volatile sig_atomic_t state;     /* bl_watch_state */
    volatile sig_atomic_t fired;     /* the time ran out during this run */
    uint64_t started;                /* the thread's CPU time when the run started (pauses excluded) */
    uint64_t paused_at;
    uint64_t allowance;              /* nanoseconds */
    unsigned ps_per_instruction;
} bl_watch;

enum {
    BL_WATCH_MODE_ON,   /* the default */
    BL_WATCH_MODE_HOOK, /* BULLETIN_LINT_WATCH=hook: every run under the count hook, as before */
    BL_WATCH_MODE_REDO  /* BULLETIN_LINT_WATCH=redo: every watched run is done again (for tests) */
};

void bl_watch_init(bl_watch *w, lua_State *L, lua_Hook hook);
void bl_watch_free(bl_watch *w);
/* Starts watching a run allowed `instructions` (and at most `nanoseconds` of CPU time, 0: no
 * limit): returns 1, or 0 when the run cannot be watched here (the mode, no timer, the signal taken
 * by the embedder) and must be run under the count hook. */
int bl_watch_start(bl_watch *w, uint64_t instructions, uint64_t nanoseconds);
/* A pause while the engine runs code of its own under the count hook (a module a rule requires):
 * the timer stops, and the time it takes is not the run's. */
void bl_watch_pause(bl_watch *w);
void bl_watch_resume(bl_watch *w);
/* Ends the run and returns how many instructions it may have executed (the CPU time it took over
 * the time per instruction); w->fired says whether its time ran out. */
uint64_t bl_watch_stop(bl_watch *w);
#endif
