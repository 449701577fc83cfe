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

/* The cache's entry for path, or -1. */
static int cached(const config_cache *cache, const char *path)
{
    for (size_t i = 0; i < cache->count; i++)
        if (strcmp(cache->paths[i], path) == 0)
            return (int)i;
    return -1;
}

/* Keeps what loading path gave (config, or NULL and why). */
static void remember(config_cache *cache, const char *path, bl_config *config, const char *why)
{
    if (cache->count < sizeof cache->paths / sizeof *cache->paths) {
        cache->paths[cache->count] = strdup(path);
        cache->errors[cache->count] = config ? NULL : strdup(why);
        cache->configs[cache->count++] = config;
    }
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

/* Loads (once) the configuration at path, found in dir, refining the chain of configurations above
 * it: those are loaded first (up to 64), so that it may name the rules of their rule_dirs. Unless
 * it says root = true, a broken one above breaks it. NULL on error, with the message in *error. */
static bl_config *load_chain(bl_engine *engine, config_cache *cache, const char *path, const char *dir,
                             int chain, int depth, char **error)
{
    int at = cached(cache, path);
    if (at >= 0) {
        if (!cache->configs[at])
            *error = strdup(cache->errors[at]);
        return cache->configs[at];
    }
    const bl_config *parent = NULL;
    char *parent_error = NULL;
    char above[PATH_MAX], candidate[PATH_MAX + sizeof CONFIG_NAME + 1];
    snprintf(above, sizeof above, "%s", dir);
    int has_parent = chain && depth < 64 && up_one(above) && find_upwards(above, candidate, sizeof candidate);
    if (has_parent)
        parent = load_chain(engine, cache, candidate, above, chain, depth + 1, &parent_error);
    bl_config *config;
    bl_error err = {{0}};
    if (bl_config_load_refining(engine, path, parent, &config, &err) != BL_OK) {
        config = NULL;
    } else if (has_parent && !parent && bl_config_parent(config) == NULL && !bl_config_is_root(config)) {
        bl_config_free(engine, config); /* it refines a configuration that is broken */
        config = NULL;
        snprintf(err.message, sizeof err.message, "%s", parent_error ? parent_error : "out of memory");
    }
    free(parent_error);
    if (!config)
        *error = strdup(err.message);
    remember(cache, path, config, err.message);
    return config;
}

const bl_config *config_for(bl_engine *engine, config_cache *cache, const char *explicit_path,
                            const char *file_path, char **error)
{
    *error = NULL;
    if (explicit_path) /* --config: that file alone */
        return load_chain(engine, cache, explicit_path, ".", 0, 0, error);
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
    return load_chain(engine, cache, candidate, dir, 1, 0, error);
}

void configs_free(bl_engine *engine, config_cache *cache)
{
    for (size_t i = 0; i < cache->count; i++) {
        bl_config_free(engine, cache->configs[i]);
        free(cache->paths[i]);
        free(cache->errors[i]);
    }
    cache->count = 0;
}
