/* configs.c - which project configuration applies to a file: --config, or the nearest
 * .bulletin-lint.lua in the file's directory or above it. Each file is loaded once. */
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

const bl_config *config_for(bl_engine *engine, config_cache *cache, const char *explicit_path,
                            const char *file_path, char **error)
{
    *error = NULL;
    if (explicit_path)
        return load(engine, cache, explicit_path, error);
    char dir[PATH_MAX];
    if (strcmp(file_path, "-") == 0 || !bl_absolute_path(file_path, dir)) {
        if (!getcwd(dir, sizeof dir))
            return NULL;
    } else {
        char *slash = strrchr(dir, '/');
        if (slash)
            *(slash == dir ? slash + 1 : slash) = '\0';
    }
    for (;;) {
        char candidate[PATH_MAX + sizeof CONFIG_NAME + 1];
        snprintf(candidate, sizeof candidate, "%s/%s", strcmp(dir, "/") == 0 ? "" : dir, CONFIG_NAME);
        struct stat st;
        if (stat(candidate, &st) == 0 && S_ISREG(st.st_mode))
            return load(engine, cache, candidate, error);
        char *slash = strrchr(dir, '/');
        if (!slash || strcmp(dir, "/") == 0)
            return NULL;
        *(slash == dir ? slash + 1 : slash) = '\0';
    }
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
