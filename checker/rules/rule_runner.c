/* rule_runner.c - running the rules on a document: report() and doc.locate() for them, the
 * limits of each run, and what each rule cost and found. */
#include "rule_runner.h"

#include <lauxlib.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "lua_doc.h"

/* A rule lists at most this many findings per document; the rest are counted in one more. */
#define MAX_FINDINGS_PER_RULE 200

typedef struct run_state {
    const bl_document *doc;
    const bl_rule *rule;
    const bl_text_refs *refs;     /* the model's */
    bl_report *report;
    int nomem;
    uint32_t reported, dropped;   /* by the running rule */
    bl_severity severity;         /* its severity, as configured */
    bl_diagnostic last;           /* its last finding listed */
} run_state;

typedef struct run_box {
    run_state *run;   /* NULL once its rule is done: a stashed report() must not write */
} run_box;

static lua_Integer opt_int_field(lua_State *L, int t, const char *key, lua_Integer dflt)
{
    lua_getfield(L, t, key);
    lua_Integer v = dflt;
    if (!lua_isnil(L, -1)) {
        int ok;
        v = lua_tointegerx(L, -1, &ok);
        if (!ok)
            luaL_error(L, "report: field '%s' must be an integer", key);
    }
    lua_pop(L, 1);
    return v;
}

static const char *opt_string_field(lua_State *L, int t, const char *key)
{
    lua_getfield(L, t, key);
    const char *s = NULL;
    if (!lua_isnil(L, -1)) {
        if (lua_type(L, -1) != LUA_TSTRING)
            luaL_error(L, "report: field '%s' must be a string", key);
        s = lua_tostring(L, -1);
    }
    lua_pop(L, 1);
    return s;
}

/* A fix of bytes [from, to] (1-based, inclusive) of text reference ref: kept only when those
 * bytes are contiguous in the source (a fix never spans a joined line break). */
static int map_fix(const run_state *run, lua_Integer ref, lua_Integer from, lua_Integer to, const char *text,
                   bl_fix *out)
{
    if (ref < 1 || (lua_Unsigned)ref > run->refs->count)
        return 0;
    const bl_text_ref *r = &run->refs->items[ref - 1];
    if (from < 1 || to < from || to > (lua_Integer)r->len)
        return 0;
    uint32_t start = bl_text_source_offset(r->text, r->base + (uint32_t)from - 1);
    uint32_t last = bl_text_source_offset(r->text, r->base + (uint32_t)to - 1);
    if (last + 1 - start != (uint32_t)(to - from + 1))
        return 0;
    *out = (bl_fix){start, last + 1, text};
    return 1;
}

/* The fixes of a report: `fix = "text"` for the reported span, or `fixes = { {at, from, to, text}, … }`.
 * Returns how many were kept, in *out (malloc'd). */
static size_t read_fixes(lua_State *L, const run_state *run, lua_Integer ref, lua_Integer from, lua_Integer to,
                         bl_fix **out)
{
    *out = NULL;
    size_t n = 0;
    if (lua_getfield(L, 1, "fix") == LUA_TSTRING && ref > 0) {
        *out = malloc(sizeof **out);
        if (*out && map_fix(run, ref, from, to, lua_tostring(L, -1), *out))
            n = 1;
    }
    lua_pop(L, 1);
    if (n || lua_getfield(L, 1, "fixes") != LUA_TTABLE) {
        if (!n)
            lua_pop(L, 1);
        return n;
    }
    size_t count = lua_rawlen(L, -1);
    free(*out);
    *out = malloc((count ? count : 1) * sizeof **out);
    for (size_t i = 1; *out && i <= count; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i);
        if (lua_istable(L, -1)) {
            int item = lua_gettop(L);
            lua_getfield(L, item, "at");
            lua_Integer r = lua_istable(L, -1) ? opt_int_field(L, lua_gettop(L), "_ref", 0) : 0;
            lua_pop(L, 1);
            lua_Integer a = opt_int_field(L, item, "from", 0), b = opt_int_field(L, item, "to", 0);
            lua_getfield(L, item, "text");
            if (lua_type(L, -1) == LUA_TSTRING && map_fix(run, r, a, b, lua_tostring(L, -1), &(*out)[n]))
                n++;
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return n;
}

/* report{at = node, from = i, to = j, message = …, suggestion = …, severity = …}
 * or report{line = l, column = c, end_line = …, end_column = …, message = …} */
static int lua_report(lua_State *L)
{
    run_box *box = lua_touserdata(L, lua_upvalueindex(1));
    run_state *run = box->run;
    if (!run)
        return luaL_error(L, "report: called after its rule's check of the document finished");
    luaL_checktype(L, 1, LUA_TTABLE);
    bl_diagnostic d = {0};
    d.rule = run->rule->info.id;
    d.category = run->rule->info.category;
    d.severity = run->severity;
    d.message = opt_string_field(L, 1, "message");
    if (!d.message || !*d.message)
        return luaL_error(L, "report: 'message' is required");
    d.suggestion = opt_string_field(L, 1, "suggestion");
    const char *severity = opt_string_field(L, 1, "severity");
    if (severity && bl_severity_parse(severity, &d.severity) != BL_OK)
        return luaL_error(L, "report: severity '%s' must be error, warning or info", severity);

    lua_Integer fix_ref = 0, fix_from = 0, fix_to = 0;
    if (lua_getfield(L, 1, "at") == LUA_TNIL) { /* `node` is another name for `at` */
        lua_pop(L, 1);
        lua_getfield(L, 1, "node");
    }
    int at = lua_gettop(L);
    if (lua_istable(L, at)) {
        lua_Integer ref = opt_int_field(L, at, "_ref", 0);
        fix_ref = ref;
        lua_getfield(L, 1, "from");
        lua_getfield(L, 1, "to");
        int has_range = !lua_isnil(L, -1) || !lua_isnil(L, -2);
        lua_pop(L, 2);
        if (has_range) {
            if (ref < 1 || (lua_Unsigned)ref > run->refs->count)
                return luaL_error(L, "report: 'at' is not a text node of the document, so 'from'/'to' cannot be placed");
            const bl_text_ref *r = &run->refs->items[ref - 1];
            lua_Integer from = opt_int_field(L, 1, "from", 1);
            lua_Integer to = opt_int_field(L, 1, "to", (lua_Integer)r->len);
            if (from < 1 || to < from - 1 || to > (lua_Integer)r->len)
                return luaL_error(L, "report: range %d..%d is outside the node's text (1..%d)", (int)from,
                                  (int)to, (int)r->len);
            bl_span s = bl_document_span(run->doc, r->text, r->base + (uint32_t)from - 1, r->base + (uint32_t)to);
            fix_from = from;
            fix_to = to;
            d.line = s.line;
            d.column = s.col;
            d.end_line = s.end_line;
            d.end_column = s.end_col;
        } else {
            d.line = (uint32_t)opt_int_field(L, at, "line", 0);
            d.column = (uint32_t)opt_int_field(L, at, "column", 1);
            d.end_line = (uint32_t)opt_int_field(L, at, "end_line", d.line);
            d.end_column = (uint32_t)opt_int_field(L, at, "end_column", d.column + 1);
        }
    } else if (!lua_isnil(L, at)) {
        return luaL_error(L, "report: 'at' must be a node of the document");
    } else {
        d.line = (uint32_t)opt_int_field(L, 1, "line", 0);
        d.column = (uint32_t)opt_int_field(L, 1, "column", 1);
        d.end_line = (uint32_t)opt_int_field(L, 1, "end_line", d.line);
        d.end_column = (uint32_t)opt_int_field(L, 1, "end_column", d.column + 1);
    }
    if (d.line < 1 || d.column < 1)
        return luaL_error(L, "report: needs at = node, or line and column (1-based)");
    if (run->reported >= MAX_FINDINGS_PER_RULE) {
        run->dropped++;
        return 0;
    }
    bl_fix *fixes;
    d.fix_count = read_fixes(L, run, fix_ref, fix_from, fix_to, &fixes);
    d.fixes = fixes;
    run->reported++;
    if (bl_report_add(run->report, &d) != BL_OK)
        run->nomem = 1;
    free(fixes);
    d.fixes = NULL;
    d.fix_count = 0;
    run->last = d;
    return 0;
}

static int is_selected(const char *id, const char *const *only, size_t only_count)
{
    if (!only)
        return 1;
    for (size_t i = 0; i < only_count; i++)
        if (strcmp(only[i], id) == 0)
            return 1;
    return 0;
}

/* The message of a rule's failure: its error, or which limit it ran into, where. */
static void failure_message(const bl_rule *rule, int status, const bl_sandbox *sb, bl_exhaustion exhausted,
                            const char *msg, bl_limits limits, char *buffer, size_t size)
{
    if (exhausted == BL_OUT_OF_MEMORY || (exhausted == BL_NOT_EXHAUSTED && status == LUA_ERRMEM)) {
        if (sb->where[0])
            snprintf(buffer, size, "%s memory cap of %zu MiB exceeded", sb->where, limits.memory >> 20);
        else
            snprintf(buffer, size, "%s: memory cap of %zu MiB exceeded", rule->info.path, limits.memory >> 20);
    } else if (exhausted == BL_OUT_OF_INSTRUCTIONS) {
        snprintf(buffer, size, "%s instruction budget exceeded (budget: %llu instructions)",
                 sb->where[0] ? sb->where : rule->info.path, (unsigned long long)limits.instructions);
    } else if (exhausted == BL_OUT_OF_TIME) {
        snprintf(buffer, size, "%s time limit exceeded (%.1f s of CPU time)", sb->where[0] ? sb->where : rule->info.path,
                 (double)limits.nanoseconds / 1e9);
    } else {
        snprintf(buffer, size, "%s", msg ? msg : "error");
    }
}

/* The findings a rule could not list: one more, at its last one, says how many. */
static void note_dropped(run_state *run)
{
    char message[160];
    snprintf(message, sizeof message, "另有%u处同类问题未列出（每条规则每个文件最多列出%d处）", run->dropped,
             MAX_FINDINGS_PER_RULE);
    bl_diagnostic more = run->last;
    more.severity = BL_SEVERITY_INFO;
    more.message = message;
    more.suggestion = NULL;
    if (bl_report_add(run->report, &more) != BL_OK)
        run->nomem = 1;
}

static uint64_t nanoseconds_since(const struct timespec *started)
{
    struct timespec ended;
    clock_gettime(CLOCK_MONOTONIC, &ended);
    return (uint64_t)(ended.tv_sec - started->tv_sec) * 1000000000u + (uint64_t)(ended.tv_nsec - started->tv_nsec);
}

/* Runs one rule, as the configuration sets it for the file at place, with check(doc, report, options):
 * doc is the model at the stack index doc_index. */
static void run_rule(run_state *run, bl_sandbox *sb, bl_rule *rule, const bl_config_place *place,
                     const bl_run_options *opts, int doc_index)
{
    lua_State *L = sb->L;
    /* each rule gets a report() of its own, dead once the rule is done: one kept by a rule (in a
     * shared module, say) and called by another later cannot credit findings to the wrong rule */
    run_box *box = lua_newuserdatauv(L, sizeof *box, 0);
    box->run = run;
    lua_pushcclosure(L, lua_report, 1);
    int report_index = lua_gettop(L);
    struct timespec started;
    clock_gettime(CLOCK_MONOTONIC, &started);
    run->rule = rule;
    run->reported = run->dropped = 0;
    lua_rawgeti(L, LUA_REGISTRYINDEX, rule->ref);
    int rule_index = lua_gettop(L), enabled;
    lua_getfield(L, rule_index, "check");
    lua_pushvalue(L, doc_index);
    lua_pushvalue(L, report_index);
    bl_config_settings(sb, opts->config, place, rule, rule_index, &enabled, &run->severity);
    if (!enabled) {
        box->run = NULL;
        lua_settop(L, report_index - 1);
        return;
    }
    bl_sandbox_arm(sb, opts->limits);
    int status = bl_sandbox_pcall(sb, 3, 0);
    bl_exhaustion exhausted = sb->exhausted;
    box->run = NULL;
    if (status != LUA_OK) {
        char buffer[1024];
        failure_message(rule, status, sb, exhausted, lua_tostring(L, -1), opts->limits, buffer, sizeof buffer);
        if (bl_report_add_failure(run->report, rule->info.id, buffer) != BL_OK)
            run->nomem = 1;
        lua_pop(L, 1);
    }
    bl_sandbox_disarm(sb);
    lua_settop(L, report_index - 1); /* the rule table, report */
    rule->stats.nanoseconds += nanoseconds_since(&started);
    rule->stats.findings += run->reported + run->dropped;
    rule->stats.documents++;
    if (run->dropped)
        note_dropped(run);
}

int bl_rules_run(bl_ruleset *set, bl_sandbox *sb, const bl_lua_model *model, const char *path,
                 const bl_run_options *opts, bl_report *report)
{
    lua_State *L = sb->L;
    run_state run = {.doc = model->doc, .refs = &model->refs, .report = report};
    int top = lua_gettop(L);
    char resolved[PATH_MAX];
    bl_config_place place;
    bl_config_place_of(&place, opts->config, path, resolved);
    for (size_t i = 0; i < set->count && !run.nomem; i++)
        if (is_selected(set->items[i].info.id, opts->only, opts->only_count) &&
            (!set->items[i].kinds || (set->items[i].kinds & (1u << model->doc->kind))) &&
            (!set->items[i].scope || bl_config_has_rule_dir(opts->config, set->items[i].scope)))
            run_rule(&run, sb, &set->items[i], &place, opts, model->index);
    lua_settop(L, top);
    return run.nomem ? BL_ERR_NOMEM : BL_OK;
}
