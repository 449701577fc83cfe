/* sandbox.c - the Lua state rules run in, and the limits of the code it runs. */
#include "sandbox.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lua_patterns.h"
#include "lua_pool.h"
#include "model_view.h"
#include "sandbox_freeze.h"
#include "sandbox_lib.h"

#define HOOK_STEP 1000
/* Every byte allocated costs 1/ALLOC_BYTES_PER_INSTRUCTION of an instruction: copying memory is what
 * makes `s = s .. "x"` in a loop slow, not the few instructions of the loop. */
#define ALLOC_BYTES_PER_INSTRUCTION 64

/* Runs once per state, with the full standard library, and returns what rules may see. */
static const char prelude[] =
    "local G, print_fn, pcall_fn, xpcall_fn, setmetatable_fn, view = ...\n"
    "local error, setmetatable, type, tostring, rawset = G.error, G.setmetatable, G.type, G.tostring, G.rawset\n"
    "local function read_only(name)\n"
    "  return function(_, k) error(name .. ' is read-only (cannot set ' .. tostring(k) .. ')', 2) end\n"
    "end\n"
    "local function blocked(name) return function() error('blocked function: ' .. name, 2) end end\n"
    "local function blocked_library(name)\n"
    "  return setmetatable({}, {__metatable = false, __newindex = read_only(name),\n"
    "    __index = function(_, k) return blocked(name .. '.' .. tostring(k)) end})\n"
    "end\n"
    "G.string.dump = blocked('string.dump')\n"
    "local base = {}\n"
    "for _, k in G.ipairs{'assert', 'error', 'ipairs', 'next', 'pairs', 'select', 'tonumber',\n"
    "    'tostring', 'type', 'rawequal', 'rawget', 'rawlen', 'getmetatable'} do\n"
    "  base[k] = G[k]\n"
    "end\n"
    "base._VERSION = G._VERSION\n"
    "base.print, base.pcall, base.xpcall, base.setmetatable = print_fn, pcall_fn, xpcall_fn, setmetatable_fn\n"
    "for _, k in G.ipairs{'string', 'table', 'math', 'utf8'} do base[k] = view(G[k], k) end\n"
    "for _, k in G.ipairs{'load', 'loadfile', 'dofile', 'collectgarbage', 'rawset'} do base[k] = blocked(k) end\n"
    "for _, k in G.ipairs{'os', 'io', 'debug', 'package', 'coroutine'} do base[k] = blocked_library(k) end\n"
    "setmetatable(base, {__metatable = false, __newindex = read_only('the rule environment'),\n"
    "  __index = function(_, k) error(\"undeclared global '\" .. tostring(k) .. \"'\", 2) end})\n"
    /* scopes[i]: the modules of the i-th rule directory; loaders[i]: those of its modules not
     * loaded yet, each loaded when first required. A rule requires from its own directory's scope,
     * then from those before it, so that a module of a later directory never replaces one that the
     * rules of an earlier directory use. */
    "local scopes, loaders, rawget = {}, {}, G.rawget\n"
    "local function new_scope()\n"
    "  scopes[#scopes + 1], loaders[#loaders + 1] = {}, {}\n"
    "  return #scopes\n"
    "end\n"
    "local function find(scope, name)\n"
    "  for s = scope, 1, -1 do\n"
    "    local m = rawget(scopes[s], name)\n"
    "    if m ~= nil then return m end\n"
    "    local load = rawget(loaders[s], name)\n"
    "    if load then return load() end\n"
    "  end\n"
    "end\n"
    "local function env(path, scope)\n"
    "  local e = setmetatable({}, {__index = base, __metatable = false, __newindex = function(_, k)\n"
    "    error(\"assignment to global '\" .. tostring(k) .. \"' in \" .. path .. ': declare it local', 2) end})\n"
    "  rawset(e, 'require', function(name)\n"
    "    local ok, m = true, nil\n"
    "    if type(name) == 'string' and scopes[scope] then ok, m = pcall_fn(find, scope, name) end\n"
    "    if not ok then error(m, 2) end\n"
    "    if not m then error(\"module '\" .. tostring(name) .. \"' not found: rules may require only the modules of rules/lib\", 2) end\n"
    "    return m\n"
    "  end)\n"
    "  return e\n"
    "end\n"
    "local function add_module(scope, name, value) rawset(scopes[scope], name, value); rawset(loaders[scope], name, nil) end\n"
    "local function add_loader(scope, name, load) rawset(loaders[scope], name, load) end\n"
    "local function add_library(name, value) rawset(base, name, view(value, name)) end\n"
    "return env, add_module, add_library, new_scope, add_loader, find\n";

static bl_sandbox *sandbox_of(lua_State *L)
{
    return *(bl_sandbox **)lua_getextraspace(L);
}

static void count_hook(lua_State *L, lua_Debug *ar);

/* Writes "file:line:" of the innermost Lua function on the stack from level on (the rule's code;
 * the sandbox's own, require say, is passed over) into buffer, or "" when there is none; returns
 * the length of its "file:" part. Allocates nothing, so that it works with the memory cap reached. */
static size_t where_in_rule(lua_State *L, int level, char *buffer, size_t size)
{
    lua_Debug ar;
    buffer[0] = '\0';
    for (; lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0 && strcmp(ar.source, "=prelude") != 0) {
            snprintf(buffer, size, "%s:%d:", ar.short_src, ar.currentline);
            return strlen(ar.short_src) + 1;
        }
    }
    return 0;
}

/* Marks the sandbox exhausted from where no error can be raised (the allocator): the next
 * instruction of the running code raises it. Where the rule is now is kept for the failure's
 * message (the memory error Lua raises has no position). */
static void exhaust_soon(bl_sandbox *sb, bl_exhaustion why)
{
    if (sb->exhausted != BL_NOT_EXHAUSTED)
        return;
    sb->exhausted = why;
    where_in_rule(sb->L, 0, sb->where, sizeof sb->where);
    lua_sethook(sb->L, count_hook, LUA_MASKCOUNT, 1); /* allowed anywhere, as from a signal handler */
}

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    bl_sandbox *sb = ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        bl_pool_realloc(sb->pool, ptr, osize, 0);
        sb->used -= old;
        return NULL;
    }
    if (sb->limit && nsize > old) {
        if (sb->used + (nsize - old) > sb->limit) {
            exhaust_soon(sb, BL_OUT_OF_MEMORY);
            return NULL;
        }
        sb->instructions_left -= (int64_t)((nsize - old) / ALLOC_BYTES_PER_INSTRUCTION);
        if (sb->instructions_left <= 0)
            exhaust_soon(sb, BL_OUT_OF_INSTRUCTIONS);
    }
    void *p = bl_pool_realloc(sb->pool, ptr, osize, nsize);
    if (p)
        sb->used = sb->used - old + nsize;
    return p;
}

/* ------------------------------------------------------------------ limits */

static const char *const exhaustion_text[] = {"", "instruction budget exceeded", "memory cap exceeded",
                                             "time limit exceeded", "stack overflow (recursion too deep)",
                                             "time allowance of a run without the count hook exceeded"};

static uint64_t clock_ns(clockid_t clock)
{
    struct timespec t;
    clock_gettime(clock, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* Whether the running code's CPU time has passed its deadline. The thread's CPU clock is a system
 * call, the monotonic clock is not (vDSO): CPU time cannot grow faster than wall time, so the CPU
 * clock is read again only when enough wall time has passed for the deadline to be possible. */
static int past_deadline(bl_sandbox *sb)
{
    if (!sb->deadline)
        return 0;
    uint64_t wall = clock_ns(CLOCK_MONOTONIC);
    if (wall < sb->next_cpu_check)
        return 0;
    uint64_t cpu = clock_ns(CLOCK_THREAD_CPUTIME_ID);
    if (cpu >= sb->deadline)
        return 1;
    sb->next_cpu_check = wall + (sb->deadline - cpu);
    return 0;
}

/* The limit that was hit (already recorded in sb->exhausted) as an error raised at the running
 * code (level: the stack level to look from for the rule's file and line); the first time, where
 * it happened is kept for the failure's message. */
static int raise_exhausted(lua_State *L, bl_sandbox *sb, int level)
{
    /* From now on every instruction fails, so that no pcall, xpcall handler or __close can go on. */
    lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
    if (!sb->where[0])
        where_in_rule(L, level, sb->where, sizeof sb->where);
    lua_pushfstring(L, "%s %s", sb->where, exhaustion_text[sb->exhausted]);
    return lua_error(L);
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    bl_sandbox *sb = sandbox_of(L);
    if (sb->exhausted == BL_NOT_EXHAUSTED && sb->watch.state == BL_WATCH_RUNNING && sb->watch.fired) {
        sb->exhausted = BL_OUT_OF_WATCH; /* set by the watch's signal handler: the run is done again */
    } else if (sb->exhausted == BL_NOT_EXHAUSTED) {
        sb->instructions_left -= HOOK_STEP;
        if (sb->instructions_left > 0 && !past_deadline(sb))
            return;
        sb->exhausted = sb->instructions_left > 0 ? BL_OUT_OF_TIME : BL_OUT_OF_INSTRUCTIONS;
    }
    /* in a hook the running function is at level 0 */
    raise_exhausted(L, sb, 0);
}

void bl_sandbox_hold_memory(lua_State *L, size_t bytes)
{
    bl_sandbox *sb = sandbox_of(L);
    if (sb->limit && sb->used + bytes > sb->limit) {
        if (sb->exhausted == BL_NOT_EXHAUSTED)
            sb->exhausted = BL_OUT_OF_MEMORY;
        raise_exhausted(L, sb, 1);
    }
    sb->used += bytes;
}

void bl_sandbox_drop_memory(lua_State *L, size_t bytes)
{
    sandbox_of(L)->used -= bytes;
}

void bl_sandbox_charge(lua_State *L, uint64_t cost)
{
    bl_sandbox *sb = sandbox_of(L);
    if (sb->exhausted == BL_NOT_EXHAUSTED) {
        sb->instructions_left -= cost > INT64_MAX / 2 ? INT64_MAX / 2 : (int64_t)cost;
        if (sb->instructions_left > 0) {
            /* the clock is looked at every 8th charge, and for every large one */
            if ((++sb->charges & 7) && cost < 65536)
                return;
            if (!past_deadline(sb))
                return;
        }
        sb->exhausted = sb->instructions_left > 0 ? BL_OUT_OF_TIME : BL_OUT_OF_INSTRUCTIONS;
    }
    raise_exhausted(L, sb, 1);
}

static int sandbox_print(lua_State *L)
{
    int n = lua_gettop(L);
    for (int i = 1; i <= n; i++) {
        size_t len;
        const char *s = luaL_tolstring(L, i, &len);
        if (i > 1)
            fputc('\t', stderr);
        fwrite(s, 1, len, stderr);
        lua_pop(L, 1);
    }
    fputc('\n', stderr);
    return 0;
}

/* Whether a call that failed with status ran out of stack (Lua's, or the C stack: "C stack
 * overflow", or "error in error handling" when that happened while handling an error). Caught and
 * retried, as in `local function f() pcall(f) f() end`, it makes an exponential tree of calls, each
 * branch growing the stack to its limit: the first overflow is the end of the rule. */
static int stack_overflowed(lua_State *L, int status)
{
    size_t len;
    const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
    static const char suffix[] = "stack overflow";
    return status == LUA_ERRERR ||
           (msg && len >= sizeof suffix - 1 && !memcmp(msg + len - (sizeof suffix - 1), suffix, sizeof suffix - 1));
}

/* After a protected call inside a rule failed with status: the error of a spent limit (or of a stack
 * overflow, which becomes one) goes on up, raised again at the caller. */
static void pass_on_limits(lua_State *L, bl_sandbox *sb, int status)
{
    if (status != LUA_OK && sb->exhausted == BL_NOT_EXHAUSTED && stack_overflowed(L, status))
        sb->exhausted = BL_OUT_OF_STACK;
    if (sb->exhausted != BL_NOT_EXHAUSTED)
        raise_exhausted(L, sb, 1);
}

/* pcall(f, ...) for rules: as Lua's, but an error from a spent limit goes on up, raised again at the
 * caller (so that `return pcall(…)` cannot end the rule as if nothing happened). */
static int sandbox_pcall(lua_State *L)
{
    luaL_checkany(L, 1);
    int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    bl_sandbox *sb = sandbox_of(L);
    pass_on_limits(L, sb, status);
    lua_pushboolean(L, status == LUA_OK);
    lua_insert(L, 1);
    return lua_gettop(L);
}

/* xpcall(f, handler, ...) for rules. Lua's own calls the handler where the error is raised, which
 * for the budget's error is inside the count hook, with hooks off: a handler that loops would never
 * stop. This one calls it after the error has unwound, as ordinary code under the same limits, and
 * not at all once a limit is spent (that error goes on up, like pcall's). */
static int sandbox_xpcall(lua_State *L)
{
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    bl_sandbox *sb = sandbox_of(L);
    lua_pushvalue(L, 1); /* handler, f, args… */
    lua_pushvalue(L, 2);
    lua_replace(L, 1);
    lua_replace(L, 2);
    int status = lua_pcall(L, n - 2, LUA_MULTRET, 0);
    if (status == LUA_OK) {
        lua_pushboolean(L, 1);
        lua_replace(L, 1);
        return lua_gettop(L);
    }
    pass_on_limits(L, sb, status);
    pass_on_limits(L, sb, lua_pcall(L, 1, 1, 0));
    lua_pushboolean(L, 0);
    lua_insert(L, -2);
    return 2;
}

/* setmetatable for rules: as Lua's, but a metatable with __gc is refused. A finalizer runs when the
 * collector gets to it, which may be during another rule's run, with hooks off: it could loop
 * forever, allocate without limit, or report findings as that other rule. */
static int sandbox_setmetatable(lua_State *L)
{
    int t = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
    if (t == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        int gc = lua_rawget(L, 2);
        lua_pop(L, 1);
        if (gc != LUA_TNIL)
            return luaL_error(L, "setmetatable: finalizers (__gc) are not allowed in rules");
    }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL)
        return luaL_error(L, "cannot change a protected metatable");
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

/* The message of an error that ends a rule, worked out where it was raised (before the stack
 * unwinds): a string that does not start with the file of the innermost Lua function (raised by a C
 * function that a C function called: "C stack overflow", an error inside table.sort, a read-only
 * view written by table.insert) gets that file and line in front; a value that is not a string gets
 * a stable text ("error object is a table value"), its __tostring never called, for the handler may
 * run inside the count hook, where rule code would run unlimited. A string with its position
 * allocates nothing, since the handler may run with the memory cap reached. */
static int message_handler(lua_State *L)
{
    char where[256];
    size_t file_len = where_in_rule(L, 1, where, sizeof where);
    if (lua_type(L, 1) == LUA_TSTRING || lua_type(L, 1) == LUA_TNUMBER) {
        const char *msg = lua_tostring(L, 1);
        if (file_len && strncmp(msg, where, file_len) != 0)
            lua_pushfstring(L, "%s %s", where, msg);
        return 1;
    }
    lua_pushfstring(L, "%s%serror object is a %s value", where, where[0] ? " " : "", luaL_typename(L, 1));
    return 1;
}

/* Whether the state's small blocks come from the pool: not for memory checkers (ASan, and valgrind
 * with BULLETIN_LINT_NO_POOL set), which see no errors inside the pool's slabs. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BL_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define BL_UNDER_ASAN 1
#endif

static int pool_wanted(void)
{
#if defined(BL_UNDER_ASAN)
    return 0;
#else
    const char *no_pool = getenv("BULLETIN_LINT_NO_POOL");
    return !(no_pool && *no_pool && strcmp(no_pool, "0") != 0);
#endif
}

int bl_sandbox_new(bl_sandbox **out, bl_error *err)
{
    *out = NULL;
    bl_sandbox *sb = calloc(1, sizeof *sb);
    if (!sb)
        return BL_ERR_NOMEM;
    sb->pool = bl_pool_new(pool_wanted());
    sb->L = sb->pool ? lua_newstate(sandbox_alloc, sb) : NULL;
    if (!sb->L) {
        bl_pool_free(sb->pool);
        free(sb);
        return BL_ERR_NOMEM;
    }
    lua_State *L = sb->L;
    /* a collection starts when the heap is 1.2 times what the last one kept (Lua's default: twice):
     * the model of a document of many short lines is most of the heap, and the iterators and strings
     * rules make per line would otherwise grow to its size again (200,000 lines: 700 MB → 530 MB of
     * peak memory, for 2% more instructions on the samples) */
    lua_gc(L, LUA_GCINC, 120, 0, 0);
    *(bl_sandbox **)lua_getextraspace(L) = sb;
    bl_watch_init(&sb->watch, L, count_hook);
    static const luaL_Reg libs[] = {{LUA_GNAME, luaopen_base}, {LUA_TABLIBNAME, luaopen_table},
                                    {LUA_STRLIBNAME, luaopen_string}, {LUA_MATHLIBNAME, luaopen_math},
                                    {LUA_UTF8LIBNAME, luaopen_utf8}};
    for (size_t i = 0; i < sizeof libs / sizeof *libs; i++) {
        luaL_requiref(L, libs[i].name, libs[i].func, 1);
        lua_pop(L, 1);
    }
    /* Lua's functions that work in C are replaced in the libraries themselves (string methods
     * included) by ones that charge that work to the budget. */
    bl_lua_patterns_install(L);
    bl_sandbox_lib_install(L);
    bl_model_view_install(L);
    lua_pushcfunction(L, bl_model_view_type); /* the model's views read as tables */
    lua_setglobal(L, "type");
    lua_pushcfunction(L, bl_model_view_ipairs); /* and their items are read without __index */
    lua_setglobal(L, "ipairs");
    /* Strings' metatable stays out of reach of rules. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    if (luaL_loadbufferx(L, prelude, sizeof prelude - 1, "=prelude", "t") != LUA_OK) {
        snprintf(err->message, sizeof err->message, "sandbox prelude: %s", lua_tostring(L, -1));
        bl_sandbox_free(sb);
        return BL_ERR_RULES;
    }
    lua_pushglobaltable(L);
    lua_pushcfunction(L, sandbox_print);
    lua_pushcfunction(L, sandbox_pcall);
    lua_pushcfunction(L, sandbox_xpcall);
    lua_pushcfunction(L, sandbox_setmetatable);
    lua_pushcfunction(L, bl_sandbox_library_view);
    if (lua_pcall(L, 6, 6, 0) != LUA_OK) {
        snprintf(err->message, sizeof err->message, "sandbox prelude: %s", lua_tostring(L, -1));
        bl_sandbox_free(sb);
        return BL_ERR_RULES;
    }
    sb->require_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    sb->loader_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    sb->scope_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    sb->library_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    sb->module_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    sb->env_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    lua_sethook(L, count_hook, LUA_MASKCOUNT, HOOK_STEP);
    sb->instructions_left = INT64_MAX;
    *out = sb;
    return BL_OK;
}

void bl_sandbox_free(bl_sandbox *sb)
{
    if (!sb)
        return;
    if (sb->L)
        lua_close(sb->L);
    bl_watch_free(&sb->watch);
    bl_pool_free(sb->pool);
    free(sb);
}

void bl_sandbox_arm(bl_sandbox *sb, bl_limits limits)
{
    sb->exhausted = BL_NOT_EXHAUSTED;
    sb->where[0] = '\0';
    sb->instructions_left = limits.instructions > INT64_MAX ? INT64_MAX : (int64_t)limits.instructions;
    sb->limit = limits.memory ? sb->used + limits.memory : 0;
    sb->deadline = limits.nanoseconds ? clock_ns(CLOCK_THREAD_CPUTIME_ID) + limits.nanoseconds : 0;
    sb->next_cpu_check = clock_ns(CLOCK_MONOTONIC) + limits.nanoseconds;
    sb->charges = 0;
    lua_sethook(sb->L, count_hook, LUA_MASKCOUNT, HOOK_STEP);
}

int bl_sandbox_arm_watched(bl_sandbox *sb, bl_limits limits)
{
    bl_sandbox_arm(sb, limits);
    return bl_watch_start(&sb->watch, limits.instructions, limits.nanoseconds);
}

int bl_sandbox_watched_run_stands(bl_sandbox *sb)
{
    uint64_t executed = bl_watch_stop(&sb->watch);
    lua_sethook(sb->L, count_hook, LUA_MASKCOUNT, sb->exhausted == BL_NOT_EXHAUSTED ? HOOK_STEP : 1);
    return sb->exhausted == BL_NOT_EXHAUSTED && !sb->watch.fired && sb->watch.mode != BL_WATCH_MODE_REDO &&
           sb->instructions_left > 0 && (uint64_t)sb->instructions_left > executed + HOOK_STEP;
}

void bl_sandbox_disarm(bl_sandbox *sb)
{
    int was_exhausted = sb->exhausted != BL_NOT_EXHAUSTED;
    sb->limit = 0;
    sb->deadline = 0;
    sb->exhausted = BL_NOT_EXHAUSTED;
    sb->instructions_left = INT64_MAX;
    lua_sethook(sb->L, count_hook, LUA_MASKCOUNT, HOOK_STEP);
    if (was_exhausted)
        lua_gc(sb->L, LUA_GCCOLLECT);
}

void bl_sandbox_suspend(bl_sandbox *sb, bl_sandbox_run *saved)
{
    saved->used = sb->used;
    saved->limit = sb->limit;
    saved->instructions_left = sb->instructions_left;
    saved->deadline = sb->deadline;
    saved->charges = sb->charges;
    saved->exhausted = sb->exhausted;
    saved->cpu = sb->deadline ? clock_ns(CLOCK_THREAD_CPUTIME_ID) : 0;
    memcpy(saved->where, sb->where, sizeof saved->where);
    saved->watch_paused = sb->watch.state == BL_WATCH_RUNNING;
    if (saved->watch_paused)
        bl_watch_pause(&sb->watch);
}

void bl_sandbox_resume(bl_sandbox *sb, const bl_sandbox_run *saved)
{
    size_t kept = sb->used > saved->used ? sb->used - saved->used : 0;
    sb->limit = saved->limit ? saved->limit + kept : 0;
    sb->instructions_left = saved->instructions_left;
    sb->deadline = saved->deadline ? saved->deadline + (clock_ns(CLOCK_THREAD_CPUTIME_ID) - saved->cpu) : 0;
    sb->next_cpu_check = clock_ns(CLOCK_MONOTONIC);
    sb->charges = saved->charges;
    sb->exhausted = saved->exhausted;
    memcpy(sb->where, saved->where, sizeof sb->where);
    lua_sethook(sb->L, count_hook, LUA_MASKCOUNT, sb->exhausted == BL_NOT_EXHAUSTED ? HOOK_STEP : 1);
    if (saved->watch_paused) {
        bl_watch_resume(&sb->watch); /* without the hook again, unless its time ran out meanwhile */
        if (sb->exhausted != BL_NOT_EXHAUSTED)
            lua_sethook(sb->L, count_hook, LUA_MASKCOUNT, 1);
    }
}

bl_sandbox *bl_sandbox_of(lua_State *L)
{
    return sandbox_of(L);
}

int bl_sandbox_pcall(bl_sandbox *sb, int nargs, int nresults)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, message_handler);
    lua_insert(L, base);
    int status = lua_pcall(L, nargs, nresults, base);
    lua_remove(L, base);
    if (status == LUA_OK && sb->exhausted != BL_NOT_EXHAUSTED) {
        /* the code returned from a call that hit a limit (return pcall(…) ends without another
         * instruction): it failed all the same */
        lua_pop(L, nresults == LUA_MULTRET ? lua_gettop(L) - base + 1 : nresults);
        lua_pushfstring(L, "%s %s", sb->where, exhaustion_text[sb->exhausted]);
        return LUA_ERRRUN;
    }
    if (status != LUA_OK && !lua_isstring(L, -1)) {
        lua_pop(L, 1);
        lua_pushstring(L, status == LUA_ERRMEM ? "memory cap exceeded" : "error without a message");
    }
    return status;
}

void bl_sandbox_push_env(bl_sandbox *sb, const char *path, int scope)
{
    lua_rawgeti(sb->L, LUA_REGISTRYINDEX, sb->env_ref);
    lua_pushstring(sb->L, path);
    lua_pushinteger(sb->L, scope);
    lua_call(sb->L, 2, 1);
}

int bl_sandbox_new_scope(bl_sandbox *sb)
{
    lua_rawgeti(sb->L, LUA_REGISTRYINDEX, sb->scope_ref);
    lua_call(sb->L, 0, 1);
    int scope = (int)lua_tointeger(sb->L, -1);
    lua_pop(sb->L, 1);
    return scope;
}

/* Calls the prelude's function at registry reference ref with scope, name and the value on top of
 * the stack (which it pops). */
static void register_in_scope(bl_sandbox *sb, int ref, int scope, const char *name)
{
    lua_rawgeti(sb->L, LUA_REGISTRYINDEX, ref);
    lua_insert(sb->L, -2);
    lua_pushinteger(sb->L, scope);
    lua_insert(sb->L, -2);
    lua_pushstring(sb->L, name);
    lua_insert(sb->L, -2);
    lua_call(sb->L, 3, 0);
}

void bl_sandbox_add_module(bl_sandbox *sb, int scope, const char *name)
{
    register_in_scope(sb, sb->module_ref, scope, name);
}

void bl_sandbox_add_loader(bl_sandbox *sb, int scope, const char *name)
{
    register_in_scope(sb, sb->loader_ref, scope, name);
}

int bl_sandbox_require(bl_sandbox *sb, int scope, const char *name)
{
    lua_State *L = sb->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->require_ref);
    lua_pushinteger(L, scope);
    lua_pushstring(L, name);
    int status = lua_pcall(L, 2, 1, 0);
    if (status != LUA_OK && !lua_isstring(L, -1)) {
        lua_pop(L, 1);
        lua_pushstring(L, status == LUA_ERRMEM ? "out of memory" : "error without a message");
    }
    return status;
}

/* Calls the prelude's function at registry reference ref with name and the value on top of the stack. */
static void register_value(bl_sandbox *sb, int ref, const char *name)
{
    lua_rawgeti(sb->L, LUA_REGISTRYINDEX, ref);
    lua_insert(sb->L, -2);
    lua_pushstring(sb->L, name);
    lua_insert(sb->L, -2);
    lua_call(sb->L, 2, 0);
}

void bl_sandbox_add_library(bl_sandbox *sb, const char *name)
{
    register_value(sb, sb->library_ref, name);
}
