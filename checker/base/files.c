/* files.c - reading a whole file; listing a directory. */
#include "files.h"

#include <dirent.h>
#include <errno.h>
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
    size_t cap = 4096, n = 0, got;
    char *buf = malloc(cap + 1);
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n > max) { /* an endless file (/dev/zero) is read no further than this */
            free(buf);
            buf = NULL;
            errno = EFBIG;
            break;
        }
        if (n == cap) {
            char *grown = realloc(buf, cap * 2 + 1);
            if (!grown) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = grown;
            cap *= 2;
        }
    }
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
