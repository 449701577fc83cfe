/* baseline.c - adopting the gate on an existing archive: --write-baseline records the current
 * findings, --baseline reports only the ones that are not recorded.
 *
 * A finding is recorded by a fingerprint of its rule, its message and the text around it on its
 * line (not the line number), so that it is still recognised when lines above it move. The file
 * is text, one finding a line: fingerprint, rule, path, line (for people), message. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "files.h"
#include "utf8.h"

#define CONTEXT_CHARS 12
#define HEADER "# bulletin-lint baseline 1: fingerprint, rule, path, line, message\n"

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* Byte offset of character column col (1-based) in line. */
static size_t column_offset(const char *line, size_t len, uint32_t col)
{
    size_t pos = 0;
    for (uint32_t c = 1; c < col && pos < len; c++)
        bl_utf8_next(line, len, &pos);
    return pos;
}

uint64_t baseline_fingerprint(const bl_report *report, const bl_diagnostic *d)
{
    uint64_t h = 1469598103934665603ULL;
    h = fnv(h, d->rule, strlen(d->rule) + 1);
    h = fnv(h, d->message, strlen(d->message) + 1);
    size_t len;
    const char *line = bl_report_source_line(report, d->line, &len);
    if (line) {
        size_t start = column_offset(line, len, d->column), from = start, to = start;
        for (int i = 0; i < CONTEXT_CHARS && from > 0; i++)
            bl_utf8_prev(line, &from);
        for (int i = 0; i < CONTEXT_CHARS && to < len; i++)
            bl_utf8_next(line, len, &to);
        h = fnv(h, line + from, to - from);
    }
    return h;
}

/* ------------------------------------------------------------------ reading */

typedef struct entry {
    char *path;
    uint64_t fingerprint;
    int count;   /* how many findings with this fingerprint the baseline still covers */
} entry;

struct baseline {
    entry *items;
    size_t count, cap;
    size_t *index;        /* open addressing: 1 + the item's position, 0 for an empty slot */
    size_t index_cap;     /* a power of two, more than twice count */
};

/* A baseline file may have this many bytes (an endless --baseline /dev/zero is read no further). */
#define MAX_BASELINE_BYTES (64u << 20)

static size_t slot_of(const baseline *b, const char *path, uint64_t fp)
{
    uint64_t h = fnv(fp, path, strlen(path));
    return (size_t)(h ^ (h >> 29)) & (b->index_cap - 1);
}

static entry *find(baseline *b, const char *path, uint64_t fp)
{
    if (!b->index_cap)
        return NULL;
    for (size_t i = slot_of(b, path, fp); b->index[i]; i = (i + 1) & (b->index_cap - 1)) {
        entry *e = &b->items[b->index[i] - 1];
        if (e->fingerprint == fp && strcmp(e->path, path) == 0)
            return e;
    }
    return NULL;
}

/* Indexes every item again in an index of twice the room; -1 when memory runs out. */
static int grow_index(baseline *b)
{
    size_t cap = b->index_cap ? b->index_cap * 2 : 128;
    size_t *index = calloc(cap, sizeof *index);
    if (!index)
        return -1;
    free(b->index);
    b->index = index;
    b->index_cap = cap;
    for (size_t k = 0; k < b->count; k++) {
        size_t i = slot_of(b, b->items[k].path, b->items[k].fingerprint);
        while (b->index[i])
            i = (i + 1) & (cap - 1);
        b->index[i] = k + 1;
    }
    return 0;
}

static int add_entry(baseline *b, const char *path, uint64_t fp)
{
    entry *e = find(b, path, fp);
    if (e) {
        e->count++;
        return 0;
    }
    if (b->count == b->cap) {
        size_t grown_cap = b->cap ? b->cap * 2 : 64;
        entry *grown = realloc(b->items, grown_cap * sizeof *grown);
        if (!grown)
            return -1;
        b->items = grown;
        b->cap = grown_cap;
    }
    char *copy = strdup(path);
    if (!copy)
        return -1;
    b->items[b->count++] = (entry){copy, fp, 1};
    if (b->count * 2 >= b->index_cap)
        return grow_index(b);
    size_t i = slot_of(b, path, fp);
    while (b->index[i])
        i = (i + 1) & (b->index_cap - 1);
    b->index[i] = b->count;
    return 0;
}

static char *baseline_error(const char *path, int line, const char *what)
{
    size_t m = strlen(path) + strlen(what) + 32;
    char *error = malloc(m);
    if (error && line)
        snprintf(error, m, "%s:%d: %s", path, line, what);
    else if (error)
        snprintf(error, m, "%s: %s", path, what);
    return error;
}

baseline *baseline_load(const char *path, char **error)
{
    size_t len;
    char *text = bl_read_file(path, MAX_BASELINE_BYTES, &len);
    if (!text) {
        char what[160];
        if (errno == EFBIG)
            snprintf(what, sizeof what, "the baseline is larger than %u MiB; not read", MAX_BASELINE_BYTES >> 20);
        else
            snprintf(what, sizeof what, "cannot read the baseline: %s", strerror(errno));
        *error = baseline_error(path, 0, what);
        return NULL;
    }
    baseline *b = calloc(1, sizeof *b);
    int number = 0;
    for (char *line = text, *next; b && line < text + len; line = next) {
        char *eol = memchr(line, '\n', (size_t)(text + len - line));
        next = eol ? eol + 1 : text + len;
        if (eol)
            *eol = '\0';
        number++;
        if (strlen(line) != (size_t)((eol ? eol : text + len) - line)) {
            *error = baseline_error(path, number, "not a baseline line (a NUL byte; write it with --write-baseline)");
            baseline_free(b);
            b = NULL;
            break;
        }
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char *fields[3], *p = line;
        int n = 0;
        for (; n < 3; n++) {
            fields[n] = p;
            p = strchr(p, '\t');
            if (!p)
                break;
            *p++ = '\0';
        }
        char *end;
        uint64_t fp = strtoull(fields[0], &end, 16);
        if (n < 3 || *end) {
            *error = baseline_error(path, number, "not a baseline line (write it with --write-baseline)");
            baseline_free(b);
            b = NULL;
            break;
        }
        if (add_entry(b, fields[2], fp) != 0) {
            *error = strdup("out of memory");
            baseline_free(b);
            b = NULL;
        }
    }
    free(text);
    return b;
}

typedef struct filter_ctx {
    baseline *b;
    const bl_report *report;
} filter_ctx;

static int not_in_baseline(const bl_diagnostic *d, void *ctx)
{
    filter_ctx *c = ctx;
    entry *e = find(c->b, bl_report_path(c->report), baseline_fingerprint(c->report, d));
    if (e && e->count > 0) {
        e->count--;
        return 0;
    }
    return 1;
}

void baseline_filter(baseline *b, bl_report *report)
{
    filter_ctx ctx = {b, report};
    bl_report_filter(report, not_in_baseline, &ctx);
}

void baseline_free(baseline *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->count; i++)
        free(b->items[i].path);
    free(b->items);
    free(b->index);
    free(b);
}

/* ------------------------------------------------------------------ writing */

struct baseline_writer {
    FILE *out;
    char *path, *temp;
};

baseline_writer *baseline_writer_open(const char *path, char **error)
{
    baseline_writer *w = calloc(1, sizeof *w);
    size_t n = strlen(path) + 32;
    if (w) {
        w->path = strdup(path);
        w->temp = malloc(n);
    }
    if (!w || !w->path || !w->temp) {
        free(w ? w->path : NULL);
        free(w);
        *error = strdup("out of memory");
        return NULL;
    }
    snprintf(w->temp, n, "%s.tmp-%ld", path, (long)getpid());
    w->out = fopen(w->temp, "w");
    if (!w->out) {
        size_t m = strlen(path) + 128;
        *error = malloc(m);
        if (*error)
            snprintf(*error, m, "%s: cannot write the baseline: %s", path, strerror(errno));
        free(w->path);
        free(w->temp);
        free(w);
        return NULL;
    }
    fputs(HEADER, w->out);
    return w;
}

void baseline_writer_add(baseline_writer *w, const bl_report *report)
{
    for (size_t i = 0; i < bl_report_diagnostic_count(report); i++) {
        const bl_diagnostic *d = bl_report_diagnostic(report, i);
        fprintf(w->out, "%016llx\t%s\t%s\t%u\t", (unsigned long long)baseline_fingerprint(report, d), d->rule,
                bl_report_path(report), d->line);
        for (const char *m = d->message; *m; m++) /* one line per finding */
            fputc(*m == '\n' || *m == '\t' ? ' ' : *m, w->out);
        fputc('\n', w->out);
    }
}

int baseline_writer_close(baseline_writer *w, char **error)
{
    int failed = ferror(w->out) | (fclose(w->out) != 0);
    if (!failed && rename(w->temp, w->path) != 0)
        failed = 1;
    if (failed) {
        size_t m = strlen(w->path) + 128;
        *error = malloc(m);
        if (*error)
            snprintf(*error, m, "%s: cannot write the baseline: %s", w->path, strerror(errno));
        unlink(w->temp);
    }
    free(w->path);
    free(w->temp);
    free(w);
    return failed ? -1 : 0;
}
