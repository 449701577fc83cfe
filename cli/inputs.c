/* inputs.c - which files to check, and reading them. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "array.h"
#include "cli.h"

#define MAX_INPUT_BYTES (256u * 1024u * 1024u)

#define NOT_REGULAR "not a regular file (a FIFO, a socket or a device); not read (give - to read standard input)"

/* Whether st is the file behind standard input: /dev/stdin, /proc/self/fd/0, which may be a pipe. */
static int is_standard_input(const struct stat *st)
{
    struct stat in;
    return fstat(STDIN_FILENO, &in) == 0 && in.st_dev == st->st_dev && in.st_ino == st->st_ino;
}

static int push(input_list *list, const char *path)
{
    if (BL_ARRAY_RESERVE(list->paths, list->count + 1, list->cap, 16))
        return -1;
    list->paths[list->count] = strdup(path);
    return list->paths[list->count] ? (int)list->count++ : -1;
}

/* fnmatch without regard to the case of ASCII letters: *.txt takes C.TXT, as on the file
 * systems where drafts are written. */
static int glob_match(const char *glob, const char *s)
{
    char g[4096], t[4096];
    if (snprintf(g, sizeof g, "%s", glob) >= (int)sizeof g || snprintf(t, sizeof t, "%s", s) >= (int)sizeof t)
        return fnmatch(glob, s, 0) == 0;
    for (char *p = g; *p; p++)
        *p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
    for (char *p = t; *p; p++)
        *p = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
    return fnmatch(g, t, 0) == 0;
}

static int matches_any(const char *const *globs, size_t count, const char *rel, const char *name)
{
    for (size_t i = 0; i < count; i++)
        if (glob_match(globs[i], rel) || glob_match(globs[i], name))
            return 1;
    return 0;
}

/* Whether --exclude leaves out a file named on the command line: a glob matching the path as
 * given, or the part of it from any folder on (old/b.txt, b.txt), or one of its folders (old). */
static int excluded_path(const input_filter *filter, const char *path)
{
    if (!filter->exclude_count)
        return 0;
    char folder[4096];
    for (const char *from = path; from && *from; from = strchr(from, '/') ? strchr(from, '/') + 1 : NULL) {
        if (matches_any(filter->exclude, filter->exclude_count, from, from))
            return 1;
        size_t n = strcspn(from, "/");
        if (from[n] == '/' && n < sizeof folder) {
            memcpy(folder, from, n);
            folder[n] = '\0';
            if (matches_any(filter->exclude, filter->exclude_count, folder, folder))
                return 1;
        }
    }
    return 0;
}

static void walk(input_list *list, const char *dir, size_t root_len, const input_filter *filter, int *errors,
                 int depth)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "bulletin-lint: %s: cannot open directory: %s\n", dir, strerror(errno));
        ++*errors;
        return;
    }
    static const char *const default_include[] = {"*.txt", "*.docx"};
    const char *const *include = filter->include_count ? filter->include : default_include;
    size_t include_count = filter->include_count ? filter->include_count : 2;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' || (e->d_name[0] == '~' && e->d_name[1] == '$'))
            continue; /* hidden files, and the lock files Word leaves beside an open draft (~$draft.docx) */
        char path[4096];
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path)
            continue;
        const char *rel = path + root_len + 1;
        struct stat st;
        if (lstat(path, &st) != 0 || S_ISLNK(st.st_mode))
            continue; /* links are not followed: no cycles */
        if (matches_any(filter->exclude, filter->exclude_count, rel, e->d_name))
            continue;
        if (S_ISDIR(st.st_mode) && depth < 64)
            walk(list, path, root_len, filter, errors, depth + 1);
        else if (S_ISREG(st.st_mode) && matches_any(include, include_count, rel, e->d_name))
            push(list, path);
    }
    closedir(d);
}

int inputs_add(input_list *list, const char *path, int recursive, const input_filter *filter, int *errors)
{
    if (strcmp(path, "-") == 0)
        return push(list, path) < 0 ? -1 : 0;
    if (excluded_path(filter, path))
        return 0;
    struct stat st;
    if (stat(path, &st) != 0) /* checked like any file: its report says why it cannot be read */
        return push(list, path) < 0 ? -1 : 0;
    if (S_ISDIR(st.st_mode)) {
        if (!recursive) {
            fprintf(stderr, "bulletin-lint: %s: is a directory (use -r to check the bulletins in it)\n", path);
            ++*errors;
            return 0;
        }
        size_t before = list->count, root_len = strlen(path);
        while (root_len > 1 && path[root_len - 1] == '/')
            root_len--;
        char root[4096];
        snprintf(root, sizeof root, "%.*s", (int)root_len, path);
        walk(list, root, root_len, filter, errors, 0);
        if (list->count == before)
            fprintf(stderr, "bulletin-lint: %s: no files to check in this directory\n", path);
        return 0;
    }
    if (!S_ISREG(st.st_mode) && !is_standard_input(&st)) { /* a FIFO would block the run forever */
        fprintf(stderr, "bulletin-lint: %s: %s\n", path, NOT_REGULAR);
        ++*errors;
        return 0;
    }
    return push(list, path) < 0 ? -1 : 0;
}

/* The file behind path: "-" is standard input, when that is a regular file (a pipe or a terminal
 * is no file a report could overwrite). */
static int identify(const char *path, struct stat *st)
{
    if (strcmp(path, "-") == 0)
        return fstat(STDIN_FILENO, st) == 0 && S_ISREG(st->st_mode) ? 0 : -1;
    return stat(path, st);
}

int same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    if (strcmp(b, "-") == 0 && strcmp(a, "-") == 0)
        return 0; /* two mentions of standard input; no file is written through "-" */
    if (strcmp(a, "-") != 0 && strcmp(a, b) == 0)
        return 1;
    return identify(a, &sa) == 0 && identify(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

const char *inputs_same_file(const input_list *list, const char *path)
{
    for (size_t i = 0; i < list->count; i++)
        if (same_file(list->paths[i], path))
            return list->paths[i];
    return NULL;
}

static int compare_paths(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void inputs_sort(input_list *list)
{
    if (list->count > 1)
        qsort(list->paths, list->count, sizeof *list->paths, compare_paths);
    size_t kept = 0; /* a path given twice (a.txt a.txt, or a file and its directory) is checked once */
    for (size_t i = 0; i < list->count; i++) {
        if (kept && strcmp(list->paths[kept - 1], list->paths[i]) == 0)
            free(list->paths[i]);
        else
            list->paths[kept++] = list->paths[i];
    }
    list->count = kept;
}

void inputs_free(input_list *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->paths[i]);
    free(list->paths);
    memset(list, 0, sizeof *list);
}

/* Opens path for reading without blocking on a FIFO (it may have become one since inputs_add looked):
 * only a regular file, or standard input under another name (/dev/stdin), is read. */
static FILE *open_input(const char *path, const char **why, file_identity *id)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        *why = strerror(errno);
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    *why = S_ISDIR(st.st_mode) ? "is a directory"
           : !S_ISREG(st.st_mode) && !is_standard_input(&st) ? NOT_REGULAR
           : (unsigned long long)st.st_size > MAX_INPUT_BYTES ? "file too large (the limit is 256 MiB)"
           : NULL;
    int flags = fcntl(fd, F_GETFL);
    if (!*why && (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0))
        *why = strerror(errno);
    if (!*why && id)
        *id = (file_identity){1, (unsigned long long)st.st_dev, (unsigned long long)st.st_ino,
                              (unsigned long long)st.st_size, (long long)st.st_mtim.tv_sec,
                              (long long)st.st_mtim.tv_nsec, 0};
    FILE *f = *why ? NULL : fdopen(fd, "rb");
    if (!f) {
        *why = *why ? *why : strerror(errno);
        close(fd);
    }
    return f;
}

unsigned long long input_hash(const char *bytes, size_t len)
{
    unsigned long long h = 14695981039346656037ULL;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)bytes[i]) * 1099511628211ULL;
    return h;
}

char *read_input(const char *path, size_t *len, const char **why, file_identity *id, int hash)
{
    *why = NULL;
    if (id)
        memset(id, 0, sizeof *id);
    int is_stdin = strcmp(path, "-") == 0;
    FILE *f = is_stdin ? stdin : open_input(path, why, id);
    if (!f)
        return NULL;
    size_t cap = 0, n = 0;
    char *buf = NULL;
    for (;;) {
        if (n == cap && cap >= MAX_INPUT_BYTES) {
            if (getc(f) == EOF && !ferror(f))
                break; /* exactly the limit: allowed */
            *why = "input too large (the limit is 256 MiB)";
            break;
        }
        if (BL_ARRAY_RESERVE(buf, n + 1, cap, 64 * 1024)) {
            *why = "out of memory";
            break;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f))
                *why = strerror(errno ? errno : EIO);
            break;
        }
    }
    if (*why) {
        free(buf);
        buf = NULL;
    }
    if (!buf && !*why)
        *why = "out of memory";
    if (!is_stdin)
        fclose(f);
    if (buf)
        *len = n;
    if (buf && id && id->known && hash)
        id->hash = input_hash(buf, n);
    return buf;
}
