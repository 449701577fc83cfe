/* precompiled.c - loading a rule file from the bytecode built for it. */
#include "precompiled.h"

#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The last two components of path ("wording/set-phrases.lua"), or path itself. */
static const char *folder_and_name(const char *path)
{
    const char *last = strrchr(path, '/');
    if (!last)
        return path;
    const char *p = last;
    while (p > path && p[-1] != '/')
        p--;
    return p;
}

int bl_precompiled_load(lua_State *L, const char *path, const char *text, size_t len)
{
    const char *name = folder_and_name(path);
    const bl_precompiled *e = NULL;
    for (size_t i = 0; i < bl_precompiled_rule_count && !e; i++)
        if (!strcmp(bl_precompiled_rules[i].name, name) && bl_precompiled_rules[i].source_len == len &&
            !memcmp(bl_precompiled_rules[i].source, text, len))
            e = &bl_precompiled_rules[i];
    if (!e || !e->code)
        return -1;
    /* the dump names the chunk "@folder/name": put the file's path there, as compiling it would */
    size_t path_len = strlen(path);
    unsigned char size[16];
    size_t size_len = bl_lua_dump_size(path_len + 2, size);
    size_t total = e->code_len - e->name_len + size_len + 1 + path_len;
    unsigned char *code = malloc(total);
    if (!code)
        return -1;
    unsigned char *w = code;
    memcpy(w, e->code, e->name_at);
    w += e->name_at;
    memcpy(w, size, size_len);
    w += size_len;
    *w++ = '@';
    memcpy(w, path, path_len);
    w += path_len;
    memcpy(w, e->code + e->name_at + e->name_len, e->code_len - e->name_at - e->name_len);
    char chunkname[4096];
    snprintf(chunkname, sizeof chunkname, "@%s", path);
    int status = luaL_loadbufferx(L, (const char *)code, total, chunkname, "b");
    free(code);
    if (status != LUA_OK) {
        lua_pop(L, 1);
        return -1;
    }
    return LUA_OK;
}
