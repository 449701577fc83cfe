/* config.c - loading, validating and applying a project configuration.
 *
 *   return {
 *     rules = { ["punctuation.half-width"] = "off",
 *               ["required-step.supervision-steps"] = { severity = "info", options = { steps = {…} } } },
 *     categories = { wording = "info" },
 *     overrides = { { files = "*-draft.txt", rules = { … }, categories = { … } } },
 *   }
 *
 * A value is "off", "on", a severity ("error", "warning", "info"), a boolean, or (for a rule) a
 * table with `severity` and `options`. The file holds data only: it runs with no functions at all. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "config.h"

#include <errno.h>
#include <fnmatch.h>
#include <lauxlib.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalogue.h"
#include "suggest.h"
#include "rule_loader.h"
#include "files.h"

/* A configuration is evaluated with these limits (instructions, bytes, CPU time). */
#define CONFIG_MEMORY (16u << 20)
#define CONFIG_MAX_BYTES (1u << 20)
#define CONFIG_LIMITS ((bl_limits){1000000, CONFIG_MEMORY, 1000000000ULL})

struct bl_config {
    int ref;        /* registry reference to the validated table */
    int options_ref; /* registry reference to its cache of options: "rule|overrides" → read-only table */
    char *dir;      /* the directory holding the file: override globs are relative to it */
    char *path;
    int root;       /* root = true: it refines no configuration above it */
    const bl_config *parent;  /* the configuration it refines (borrowed), or NULL */
    const char **rule_dirs;   /* its rule_dirs, absolute (the ruleset's strings) */
    size_t rule_dir_count;
    bl_accepted *accepted;    /* its accepted findings (strings malloc'd) */
    size_t accepted_count;
};

typedef struct loader {
    lua_State *L;
    bl_ruleset *rules;
    bl_sandbox *sb;
    const bl_config *parent;  /* whose rule directories it may name rules of too */
    const char **rule_dirs;   /* its own, loaded (malloc'd list) */
    size_t rule_dir_count;
    const char *dir;
    const char *path;
    const char *text;
    size_t len;
    bl_error *err;
} loader;

/* The line of the first occurrence of needle in the file, to point at a bad setting. */
static int line_of(const loader *ld, const char *needle)
{
    const char *hit = NULL;
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= ld->len && !hit; i++)
        if (memcmp(ld->text + i, needle, n) == 0)
            hit = ld->text + i;
    int line = 1;
    for (const char *p = ld->text; hit && p < hit; p++)
        line += *p == '\n';
    return line;
}

static int fail(const loader *ld, const char *needle, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(const loader *ld, const char *needle, const char *fmt, ...)
{
    char message[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    snprintf(ld->err->message, sizeof ld->err->message, "%s:%d: %s", ld->path, needle ? line_of(ld, needle) : 1, message);
    return BL_ERR_USAGE;
}

static int valid_switch(lua_State *L, int index)
{
    if (lua_isboolean(L, index))
        return 1;
    if (lua_type(L, index) != LUA_TSTRING)
        return 0;
    const char *s = lua_tostring(L, index);
    bl_severity sev;
    return !strcmp(s, "off") || !strcmp(s, "on") || bl_severity_parse(s, &sev) == BL_OK;
}

static int lists_dir(const char *const *dirs, size_t count, const char *scope)
{
    for (size_t i = 0; i < count; i++)
        if (dirs[i] == scope)
            return 1;
    return 0;
}

int bl_config_has_rule_dir(const bl_config *config, const char *scope)
{
    for (const bl_config *c = config; c; c = c->parent)
        if (lists_dir(c->rule_dirs, c->rule_dir_count, scope))
            return 1;
    return 0;
}

/* The rule with this id that the configuration being loaded may name: an engine rule, or one of
 * its own rule directories or of those of the configurations it refines. */
static const bl_rule *visible_rule(const loader *ld, const char *id)
{
    const bl_rule *rule = bl_ruleset_find(ld->rules, id);
    if (rule && rule->config_dir && !lists_dir(ld->rule_dirs, ld->rule_dir_count, rule->config_dir) &&
        !bl_config_has_rule_dir(ld->parent, rule->config_dir))
        return NULL;
    return rule;
}

/* " (did you mean 'NAME'?)" for the candidate closest to word, or "" (buf: at least 160 bytes). */
static const char *did_you_mean(char *buf, const char *word, const char *const *candidates, size_t count)
{
    const char *close = bl_closest(word, candidates, count);
    if (!close || strlen(close) > 120)
        return "";
    snprintf(buf, 160, " (did you mean '%s'?)", close);
    return buf;
}

/* The hint for an unknown rule id: the closest id of a rule it may name, or the list of rules. */
static const char *rule_hint(const loader *ld, char *buf, const char *id)
{
    const char **ids = calloc(ld->rules->count ? ld->rules->count : 1, sizeof *ids);
    size_t n = 0;
    for (size_t i = 0; ids && i < ld->rules->count; i++)
        if (visible_rule(ld, ld->rules->items[i].info.id))
            ids[n++] = ld->rules->items[i].info.id;
    const char *hint = ids ? did_you_mean(buf, id, ids, n) : "";
    free(ids);
    return *hint ? hint : " (see --list-rules)";
}

/* The hint for an unknown option: the closest option of the rule (defaults: its options table). */
static const char *option_hint(lua_State *L, int defaults, char *buf, const char *name)
{
    const char *names[128];
    size_t n = 0;
    if (lua_istable(L, defaults)) {
        lua_pushnil(L);
        while (lua_next(L, defaults)) {
            lua_pop(L, 1);
            if (lua_type(L, -1) == LUA_TSTRING && n < 128)
                names[n++] = lua_tostring(L, -1); /* the key stays in the table */
        }
    }
    return did_you_mean(buf, name, names, n);
}

/* rules = { [id] = value } */
static int check_rules(const loader *ld, int t)
{
    char hint[160];
    lua_State *L = ld->L;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        if (lua_type(L, -2) != LUA_TSTRING)
            return fail(ld, "rules", "rule ids are strings");
        const char *id = lua_tostring(L, -2);
        const bl_rule *rule = visible_rule(ld, id);
        if (!rule)
            return fail(ld, id, "unknown rule id '%s'%s", id, rule_hint(ld, hint, id));
        int v = lua_gettop(L);
        if (lua_istable(L, v)) {
            lua_pushnil(L);
            while (lua_next(L, v)) {
                const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
                if (!strcmp(key, "severity")) {
                    if (!valid_switch(L, -1))
                        return fail(ld, id, "rule '%s': severity must be off, on, error, warning or info", id);
                } else if (!strcmp(key, "options")) {
                    if (!lua_istable(L, -1))
                        return fail(ld, id, "rule '%s': options must be a table", id);
                    /* each option must exist, with the type of its default */
                    lua_rawgeti(L, LUA_REGISTRYINDEX, rule->ref);
                    lua_getfield(L, -1, "options");
                    int defaults = lua_gettop(L), opts = defaults - 2;
                    lua_pushnil(L);
                    while (lua_next(L, opts)) {
                        const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
                        int dflt = lua_istable(L, defaults) ? lua_getfield(L, defaults, name) : LUA_TNIL;
                        if (dflt == LUA_TNIL)
                            return fail(ld, name, "rule '%s' has no option '%s'%s", id, name,
                                        option_hint(L, defaults, hint, name));
                        if (dflt != lua_type(L, -2))
                            return fail(ld, name, "option '%s' of rule '%s' must be a %s", name, id, lua_typename(L, dflt));
                        lua_pop(L, 2);
                    }
                    lua_pop(L, 2);
                } else {
                    static const char *const settings[] = {"severity", "options"};
                    const char *close = did_you_mean(hint, key, settings, 2);
                    return fail(ld, id, "rule '%s': unknown setting '%s'%s", id, key,
                                *close ? close : " (severity, options)");
                }
                lua_pop(L, 1);
            }
        } else if (!valid_switch(L, v)) {
            return fail(ld, id, "rule '%s' must be off, on, error, warning, info or a table", id);
        }
        lua_pop(L, 1);
    }
    return BL_OK;
}

static int check_categories(const loader *ld, int t)
{
    lua_State *L = ld->L;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        const char *name = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        if (!bl_category_is_known(name)) {
            char hint[160];
            size_t n;
            const char *const *names = bl_category_names(&n);
            return fail(ld, name, "unknown category '%s'%s", name, did_you_mean(hint, name, names, n));
        }
        if (!valid_switch(L, -1))
            return fail(ld, name, "category '%s' must be off, on, error, warning or info", name);
        lua_pop(L, 1);
    }
    return BL_OK;
}

static int is_fingerprint(const char *s)
{
    size_t n = strspn(s, "0123456789abcdefABCDEF");
    return n == 16 && s[n] == '\0';
}

/* accepted = { { file = "drafts/a.txt", fingerprint = "…", rule = "…", message = "…", reason = "…" }, … } */
static int check_accepted(const loader *ld, int list)
{
    lua_State *L = ld->L;
    static const char *const fields[] = {"file", "fingerprint", "rule", "message", "reason"};
    char hint[160];
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, list); i++) {
        if (lua_rawgeti(L, list, i) != LUA_TTABLE)
            return fail(ld, "accepted", "each accepted finding is a table { file = …, fingerprint = …, reason = … }");
        int e = lua_gettop(L);
        const char *where = NULL; /* a string of the entry, to point at its line */
        lua_pushnil(L);
        while (lua_next(L, e)) {
            const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
            int known = 0;
            for (size_t k = 0; k < 5; k++)
                known |= strcmp(key, fields[k]) == 0;
            if (!known)
                return fail(ld, key, "accepted finding %d: unknown field '%s'%s", (int)i, key,
                            *did_you_mean(hint, key, fields, 5) ? hint : " (file, fingerprint, rule, message, reason)");
            if (lua_type(L, -1) != LUA_TSTRING)
                return fail(ld, key, "accepted finding %d: %s must be a string", (int)i, key);
            if (!where || !strcmp(key, "fingerprint"))
                where = lua_tostring(L, -1);
            lua_pop(L, 1);
        }
        const char *values[5];
        for (size_t k = 0; k < 5; k++) {
            lua_getfield(L, e, fields[k]);
            values[k] = lua_tostring(L, -1); /* the entry keeps the string */
            lua_pop(L, 1);
        }
        if (!values[0] || !*values[0])
            return fail(ld, where ? where : "accepted", "accepted finding %d needs file = \"…\" (relative to this file)", (int)i);
        if (!values[4] || !*values[4])
            return fail(ld, where, "accepted finding %d needs reason = \"…\": why it is right as it is", (int)i);
        if (values[1] && !is_fingerprint(values[1]))
            return fail(ld, values[1], "accepted finding %d: fingerprint must be 16 hexadecimal digits (as the "
                        "baseline and --format json write it)", (int)i);
        if (!values[1] && !(values[2] && values[3]))
            return fail(ld, where, "accepted finding %d needs fingerprint = \"…\", or rule = \"…\" and message = \"…\"",
                        (int)i);
        if (values[2] && !visible_rule(ld, values[2]))
            return fail(ld, values[2], "accepted finding %d: unknown rule id '%s'%s", (int)i, values[2],
                        rule_hint(ld, hint, values[2]));
        lua_pop(L, 1);
    }
    return BL_OK;
}

/* Copies the validated accepted list of the configuration at t into config. */
static int copy_accepted(const loader *ld, int t, bl_config *config)
{
    lua_State *L = ld->L;
    if (lua_getfield(L, t, "accepted") != LUA_TTABLE) {
        lua_pop(L, 1);
        return BL_OK;
    }
    size_t n = lua_rawlen(L, -1);
    config->accepted = n ? calloc(n, sizeof *config->accepted) : NULL;
    if (n && !config->accepted) {
        lua_pop(L, 1);
        return BL_ERR_NOMEM;
    }
    int status = BL_OK;
    for (size_t i = 0; i < n; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i + 1);
        bl_accepted *a = &config->accepted[config->accepted_count++];
        const char **slots[] = {&a->file, &a->fingerprint, &a->rule, &a->message, &a->reason};
        static const char *const fields[] = {"file", "fingerprint", "rule", "message", "reason"};
        for (size_t k = 0; k < 5; k++) {
            lua_getfield(L, -1, fields[k]);
            const char *v = lua_tostring(L, -1);
            *slots[k] = v ? strdup(v) : NULL;
            if (v && !*slots[k])
                status = BL_ERR_NOMEM;
            lua_pop(L, 1);
        }
        a->config_path = config->path;
        a->line = line_of(ld, a->fingerprint ? a->fingerprint : a->message ? a->message : a->file);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return status;
}

/* A level: the top of the file, or one override. */
static int check_level(const loader *ld, int t, int is_override)
{
    lua_State *L = ld->L;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
        int status = BL_OK;
        if (!strcmp(key, "rules") && lua_istable(L, -1))
            status = check_rules(ld, lua_gettop(L));
        else if (!strcmp(key, "categories") && lua_istable(L, -1))
            status = check_categories(ld, lua_gettop(L));
        else if (!is_override && !strcmp(key, "overrides") && lua_istable(L, -1)) {
            int list = lua_gettop(L);
            for (lua_Integer i = 1; status == BL_OK && i <= (lua_Integer)lua_rawlen(L, list); i++) {
                lua_rawgeti(L, list, i);
                if (!lua_istable(L, -1))
                    status = fail(ld, "overrides", "each override is a table { files = …, rules = … }");
                else {
                    lua_getfield(L, -1, "files");
                    int ok = lua_type(L, -1) == LUA_TSTRING || lua_istable(L, -1);
                    lua_pop(L, 1);
                    status = ok ? check_level(ld, lua_gettop(L), 1)
                                : fail(ld, "overrides", "override %d needs files = \"glob\" or a list of globs", (int)i);
                }
                lua_pop(L, 1);
            }
        } else if (is_override && !strcmp(key, "files"))
            ;
        else if (!is_override && !strcmp(key, "root")) {
            if (!lua_isboolean(L, -1))
                status = fail(ld, key, "root must be true or false");
        } else if (!is_override && !strcmp(key, "rule_dirs"))
            ; /* loaded before the rules are checked */
        else if (!is_override && !strcmp(key, "accepted") && lua_istable(L, -1))
            status = check_accepted(ld, lua_gettop(L));
        else {
            static const char *const top_level[] = {"root", "rule_dirs", "rules", "categories", "overrides", "accepted"};
            static const char *const in_override[] = {"files", "rules", "categories"};
            char hint[160];
            const char *close = is_override ? did_you_mean(hint, key, in_override, 3) : did_you_mean(hint, key, top_level, 6);
            status = fail(ld, key, "unknown setting '%s'%s", key,
                          *close ? close : is_override ? " (files, rules, categories)"
                                                        : " (root, rule_dirs, rules, categories, overrides, accepted)");
        }
        if (status)
            return status;
        lua_pop(L, 1);
    }
    return BL_OK;
}

/* rule_dirs = { "rules", … }: each directory (relative to the configuration's) loaded into the
 * rule set once, its rules scoped to the configurations that name it. t: the configuration. */
static int load_rule_dirs(loader *ld, int t)
{
    lua_State *L = ld->L;
    int type = lua_getfield(L, t, "rule_dirs");
    int status = BL_OK;
    if (type != LUA_TNIL && type != LUA_TTABLE)
        status = fail(ld, "rule_dirs", "rule_dirs must be a list of folders, such as { \"rules\" }");
    lua_Integer n = type == LUA_TTABLE ? (lua_Integer)lua_rawlen(L, -1) : 0;
    if (!status && n > 0 && !(ld->rule_dirs = calloc((size_t)n, sizeof *ld->rule_dirs)))
        status = BL_ERR_NOMEM;
    for (lua_Integer i = 1; status == BL_OK && i <= n; i++) {
        lua_rawgeti(L, -1, i);
        const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        char joined[PATH_MAX * 2], resolved[PATH_MAX];
        if (!name) {
            status = fail(ld, "rule_dirs", "rule_dirs must be a list of folders, such as { \"rules\" }");
        } else {
            snprintf(joined, sizeof joined, "%s%s%s", name[0] == '/' ? "" : ld->dir, name[0] == '/' ? "" : "/", name);
            if (!realpath(joined, resolved)) {
                status = fail(ld, name, "rule_dirs: %s: %s (folders are relative to this file)", name, strerror(errno));
            } else {
                const char *scope;
                bl_error load_err = {{0}};
                status = bl_rules_load_scoped_dir(ld->rules, ld->sb, resolved, &scope, &load_err);
                if (status == BL_ERR_NOMEM)
                    ;
                else if (status)
                    status = fail(ld, name, "rule_dirs: %s", load_err.message);
                else
                    ld->rule_dirs[ld->rule_dir_count++] = scope;
            }
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return status;
}

int bl_config_parse(bl_config **out, bl_sandbox *sb, bl_ruleset *rules, const bl_config *parent, const char *path,
                    const char *dir, const char *text, size_t len, bl_error *err)
{
    *out = NULL;
    lua_State *L = sb->L;
    int top = lua_gettop(L);
    loader ld = {L, rules, sb, parent, NULL, 0, dir, path, text, len, err};
    char chunkname[1100];
    snprintf(chunkname, sizeof chunkname, "@%s", path);
    int status = BL_OK;
    if (luaL_loadbufferx(L, text, len, chunkname, "t") != LUA_OK) {
        snprintf(err->message, sizeof err->message, "%s", lua_tostring(L, -1));
        status = BL_ERR_USAGE;
    } else {
        lua_newtable(L); /* data only: no functions to call */
        lua_setupvalue(L, -2, 1);
        /* nor string methods: strings' metatable reads nothing while the configuration runs */
        lua_pushliteral(L, "");
        lua_getmetatable(L, -1);
        lua_getfield(L, -1, "__index");
        int string_meta = lua_gettop(L) - 1;
        lua_pushnil(L);
        lua_setfield(L, string_meta, "__index");
        lua_pushvalue(L, string_meta - 2); /* the chunk */
        bl_sandbox_arm(sb, CONFIG_LIMITS);
        int rc = bl_sandbox_pcall(sb, 0, 1);
        bl_exhaustion exhausted = sb->exhausted;
        bl_sandbox_disarm(sb);
        lua_pushvalue(L, string_meta + 1);
        lua_setfield(L, string_meta, "__index");
        lua_replace(L, string_meta - 2); /* the result where the chunk was */
        lua_settop(L, string_meta - 2);
        if (rc != LUA_OK) {
            if (exhausted == BL_OUT_OF_MEMORY || (exhausted == BL_NOT_EXHAUSTED && rc == LUA_ERRMEM))
                snprintf(err->message, sizeof err->message, "%s%s the configuration takes more than %u MiB of memory "
                         "(a configuration holds data only)", sb->where[0] ? sb->where : path, sb->where[0] ? "" : ":",
                         (unsigned)(CONFIG_MEMORY >> 20));
            else if (exhausted != BL_NOT_EXHAUSTED && !sb->where[0])
                snprintf(err->message, sizeof err->message, "%s: %s (a configuration holds data only)", path,
                         lua_tostring(L, -1) + 1);
            else
                snprintf(err->message, sizeof err->message, "%s (a configuration holds data only)", lua_tostring(L, -1));
            status = BL_ERR_USAGE;
        } else if (!lua_istable(L, -1)) {
            snprintf(err->message, sizeof err->message, "%s: a configuration returns a table { rules = …, "
                     "categories = …, overrides = … }", path);
            status = BL_ERR_USAGE;
        } else {
            int t = lua_gettop(L);
            lua_getfield(L, t, "root");
            if (lua_toboolean(L, -1))
                ld.parent = NULL; /* a root names only engine rules and its own */
            lua_pop(L, 1);
            status = load_rule_dirs(&ld, t);
            if (!status)
                status = check_level(&ld, t, 0);
        }
    }
    bl_config *config = status == BL_OK ? calloc(1, sizeof *config) : NULL;
    if (config)
        config->ref = config->options_ref = LUA_NOREF;
    if (status == BL_OK && config) {
        config->dir = strdup(dir);
        config->path = strdup(path);
        lua_getfield(L, -1, "root");
        config->root = lua_toboolean(L, -1);
        lua_pop(L, 1);
        config->parent = ld.parent;
        config->rule_dirs = ld.rule_dirs;
        config->rule_dir_count = ld.rule_dir_count;
        ld.rule_dirs = NULL;
        if (!config->dir || !config->path || copy_accepted(&ld, lua_gettop(L), config) != BL_OK) {
            lua_settop(L, top);
            free(ld.rule_dirs);
            bl_config_release(sb, config); /* its references are not made yet: LUA_NOREF */
            return BL_ERR_NOMEM;
        }
        config->ref = luaL_ref(L, LUA_REGISTRYINDEX);
        lua_newtable(L);
        config->options_ref = luaL_ref(L, LUA_REGISTRYINDEX);
        *out = config;
    } else if (status == BL_OK) {
        status = BL_ERR_NOMEM;
    }
    free(ld.rule_dirs);
    lua_settop(L, top);
    return status;
}

int bl_config_read(bl_config **out, bl_sandbox *sb, bl_ruleset *rules, const bl_config *parent, const char *path,
                   bl_error *err)
{
    *out = NULL;
    size_t len;
    char *text = bl_read_file(path, CONFIG_MAX_BYTES, &len);
    if (!text && errno == EFBIG) {
        snprintf(err->message, sizeof err->message, "%s: the configuration is larger than %u KiB; not read", path,
                 CONFIG_MAX_BYTES >> 10);
        return BL_ERR_USAGE;
    }
    if (!text) {
        snprintf(err->message, sizeof err->message, "%s: cannot read the configuration: %s", path, strerror(errno));
        return BL_ERR_USAGE;
    }
    char resolved[PATH_MAX], *dir;
    const char *full = realpath(path, resolved) ? resolved : path;
    const char *slash = strrchr(full, '/');
    dir = slash ? strndup(full, (size_t)(slash - full)) : strdup(".");
    int status = dir ? bl_config_parse(out, sb, rules, parent, path, dir, text, len, err) : BL_ERR_NOMEM;
    free(dir);
    free(text);
    return status;
}

void bl_config_release(bl_sandbox *sb, bl_config *config)
{
    if (!config)
        return;
    luaL_unref(sb->L, LUA_REGISTRYINDEX, config->ref);
    luaL_unref(sb->L, LUA_REGISTRYINDEX, config->options_ref);
    free(config->dir);
    free(config->path);
    free(config->rule_dirs);
    for (size_t i = 0; i < config->accepted_count; i++) {
        bl_accepted *a = &config->accepted[i];
        free((char *)a->file);
        free((char *)a->fingerprint);
        free((char *)a->rule);
        free((char *)a->message);
        free((char *)a->reason);
    }
    free(config->accepted);
    free(config);
}

/* ------------------------------------------------------------------ applying */

/* Copies every field of the table on top of the stack into the table at `into`. */
static void overlay(lua_State *L, int into)
{
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, into);
    }
}

static void apply_switch(lua_State *L, int index, int *enabled, bl_severity *severity)
{
    if (lua_isboolean(L, index)) {
        *enabled = lua_toboolean(L, index);
        return;
    }
    const char *s = lua_tostring(L, index);
    if (!s)
        return;
    if (!strcmp(s, "off"))
        *enabled = 0;
    else if (!strcmp(s, "on"))
        *enabled = 1;
    else if (bl_severity_parse(s, severity) == BL_OK)
        *enabled = 1;
}

/* Applies one level (table at t) to a rule; options at index opts (0: none) are overlaid in place. */
static void apply_level(lua_State *L, int t, const bl_rule *rule, int opts, int *enabled, bl_severity *severity)
{
    if (lua_getfield(L, t, "categories") == LUA_TTABLE) {
        lua_getfield(L, -1, rule->info.category);
        if (!lua_isnil(L, -1))
            apply_switch(L, lua_gettop(L), enabled, severity);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    if (lua_getfield(L, t, "rules") == LUA_TTABLE) {
        lua_getfield(L, -1, rule->info.id);
        int v = lua_gettop(L);
        if (lua_istable(L, v)) {
            *enabled = 1;
            lua_getfield(L, v, "severity");
            if (!lua_isnil(L, -1))
                apply_switch(L, lua_gettop(L), enabled, severity);
            lua_pop(L, 1);
            if (lua_getfield(L, v, "options") == LUA_TTABLE && opts)
                overlay(L, opts);
            lua_pop(L, 1);
        } else if (!lua_isnil(L, v)) {
            apply_switch(L, v, enabled, severity);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static int path_matches(lua_State *L, int files, const char *rel)
{
    if (lua_type(L, files) == LUA_TSTRING)
        return fnmatch(lua_tostring(L, files), rel, 0) == 0;
    for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, files); i++) {
        lua_rawgeti(L, files, i);
        int hit = lua_type(L, -1) == LUA_TSTRING && fnmatch(lua_tostring(L, -1), rel, 0) == 0;
        lua_pop(L, 1);
        if (hit)
            return 1;
    }
    return 0;
}

void bl_config_place_of(bl_config_place *out, const bl_config *config, const char *path, char *buf)
{
    out->given = path;
    out->full = config && bl_absolute_path(path, buf) ? buf : path;
}

/* The path of the place relative to the directory of config (the path as given when it lies
 * elsewhere): what the globs of its overrides match. */
static const char *relative_to(const bl_config *config, const bl_config_place *place)
{
    size_t dlen = strlen(config->dir);
    const char *full = place->full;
    return strncmp(full, config->dir, dlen) == 0 && full[dlen] == '/' ? full + dlen + 1 : place->given;
}

size_t bl_config_rule_dirs(const bl_config *config, const char *const **out)
{
    *out = config->rule_dirs;
    return config->rule_dir_count;
}

size_t bl_config_accepted_count(const bl_config *config)
{
    return config->accepted_count;
}

const bl_accepted *bl_config_accepted(const bl_config *config, size_t index)
{
    return index < config->accepted_count ? &config->accepted[index] : NULL;
}

const char *bl_config_dir(const bl_config *config)
{
    return config->dir;
}

int bl_config_is_root(const bl_config *config)
{
    return config->root;
}

const char *bl_config_path(const bl_config *config)
{
    return config->path;
}

const bl_config *bl_config_parent(const bl_config *config)
{
    return config->parent;
}


/* The key of the options cache without a configuration: this variable's address (never written). */
static const char no_config_options = 0;

/* Applies the configuration to a rule for the file at place: the configurations it refines, then
 * its top level, then each override whose files match (relative to its directory), in their order. Options are overlaid into the table at opts (0: none); when
 * key is not 0, the string there gets "|N" appended for each matching override N. */
static void apply_config(lua_State *L, const bl_config *config, const bl_config_place *place, const bl_rule *rule,
                         int opts, int key, int *enabled, bl_severity *severity)
{
    if (config->parent) /* the configurations above first: this one refines them */
        apply_config(L, config->parent, place, rule, opts, key, enabled, severity);
    if (key) { /* each level's overrides after a '/' */
        lua_pushfstring(L, "%s/", lua_tostring(L, key));
        lua_replace(L, key);
    }
    const char *rel = relative_to(config, place);
    lua_rawgeti(L, LUA_REGISTRYINDEX, config->ref);
    int t = lua_gettop(L);
    apply_level(L, t, rule, opts, enabled, severity);
    if (lua_getfield(L, t, "overrides") == LUA_TTABLE) {
        int list = lua_gettop(L);
        for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, list); i++) {
            lua_rawgeti(L, list, i);
            int o = lua_gettop(L);
            lua_getfield(L, o, "files");
            int hit = path_matches(L, lua_gettop(L), rel);
            lua_pop(L, 1);
            if (hit) {
                apply_level(L, o, rule, opts, enabled, severity);
                if (key) {
                    lua_pushfstring(L, "%s|%d", lua_tostring(L, key), (int)i);
                    lua_replace(L, key);
                }
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 2); /* overrides, configuration */
}

/* Pushes the rule's options for the file at rel: its defaults overlaid with the configuration's
 * level and with the overrides that apply, in their order. Read-only. */
static void push_options(bl_sandbox *sb, const bl_config *config, const bl_config_place *place, const bl_rule *rule,
                         int rule_index)
{
    lua_State *L = sb->L;
    lua_newtable(L);
    int opts = lua_gettop(L);
    if (lua_getfield(L, rule_index, "options") == LUA_TTABLE)
        overlay(L, opts);
    lua_pop(L, 1);
    if (config) {
        int enabled;
        bl_severity severity;
        apply_config(L, config, place, rule, opts, 0, &enabled, &severity);
    }
    bl_sandbox_freeze(sb);
}

void bl_config_plain_settings(bl_sandbox *sb, const bl_config *config, const bl_config_place *place,
                              const bl_rule *rule, int rule_index, int *enabled, bl_severity *severity)
{
    lua_State *L = sb->L;
    *enabled = !rule->config_dir || bl_config_has_rule_dir(config, rule->config_dir);
    *severity = rule->info.severity;
    lua_newtable(L);
    int opts = lua_gettop(L);
    if (lua_getfield(L, rule_index, "options") == LUA_TTABLE)
        overlay(L, opts);
    lua_pop(L, 1);
    if (config && *enabled)
        apply_config(L, config, place, rule, opts, 0, enabled, severity);
}

void bl_config_settings(bl_sandbox *sb, const bl_config *config, const bl_config_place *place, const bl_rule *rule,
                        int rule_index, int *enabled, bl_severity *severity)
{
    lua_State *L = sb->L;
    *enabled = 1;
    *severity = rule->info.severity;
    /* The options depend on the rule and on which overrides apply: worked out once per such pair,
     * so that a rule may cache what it derives from its options (keyed by the table). */
    lua_pushstring(L, rule->info.id); /* the key of the cache: the rule, then the overrides that apply */
    int key = lua_gettop(L);
    if (config)
        apply_config(L, config, place, rule, 0, key, enabled, severity);
    if (config)
        lua_rawgeti(L, LUA_REGISTRYINDEX, config->options_ref);
    else if (lua_rawgetp(L, LUA_REGISTRYINDEX, &no_config_options) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_rawsetp(L, LUA_REGISTRYINDEX, &no_config_options);
    }
    int cache = lua_gettop(L);
    lua_pushvalue(L, cache - 1);
    if (lua_rawget(L, cache) != LUA_TTABLE) {
        lua_pop(L, 1);
        push_options(sb, config, place, rule, rule_index);
        lua_pushvalue(L, cache - 1);
        lua_pushvalue(L, -2);
        lua_rawset(L, cache);
    }
    lua_replace(L, cache - 1);
    lua_pop(L, 1); /* the cache */
}
