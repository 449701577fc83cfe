/* files.c - reading a whole file; listing a directory; absolute paths. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "files.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "array.h"

char *bl_read_file(const char *path, size_t max, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 0, n = 0, got;
    char *buf = NULL;
    do {
        if (n > max) { /* an endless file (/dev/zero) is read no further than this */
            free(buf);
            buf = NULL;
            errno = EFBIG;
            break;
        }
        if (BL_ARRAY_RESERVE(buf, n + 2, cap, 4097)) { /* room to read a byte, and the NUL */
            free(buf);
            buf = NULL;
            break;
        }
        got = fread(buf + n, 1, cap - 1 - n, f);
        n += got;
    } while (got > 0);
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = n;
    }
    return buf;
}

static int compare_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether the entry `name` of dir is of the kind asked for and ends with suffix. */
static int entry_wanted(const char *dir, const char *name, const char *suffix, int want_dirs)
{
    if (name[0] == '.')
        return 0;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    struct stat st;
    if (stat(path, &st) != 0 || (want_dirs ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode)))
        return 0;
    size_t n = strlen(name), s = strlen(suffix);
    return n >= s && strcmp(name + n - s, suffix) == 0;
}

int bl_list_dir(const char *dir, const char *suffix, int want_dirs, char ***names, size_t *count)
{
    *names = NULL;
    *count = 0;
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    char **list = NULL;
    size_t n = 0, cap = 0;
    int status = 0;
    struct dirent *e;
    while (!status && (e = readdir(d))) {
        if (!entry_wanted(dir, e->d_name, suffix, want_dirs))
            continue;
        char *name = NULL;
        if (BL_ARRAY_RESERVE(list, n + 1, cap, 16) || !(name = strdup(e->d_name)))
            status = -1;
        else
            list[n++] = name;
    }
    closedir(d);
    if (status) {
        bl_free_names(list, n);
        return -1;
    }
    if (list)
        qsort(list, n, sizeof *list, compare_names);
    *names = list;
    *count = n;
    return 0;
}

void bl_free_names(char **names, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free(names[i]);
    free(names);
}

char *bl_absolute_path(const char *path, char *buf)
{
    if (realpath(path, buf))
        return buf;
    const char *slash = strrchr(path, '/');
    char dir[PATH_MAX];
    if (slash) {
        size_t n = slash == path ? 1 : (size_t)(slash - path);
        if (n >= sizeof dir)
            return NULL;
        memcpy(dir, path, n);
        dir[n] = '\0';
    } else {
        strcpy(dir, ".");
    }
    const char *name = slash ? slash + 1 : path;
    char resolved[PATH_MAX];
    if (realpath(dir, resolved)) {
        if (snprintf(buf, PATH_MAX, "%s/%s", strcmp(resolved, "/") == 0 ? "" : resolved, name) >= PATH_MAX)
            return NULL;
        return buf;
    }
    if (path[0] == '/')
        return strlen(path) < PATH_MAX ? strcpy(buf, path) : NULL;
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd) || snprintf(buf, PATH_MAX, "%s/%s", cwd, path) >= PATH_MAX)
        return NULL;
    return buf;
}
