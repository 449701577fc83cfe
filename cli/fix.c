/* fix.c - --fix (write the safe fixes in place, under a lock, only over the file as it was read) and --fix-dry-run (show them as a unified diff). */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "array.h"
#include "cli.h"

#define CONTEXT 3

typedef struct lines {
    const char **start;
    size_t *len;
    size_t count;
} lines;

static int split(const char *text, size_t len, lines *out)
{
    size_t start_cap = 0, len_cap = 0;
    *out = (lines){NULL, NULL, 0};
    size_t from = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && text[i] != '\n')
            continue;
        if (i == len && from == len)
            break;
        if (BL_ARRAY_RESERVE(out->start, out->count + 1, start_cap, 64) ||
            BL_ARRAY_RESERVE(out->len, out->count + 1, len_cap, 64))
            return -1;
        out->start[out->count] = text + from;
        out->len[out->count++] = i - from;
        from = i + 1;
    }
    return 0;
}

static int differ(const lines *a, const lines *b, size_t i)
{
    return a->len[i] != b->len[i] || memcmp(a->start[i], b->start[i], a->len[i]) != 0;
}

/* The fixes change no line breaks, so old and new have the same lines: hunks of changed lines
 * with three lines of context. */
static void unified_diff(FILE *out, const char *name, const lines *a, const lines *b)
{
    const char *a_dir = name[0] == '/' ? "" : "a/", *b_dir = name[0] == '/' ? "" : "b/";
    fprintf(out, "--- %s%s\n+++ %s%s\n", a_dir, name, b_dir, name);
    size_t n = a->count < b->count ? a->count : b->count;
    size_t i = 0;
    while (i < n) {
        if (!differ(a, b, i)) {
            i++;
            continue;
        }
        size_t first = i >= CONTEXT ? i - CONTEXT : 0, last = i;
        for (size_t k = i; k < n && k <= last + 2 * CONTEXT; k++)
            if (differ(a, b, k))
                last = k;
        size_t end = last + CONTEXT + 1 < n ? last + CONTEXT + 1 : n;
        fprintf(out, "@@ -%zu,%zu +%zu,%zu @@\n", first + 1, end - first, first + 1, end - first);
        for (size_t k = first; k < end; k++) {
            if (differ(a, b, k)) {
                fprintf(out, "-%.*s\n", (int)a->len[k], a->start[k]);
                fprintf(out, "+%.*s\n", (int)b->len[k], b->start[k]);
            } else {
                fprintf(out, " %.*s\n", (int)a->len[k], a->start[k]);
            }
        }
        i = end;
    }
}

int fix_print_diff(FILE *out, const char *name, const char *old_text, size_t old_len, const char *new_text,
                   size_t new_len)
{
    lines a = {0}, b = {0};
    int status = 0;
    if (split(old_text, old_len, &a) == 0 && split(new_text, new_len, &b) == 0)
        unified_diff(out, name, &a, &b);
    else
        status = -1;
    free(a.start);
    free(a.len);
    free(b.start);
    free(b.len);
    return status;
}

int fix_show(const file_result *r, FILE *out)
{
    if (!r->fixes || !r->original)
        return 0;
    size_t len;
    const char *text = bl_report_text(r->report, &len);
    return fix_print_diff(out, bl_report_path(r->report), r->original, r->original_len, text, len);
}

static char *message(const char *path, const char *what)
{
    size_t n = strlen(path) + strlen(what) + 4;
    char *m = malloc(n);
    if (m)
        snprintf(m, n, "%s: %s", path, what);
    return m;
}

/* Where the fixed text goes: the file itself, through any symbolic link (replacing the link with a
 * copy would leave the draft unfixed), and only a writable regular file. Returns a malloc'd path,
 * or NULL with *error set. */
static char *fix_target(const char *path, struct stat *st, char **error)
{
    char *target = realpath(path, NULL);
    if (!target || stat(target, st) != 0) {
        *error = message(path, strerror(errno ? errno : ENOENT));
        free(target);
        return NULL;
    }
    const char *why = !S_ISREG(st->st_mode) ? "not a regular file; not changed"
                      : !(st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) ? "the file is read-only; not changed"
                      : NULL;
    if (why) {
        *error = message(path, why);
        free(target);
        return NULL;
    }
    return target;
}

int fix_writable(const char *path, char **error)
{
    struct stat st;
    char *target = fix_target(path, &st, error);
    free(target);
    return target ? 0 : -1;
}

/* BULLETIN_LINT_TEST_PAUSE_BEFORE_FIX=FILE, for the tests only: before a fixed file is locked and
 * compared with what was read, FILE is created and the write waits (at most 30 s) until it is
 * removed, so that a test can change the draft at that moment without depending on timing. */
static void test_pause(void)
{
    const char *flag = getenv("BULLETIN_LINT_TEST_PAUSE_BEFORE_FIX");
    int fd = flag && *flag ? open(flag, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600) : -1;
    if (fd < 0)
        return;
    close(fd);
    struct timespec tick = {0, 10 * 1000 * 1000};
    for (int i = 0; i < 3000 && access(flag, F_OK) == 0; i++)
        nanosleep(&tick, NULL);
}

/* Why the open file is no longer what was read (another inode, size, time or content), or NULL. */
static const char *changed_since(int fd, const file_identity *was)
{
    struct stat st;
    if (!was->known || fstat(fd, &st) != 0)
        return "cannot tell whether it changed since it was read; not changed";
    if ((unsigned long long)st.st_dev != was->dev || (unsigned long long)st.st_ino != was->ino ||
        (unsigned long long)st.st_size != was->size || (long long)st.st_mtim.tv_sec != was->mtime_sec ||
        (long long)st.st_mtim.tv_nsec != was->mtime_nsec)
        return "the file changed while it was checked; not changed (check it again)";
    char *now = malloc(was->size ? was->size : 1);
    size_t got = 0;
    while (now && got < was->size) {
        ssize_t n = pread(fd, now + got, was->size - got, (off_t)got);
        if (n <= 0)
            break;
        got += (size_t)n;
    }
    int same = now && got == was->size && input_hash(now, got) == was->hash;
    free(now);
    return same ? NULL : "the file changed while it was checked; not changed (check it again)";
}

/* Replaces the contents of the open file with bytes: the space reserved first (a full disk is found
 * before any byte changes), then written over from the start, cut to its length and synced. */
static int write_in_place(int fd, const char *bytes, size_t len, unsigned long long old_size)
{
    if (len > old_size) {
        int e = posix_fallocate(fd, 0, (off_t)len);
        if (e != 0 && e != EOPNOTSUPP && e != EINVAL) {
            errno = e;
            return -1;
        }
    }
    for (size_t done = 0; done < len;) {
        ssize_t n = pwrite(fd, bytes + done, len - done, (off_t)done);
        if (n <= 0)
            return -1;
        done += (size_t)n;
    }
    return ftruncate(fd, (off_t)len) == 0 && fsync(fd) == 0 ? 0 : -1;
}

int fix_write(const char *path, const char *bytes, size_t len, const file_identity *read_as, char **error)
{
    struct stat st;
    char *target = fix_target(path, &st, error);
    if (!target)
        return -1;
    test_pause();
    const char *why = NULL;
    int fd = open(target, O_RDWR | O_CLOEXEC);
    free(target);
    if (fd < 0) {
        *error = message(path, strerror(errno));
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0)
        why = errno == EWOULDBLOCK ? "locked by another program; not changed" : strerror(errno);
    if (!why)
        why = changed_since(fd, read_as);
    if (!why && write_in_place(fd, bytes, len, read_as->size) != 0)
        why = strerror(errno ? errno : EIO);
    close(fd); /* the lock goes with it */
    if (why)
        *error = message(path, why);
    return why ? -1 : 0;
}

int write_atomically(const char *target, const char *bytes, size_t len, const struct stat *like, char **error)
{
    const struct stat *st = like;
    size_t tlen = strlen(target) + 32;
    char *temp = malloc(tlen);
    int fd = -1;
    if (temp) {
        snprintf(temp, tlen, "%s.fix-XXXXXX", target);
        fd = mkstemp(temp);
    }
    mode_t mask = umask(0);
    umask(mask);
    int ok = fd >= 0 && fchmod(fd, st ? st->st_mode & 07777 : 0666 & ~mask) == 0;
    if (ok && st && fchown(fd, st->st_uid, st->st_gid) != 0 && errno != EPERM)
        ok = 0; /* the owner is kept when allowed (root); otherwise the file becomes the user's */
    for (size_t done = 0; ok && done < len;) {
        ssize_t n = write(fd, bytes + done, len - done);
        if (n <= 0)
            ok = 0;
        else
            done += (size_t)n;
    }
    if (ok)
        ok = fsync(fd) == 0;
    if (fd >= 0 && close(fd) != 0)
        ok = 0;
    if (ok)
        ok = rename(temp, target) == 0; /* atomic: the file is the old one or the new one, never half */
    if (!ok) {
        *error = strdup(strerror(errno ? errno : EIO));
        if (temp && fd >= 0)
            unlink(temp);
    }
    free(temp);
    return ok ? 0 : -1;
}

/* ------------------------------------------------------------------ to a fixed point */

#define MAX_FIX_ROUNDS 10

void fix_to_fixed_point(bl_engine *engine, const char *shown, const bl_check_options *co, int decoded,
                        bl_report **report, file_result *out)
{
    if (*report && bl_report_is_docx(*report)) { /* a Word draft: the fixes as tracked changes, once */
        if (decoded)
            return; /* --fix-dry-run shows them from the report (docx_fix_dry_run) */
        char *bytes = NULL, *error = NULL;
        size_t len = 0, changes = 0;
        if (docx_fixed_bytes(*report, shown, &bytes, &len, &changes, &error) != 0) {
            out->fix_error = error;
            return;
        }
        if (!changes) {
            free(bytes);
            return;
        }
        out->fixed = bytes;
        out->fixed_len = len;
        out->fixes = changes;
        /* the copy reads with its changes accepted: its report is the fixed text's */
        bl_report *again = NULL;
        bl_engine_check(engine, shown, bytes, len, co, &again);
        if (again) {
            bl_report_free(*report);
            *report = again;
        }
        return;
    }
    if (decoded) { /* the text before the fixes, to show what they change */
        size_t len;
        const char *text = bl_report_text(*report, &len);
        out->original = text ? malloc(len + 1) : NULL;
        if (!out->original)
            return;
        memcpy(out->original, text, len);
        out->original[len] = '\0';
        out->original_len = len;
    }
    for (int round = 0; round < MAX_FIX_ROUNDS && *report && !bl_report_error(*report); round++) {
        char *bytes = NULL;
        size_t len = 0, changes = 0;
        bl_error err = {{0}};
        int status = decoded ? bl_report_fixed_text(*report, &bytes, &len, &changes, &err)
                             : bl_report_apply_fixes(*report, &bytes, &len, &changes, &err);
        if (status != BL_OK) {
            if (!out->fixed) /* not rewritable faithfully: the file stays as it is */
                out->fix_error = message(shown, err.message);
            return;
        }
        if (changes == 0) {
            free(bytes);
            return;
        }
        bl_report *again = NULL;
        bl_engine_check(engine, shown, bytes, len, co, &again);
        if (!again) { /* out of memory: keep what was fixed so far */
            free(bytes);
            return;
        }
        bl_report_free(*report);
        *report = again;
        free(out->fixed);
        out->fixed = bytes;
        out->fixed_len = len;
        out->fixes += changes;
    }
}
