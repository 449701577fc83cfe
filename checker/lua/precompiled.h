/* precompiled.h - the built-in rule files built into the engine (tools/precompile.c): their text,
 * which the engine loads when no rule folder is installed, and, with a static Lua, their bytecode,
 * so that starting the engine does not compile the same text again. A file is loaded from its
 * bytecode only when its text is byte for byte the one compiled. */
#ifndef BL_PRECOMPILED_H
#define BL_PRECOMPILED_H
#include <lua.h>
#include <stddef.h>

typedef struct bl_precompiled {
    const char *name;                 /* the file's folder and name: "wording/set-phrases.lua" */
    const unsigned char *source;
    size_t source_len;
    const unsigned char *code;        /* lua_dump of the chunk named "@" + name; NULL: none built */
    size_t code_len;
    size_t name_at, name_len;         /* where the dump holds that name, with its size prefix */
} bl_precompiled;

/* Lua's dump writes a string's size plus one, 7 bits a byte, most significant first, the last
 * byte marked with 0x80. Writes x so into out; returns the byte count. */
static inline size_t bl_lua_dump_size(size_t x, unsigned char out[16])
{
    unsigned char reversed[16];
    size_t n = 0;
    do {
        reversed[n++] = x & 0x7f;
        x >>= 7;
    } while (x);
    for (size_t i = 0; i < n; i++)
        out[i] = reversed[n - 1 - i];
    out[n - 1] |= 0x80;
    return n;
}

extern const bl_precompiled bl_precompiled_rules[]; /* generated; ends with an entry of zeros */
extern const size_t bl_precompiled_rule_count;

/* Pushes the chunk of the file at path, whose text is text[0..len), as luaL_loadbufferx would
 * with chunkname "@path", and returns LUA_OK; returns -1 (nothing pushed) when no bytecode was
 * built from this text, or when it does not load (the caller then compiles the text). */
int bl_precompiled_load(lua_State *L, const char *path, const char *text, size_t len);

#endif
