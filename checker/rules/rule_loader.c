/* rule_loader.c - rule files: loading them into the sandbox and validating their metadata. */
#include "rule_loader.h"

#include <errno.h>
#include <lauxlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "catalogue.h"
#include "document.h"
#include "files.h"
#include "array.h"
#include "precompiled.h"

#define MAX_RULE_FILE_BYTES (16u << 20)

static const char *const rule_fields[] = {"id", "category", "severity", "summary", "explain",
                                          "options", "kinds", "needs_text", "check"};

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

/* Runs the file's text in a fresh sandbox environment, requiring from scope; leaves its result. */
static int run_chunk(bl_sandbox *sb, const char *path, const char *text, size_t len, int scope, int *chunk_ref,
                     bl_error *err)
{
    lua_State *L = sb->L;
    char chunkname[1024];
    snprintf(chunkname, sizeof chunkname, "@%s", path);
    if (len && text[0] == LUA_SIGNATURE[0])
        return fail(err, "%s: a rule file must be Lua source text, not bytecode", path);
    if (bl_precompiled_load(L, path, text, len) != LUA_OK &&
        luaL_loadbufferx(L, text, len, chunkname, "t") != LUA_OK) {
        fail(err, "%s", lua_tostring(L, -1));
        lua_pop(L, 1);
        return BL_ERR_RULES;
    }
    bl_sandbox_push_env(sb, path, scope);
    lua_setupvalue(L, -2, 1);
    if (chunk_ref) { /* kept, to run again for each document */
        lua_pushvalue(L, -1);
        *chunk_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    bl_sandbox_arm(sb, (bl_limits){BL_DEFAULT_INSTRUCTION_BUDGET, BL_DEFAULT_MEMORY_CAP, BL_DEFAULT_TIME_LIMIT});
    int status = bl_sandbox_pcall(sb, 0, 1);
    bl_exhaustion exhausted = sb->exhausted;
    bl_sandbox_disarm(sb);
    if (status != LUA_OK) {
        if (exhausted == BL_OUT_OF_MEMORY || (exhausted == BL_NOT_EXHAUSTED && status == LUA_ERRMEM))
            fail(err, "%s%s memory cap of %u MiB exceeded while loading it", sb->where[0] ? sb->where : path,
                 sb->where[0] ? "" : ":", (unsigned)(BL_DEFAULT_MEMORY_CAP >> 20));
        else
            fail(err, "%s", lua_tostring(L, -1));
        lua_pop(L, 1);
        if (chunk_ref) {
            luaL_unref(L, LUA_REGISTRYINDEX, *chunk_ref);
            *chunk_ref = LUA_NOREF;
        }
        return BL_ERR_RULES;
    }
    return BL_OK;
}

/* Reads the file at path and runs it in a fresh environment; leaves its result on the stack. When
 * text is not NULL it receives the file's text (the caller frees it), for pointing at lines. */
/* Reads the rule file or module at path into *bytes (the caller frees it). */
static int read_rule_file(const char *path, char **bytes, size_t *n, bl_error *err)
{
    *bytes = bl_read_file(path, MAX_RULE_FILE_BYTES, n);
    if (!*bytes && errno == EFBIG)
        return fail(err, "%s: a rule file may have at most %u MiB; not loaded", path, MAX_RULE_FILE_BYTES >> 20);
    if (!*bytes)
        return fail(err, "%s: cannot read: %s", path, strerror(errno));
    return BL_OK;
}

static int load_file(bl_sandbox *sb, const char *path, int scope, char **text, size_t *len, int *chunk_ref,
                     bl_error *err)
{
    size_t n;
    char *bytes;
    if (read_rule_file(path, &bytes, &n, err) != BL_OK)
        return BL_ERR_RULES;
    int status = run_chunk(sb, path, bytes, n, scope, chunk_ref, err);
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

/* Whether the value at index is a table without a metatable. The engine reads the rule table, its
 * options and kinds outside the rule's limits: a metamethod there (__index, __len) would run
 * rule code with no budget. */
static int plain_table(lua_State *L, int index)
{
    if (!lua_istable(L, index) || !lua_getmetatable(L, index))
        return lua_istable(L, index);
    lua_pop(L, 1);
    return 0;
}

static int validate(lua_State *L, const char *path, const char *text, size_t len, bl_rule *rule,
                    bl_arena *arena, bl_error *err)
{
    int t = lua_gettop(L);
    if (!lua_istable(L, t))
        return fail(err, "%s: a rule file must return its rule table (got %s)", path, luaL_typename(L, t));
    if (!plain_table(L, t))
        return fail(err, "%s: the rule table must be a plain table (no metatable)", path);
    static const char *const plain_fields[] = {"options", "kinds", "needs_text"};
    for (size_t i = 0; i < sizeof plain_fields / sizeof *plain_fields; i++) {
        lua_getfield(L, t, plain_fields[i]);
        int bad = lua_istable(L, -1) && !plain_table(L, -1);
        lua_pop(L, 1);
        if (bad)
            return fail(err, "%s:%d: rule field '%s' must be a plain table (no metatable)", path,
                        field_line(text, len, plain_fields[i]), plain_fields[i]);
    }
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
                        "summary, explain, options, kinds, needs_text, check)", path, line, shown);
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
    int needs = bl_rule_needs_read(L, t, arena, &rule->needs, &rule->need_count);
    if (needs == BL_ERR_RULES)
        return fail(err, "%s:%d: rule field 'needs_text' must be a list of 1 to %d non-empty strings", path,
                    field_line(text, len, "needs_text"), BL_RULE_NEEDS_MAX);
    if (needs != BL_OK)
        return needs;
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

/* ---- modules, each loaded when it is first required ---- */

enum { MODULE_TEXT = 1, MODULE_PATH, MODULE_SCOPE, MODULE_NAME, MODULE_LOADING };

/* The loader of a module (its text, path, scope and name in the upvalues above, and whether it is
 * loading: false, true, or the error of a load that failed): runs the file under the limits of
 * loading a file, those of the rule that required it put aside, freezes what it returns (shared by
 * every rule: none may change it for another) and adds it to its scope; returns it. A module that
 * requires itself, through others or not, is an error; so is every require after a failed load. */
static int load_module(lua_State *L)
{
    bl_sandbox *sb = bl_sandbox_of(L);
    const char *path = lua_tostring(L, lua_upvalueindex(MODULE_PATH));
    if (lua_type(L, lua_upvalueindex(MODULE_LOADING)) == LUA_TSTRING) {
        lua_pushvalue(L, lua_upvalueindex(MODULE_LOADING));
        return lua_error(L);
    }
    if (lua_toboolean(L, lua_upvalueindex(MODULE_LOADING))) {
        lua_pushfstring(L, "%s: the module requires itself (through the modules it requires)", path);
        return lua_error(L);
    }
    lua_pushboolean(L, 1);
    lua_replace(L, lua_upvalueindex(MODULE_LOADING));
    size_t len;
    const char *text = lua_tolstring(L, lua_upvalueindex(MODULE_TEXT), &len);
    int scope = (int)lua_tointeger(L, lua_upvalueindex(MODULE_SCOPE));
    bl_sandbox_run saved;
    bl_sandbox_suspend(sb, &saved);
    bl_error err = {{0}};
    int status = run_chunk(sb, path, text, len, scope, NULL, &err);
    if (status == BL_OK) {
        bl_sandbox_freeze_module(sb);
        lua_pushvalue(L, -1);
        bl_sandbox_add_module(sb, scope, lua_tostring(L, lua_upvalueindex(MODULE_NAME)));
    }
    bl_sandbox_resume(sb, &saved);
    if (status != BL_OK) {
        lua_pushstring(L, err.message);
        lua_pushvalue(L, -1);
        lua_replace(L, lua_upvalueindex(MODULE_LOADING));
        return lua_error(L);
    }
    lua_pushboolean(L, 0);
    lua_replace(L, lua_upvalueindex(MODULE_LOADING));
    return 1;
}

/* Makes the module of file_name ("text.lua"), whose file at path holds text[0..len), requirable in
 * scope: it is loaded when first required. */
static void add_module(bl_sandbox *sb, int scope, const char *path, const char *file_name, const char *text,
                       size_t len)
{
    lua_State *L = sb->L;
    char name[256];
    snprintf(name, sizeof name, "%.*s", (int)(strlen(file_name) - 4), file_name); /* without ".lua" */
    lua_pushlstring(L, text, len);
    lua_pushstring(L, path);
    lua_pushinteger(L, scope);
    lua_pushstring(L, name);
    lua_pushboolean(L, 0);
    lua_pushcclosure(L, load_module, 5);
    bl_sandbox_add_loader(sb, scope, name);
}

/* Loads the module of file_name now, if no module loaded before required it. */
static int load_module_now(bl_sandbox *sb, int scope, const char *file_name, bl_error *err)
{
    char name[256];
    snprintf(name, sizeof name, "%.*s", (int)(strlen(file_name) - 4), file_name);
    int status = bl_sandbox_require(sb, scope, name) == LUA_OK ? BL_OK : fail(err, "%s", lua_tostring(sb->L, -1));
    lua_pop(sb->L, 1);
    return status;
}

/* Adds the modules of dir/lib to scope; with BL_MODULES_AT_ONCE loads them all now (in the order of
 * their names), so that an error in one is said before any file is checked. */
static int load_modules(bl_sandbox *sb, const char *dir, int scope, bl_module_loading when, bl_error *err)
{
    char libdir[4096];
    snprintf(libdir, sizeof libdir, "%s/lib", dir);
    size_t count;
    char **names;
    if (bl_list_dir(libdir, ".lua", 0, &names, &count))
        return BL_ERR_NOMEM;
    int status = BL_OK;
    for (size_t i = 0; status == BL_OK && i < count; i++) {
        char path[4096 + 256];
        snprintf(path, sizeof path, "%s/%s", libdir, names[i]);
        size_t len;
        char *text;
        status = read_rule_file(path, &text, &len, err);
        if (status == BL_OK)
            add_module(sb, scope, path, names[i], text, len);
        free(text);
    }
    for (size_t i = 0; status == BL_OK && when == BL_MODULES_AT_ONCE && i < count; i++)
        status = load_module_now(sb, scope, names[i], err);
    bl_free_names(names, count);
    return status;
}

/* Validates the rule that the file at path, whose text is text[0..len), left on the stack (status:
 * how running it went) and adds it to set; pops it. chunk_ref: the file's chunk kept to run again
 * for each document (LUA_NOREF for the built-in rules), released when the rule is not added. */
static int add_rule(bl_ruleset *set, bl_sandbox *sb, int status, const char *path, const char *text, size_t len,
                    const char *category, size_t first_of_dir, const char *config_dir, int module_scope,
                    int chunk_ref, bl_error *err)
{
    bl_rule rule = {.config_dir = config_dir, .module_scope = module_scope, .chunk_ref = chunk_ref};
    if (status == BL_OK) {
        status = validate(sb->L, path, text, len, &rule, &set->arena, err);
        if (status == BL_OK && strcmp(rule.info.category, category) != 0)
            status = fail(err, "%s:%d: category '%s' does not match the rule's folder '%s'", path,
                          field_line(text, len, "category"), rule.info.category, category);
        if (status == BL_OK) {
            rule.ref = luaL_ref(sb->L, LUA_REGISTRYINDEX);
            status = bl_ruleset_add(set, sb->L, &rule, first_of_dir, err);
        } else {
            lua_pop(sb->L, 1);
        }
    }
    if (status != BL_OK)
        luaL_unref(sb->L, LUA_REGISTRYINDEX, chunk_ref);
    return status;
}

/* Loads the rule file at path (in the folder of category) into set. The rules of the first
 * directory (the built-in ones) are reviewed to keep no state that changes findings (only caches);
 * the others' chunk is kept, to run again for each document. */
static int load_rule(bl_ruleset *set, bl_sandbox *sb, const char *path, const char *category, size_t first_of_dir,
                     const char *config_dir, int module_scope, bl_error *err)
{
    size_t len = 0;
    char *text = NULL;
    int chunk_ref = LUA_NOREF;
    int status = load_file(sb, path, module_scope, &text, &len, module_scope > 1 ? &chunk_ref : NULL, err);
    status = add_rule(set, sb, status, path, text, len, category, first_of_dir, config_dir, module_scope,
                      chunk_ref, err);
    free(text);
    return status;
}

/* A rule file outside a category folder would never run: say so. */
static int refuse_stray_rules(const char *dir, bl_error *err)
{
    size_t stray_count;
    char **stray;
    if (bl_list_dir(dir, ".lua", 0, &stray, &stray_count))
        return BL_ERR_NOMEM;
    int status = BL_OK;
    if (stray_count)
        status = fail(err, "%s/%s: a rule file belongs in the folder of its category (%s/<category>/%s); "
                           "shared code goes in %s/lib/", dir, stray[0], dir, stray[0], dir);
    bl_free_names(stray, stray_count);
    return status;
}

/* Loads dir; a rule with the id of one at first_of_dir or later is an error. */
static int load_dir(bl_ruleset *set, bl_sandbox *sb, const char *dir, size_t first_of_dir, const char *config_dir,
                    bl_module_loading when, bl_error *err)
{
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return fail(err, "%s: not a rule directory (%s)", dir, stat(dir, &st) ? strerror(errno) : "not a directory");
    int scope = bl_sandbox_new_scope(sb);
    int status = load_modules(sb, dir, scope, when, err);
    if (!status)
        status = refuse_stray_rules(dir, err);
    if (status)
        return status;
    size_t ncat;
    char **cats;
    if (bl_list_dir(dir, "", 1, &cats, &ncat))
        return BL_ERR_NOMEM;
    for (size_t c = 0; status == BL_OK && c < ncat; c++) {
        if (strcmp(cats[c], "lib") == 0)
            continue;
        char catdir[4096];
        snprintf(catdir, sizeof catdir, "%s/%s", dir, cats[c]);
        size_t nfiles;
        char **files;
        if (bl_list_dir(catdir, ".lua", 0, &files, &nfiles))
            status = BL_ERR_NOMEM;
        for (size_t f = 0; status == BL_OK && f < nfiles; f++) {
            char path[4096 + 256];
            snprintf(path, sizeof path, "%s/%s", catdir, files[f]);
            status = load_rule(set, sb, path, cats[c], first_of_dir, config_dir, scope, err);
        }
        bl_free_names(files, nfiles);
    }
    bl_free_names(cats, ncat);
    return status;
}

int bl_rules_load_dir(bl_ruleset *set, bl_sandbox *sb, const char *dir, bl_module_loading when, bl_error *err)
{
    return load_dir(set, sb, dir, set->count, NULL, when, err);
}

int bl_rules_load_scoped_dir(bl_ruleset *set, bl_sandbox *sb, const char *dir, const char **scope, bl_error *err)
{
    *scope = bl_ruleset_scope(set, dir);
    if (*scope)
        return BL_OK;
    const char *copy = bl_arena_strndup(&set->arena, dir, strlen(dir));
    if (!copy || BL_ARRAY_RESERVE(set->scopes, set->scope_count + 1, set->scope_cap, 8))
        return BL_ERR_NOMEM;
    size_t before = set->count;
    int status = load_dir(set, sb, dir, 0, copy, BL_MODULES_AT_ONCE, err);
    if (status != BL_OK) { /* none of its rules: the directory is tried again by the next configuration */
        for (size_t i = before; i < set->count; i++) {
            luaL_unref(sb->L, LUA_REGISTRYINDEX, set->items[i].ref);
            luaL_unref(sb->L, LUA_REGISTRYINDEX, set->items[i].chunk_ref);
        }
        set->count = before;
        return status;
    }
    set->scopes[set->scope_count++] = copy;
    *scope = copy;
    return BL_OK;
}

/* ---- the rules built into the engine ---- */

/* Whether entry name ("wording/set-phrases.lua") is a file of folder ("lib"), and not deeper. */
static int in_folder(const char *name, const char *folder, size_t folder_len)
{
    return strncmp(name, folder, folder_len) == 0 && name[folder_len] == '/' && !strchr(name + folder_len + 1, '/');
}

/* The rules built into the engine are those of the source tree's rules/ at build time, in the
 * order a folder listing gives (the table is sorted by path, as bl_list_dir sorts names): the
 * modules of lib/ first, then each category's files. */
int bl_rules_load_builtin(bl_ruleset *set, bl_sandbox *sb, bl_error *err)
{
    if (bl_precompiled_rule_count == 0)
        return fail(err, "%s: no rules were built into this program", BL_BUILTIN_RULES);
    int scope = bl_sandbox_new_scope(sb);
    int status = BL_OK;
    size_t first_of_dir = set->count;
    for (size_t i = 0; status == BL_OK && i < bl_precompiled_rule_count; i++) {
        const bl_precompiled *e = &bl_precompiled_rules[i];
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", BL_BUILTIN_RULES, e->name);
        if (!strchr(e->name, '/'))
            status = fail(err, "%s: a rule file belongs in the folder of its category", path);
        else if (in_folder(e->name, "lib", 3))
            add_module(sb, scope, path, e->name + 4, (const char *)e->source, e->source_len);
    }
    for (size_t i = 0; status == BL_OK && i < bl_precompiled_rule_count; i++) {
        const bl_precompiled *e = &bl_precompiled_rules[i];
        const char *slash = strchr(e->name, '/');
        if (in_folder(e->name, "lib", 3) || strchr(slash + 1, '/'))
            continue; /* a module, or a file deeper than a category folder, which a folder listing skips */
        char path[4096], category[256];
        snprintf(path, sizeof path, "%s/%s", BL_BUILTIN_RULES, e->name);
        snprintf(category, sizeof category, "%.*s", (int)(slash - e->name), e->name);
        const char *text = (const char *)e->source;
        status = run_chunk(sb, path, text, e->source_len, scope, NULL, err);
        status = add_rule(set, sb, status, path, text, e->source_len, category, first_of_dir, NULL, scope,
                          LUA_NOREF, err);
    }
    return status;
}
