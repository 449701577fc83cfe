/* sandbox_watch.c - the CPU-time timer that stands for the count hook while a rule runs (see the
 * header). The timer is the thread's own (CLOCK_THREAD_CPUTIME_ID), and its signal goes to that
 * thread, so that engines on other threads are not disturbed. */
#define _GNU_SOURCE /* gettid, SIGEV_THREAD_ID */
#include "sandbox_watch.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

/* A real-time signal of its own (glibc keeps the first few for itself; SIGRTMIN accounts for them). */
#define WATCH_SIGNAL (SIGRTMIN + 6)

/* The run the signal handler of this thread stops: the one link a handler has to its sandbox. It is
 * set only while a run is watched (a signal of a timer that was stopped finds NULL, or a run that
 * was told to stop already), and it is per thread, like the engines. */
static __thread bl_watch *watched_run;

static void on_time_up(int sig, siginfo_t *info, void *context)
{
    (void)sig;
    (void)context;
    bl_watch *w = watched_run;
    if (!w || info->si_code != SI_TIMER)
        return;
    w->fired = 1;
    if (w->state == BL_WATCH_RUNNING)
        lua_sethook(w->L, w->hook, LUA_MASKCOUNT, 1); /* safe in a signal handler (ldebug.c) */
}

/* Installed once for the process, unless the embedder handles the signal itself. */
static pthread_once_t handler_once = PTHREAD_ONCE_INIT;
static int handler_installed; /* written once, inside pthread_once */

static void install_handler(void)
{
    struct sigaction old;
    if (sigaction(WATCH_SIGNAL, NULL, &old) != 0 || old.sa_handler != SIG_DFL)
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_time_up;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    handler_installed = sigaction(WATCH_SIGNAL, &sa, NULL) == 0;
}

static uint64_t thread_cpu_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static void set_timer(bl_watch *w, uint64_t ns)
{
    struct itimerspec when;
    memset(&when, 0, sizeof when);
    when.it_value.tv_sec = (time_t)(ns / 1000000000u);
    when.it_value.tv_nsec = (long)(ns % 1000000000u);
    timer_settime(w->timer, 0, &when, NULL);
}

/* The timer of the calling thread, made on its first watched run: 0 when it cannot be had, or when
 * the thread blocks the signal (it would never arrive). */
static int timer_of_this_thread(bl_watch *w)
{
    pthread_t self = pthread_self();
    if (w->has_timer && pthread_equal(w->thread, self))
        return 1;
    if (w->has_timer) {
        timer_delete(w->timer);
        w->has_timer = 0;
    }
    sigset_t blocked;
    if (pthread_sigmask(SIG_BLOCK, NULL, &blocked) != 0 || sigismember(&blocked, WATCH_SIGNAL))
        return 0;
    struct sigevent ev;
    memset(&ev, 0, sizeof ev);
    ev.sigev_notify = SIGEV_THREAD_ID;
    ev.sigev_signo = WATCH_SIGNAL;
    ev._sigev_un._tid = gettid();
    if (timer_create(CLOCK_THREAD_CPUTIME_ID, &ev, &w->timer) != 0)
        return 0;
    w->has_timer = 1;
    w->thread = self;
    return 1;
}

void bl_watch_init(bl_watch *w, lua_State *L, lua_Hook hook)
{
    memset(w, 0, sizeof *w);
    w->L = L;
    w->hook = hook;
    w->state = BL_WATCH_OFF;
    const char *mode = getenv("BULLETIN_LINT_WATCH");
    w->mode = !mode                     ? BL_WATCH_MODE_ON
              : !strcmp(mode, "hook")   ? BL_WATCH_MODE_HOOK
              : !strcmp(mode, "redo")   ? BL_WATCH_MODE_REDO
                                        : BL_WATCH_MODE_ON;
    w->ps_per_instruction = RUNNING_ON_VALGRIND ? BL_WATCH_PS_PER_INSTRUCTION_UNDER_VALGRIND : BL_WATCH_PS_PER_INSTRUCTION;
}

void bl_watch_free(bl_watch *w)
{
    if (w->has_timer)
        timer_delete(w->timer);
    w->has_timer = 0;
}

int bl_watch_start(bl_watch *w, uint64_t instructions, uint64_t nanoseconds)
{
    if (w->mode == BL_WATCH_MODE_HOOK)
        return 0;
    pthread_once(&handler_once, install_handler);
    if (!handler_installed || !timer_of_this_thread(w))
        return 0;
    uint64_t allowance = instructions / 1000u * w->ps_per_instruction + instructions % 1000u * w->ps_per_instruction / 1000u;
    if (nanoseconds && nanoseconds < allowance)
        allowance = nanoseconds;
    if (allowance == 0)
        return 0;
    w->fired = 0;
    w->allowance = allowance;
    lua_sethook(w->L, NULL, 0, 0);
    watched_run = w;
    w->started = thread_cpu_ns();
    w->state = BL_WATCH_RUNNING; /* no signal can come before the timer is set */
    set_timer(w, allowance);
    return 1;
}

void bl_watch_pause(bl_watch *w)
{
    w->state = BL_WATCH_PAUSED; /* a signal from now on only marks the run as fired */
    set_timer(w, 0);
    w->paused_at = thread_cpu_ns();
}

void bl_watch_resume(bl_watch *w)
{
    uint64_t now = thread_cpu_ns();
    w->started += now - w->paused_at;
    uint64_t used = now - w->started;
    /* the timer is stopped: nothing can interrupt this */
    w->state = BL_WATCH_RUNNING;
    if (w->fired)
        lua_sethook(w->L, w->hook, LUA_MASKCOUNT, 1);
    else
        lua_sethook(w->L, NULL, 0, 0);
    set_timer(w, used < w->allowance ? w->allowance - used : 1);
}

uint64_t bl_watch_stop(bl_watch *w)
{
    w->state = BL_WATCH_OFF;
    set_timer(w, 0);
    watched_run = NULL;
    uint64_t used = thread_cpu_ns() - w->started;
    return used / w->ps_per_instruction * 1000u + used % w->ps_per_instruction * 1000u / w->ps_per_instruction;
}
