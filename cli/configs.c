/* configs.c - which project configuration applies to a file: --config, or the nearest
 * .bulletin-lint.lua in the file's directory or above it, refining the ones above it up to one that
 * says root = true. Each file is loaded once. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "files.h"

#define CONFIG_NAME ".bulletin-lint.lua"

/* Loads (once) the configuration at path; NULL on error, with the message in *error. */
static bl_config *load(bl_engine *engine, config_cache *cache, const char *path, char **error)
{
    for (size_t i = 0; i < cache->count; i++)
        if (strcmp(cache->paths[i], path) == 0) {
            if (!cache->configs[i])
                *error = strdup(cache->errors[i]);
            return cache->configs[i];
        }
    bl_config *config;
    bl_error err = {{0}};
    if (bl_config_load(engine, path, &config, &err) != BL_OK) {
        config = NULL;
        *error = strdup(err.message);
    }
    if (cache->count < sizeof cache->paths / sizeof *cache->paths) {
        cache->paths[cache->count] = strdup(path);
        cache->errors[cache->count] = config ? NULL : strdup(err.message);
        cache->configs[cache->count++] = config;
    }
    return config;
}

/* The nearest .bulletin-lint.lua in dir or above it, into candidate; 0 when there is none. dir is
 * changed (cut to the folder where it was found). */
static int find_upwards(char *dir, char *candidate, size_t size)
{
    for (;;) {
        snprintf(candidate, size, "%s/%s", strcmp(dir, "/") == 0 ? "" : dir, CONFIG_NAME);
        struct stat st;
        if (stat(candidate, &st) == 0 && S_ISREG(st.st_mode))
            return 1;
        char *slash = strrchr(dir, '/');
        if (!slash || strcmp(dir, "/") == 0)
            return 0;
        *(slash == dir ? slash + 1 : slash) = '\0';
    }
}

/* Cuts path to its folder ("/a/b" → "/a", "/a" → "/"); 0 when it is the root already. */
static int up_one(char *path)
{
    char *slash = strrchr(path, '/');
    if (!slash || strcmp(path, "/") == 0)
        return 0;
    *(slash == path ? slash + 1 : slash) = '\0';
    return 1;
}

/* Loads the configuration at path (found in dir) and, unless it says root = true, the chain of
 * configurations above it, each refining the one above. depth bounds the chain. */
static bl_config *load_chain(bl_engine *engine, config_cache *cache, const char *path, const char *dir, int depth,
                             char **error)
{
    bl_config *config = load(engine, cache, path, error);
    size_t slot = 0;
    while (slot < cache->count && strcmp(cache->paths[slot], path) != 0)
        slot++;
    if (!config || bl_config_is_root(config) || slot == cache->count || cache->linked[slot] || depth > 64)
        return config;
    cache->linked[slot] = 1;
    char above[PATH_MAX], candidate[PATH_MAX + sizeof CONFIG_NAME + 1];
    snprintf(above, sizeof above, "%s", dir);
    if (!up_one(above) || !find_upwards(above, candidate, sizeof candidate))
        return config;
    bl_config *parent = load_chain(engine, cache, candidate, above, depth + 1, error);
    if (!parent) { /* a broken configuration above breaks the ones that refine it */
        cache->linked[slot] = 0;
        return NULL;
    }
    bl_config_set_parent(config, parent);
    return config;
}

const bl_config *config_for(bl_engine *engine, config_cache *cache, const char *explicit_path,
                            const char *file_path, char **error)
{
    *error = NULL;
    if (explicit_path) /* --config: that file alone */
        return load(engine, cache, explicit_path, error);
    char dir[PATH_MAX];
    if (strcmp(file_path, "-") == 0 || !bl_absolute_path(file_path, dir)) {
        if (!getcwd(dir, sizeof dir))
            return NULL;
    } else {
        up_one(dir);
    }
    char candidate[PATH_MAX + sizeof CONFIG_NAME + 1];
    if (!find_upwards(dir, candidate, sizeof candidate))
        return NULL;
    return load_chain(engine, cache, candidate, dir, 0, error);
}

void configs_free(bl_engine *engine, config_cache *cache)
{
    for (size_t i = 0; i < cache->count; i++) {
        bl_config_free(engine, cache->configs[i]);
        free(cache->paths[i]);
        free(cache->errors[i]);
        cache->linked[i] = 0;
    }
    cache->count = 0;
}
