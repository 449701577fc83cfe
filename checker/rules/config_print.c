/* config_print.c - the effective settings for one file (--print-config), as a Lua configuration
 * that would give the same settings by itself (root = true), or as JSON. */
#include <lauxlib.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bulletin_lint/bulletin_lint.h"
#include "config.h"
#include "json.h"

#define MAX_DEPTH 32

/* ------------------------------------------------------------------ keys in order */

static int compare_keys(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Whether the table at t is a list 1..n (n > 0), with no other key. */
static int is_list(lua_State *L, int t)
{
    lua_Integer n = (lua_Integer)lua_rawlen(L, t), keys = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        keys++;
        lua_pop(L, 1);
    }
    return n > 0 && keys == n;
}

/* The string keys of the table at t, sorted (malloc'd array of borrowed strings: the table keeps
 * them); other keys are left out. */
static const char **sorted_keys(lua_State *L, int t, size_t *count)
{
    size_t n = 0, cap = 16;
    const char **keys = malloc(cap * sizeof *keys);
    lua_pushnil(L);
    while (keys && lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING)
            continue;
        if (n == cap) {
            const char **grown = realloc(keys, (cap *= 2) * sizeof *keys);
            if (!grown) {
                free(keys);
                keys = NULL;
                lua_pop(L, 1);
                break;
            }
            keys = grown;
        }
        keys[n++] = lua_tostring(L, -1);
    }
    if (keys)
        qsort(keys, n, sizeof *keys, compare_keys);
    *count = keys ? n : 0;
    return keys;
}

/* ------------------------------------------------------------------ Lua */

static void lua_string_literal(FILE *out, const char *s, size_t len)
{
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c < 0x20 || c == 0x7f)
            fprintf(out, "\\%03u", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static int is_name(const char *s)
{
    static const char *const keywords[] = {"and", "break", "do", "else", "elseif", "end", "false", "for",
                                           "function", "goto", "if", "in", "local", "nil", "not", "or",
                                           "repeat", "return", "then", "true", "until", "while"};
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_'))
        return 0;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_'))
            return 0;
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
        if (strcmp(s, keywords[i]) == 0)
            return 0;
    return 1;
}

static void lua_key(FILE *out, const char *key)
{
    if (is_name(key))
        fputs(key, out);
    else {
        fputc('[', out);
        lua_string_literal(out, key, strlen(key));
        fputc(']', out);
    }
}

static void lua_value(FILE *out, lua_State *L, int index, int depth)
{
    index = lua_absindex(L, index);
    switch (lua_type(L, index)) {
    case LUA_TBOOLEAN: fputs(lua_toboolean(L, index) ? "true" : "false", out); return;
    case LUA_TNUMBER:
        if (lua_isinteger(L, index))
            fprintf(out, "%lld", (long long)lua_tointeger(L, index));
        else
            fprintf(out, "%.17g", (double)lua_tonumber(L, index));
        return;
    case LUA_TSTRING: {
        size_t len;
        const char *s = lua_tolstring(L, index, &len);
        lua_string_literal(out, s, len);
        return;
    }
    case LUA_TTABLE: break;
    default: fputs("nil", out); return;
    }
    if (depth > MAX_DEPTH || !lua_checkstack(L, 8)) {
        fputs("{}", out);
        return;
    }
    fputs("{ ", out);
    if (is_list(L, index)) {
        for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, index); i++) {
            lua_rawgeti(L, index, i);
            fputs(i > 1 ? ", " : "", out);
            lua_value(out, L, -1, depth + 1);
            lua_pop(L, 1);
        }
    } else {
        size_t n;
        const char **keys = sorted_keys(L, index, &n);
        for (size_t i = 0; i < n; i++) {
            fputs(i ? ", " : "", out);
            lua_key(out, keys[i]);
            fputs(" = ", out);
            lua_getfield(L, index, keys[i]);
            lua_value(out, L, -1, depth + 1);
            lua_pop(L, 1);
        }
        free(keys);
    }
    fputs(" }", out);
}

/* ------------------------------------------------------------------ JSON */

static void json_value(bl_json *j, lua_State *L, int index, int depth)
{
    index = lua_absindex(L, index);
    switch (lua_type(L, index)) {
    case LUA_TBOOLEAN: bl_json_bool(j, lua_toboolean(L, index)); return;
    case LUA_TNUMBER:
        if (lua_isinteger(L, index))
            bl_json_int(j, (int64_t)lua_tointeger(L, index));
        else if (!isfinite((double)lua_tonumber(L, index)))
            bl_json_null(j);
        else {
            char buf[40];
            snprintf(buf, sizeof buf, "%.17g", (double)lua_tonumber(L, index));
            bl_json_raw(j, buf);
        }
        return;
    case LUA_TSTRING: {
        size_t len;
        const char *s = lua_tolstring(L, index, &len);
        bl_json_string_n(j, s, len);
        return;
    }
    case LUA_TTABLE: break;
    default: bl_json_null(j); return;
    }
    if (depth > MAX_DEPTH || !lua_checkstack(L, 8)) {
        bl_json_null(j);
        return;
    }
    if (is_list(L, index)) {
        bl_json_array(j);
        for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, index); i++) {
            lua_rawgeti(L, index, i);
            json_value(j, L, -1, depth + 1);
            lua_pop(L, 1);
        }
        bl_json_array_end(j);
        return;
    }
    bl_json_object(j);
    size_t n;
    const char **keys = sorted_keys(L, index, &n);
    for (size_t i = 0; i < n; i++) {
        bl_json_key(j, keys[i]);
        lua_getfield(L, index, keys[i]);
        json_value(j, L, -1, depth + 1);
        lua_pop(L, 1);
    }
    free(keys);
    bl_json_object_end(j);
}

/* ------------------------------------------------------------------ the settings */

/* The configurations that apply, the topmost first. */
static size_t chain_of(const bl_config *config, const bl_config **chain, size_t max)
{
    size_t n = 0;
    for (const bl_config *c = config; c && n < max; c = bl_config_parent(c))
        chain[n++] = c;
    for (size_t i = 0; i < n / 2; i++) {
        const bl_config *t = chain[i];
        chain[i] = chain[n - 1 - i];
        chain[n - 1 - i] = t;
    }
    return n;
}

int bl_config_print_settings_in(bl_sandbox *sb, const bl_ruleset *rules, const bl_config *config, const char *path,
                                int json, FILE *out)
{
    lua_State *L = sb->L;
    int top = lua_gettop(L);
    char buf[PATH_MAX];
    bl_config_place place;
    bl_config_place_of(&place, config, path, buf);
    const bl_config *chain[64];
    size_t depth = chain_of(config, chain, 64);
    bl_json j;
    if (json) {
        bl_json_init(&j, out, 1);
        bl_json_object(&j);
        bl_json_field_string(&j, "file", path);
        bl_json_key(&j, "configurations");
        bl_json_array(&j);
        for (size_t i = 0; i < depth; i++)
            bl_json_string(&j, bl_config_path(chain[i]));
        bl_json_array_end(&j);
        bl_json_key(&j, "rules");
        bl_json_object(&j);
    } else {
        fprintf(out, "-- The settings bulletin-lint %s applies to %s", bl_version(), path);
        for (size_t i = 0; i < depth; i++)
            fprintf(out, "%s%s", i ? ",\n-- then " : ",\n-- from ", bl_config_path(chain[i]));
        fprintf(out, "%s.\n-- As a configuration by itself, it gives that file the same settings.\n", depth ? "" : " (no configuration: the defaults)");
        fputs("return {\n  root = true,\n", out);
        int dirs = 0;
        for (size_t i = 0; i < depth; i++) {
            const char *const *names;
            size_t n = bl_config_rule_dirs(chain[i], &names);
            for (size_t k = 0; k < n; k++) {
                fputs(dirs++ ? ", " : "  rule_dirs = { ", out);
                lua_string_literal(out, names[k], strlen(names[k]));
            }
        }
        fputs(dirs ? " },\n  rules = {\n" : "  rules = {\n", out);
    }
    for (size_t i = 0; i < rules->count; i++) {
        const bl_rule *rule = &rules->items[i];
        if (rule->config_dir && !bl_config_has_rule_dir(config, rule->config_dir))
            continue;
        lua_rawgeti(L, LUA_REGISTRYINDEX, rule->ref);
        int enabled;
        bl_severity severity;
        bl_config_plain_settings(sb, config, &place, rule, lua_gettop(L), &enabled, &severity);
        int opts = lua_gettop(L);
        lua_pushnil(L);
        int has_options = lua_next(L, opts) != 0;
        if (has_options)
            lua_pop(L, 2);
        if (json) {
            bl_json_key(&j, rule->info.id);
            bl_json_object(&j);
            bl_json_field_bool(&j, "enabled", enabled);
            bl_json_field_string(&j, "severity", bl_severity_name(severity));
            bl_json_key(&j, "options");
            if (has_options)
                json_value(&j, L, opts, 0);
            else {
                bl_json_object(&j);
                bl_json_object_end(&j);
            }
            bl_json_object_end(&j);
        } else {
            fputs("    ", out);
            lua_key(out, rule->info.id);
            if (!enabled) {
                fputs(" = \"off\",\n", out);
            } else {
                fprintf(out, " = { severity = \"%s\"", bl_severity_name(severity));
                if (has_options) {
                    fputs(", options = ", out);
                    lua_value(out, L, opts, 0);
                }
                fputs(" },\n", out);
            }
        }
        lua_settop(L, top);
    }
    if (json) {
        bl_json_object_end(&j);
        bl_json_object_end(&j);
        fputc('\n', out);
    } else {
        fputs("  },\n}\n", out);
    }
    lua_settop(L, top);
    return ferror(out) ? BL_ERR_INPUT : BL_OK;
}
