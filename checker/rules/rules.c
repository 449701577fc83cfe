/* rules.c - rule files: loading, metadata validation, running. */
#include "rules.h"

#include <dirent.h>
#include <errno.h>
#include <lauxlib.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "config.h"
#include "files.h"
#include "lua_doc.h"
#include "precompiled.h"

static const char *const categories[] = {"encoding", "structure", "numbering", "required-step",
                                         "arithmetic", "percentage", "date", "consistency",
                                         "punctuation", "wording"};
static const char *const rule_fields[] = {"id", "category", "severity", "summary", "explain",
                                          "options", "kinds", "check"};

int bl_category_is_known(const char *category)
{
    for (size_t i = 0; i < sizeof categories / sizeof *categories; i++)
        if (strcmp(categories[i], category) == 0)
            return 1;
    return 0;
}

static int fail(bl_error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(bl_error *err, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return BL_ERR_RULES;
}

/* The line of the first `key =` in a rule file, for pointing at a bad field; 1 if not found. */
static int field_line(const char *text, size_t len, const char *key)
{
    size_t klen = strlen(key);
    int line = 1;
    for (size_t i = 0; i < len; i++) {
        size_t j = i;
        while (j < len && (text[j] == ' ' || text[j] == '\t'))
            j++;
        if (j + klen < len && memcmp(text + j, key, klen) == 0) {
            size_t k = j + klen;
            while (k < len && (text[k] == ' ' || text[k] == '\t'))
                k++;
            if (k < len && text[k] == '=' && (k + 1 >= len || text[k + 1] != '='))
                return line;
        }
        while (i < len && text[i] != '\n')
            i++;
        line++;
    }
    return 1;
}

/* Runs the chunk on top of the stack in a fresh sandbox environment; leaves its result. */
static int run_chunk(bl_sandbox *sb, const char *path, const char *text, size_t len, bl_error *err)
{
    lua_State *L = sb->L;
    char chunkname[1024];
    snprintf(chunkname, sizeof chunkname, "@%s", path);
    if (bl_precompiled_load(L, path, text, len) != LUA_OK &&
        luaL_loadbufferx(L, text, len, chunkname, "t") != LUA_OK) {
        fail(err, "%s", lua_tostring(L, -1));
        lua_pop(L, 1);
        return BL_ERR_RULES;
    }
    bl_sandbox_push_env(sb, path);
    lua_setupvalue(L, -2, 1);
    bl_sandbox_arm(sb, BL_DEFAULT_INSTRUCTION_BUDGET, BL_DEFAULT_MEMORY_CAP);
    int status = bl_sandbox_pcall(sb, 0, 1);
    bl_sandbox_disarm(sb);
    if (status != LUA_OK) {
        fail(err, "%s", lua_tostring(L, -1));
        lua_pop(L, 1);
        return BL_ERR_RULES;
    }
    return BL_OK;
}

/* Reads the file at path and runs it in a fresh environment; leaves its result on the stack. When
 * text is not NULL it receives the file's text (the caller frees it), for pointing at lines. */
static int load_file(bl_sandbox *sb, const char *path, char **text, size_t *len, bl_error *err)
{
    size_t n;
    char *bytes = bl_read_file(path, &n);
    if (!bytes)
        return fail(err, "%s: cannot read: %s", path, strerror(errno));
    int status = run_chunk(sb, path, bytes, n, err);
    if (text && status == BL_OK) {
        *text = bytes;
        *len = n;
    } else {
        free(bytes);
    }
    return status;
}

static const char *string_field(lua_State *L, int table, const char *key)
{
    lua_getfield(L, table, key);
    const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    lua_pop(L, 1); /* the string stays referenced by the table */
    return s;
}

static int valid_id(const char *id, const char *category)
{
    size_t clen = strlen(category);
    if (strncmp(id, category, clen) != 0 || id[clen] != '.' || !id[clen + 1])
        return 0;
    for (const char *p = id + clen + 1; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
            return 0;
    return 1;
}

/* Checks the rule table on top of the stack; fills rule. */
/* The kinds of text a rule applies to (rule field kinds = {"bulletin"}), as a set of 1 << bl_doc_kind;
 * 0 (no field) for every kind. */
static int read_kinds(lua_State *L, int t, unsigned *kinds)
{
    *kinds = 0;
    int type = lua_getfield(L, t, "kinds");
    int status = BL_OK;
    if (type == LUA_TTABLE) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n && status == BL_OK; i++) {
            lua_rawgeti(L, -1, i);
            const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
            int known = 0;
            for (int k = BL_DOC_TEXT; k <= BL_DOC_REPORT; k++)
                if (strcmp(name, bl_doc_kind_name((bl_doc_kind)k)) == 0) {
                    *kinds |= 1u << k;
                    known = 1;
                }
            status = known ? BL_OK : BL_ERR_RULES;
            lua_pop(L, 1);
        }
        if (n == 0)
            status = BL_ERR_RULES;
    } else if (type != LUA_TNIL) {
        status = BL_ERR_RULES;
    }
    lua_pop(L, 1);
    return status;
}

static int validate(lua_State *L, const char *path, const char *text, size_t len, bl_rule *rule,
                    bl_arena *arena, bl_error *err)
{
    int t = lua_gettop(L);
    if (!lua_istable(L, t))
        return fail(err, "%s: a rule file must return its rule table (got %s)", path, luaL_typename(L, t));
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        const char *key = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        int known = 0;
        for (size_t i = 0; key && i < sizeof rule_fields / sizeof *rule_fields; i++)
            known |= strcmp(key, rule_fields[i]) == 0;
        if (!known) {
            const char *shown = key ? key : "(not a name)";
            int line = key ? field_line(text, len, key) : 1;
            lua_pop(L, 1);
            return fail(err, "%s:%d: unknown rule field '%s' (fields are id, category, severity, "
                        "summary, explain, options, kinds, check)", path, line, shown);
        }
    }
    static const char *const required[] = {"id", "category", "severity", "summary"};
    for (size_t i = 0; i < sizeof required / sizeof *required; i++)
        if (!string_field(L, t, required[i]))
            return fail(err, "%s:%d: rule field '%s' must be a string", path,
                        field_line(text, len, required[i]), required[i]);
    const char *id = string_field(L, t, "id"), *category = string_field(L, t, "category");
    const char *severity = string_field(L, t, "severity");
    if (!bl_category_is_known(category))
        return fail(err, "%s:%d: unknown category '%s' (one of encoding, structure, numbering, "
                    "required-step, arithmetic, percentage, date, consistency, punctuation, wording)",
                    path, field_line(text, len, "category"), category);
    if (!valid_id(id, category))
        return fail(err, "%s:%d: rule id '%s' must be '%s.' followed by lower-case words joined by '-'",
                    path, field_line(text, len, "id"), id, category);
    if (bl_severity_parse(severity, &rule->info.severity) != BL_OK)
        return fail(err, "%s:%d: severity '%s' must be error, warning or info", path,
                    field_line(text, len, "severity"), severity);
    lua_getfield(L, t, "check");
    int has_check = lua_isfunction(L, -1);
    lua_pop(L, 1);
    if (!has_check)
        return fail(err, "%s:%d: rule field 'check' must be a function check(doc, report, options)",
                    path, field_line(text, len, "check"));
    lua_getfield(L, t, "explain");
    int explain_ok = lua_isnil(L, -1) || lua_type(L, -1) == LUA_TSTRING;
    lua_pop(L, 1);
    if (!explain_ok)
        return fail(err, "%s:%d: rule field 'explain' must be a string", path, field_line(text, len, "explain"));
    lua_getfield(L, t, "options");
    int options_ok = lua_isnil(L, -1) || lua_istable(L, -1);
    lua_pop(L, 1);
    if (!options_ok)
        return fail(err, "%s:%d: rule field 'options' must be a table of option defaults", path,
                    field_line(text, len, "options"));
    if (read_kinds(L, t, &rule->kinds) != BL_OK)
        return fail(err, "%s:%d: rule field 'kinds' must be a list of bulletin, report, text", path,
                    field_line(text, len, "kinds"));
    const char *explain = string_field(L, t, "explain");
    rule->info.id = bl_arena_strndup(arena, id, strlen(id));
    rule->info.category = bl_arena_strndup(arena, category, strlen(category));
    rule->info.summary = bl_arena_strndup(arena, string_field(L, t, "summary"), strlen(string_field(L, t, "summary")));
    rule->info.explanation = explain ? bl_arena_strndup(arena, explain, strlen(explain)) : NULL;
    rule->info.path = bl_arena_strndup(arena, path, strlen(path));
    if (!rule->info.id || !rule->info.category || !rule->info.summary || !rule->info.path)
        return BL_ERR_NOMEM;
    return BL_OK;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names of the entries of dir that end with suffix ("" for directories). */
static char **list_dir(const char *dir, const char *suffix, int want_dirs, size_t *count)
{
    DIR *d = opendir(dir);
    *count = 0;
    if (!d)
        return NULL;
    size_t cap = 16;
    char **names = malloc(cap * sizeof *names);
    struct dirent *e;
    while (names && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0 || (want_dirs ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode)))
            continue;
        size_t n = strlen(e->d_name), s = strlen(suffix);
        if (n < s || strcmp(e->d_name + n - s, suffix) != 0)
            continue;
        if (*count == cap) {
            char **grown = realloc(names, cap * 2 * sizeof *names);
            if (!grown)
                break;
            names = grown;
            cap *= 2;
        }
        names[(*count)++] = strdup(e->d_name);
    }
    closedir(d);
    if (names)
        qsort(names, *count, sizeof *names, compare_names);
    return names;
}

static void free_names(char **names, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
}

static int load_modules(bl_sandbox *sb, const char *dir, bl_error *err)
{
    char libdir[4096];
    snprintf(libdir, sizeof libdir, "%s/lib", dir);
    size_t count;
    char **names = list_dir(libdir, ".lua", 0, &count);
    int status = BL_OK;
    for (size_t i = 0; status == BL_OK && i < count; i++) {
        char path[4096 + 256];
        snprintf(path, sizeof path, "%s/%s", libdir, names[i]);
        status = load_file(sb, path, NULL, NULL, err);
        if (status == BL_OK) {
            if (lua_istable(sb->L, -1))
                bl_sandbox_freeze(sb);
            names[i][strlen(names[i]) - 4] = '\0';
            bl_sandbox_add_module(sb, names[i]);
        }
    }
    free_names(names, count);
    return status;
}

static int add_rule(bl_ruleset *set, bl_sandbox *sb, bl_rule *rule, size_t first_of_dir, bl_error *err)
{
    for (size_t i = 0; i < set->count; i++) {
        if (strcmp(set->items[i].info.id, rule->info.id) != 0)
            continue;
        if (i >= first_of_dir)
            return fail(err, "%s: rule id '%s' is already used by %s", rule->info.path, rule->info.id,
                        set->items[i].info.path);
        luaL_unref(sb->L, LUA_REGISTRYINDEX, set->items[i].ref);
        set->items[i] = *rule; /* a later directory overrides */
        return BL_OK;
    }
    if (set->count == set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 32;
        bl_rule *grown = realloc(set->items, cap * sizeof *grown);
        if (!grown)
            return BL_ERR_NOMEM;
        set->items = grown;
        set->cap = cap;
    }
    set->items[set->count++] = *rule;
    return BL_OK;
}

int bl_rules_load_dir(bl_ruleset *set, bl_sandbox *sb, const char *dir, bl_error *err)
{
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return fail(err, "%s: not a rule directory (%s)", dir, stat(dir, &st) ? strerror(errno) : "not a directory");
    int status = load_modules(sb, dir, err);
    if (status)
        return status;
    size_t stray_count; /* a rule file outside a category folder would never run: say so */
    char **stray = list_dir(dir, ".lua", 0, &stray_count);
    if (stray_count)
        status = fail(err, "%s/%s: a rule file belongs in the folder of its category (%s/<category>/%s); "
                           "shared code goes in %s/lib/", dir, stray[0], dir, stray[0], dir);
    free_names(stray, stray_count);
    if (status)
        return status;
    size_t first_of_dir = set->count, ncat;
    char **cats = list_dir(dir, "", 1, &ncat);
    for (size_t c = 0; status == BL_OK && c < ncat; c++) {
        if (strcmp(cats[c], "lib") == 0)
            continue;
        char catdir[4096];
        snprintf(catdir, sizeof catdir, "%s/%s", dir, cats[c]);
        size_t nfiles;
        char **files = list_dir(catdir, ".lua", 0, &nfiles);
        for (size_t f = 0; status == BL_OK && f < nfiles; f++) {
            char path[4096 + 256];
            snprintf(path, sizeof path, "%s/%s", catdir, files[f]);
            size_t len = 0;
            char *text = NULL;
            status = load_file(sb, path, &text, &len, err);
            bl_rule rule = {0};
            if (status == BL_OK) {
                status = validate(sb->L, path, text, len, &rule, &set->arena, err);
                if (status == BL_OK && strcmp(rule.info.category, cats[c]) != 0)
                    status = fail(err, "%s:%d: category '%s' does not match the rule's folder '%s'", path,
                                  field_line(text, len, "category"), rule.info.category, cats[c]);
                if (status == BL_OK) {
                    rule.ref = luaL_ref(sb->L, LUA_REGISTRYINDEX);
                    status = add_rule(set, sb, &rule, first_of_dir, err);
                } else {
                    lua_pop(sb->L, 1);
                }
            }
            free(text);
        }
        free_names(files, nfiles);
    }
    free_names(cats, ncat);
    return status;
}

static int compare_rules(const void *a, const void *b)
{
    return strcmp(((const bl_rule *)a)->info.id, ((const bl_rule *)b)->info.id);
}

void bl_rules_sort(bl_ruleset *set)
{
    if (set->count > 1)
        qsort(set->items, set->count, sizeof *set->items, compare_rules);
}

void bl_rules_release(bl_ruleset *set, bl_sandbox *sb)
{
    for (size_t i = 0; sb && i < set->count; i++)
        luaL_unref(sb->L, LUA_REGISTRYINDEX, set->items[i].ref);
    free(set->items);
    bl_arena_free(&set->arena);
    memset(set, 0, sizeof *set);
}

/* ------------------------------------------------------------------ running */

/* A rule lists at most this many findings per document; the rest are counted in one more. */
#define MAX_FINDINGS_PER_RULE 200

typedef struct run_state {
    const bl_document *doc;
    const bl_rule *rule;
    bl_text_refs refs;
    bl_report *report;
    int nomem;
    uint32_t reported, dropped;   /* by the running rule */
    bl_severity severity;         /* its severity, as configured */
    bl_diagnostic last;           /* its last finding listed */
} run_state;

typedef struct run_box {
    run_state *run;   /* NULL once the document is done: a stashed report() must not write */
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
    if (ref < 1 || (lua_Unsigned)ref > run->refs.count)
        return 0;
    const bl_text_ref *r = &run->refs.items[ref - 1];
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
        return luaL_error(L, "report: called after the check of its document finished");
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
            if (ref < 1 || (lua_Unsigned)ref > run->refs.count)
                return luaL_error(L, "report: 'at' is not a text node of the document, so 'from'/'to' cannot be placed");
            const bl_text_ref *r = &run->refs.items[ref - 1];
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

/* doc.locate(node, i) → line, column of byte i (1-based) of node.text in the original file. */
static int lua_locate(lua_State *L)
{
    run_box *box = lua_touserdata(L, lua_upvalueindex(1));
    run_state *run = box->run;
    if (!run)
        return luaL_error(L, "locate: called after the check of its document finished");
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer i = luaL_checkinteger(L, 2);
    lua_Integer ref = opt_int_field(L, 1, "_ref", 0);
    if (ref < 1 || (lua_Unsigned)ref > run->refs.count)
        return luaL_error(L, "locate: not a text node of the document");
    const bl_text_ref *r = &run->refs.items[ref - 1];
    if (i < 1 || i > (lua_Integer)r->len + 1)
        return luaL_error(L, "locate: byte %d is outside the node's text (1..%d)", (int)i, (int)r->len);
    bl_span s = bl_document_span(run->doc, r->text, r->base + (uint32_t)i - 1, r->base + (uint32_t)i - 1);
    lua_pushinteger(L, s.line);
    lua_pushinteger(L, s.col);
    return 2;
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

int bl_rules_run(bl_ruleset *set, bl_sandbox *sb, const bl_document *doc, const char *path,
                 const char *const *only, size_t only_count, const bl_config *config, bl_run_limits limits,
                 bl_report *report)
{
    lua_State *L = sb->L;
    run_state run = {.doc = doc, .report = report};
    int top = lua_gettop(L);
    char resolved[PATH_MAX];
    const char *rel = bl_config_relative_path(config, path, resolved);
    run_box *box = lua_newuserdatauv(L, sizeof *box, 0);
    box->run = &run;
    int box_index = lua_gettop(L);
    lua_pushvalue(L, box_index);
    lua_pushcclosure(L, lua_locate, 1);
    bl_model_box *model;
    if (bl_lua_push_document(L, doc, path, -1, &run.refs, &model) != BL_OK) {
        lua_settop(L, top);
        bl_sandbox_forget_trusted(sb);
        bl_text_refs_release(&run.refs);
        return BL_ERR_NOMEM;
    }
    int doc_index = lua_gettop(L);
    lua_pushvalue(L, box_index);
    lua_pushcclosure(L, lua_report, 1);
    int report_index = lua_gettop(L);

    for (size_t i = 0; i < set->count && !run.nomem; i++) {
        bl_rule *rule = &set->items[i];
        if (!is_selected(rule->info.id, only, only_count) || (rule->kinds && !(rule->kinds & (1u << doc->kind))))
            continue;
        struct timespec started;
        clock_gettime(CLOCK_MONOTONIC, &started);
        run.rule = rule;
        run.reported = run.dropped = 0;
        lua_rawgeti(L, LUA_REGISTRYINDEX, rule->ref);
        int rule_index = lua_gettop(L), enabled;
        lua_getfield(L, rule_index, "check");
        lua_pushvalue(L, doc_index);
        lua_pushvalue(L, report_index);
        bl_config_settings(L, config, rel, rule, rule_index, &enabled, &run.severity);
        if (!enabled) {
            lua_settop(L, rule_index - 1);
            continue;
        }
        bl_sandbox_arm(sb, limits.instructions, limits.memory);
        int status = bl_sandbox_pcall(sb, 3, 0);
        bl_exhaustion exhausted = sb->exhausted;
        bl_sandbox_disarm(sb);
        if (status != LUA_OK) {
            const char *msg = lua_tostring(L, -1);
            char buffer[1024];
            if (exhausted == BL_OUT_OF_MEMORY || status == LUA_ERRMEM)
                snprintf(buffer, sizeof buffer, "%s: memory cap of %zu MiB exceeded", rule->info.path,
                         limits.memory >> 20);
            else if (exhausted == BL_OUT_OF_INSTRUCTIONS)
                snprintf(buffer, sizeof buffer, "%s (budget: %llu instructions)", msg ? msg : "",
                         (unsigned long long)limits.instructions);
            else
                snprintf(buffer, sizeof buffer, "%s", msg ? msg : "error");
            if (bl_report_add_failure(report, rule->info.id, buffer) != BL_OK)
                run.nomem = 1;
            lua_pop(L, 1);
        }
        lua_pop(L, 1); /* the rule table */
        struct timespec ended;
        clock_gettime(CLOCK_MONOTONIC, &ended);
        rule->stats.nanoseconds += (uint64_t)(ended.tv_sec - started.tv_sec) * 1000000000u +
                                   (uint64_t)(ended.tv_nsec - started.tv_nsec);
        rule->stats.findings += run.reported + run.dropped;
        rule->stats.documents++;
        if (run.dropped) {
            char message[160];
            snprintf(message, sizeof message, "另有%u处同类问题未列出（每条规则每个文件最多列出%d处）", run.dropped,
                     MAX_FINDINGS_PER_RULE);
            bl_diagnostic more = run.last;
            more.severity = BL_SEVERITY_INFO;
            more.message = message;
            more.suggestion = NULL;
            if (bl_report_add(report, &more) != BL_OK)
                run.nomem = 1;
        }
    }
    box->run = NULL;
    bl_lua_model_end(model);
    bl_sandbox_forget_trusted(sb);
    lua_settop(L, top);
    bl_text_refs_release(&run.refs);
    lua_gc(L, LUA_GCSTEP, 0);
    return run.nomem ? BL_ERR_NOMEM : BL_OK;
}
