/* lua_regex.c - the `re` module rules use for Chinese text (Lua patterns see bytes only).
 *
 *   re.find(s, pattern [, init])   -> start, stop, captures… | nil   (1-based, inclusive, bytes)
 *   re.match(s, pattern [, init])  -> captures… (or the whole match) | nil
 *   re.test(s, pattern)            -> boolean
 *   re.gmatch(s, pattern)          -> iterator of start, stop, captures…
 *   re.any_of(words)               -> a pattern matching any of the words (see re_any_of)
 *   re.repeats(s, min, max)        -> iterator of start, stop, word: Han words written twice
 *
 * Patterns are PCRE2 with UTF and Unicode properties. Compiled patterns live in the Lua heap (a
 * userdata each, freed by the collector), charged to the memory cap of the rule that compiled them,
 * and are kept in a cache of bounded size shared by every rule. */
#include <lauxlib.h>
#include <lua.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lua_regex.h"
#include "repeats.h"
#include "sandbox.h"
#include "utf8.h"
#include "word_set.h"

/* What a match costs the rule's budget: an instruction per this many bytes of the subject after the
 * start, and, for a match stopped by PCRE2's limits, a quarter of its match limit (it did that much
 * work for nothing, and a loop of such calls would otherwise cost a few instructions each).
 * Compiling (and JIT-compiling) is far slower than matching. */
#define BYTES_PER_INSTRUCTION 64
#define LIMIT_COST (BL_REGEX_MATCH_LIMIT / 4)
#define COMPILE_COST 10000

/* The cache of compiled patterns: when a new one would take it past either bound it starts afresh
 * (patterns still in use stay alive until their users let go of them). */
#define CACHE_BYTES (16u << 20)
#define CACHE_PATTERNS 4096u

#define COMPILED_METATABLE "bulletin-lint.re.compiled"

/* A compiled pattern, in the Lua heap. */
typedef struct compiled {
    pcre2_code *code;   /* owned */
    size_t size;        /* the bytes it takes outside the Lua heap, counted in the sandbox's memory */
    /* for a pattern of re.any_of, its words (in the userdata's user value), which a trusted subject
     * is searched for without PCRE2: the same places, found faster */
    const bl_word_set *words;
} compiled;

#define RECENT 64 /* patterns found again without a table lookup (a power of two) */

/* A pattern of the cache, found by the address of its string: the cache holds the string, so a
 * live string at that address is that string. */
typedef struct recent_pattern {
    const char *pattern;
    const compiled *c;
    lua_Integer pin;    /* the compiled pattern's index in the cache's list of pins */
} recent_pattern;

/* What the module's functions share, as their upvalue (gmatch's iterator: after its subject, the
 * compiled pattern and the position); its user values are the cache, pattern string → compiled,
 * and the list of the compiled patterns in it (their pins, to push one found in `recent`). */
typedef struct regex_module {
    bl_regex_matcher *matcher;            /* borrowed */
    const bl_trusted_strings *trusted;    /* borrowed */
    size_t cached_bytes, cached_patterns; /* in the cache as it is now */
    recent_pattern recent[RECENT];        /* of the cache as it is now */
    size_t word_match[2];                 /* the place a word set found, as an ovector */
} regex_module;

#define MODULE_UPVALUE 1
#define GMATCH_MODULE_UPVALUE 4 /* after gmatch's subject, compiled pattern and position */

static regex_module *module_of(lua_State *L, int upvalue)
{
    return lua_touserdata(L, lua_upvalueindex(upvalue));
}

static int compiled_gc(lua_State *L)
{
    compiled *c = lua_touserdata(L, 1);
    pcre2_code_free(c->code);
    bl_sandbox_drop_memory(L, c->size);
    c->code = NULL;
    c->size = 0;
    return 0;
}

/* The first 80 bytes of a pattern (cut at a character), for an error message; pushed. */
static const char *shown_pattern(lua_State *L, const char *pattern, size_t len)
{
    size_t n = len > 80 ? 80 : len;
    while (n < len && n > 0 && ((unsigned char)pattern[n] & 0xC0) == 0x80)
        n--;
    return lua_pushlstring(L, pattern, n);
}

static recent_pattern *recent_slot(regex_module *m, const char *pattern)
{
    return &m->recent[((uintptr_t)pattern >> 4) & (RECENT - 1)];
}

/* The cache and its pins afresh (the patterns in use stay alive until their users let go). */
static void fresh_cache(lua_State *L, regex_module *m)
{
    lua_createtable(L, 0, 64);
    lua_setiuservalue(L, lua_upvalueindex(MODULE_UPVALUE), 1);
    lua_createtable(L, 64, 0);
    lua_setiuservalue(L, lua_upvalueindex(MODULE_UPVALUE), 2);
    m->cached_bytes = m->cached_patterns = 0;
    memset(m->recent, 0, sizeof m->recent);
}

/* The compiled pattern at index, from the cache or compiled now. With `push`, its userdata is
 * pushed (it must stay referenced while the code is used past the next compile: gmatch's); without,
 * the code lives at least until the next compile. The cache is found by the pattern string's
 * identity: a pattern a rule uses on every node is not hashed again, and one used lately is found
 * by its address alone. */
static const compiled *compile(lua_State *L, int index, int push)
{
    size_t len;
    const char *pattern = luaL_checklstring(L, index, &len);
    regex_module *m = module_of(L, MODULE_UPVALUE);
    recent_pattern *r = recent_slot(m, pattern);
    if (r->pattern == pattern) {
        if (push) {
            lua_getiuservalue(L, lua_upvalueindex(MODULE_UPVALUE), 2);
            lua_rawgeti(L, -1, r->pin);
            lua_remove(L, -2);
        }
        return r->c;
    }
    lua_getiuservalue(L, lua_upvalueindex(MODULE_UPVALUE), 1);
    lua_pushvalue(L, index);
    if (lua_rawget(L, -2) == LUA_TUSERDATA) {
        lua_remove(L, -2);
        const compiled *c = lua_touserdata(L, -1);
        if (!push)
            lua_pop(L, 1);
        return c;
    }
    lua_pop(L, 2);
    bl_sandbox_charge(L, COMPILE_COST + len);
    compiled *c = lua_newuserdatauv(L, sizeof *c, 1);
    *c = (compiled){NULL, 0, NULL};
    luaL_setmetatable(L, COMPILED_METATABLE);
    char err[200];
    size_t size = 0;
    c->code = bl_regex_compile(m->matcher, pattern, len, &size, err, sizeof err);
    if (!c->code)
        luaL_error(L, "re: bad pattern '%s%s': %s", shown_pattern(L, pattern, len), len > 80 ? "…" : "", err);
    bl_sandbox_hold_memory(L, size);
    c->size = size;
    if (m->cached_bytes + size > CACHE_BYTES || m->cached_patterns >= CACHE_PATTERNS)
        fresh_cache(L, m);
    lua_getiuservalue(L, lua_upvalueindex(MODULE_UPVALUE), 1);
    lua_pushvalue(L, index);
    lua_pushvalue(L, -3);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    lua_getiuservalue(L, lua_upvalueindex(MODULE_UPVALUE), 2);
    lua_pushvalue(L, -2);
    lua_rawseti(L, -2, (lua_Integer)m->cached_patterns + 1);
    lua_pop(L, 1);
    m->cached_bytes += size;
    m->cached_patterns++;
    /* the cache holds the string at index, so its address names it while this cache lasts */
    *recent_slot(m, pattern) = (recent_pattern){pattern, c, (lua_Integer)m->cached_patterns};
    if (!push)
        lua_pop(L, 1);
    return c;
}

/* Whether s need not be checked for valid UTF-8 again: a string of the document's model. */
static int trusted(const regex_module *m, const char *s)
{
    return bl_trusted_contains(m->trusted, s);
}

/* Matches; returns the capture count or 0, raising a Lua error for limits and bad input. A pattern
 * of re.any_of on a subject known to be valid UTF-8 is searched for by its words. */
static int run(lua_State *L, regex_module *m, const compiled *c, const char *s, size_t len, size_t offset,
               int validated, const size_t **ov)
{
    if (c->words && validated) {
        int found = bl_word_set_find(c->words, s, len, offset, &m->word_match[0], &m->word_match[1]);
        bl_sandbox_charge(L, 1 + ((found ? m->word_match[1] : len) - offset) / BYTES_PER_INSTRUCTION);
        *ov = m->word_match;
        return found;
    }
    int rc = bl_regex_match(m->matcher, c->code, s, len, offset, validated, ov);
    bl_sandbox_charge(L, 1 + (len - offset) / BYTES_PER_INSTRUCTION +
                             (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
                              rc == PCRE2_ERROR_HEAPLIMIT ? LIMIT_COST : 0));
    if (rc >= 0)
        return rc;
    PCRE2_UCHAR buffer[160];
    pcre2_get_error_message(rc, buffer, sizeof buffer);
    return luaL_error(L, "re: %s", (const char *)buffer);
}

static int push_captures(lua_State *L, const char *s, const size_t *ov, int count, int whole_if_none)
{
    if (count == 1 && whole_if_none) {
        lua_pushlstring(L, s + ov[0], ov[1] - ov[0]);
        return 1;
    }
    luaL_checkstack(L, count, "too many captures");
    for (int i = 1; i < count; i++) {
        if (ov[2 * i] == PCRE2_UNSET)
            lua_pushnil(L);
        else
            lua_pushlstring(L, s + ov[2 * i], ov[2 * i + 1] - ov[2 * i]);
    }
    return count - 1;
}

static size_t start_offset(lua_State *L, int index, size_t len)
{
    lua_Integer init = luaL_optinteger(L, index, 1);
    if (init < 0)
        init = (lua_Integer)len + init + 1;
    if (init < 1)
        init = 1;
    return (size_t)init - 1 > len ? len + 1 : (size_t)init - 1;
}

/* The common part of find and match: (s, pattern, init) → the capture count, 0 for no match. */
static int match_arguments(lua_State *L, const char **s, const size_t **ov)
{
    size_t len;
    *s = luaL_checklstring(L, 1, &len);
    luaL_checkstring(L, 2);
    size_t offset = start_offset(L, 3, len);
    const compiled *c = compile(L, 2, 0);
    regex_module *m = module_of(L, MODULE_UPVALUE);
    return offset > len ? 0 : run(L, m, c, *s, len, offset, trusted(m, *s), ov);
}

static int re_find(lua_State *L)
{
    const char *s;
    const size_t *ov;
    int rc = match_arguments(L, &s, &ov);
    if (rc == 0)
        return lua_pushnil(L), 1;
    lua_pushinteger(L, (lua_Integer)ov[0] + 1);
    lua_pushinteger(L, (lua_Integer)ov[1]);
    return 2 + push_captures(L, s, ov, rc, 0);
}

static int re_match(lua_State *L)
{
    const char *s;
    const size_t *ov;
    int rc = match_arguments(L, &s, &ov);
    if (rc == 0)
        return lua_pushnil(L), 1;
    return push_captures(L, s, ov, rc, 1);
}

static int re_test(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    const compiled *c = compile(L, 2, 0);
    const size_t *ov;
    regex_module *m = module_of(L, MODULE_UPVALUE);
    lua_pushboolean(L, run(L, m, c, s, len, 0, trusted(m, s), &ov) > 0);
    return 1;
}

static int gmatch_step(lua_State *L)
{
    size_t len;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &len);
    /* the compiled pattern itself, kept alive by the iterator: no lookup per step */
    const compiled *c = lua_touserdata(L, lua_upvalueindex(2));
    size_t offset = (size_t)lua_tointeger(L, lua_upvalueindex(3));
    if (offset > len)
        return 0;
    const size_t *ov;
    regex_module *m = module_of(L, GMATCH_MODULE_UPVALUE);
    /* the first step checks the whole subject (unless the model's); the later ones need not */
    int rc = run(L, m, c, s, len, offset, offset > 0 || trusted(m, s), &ov);
    if (rc == 0) {
        lua_pushinteger(L, (lua_Integer)len + 1);
        lua_replace(L, lua_upvalueindex(3));
        return 0;
    }
    size_t next = ov[1] > ov[0] ? ov[1] : ov[1] + 1; /* an empty match moves on by one byte */
    while (next < len && ((unsigned char)s[next] & 0xC0) == 0x80)
        next++;
    lua_pushinteger(L, (lua_Integer)next);
    lua_replace(L, lua_upvalueindex(3));
    lua_pushinteger(L, (lua_Integer)ov[0] + 1);
    lua_pushinteger(L, (lua_Integer)ov[1]);
    return 2 + push_captures(L, s, ov, rc, 0);
}

static int re_gmatch(lua_State *L)
{
    luaL_checkstring(L, 1);
    compile(L, 2, 1); /* a bad pattern is reported at the call */
    lua_replace(L, 2);
    lua_settop(L, 2);
    lua_pushinteger(L, 0);
    lua_pushvalue(L, lua_upvalueindex(MODULE_UPVALUE));
    lua_pushcclosure(L, gmatch_step, 4);
    return 1;
}

/* ------------------------------------------------------------------ re.repeats */

#define REPEATS_MAX_CHARS 64

/* The iterator of re.repeats; upvalues: the subject, min, max, the position (0-based). */
static int repeats_step(lua_State *L)
{
    size_t len;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &len);
    unsigned min = (unsigned)lua_tointeger(L, lua_upvalueindex(2));
    unsigned max = (unsigned)lua_tointeger(L, lua_upvalueindex(3));
    size_t from = (size_t)lua_tointeger(L, lua_upvalueindex(4)), start, end;
    int found = from < len && bl_repeats_find(s, len, from, min, max, &start, &end);
    bl_sandbox_charge(L, 1 + ((found ? end : len) - (from < len ? from : len)) / 16);
    if (!found) {
        lua_pushinteger(L, (lua_Integer)len);
        lua_replace(L, lua_upvalueindex(4));
        return 0;
    }
    lua_pushinteger(L, (lua_Integer)end);
    lua_replace(L, lua_upvalueindex(4));
    lua_pushinteger(L, (lua_Integer)start + 1);
    lua_pushinteger(L, (lua_Integer)end);
    lua_pushlstring(L, s + start, (end - start) / 2);
    return 3;
}

/* re.repeats(s, min, max): an iterator of start, stop, word for each place where min to max Han
 * characters (chinese.han_class) are written twice in a row, as
 * re.gmatch(s, "(" .. chinese.han_class .. "{min,max})\\1") finds them, in one pass in C. */
static int re_repeats(lua_State *L)
{
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    lua_Integer min = luaL_checkinteger(L, 2), max = luaL_checkinteger(L, 3);
    luaL_argcheck(L, min >= 1 && min <= REPEATS_MAX_CHARS, 2, "must be 1 to 64");
    luaL_argcheck(L, max >= min && max <= REPEATS_MAX_CHARS, 3, "must be min to 64");
    if (!trusted(module_of(L, MODULE_UPVALUE), s)) {
        size_t bad = bl_utf8_validate(s, len);
        bl_sandbox_charge(L, 1 + len / BYTES_PER_INSTRUCTION);
        if (bad != len)
            return luaL_error(L, "re: UTF-8 error at byte %I of the subject", (lua_Integer)bad + 1);
    }
    lua_settop(L, 3);
    lua_pushinteger(L, 0);
    lua_pushcclosure(L, repeats_step, 4);
    return 1;
}

/* ------------------------------------------------------------------ re.any_of */

typedef bl_word word; /* the words of re.any_of, as its word set keeps them */

static int by_bytes(const void *a, const void *b)
{
    const word *x = a, *y = b;
    int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* The bytes of the character of w at byte `at` (by its lead byte, cut at the word's end). */
static size_t char_len_at(const word *w, size_t at)
{
    unsigned char lead = (unsigned char)w->s[at];
    size_t n = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    return at + n <= w->len ? n : w->len - at;
}

/* The end of the group of words[i..hi) that share words[i]'s character at byte `depth` (its
 * length goes to *n): words sort by bytes, so a group is a run. */
static size_t group_end(const word *words, size_t i, size_t hi, size_t depth, size_t *n)
{
    *n = char_len_at(&words[i], depth);
    size_t j = i + 1;
    while (j < hi && words[j].len >= depth + *n && !memcmp(words[j].s + depth, words[i].s + depth, *n))
        j++;
    return j;
}

static void add_escaped(luaL_Buffer *b, const char *ch, size_t n, const char *special)
{
    if (n == 1 && strchr(special, *ch))
        luaL_addchar(b, '\\');
    luaL_addlstring(b, ch, n);
}

/* Writes the pattern of words[lo..hi), which share their first `depth` bytes. */
static void add_trie(luaL_Buffer *b, const word *words, size_t lo, size_t hi, size_t depth)
{
    int ends_here = lo < hi && words[lo].len == depth;
    if (ends_here)
        lo++;
    size_t groups = 0;
    for (size_t i = lo, n; i < hi; groups++)
        i = group_end(words, i, hi, depth, &n);
    if (groups == 0)
        return;
    if (ends_here)
        luaL_addstring(b, "(?:");
    if (groups > 1)
        luaL_addstring(b, "(?:");
    for (size_t i = lo, g = 0; i < hi; g++) {
        size_t n, j = group_end(words, i, hi, depth, &n);
        if (g)
            luaL_addchar(b, '|');
        add_escaped(b, words[i].s + depth, n, "\\^$.|?*+()[]{}/#-");
        add_trie(b, words, i, j, depth + n);
        i = j;
    }
    if (groups > 1)
        luaL_addchar(b, ')');
    if (ends_here)
        luaL_addstring(b, ")?");
}

/* Gives the compiled pattern of the pattern string at `pattern` the set of its words (distinct,
 * sorted), whose strings the table at `strings` holds: the set's user value keeps that table, the
 * compiled pattern's keeps the set. */
static void attach_words(lua_State *L, int pattern, int strings, const word *words, size_t count)
{
    bl_sandbox_charge(L, count * 4);
    void *room = lua_newuserdatauv(L, bl_word_set_bytes(count), 1);
    bl_word_set *set = bl_word_set_build(room, words, count);
    lua_pushvalue(L, strings);
    lua_setiuservalue(L, -2, 1);
    compiled *c = (compiled *)compile(L, pattern, 1);
    lua_insert(L, -2);
    lua_setiuservalue(L, -2, 1); /* the compiled pattern holds the set */
    c->words = set;
    lua_pop(L, 1); /* the compiled pattern */
}

/* re.any_of(words): a pattern matching any of the (non-empty) words, the longest where several
 * start at the same place. It is factored into a trie, so that the regex engine tries one branch
 * per character rather than one per word, behind a lookahead for the words' first characters:
 * far faster than word1|word2|… for long lists. */
static int re_any_of(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 1);
    if (n < 0 || n > 1000000)
        return luaL_error(L, "re.any_of: too many words");
    word *words = lua_newuserdatauv(L, (size_t)(n ? n : 1) * sizeof *words, 0);
    lua_createtable(L, (int)n, 0); /* keeps the strings alive */
    size_t count = 0;
    for (lua_Integer i = 1; i <= n; i++) {
        lua_geti(L, 1, i);
        if (lua_type(L, -1) != LUA_TSTRING)
            return luaL_error(L, "re.any_of: word %d is not a string", (int)i);
        size_t len;
        const char *s = lua_tolstring(L, -1, &len);
        if (len == 0) {
            lua_pop(L, 1);
            continue;
        }
        words[count++] = (word){s, len};
        lua_rawseti(L, -2, (lua_Integer)count);
    }
    bl_sandbox_charge(L, count * 20); /* sorting them, and the pattern's bytes (allocated, charged) */
    qsort(words, count, sizeof *words, by_bytes);
    size_t unique = 0;
    for (size_t i = 0; i < count; i++)
        if (!unique || by_bytes(&words[unique - 1], &words[i]))
            words[unique++] = words[i];
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    size_t firsts = 0;
    for (size_t i = 0, len; i < unique; firsts++)
        i = group_end(words, i, unique, 0, &len);
    if (firsts > 1) { /* a lookahead for the first characters lets the engine skip most places */
        luaL_addstring(&b, "(?=[");
        for (size_t i = 0; i < unique;) {
            size_t len, j = group_end(words, i, unique, 0, &len);
            add_escaped(&b, words[i].s, len, "\\]^-[");
            i = j;
        }
        luaL_addstring(&b, "])");
    }
    add_trie(&b, words, 0, unique, 0);
    luaL_pushresult(&b);
    if (unique > 0)
        attach_words(L, lua_gettop(L), lua_gettop(L) - 1, words, unique);
    return 1;
}

void bl_lua_regex_push(lua_State *L, bl_regex_matcher *matcher, const bl_trusted_strings *trusted)
{
    static const luaL_Reg functions[] = {
        {"find", re_find},     {"match", re_match},    {"test", re_test},
        {"gmatch", re_gmatch}, {"any_of", re_any_of}, {"repeats", re_repeats}, {NULL, NULL}};
    luaL_newmetatable(L, COMPILED_METATABLE);
    lua_pushcfunction(L, compiled_gc); /* C, freeing the code: no rule code runs in it */
    lua_setfield(L, -2, "__gc");
    lua_pop(L, 1);
    luaL_newlibtable(L, functions);
    regex_module *m = lua_newuserdatauv(L, sizeof *m, 2);
    memset(m, 0, sizeof *m);
    m->matcher = matcher;
    m->trusted = trusted;
    lua_createtable(L, 0, 64); /* the cache */
    lua_setiuservalue(L, -2, 1);
    lua_createtable(L, 64, 0); /* its pins */
    lua_setiuservalue(L, -2, 2);
    luaL_setfuncs(L, functions, 1);
}
