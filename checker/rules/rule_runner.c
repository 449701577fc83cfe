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
#include "model_view.h"
#include "utf8.h"

/* A rule lists at most this many findings per document; the rest are counted in one more. */
#define MAX_FINDINGS_PER_RULE 200

#define MAX_TEXT_BYTES BL_MAX_TEXT_BYTES

/* Findings' texts: a message or suggestion is cut at MAX_TEXT_BYTES (report.c), and what one rule
 * reports on one document (messages, suggestions, fixes) may take FINDINGS_BYTES_BASE bytes and
 * FINDINGS_BYTES_PER_BYTE per byte of the document: memory outside the rule's cap, bounded. */
#define FINDINGS_BYTES_BASE (1u << 20)
#define FINDINGS_BYTES_PER_BYTE 4u
#define MAX_FIXES_PER_REPORT 100000

typedef struct run_state {
    const bl_document *doc;
    const bl_rule *rule;
    const bl_text_refs *refs;     /* the model's */
    bl_report *report;
    int nomem;
    uint32_t reported, dropped;   /* by the running rule */
    size_t bytes, byte_cap;       /* what its findings take, and may take */
    bl_severity severity;         /* its severity, as configured */
    bl_diagnostic last;           /* its last finding listed */
} run_state;

typedef struct run_box {
    run_state *run;   /* NULL once its rule is done: a stashed report() must not write */
} run_box;

/* report()'s upvalues: its box, the text nodes' metatable and the title's data (model). */
#define REPORT_BOX 1
#define REPORT_TEXT_META 2
#define REPORT_TITLE 3

/* Pushes field key of the table at t (absolute), read raw: report reads its argument's own fields,
 * for a metamethod could hand out a string that nothing else holds. Returns its type. */
static int raw_field(lua_State *L, int t, const char *key)
{
    lua_pushstring(L, key);
    return lua_rawget(L, t);
}

/* The integer field key of the table at t (absolute), dflt when absent; raw, or (for a node of the
 * model, where the position is worked out on first read) through the table's metatable. */
static lua_Integer int_field(lua_State *L, int t, const char *key, lua_Integer dflt, int raw)
{
    if (raw)
        raw_field(L, t, key);
    else
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

/* The string field key of the table at t (absolute), raw, or NULL; it stays held by the table. */
static const char *string_field(lua_State *L, int t, const char *key, size_t *len)
{
    const char *s = NULL;
    if (raw_field(L, t, key) != LUA_TNIL) {
        if (lua_type(L, -1) != LUA_TSTRING)
            luaL_error(L, "report: field '%s' must be a string", key);
        s = lua_tolstring(L, -1, len);
    }
    lua_pop(L, 1);
    return s;
}

/* Whether the value at index is a node of this document: a view of the model whose data is a text
 * node of it (its metatable the document's text nodes') or its title. Nothing else is: not a table
 * of the rule's own with a `_ref`, not a node kept from a document checked before. When it is, its
 * data is left on the stack. */
static int push_node_data(lua_State *L, int index)
{
    if (!bl_model_view_data(L, index))
        return 0;
    int node = lua_rawequal(L, -1, lua_upvalueindex(REPORT_TITLE));
    if (!node && lua_getmetatable(L, -1)) {
        node = lua_rawequal(L, -1, lua_upvalueindex(REPORT_TEXT_META));
        lua_pop(L, 1);
    }
    if (!node)
        lua_pop(L, 1);
    return node;
}

/* The text reference of a node's data (on top of the stack), 0 for the title. */
static lua_Integer node_ref(lua_State *L, const run_state *run)
{
    lua_Integer ref = int_field(L, lua_gettop(L), "_ref", 0, 1);
    return ref >= 1 && (lua_Unsigned)ref <= run->refs->count ? ref : 0;
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

/* Counts bytes more of the running rule's findings, failing the rule past its share. */
static void count_bytes(lua_State *L, run_state *run, size_t bytes)
{
    run->bytes += bytes;
    if (run->bytes > run->byte_cap)
        luaL_error(L, "report: this rule's findings in this file take more than %I bytes (messages, "
                      "suggestions and fixes)", (lua_Integer)run->byte_cap);
}

/* A fix's text must be valid UTF-8 without line breaks or other control characters: --fix writes
 * it into the file. */
static void check_fix_text(lua_State *L, const char *text, size_t len)
{
    if (bl_utf8_validate(text, len) != len)
        luaL_error(L, "report: a fix's text is not valid UTF-8");
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)text[i] < 0x20 || text[i] == 0x7F)
            luaL_error(L, "report: a fix's text may not hold line breaks or other control characters");
}

/* The list `key` of the report (fixes, places): NULL when there is none; else room for its *count
 * items of item_size bytes, in a userdata left below the list, which is left on top (the caller
 * pops the list when done; the userdata is collected with the stack). */
static void *open_list(lua_State *L, run_state *run, const char *key, size_t item_size, size_t *count)
{
    if (raw_field(L, 1, key) != LUA_TTABLE) {
        lua_pop(L, 1);
        return NULL;
    }
    int list = lua_gettop(L);
    *count = lua_rawlen(L, list);
    if (*count > MAX_FIXES_PER_REPORT)
        luaL_error(L, "report: more than %d %s in one finding", MAX_FIXES_PER_REPORT, key);
    count_bytes(L, run, *count * item_size);
    void *room = lua_newuserdatauv(L, (*count ? *count : 1) * item_size, 0);
    lua_insert(L, list);
    return room;
}

/* The node last read in a report's list and its text reference: the items of a list mostly share
 * their node, which need not be checked again (the list holds it, so its address names it). */
typedef struct last_node {
    const void *at;
    lua_Integer ref;
} last_node;

/* The node (its ref) and bytes [*from, *to] of item i of a report's list of spans (`fixes`, `places`):
 * `{at = node, from = i, to = j}`. */
static lua_Integer item_span(lua_State *L, run_state *run, int item, const char *list, size_t i, lua_Integer *from,
                             lua_Integer *to, last_node *last)
{
    raw_field(L, item, "at");
    const void *at = lua_topointer(L, -1);
    lua_Integer r;
    if (at && at == last->at) {
        r = last->ref;
        lua_pop(L, 1);
    } else {
        if (!push_node_data(L, lua_gettop(L)))
            luaL_error(L, "report: %s[%d].at is not a text node of this document", list, (int)i);
        r = node_ref(L, run);
        lua_pop(L, 2);
        *last = (last_node){at, r};
    }
    *from = int_field(L, item, "from", 0, 1);
    *to = int_field(L, item, "to", 0, 1);
    return r;
}

/* The fixes of a report: `fix = "text"` for the reported span, or `fixes = { {at, from, to, text}, … }`
 * (`fix` for `text` too).
 * Returns how many were kept, in *out (in a userdata pushed on the stack, collected with it);
 * *every_item sets whether the list was read and each of its items had a text. */
static size_t read_fixes(lua_State *L, run_state *run, lua_Integer ref, lua_Integer from, lua_Integer to,
                         bl_fix **out, int *every_item)
{
    *every_item = 0;
    size_t len;
    const char *text = string_field(L, 1, "fix", &len);
    if (text && ref > 0) {
        check_fix_text(L, text, len);
        count_bytes(L, run, sizeof **out + len + 1);
        *out = lua_newuserdatauv(L, sizeof **out, 0);
        if (map_fix(run, ref, from, to, text, *out))
            return 1;
        lua_pop(L, 1);
    }
    size_t count;
    *out = open_list(L, run, "fixes", sizeof **out, &count);
    if (!*out)
        return 0;
    int list = lua_gettop(L);
    size_t n = 0;
    *every_item = 1;
    last_node last = {NULL, 0};
    for (size_t i = 1; i <= count; i++) {
        if (lua_rawgeti(L, list, (lua_Integer)i) == LUA_TTABLE) {
            int item = lua_gettop(L);
            lua_Integer a, b, r = item_span(L, run, item, "fixes", i, &a, &b, &last);
            const char *fix_text = string_field(L, item, "text", &len);
            if (!fix_text) /* or `fix`, as the places of text.report_places have it */
                fix_text = string_field(L, item, "fix", &len);
            *every_item &= fix_text != NULL;
            if (fix_text) {
                check_fix_text(L, fix_text, len);
                lua_Integer node_len = r >= 1 ? (lua_Integer)run->refs->items[r - 1].len : 0;
                if (a < 1 || b < a || b > node_len)
                    luaL_error(L, "report: fixes[%d] (from %I to %I) is outside its node (bytes 1 to %I)", (int)i, a,
                               b, node_len);
                count_bytes(L, run, len + 1);
                if (map_fix(run, r, a, b, fix_text, &(*out)[n]))
                    n++;
            }
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1); /* the list */
    return n;
}

/* Whether fields a and b of the report are the same table. */
static int same_table(lua_State *L, const char *a, const char *b)
{
    raw_field(L, 1, a);
    raw_field(L, 1, b);
    int same = lua_istable(L, -1) && lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    return same;
}

/* The places of a report whose `places` is its list of `fixes` and each item had a text: the spans
 * of the fixes kept, as read_places would find them (the items failed or kept alike), charged as
 * read_places charges. Returns how many, in *out (in a userdata pushed on the stack). */
static size_t places_of_fixes(lua_State *L, run_state *run, const bl_fix *fixes, size_t fix_count, bl_place **out)
{
    size_t count;
    *out = open_list(L, run, "places", sizeof **out, &count);
    if (!*out)
        return 0;
    lua_pop(L, 1); /* the list */
    for (size_t i = 0; i < fix_count; i++)
        (*out)[i] = (bl_place){fixes[i].start, fixes[i].end};
    return fix_count;
}

/* The places a summary counts: `places = { {at, from, to}, … }` (at most as many as fixes). Returns
 * how many were kept, in *out (in a userdata pushed on the stack, collected with it). */
static size_t read_places(lua_State *L, run_state *run, bl_place **out)
{
    size_t count;
    *out = open_list(L, run, "places", sizeof **out, &count);
    if (!*out)
        return 0;
    int list = lua_gettop(L);
    size_t n = 0;
    last_node last = {NULL, 0};
    for (size_t i = 1; i <= count; i++) {
        if (lua_rawgeti(L, list, (lua_Integer)i) == LUA_TTABLE) {
            lua_Integer a, b, r = item_span(L, run, lua_gettop(L), "places", i, &a, &b, &last);
            bl_fix spot;
            if (map_fix(run, r, a, b, "", &spot))
                (*out)[n++] = (bl_place){spot.start, spot.end};
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1); /* the list */
    return n;
}

/* The characters of line (1-based, in the file; the document may be some lines of it), for
 * checking columns. */
static uint32_t line_chars(const bl_document *doc, uint32_t line)
{
    const bl_source *src = &doc->source;
    if (line <= src->line_base || line - src->line_base > src->line_count)
        return 0;
    uint32_t len, start = bl_source_line(src, line - src->line_base, &len);
    return (uint32_t)bl_utf8_count(src->text + start, len);
}

/* Checks a position given by line and column (not by a node) against the document: its lines in the
 * file, 1 to its last when it is the whole file (or the one after it, column 1: the end), columns 1 to one past the line's last
 * character, the end not before the start (its column is cut to one past its line's end). */
static void check_position(lua_State *L, const bl_document *doc, lua_Integer line, lua_Integer column,
                           lua_Integer end_line, lua_Integer *end_column)
{
    lua_Integer first = (lua_Integer)doc->source.line_base + 1;
    lua_Integer lines = (lua_Integer)doc->source.line_base + (doc->source.line_count ? doc->source.line_count : 1);
    int past_end = line == lines + 1 && column == 1;
    if (line < first || (line > lines && !past_end)) {
        if (first == 1)
            luaL_error(L, "report: line %I is outside the file (lines 1 to %I)", line, lines);
        luaL_error(L, "report: line %I is outside the document (lines %I to %I of the file)", line, first, lines);
    }
    lua_Integer chars = past_end ? 0 : line_chars(doc, (uint32_t)line);
    if (column < 1 || column > chars + 1)
        luaL_error(L, "report: column %I is outside line %I (columns 1 to %I)", column, line, chars + 1);
    if (end_line < line || (end_line == line && *end_column < column))
        luaL_error(L, "report: the end (line %I, column %I) is before the start (line %I, column %I)", end_line,
                   *end_column, line, column);
    if (end_line > lines && !(end_line == lines + 1 && *end_column <= 1))
        luaL_error(L, "report: end_line %I is outside the %s (lines %I to %I)", end_line,
                   first == 1 ? "file" : "document", first, lines);
    lua_Integer end_chars = end_line > lines ? 0 : line_chars(doc, (uint32_t)end_line);
    if (*end_column > end_chars + 1)
        *end_column = end_chars + 1 > column || end_line > line ? end_chars + 1 : column;
}

/* report{at = node, from = i, to = j, message = …, suggestion = …, severity = …}
 * or report{line = l, column = c, end_line = …, end_column = …, message = …} */
static int lua_report(lua_State *L)
{
    run_box *box = lua_touserdata(L, lua_upvalueindex(REPORT_BOX));
    run_state *run = box->run;
    if (!run)
        return luaL_error(L, "report: called after its rule's check of the document finished");
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    bl_diagnostic d = {0};
    d.rule = run->rule->info.id;
    d.category = run->rule->info.category;
    d.severity = run->severity;
    size_t message_len = 0, suggestion_len = 0;
    d.message = string_field(L, 1, "message", &message_len);
    if (!d.message || !*d.message)
        return luaL_error(L, "report: 'message' is required");
    d.suggestion = string_field(L, 1, "suggestion", &suggestion_len);
    const char *severity = string_field(L, 1, "severity", NULL);
    if (severity && bl_severity_parse(severity, &d.severity) != BL_OK)
        return luaL_error(L, "report: severity '%s' must be error, warning or info", severity);

    lua_Integer fix_ref = 0, fix_from = 0, fix_to = 0;
    if (raw_field(L, 1, "at") == LUA_TNIL) { /* `node` is another name for `at` */
        lua_pop(L, 1);
        raw_field(L, 1, "node");
    }
    int at = lua_gettop(L);
    if (!lua_isnil(L, at)) {
        if (!push_node_data(L, at))
            return luaL_error(L, "report: 'at' is not a node of this document");
        int data = lua_gettop(L);
        lua_Integer ref = node_ref(L, run);
        fix_ref = ref;
        raw_field(L, 1, "from");
        raw_field(L, 1, "to");
        int has_range = !lua_isnil(L, -1) || !lua_isnil(L, -2);
        lua_pop(L, 2);
        if (has_range) {
            if (!ref)
                return luaL_error(L, "report: 'at' is not a text node of the document, so 'from'/'to' cannot be placed");
            const bl_text_ref *r = &run->refs->items[ref - 1];
            lua_Integer from = int_field(L, 1, "from", 1, 1);
            lua_Integer to = int_field(L, 1, "to", (lua_Integer)r->len, 1);
            if (from < 1 || to < from - 1 || to > (lua_Integer)r->len)
                return luaL_error(L, "report: range %I..%I is outside the node's text (1..%I)", from, to,
                                  (lua_Integer)r->len);
            bl_span s = bl_document_span(run->doc, r->text, r->base + (uint32_t)from - 1, r->base + (uint32_t)to);
            fix_from = from;
            fix_to = to;
            d.line = s.line;
            d.column = s.col;
            d.end_line = s.end_line;
            d.end_column = s.end_col;
        } else { /* the node's own span, worked out by the model */
            d.line = (uint32_t)int_field(L, data, "line", 1, 0);
            d.column = (uint32_t)int_field(L, data, "column", 1, 0);
            d.end_line = (uint32_t)int_field(L, data, "end_line", d.line, 0);
            d.end_column = (uint32_t)int_field(L, data, "end_column", d.column + 1, 0);
        }
    } else {
        lua_Integer line = int_field(L, 1, "line", 0, 1), column = int_field(L, 1, "column", 1, 1);
        if (line == 0)
            return luaL_error(L, "report: needs at = node, or line and column (1-based)");
        lua_Integer end_line = int_field(L, 1, "end_line", line, 1);
        lua_Integer end_column = int_field(L, 1, "end_column", column < LUA_MAXINTEGER ? column + 1 : column, 1);
        check_position(L, run->doc, line, column, end_line, &end_column);
        d.line = (uint32_t)line;
        d.column = (uint32_t)column;
        d.end_line = (uint32_t)end_line;
        d.end_column = (uint32_t)end_column;
    }
    if (run->reported >= MAX_FINDINGS_PER_RULE) {
        run->dropped++;
        return 0;
    }
    count_bytes(L, run, sizeof d + (message_len < MAX_TEXT_BYTES ? message_len : MAX_TEXT_BYTES) + 1 +
                            (suggestion_len < MAX_TEXT_BYTES ? suggestion_len : MAX_TEXT_BYTES) + 1);
    bl_fix *fixes;
    int every_item_fixed;
    d.fix_count = read_fixes(L, run, fix_ref, fix_from, fix_to, &fixes, &every_item_fixed);
    d.fixes = fixes;
    bl_place *places;
    d.place_count = every_item_fixed && same_table(L, "fixes", "places")
                        ? places_of_fixes(L, run, fixes, d.fix_count, &places) /* text.report_places */
                        : read_places(L, run, &places);
    d.places = places;
    run->reported++;
    if (bl_report_add(run->report, &d) != BL_OK)
        run->nomem = 1;
    d.fixes = NULL;
    d.fix_count = 0;
    d.places = NULL;
    d.place_count = 0;
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

/* fresh_check(chunk, doc, report, options): runs the rule file's chunk again and calls the check of the
 * rule table it returns. Every document gets its rule anew, so that nothing a rule keeps in its file's
 * locals or in its table (a count of documents, a cache) reaches the next document: the findings are
 * the same whichever documents a worker checked before (--jobs). */
static int fresh_check(lua_State *L)
{
    lua_pushvalue(L, 1);
    lua_call(L, 0, 1);
    if (lua_type(L, -1) != LUA_TTABLE)
        return luaL_error(L, "the rule file, run again for this document, did not return its rule table");
    if (lua_getfield(L, -1, "check") != LUA_TFUNCTION)
        return luaL_error(L, "the rule file, run again for this document, returned a rule without check");
    lua_replace(L, 1);
    lua_settop(L, 4);
    lua_call(L, 3, 0);
    return 0;
}

/* Calls the function at call_index with the nargs values above it (kept), first without the count hook
 * when the sandbox can watch the run instead (sandbox_watch.h); when that run's outcome might not be
 * what the count hook would have let it do, its findings are forgotten and it is done again under the
 * hook. Returns the status of the call that stands, with its error on the stack. */
static int call_rule(run_state *run, bl_sandbox *sb, int call_index, int nargs, const bl_limits *limits)
{
    lua_State *L = sb->L;
    size_t findings_before = run->report->diagnostic_count;
    if (bl_sandbox_arm_watched(sb, *limits)) {
        for (int i = 0; i <= nargs; i++)
            lua_pushvalue(L, call_index + i);
        int status = bl_sandbox_pcall(sb, nargs, 0);
        if (bl_sandbox_watched_run_stands(sb))
            return status;
        if (status != LUA_OK)
            lua_pop(L, 1);
        bl_report_forget(run->report, findings_before);
        run->reported = run->dropped = 0;
        run->bytes = 0;
        bl_sandbox_disarm(sb);
        bl_sandbox_arm(sb, *limits);
    }
    return bl_sandbox_pcall(sb, nargs, 0);
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
    lua_getiuservalue(L, doc_index - 1, 1); /* the model's box: the text nodes' metatable, the title */
    lua_getiuservalue(L, doc_index - 1, 2);
    lua_pushcclosure(L, lua_report, 3);
    int report_index = lua_gettop(L);
    struct timespec started;
    clock_gettime(CLOCK_MONOTONIC, &started);
    run->rule = rule;
    run->reported = run->dropped = 0;
    run->bytes = 0;
    run->byte_cap = FINDINGS_BYTES_BASE + (size_t)FINDINGS_BYTES_PER_BYTE * bl_source_bytes(&run->doc->source);
    lua_rawgeti(L, LUA_REGISTRYINDEX, rule->ref);
    int rule_index = lua_gettop(L), enabled;
    if (rule->chunk_ref != LUA_NOREF) {
        lua_pushcfunction(L, fresh_check);
        lua_rawgeti(L, LUA_REGISTRYINDEX, rule->chunk_ref);
    } else {
        lua_getfield(L, rule_index, "check");
    }
    int nargs = rule->chunk_ref != LUA_NOREF ? 4 : 3;
    lua_pushvalue(L, doc_index);
    lua_pushvalue(L, report_index);
    bl_config_settings(sb, opts->config, place, rule, rule_index, &enabled, &run->severity);
    if (!enabled) {
        box->run = NULL;
        lua_settop(L, report_index - 1);
        return;
    }
    int status = call_rule(run, sb, rule_index + 1, nargs, &opts->limits);
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
    if (set->needs_rule_count != set->count) { /* rules were added (a configuration's) */
        bl_needs_index_release(&set->needs);
        if (bl_needs_index_build(&set->needs, set->items, set->count) != BL_OK)
            return BL_ERR_NOMEM;
        set->needs_rule_count = set->count;
    }
    uint64_t present = bl_needs_present(&set->needs, &model->refs);
    for (size_t i = 0; i < set->count && !run.nomem; i++) {
        bl_rule *rule = &set->items[i];
        if (!is_selected(rule->info.id, opts->only, opts->only_count) ||
            (rule->kinds && !(rule->kinds & (1u << model->doc->kind))) ||
            (rule->config_dir && !bl_config_has_rule_dir(opts->config, rule->config_dir)))
            continue;
        if (rule->need_mask && !(rule->need_mask & present)) {
            rule->stats.documents++; /* nothing it needs is in the text: it would find nothing */
            continue;
        }
        run_rule(&run, sb, rule, &place, opts, model->index);
    }
    lua_settop(L, top);
    return run.nomem ? BL_ERR_NOMEM : BL_OK;
}
