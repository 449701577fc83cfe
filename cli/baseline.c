/* baseline.c - adopting the gate on an existing archive: --write-baseline records the current
 * findings, --baseline reports only the ones that are not recorded.
 *
 * The file is text, one finding a line: fingerprint (hexadecimal), rule, path, line (for people)
 * and message, separated by tabs, under a header that names the format. Format 2 fingerprints a
 * finding by its rule, its message with the numbers masked and the text around it
 * (fingerprint.c); format 1, written before, by the message as it was. Both are read: a line is
 * recognised by its fingerprint first, then by its rule and masked message (docs/ci.md). */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "array.h"
#include "cli.h"
#include "files.h"

#define HEADER "# bulletin-lint baseline 2: fingerprint, rule, path, line, message\n"
#define HEADER_V1 "# bulletin-lint baseline 1:"

/* ------------------------------------------------------------------ reading */

struct baseline {
    known_findings known;
};

static char *line_error(const char *path, int number, const char *what)
{
    size_t m = strlen(path) + strlen(what) + 32;
    char *e = malloc(m);
    if (e)
        snprintf(e, m, "%s:%d: %s", path, number, what);
    return e;
}

/* One line: fingerprint, rule, path, line, message (format 1 wrote the same fields). */
static int read_entry(baseline *b, char *line, int legacy, const char *path, int number, char **error)
{
    line[strcspn(line, "\n")] = '\0';
    char *fields[5], *p = line;
    int n = 0;
    for (; n < 5 && p; n++) {
        fields[n] = p;
        p = strchr(p, '\t');
        if (p)
            *p++ = '\0';
    }
    char *end;
    uint64_t fp = strtoull(fields[0], &end, 16);
    if (n < 3 || *end || end == fields[0]) {
        *error = line_error(path, number, "not a baseline line (write it with --write-baseline)");
        return -1;
    }
    known_finding f = {.path = fields[2], .rule = fields[1], .exact = fp, .legacy = legacy};
    /* a line without its message (cut by hand) is recognised by its fingerprint only */
    f.loose = n == 5 ? fingerprint_loose(fields[1], fields[4]) : 0;
    f.no_loose = n < 5;
    if (known_findings_add(&b->known, &f) != 0) {
        *error = strdup("out of memory");
        return -1;
    }
    return 0;
}

/* A baseline file may have this many bytes (an endless --baseline /dev/zero is read no further). */
#define MAX_BASELINE_BYTES (64u << 20)

baseline *baseline_load(const char *path, char **error)
{
    size_t len = 0;
    char *text = bl_read_file(path, MAX_BASELINE_BYTES, &len);
    if (!text) {
        size_t n = strlen(path) + 128;
        *error = malloc(n);
        if (*error && errno == EFBIG)
            snprintf(*error, n, "%s: the baseline is larger than 64 MiB; not read", path);
        else if (*error)
            snprintf(*error, n, "%s: cannot read the baseline: %s", path, strerror(errno));
        return NULL;
    }
    baseline *b = calloc(1, sizeof *b);
    if (!b)
        *error = strdup("out of memory");
    int number = 0, legacy = 0;
    for (char *line = text, *next; b && line < text + len; line = next) {
        char *eol = memchr(line, '\n', (size_t)(text + len - line));
        next = eol ? eol + 1 : text + len;
        if (eol)
            *eol = '\0';
        number++;
        if (strlen(line) != (size_t)((eol ? eol : text + len) - line)) {
            *error = line_error(path, number, "not a baseline line (a NUL byte; write it with --write-baseline)");
            baseline_free(b);
            b = NULL;
            break;
        }
        if (number == 1 && strncmp(line, HEADER_V1, strlen(HEADER_V1)) == 0)
            legacy = 1;
        if (line[0] == '#' || line[0] == '\0')
            continue;
        if (read_entry(b, line, legacy, path, number, error) != 0) {
            baseline_free(b);
            b = NULL;
        }
    }
    free(text);
    return b;
}

size_t baseline_filter(baseline *b, bl_report *report)
{
    return known_findings_filter(&b->known, report);
}

size_t baseline_unmatched(const baseline *b, const char *const *only, size_t only_count)
{
    size_t n = 0;
    for (size_t i = 0; i < b->known.count; i++) {
        const known_finding *e = &b->known.items[i];
        int ran = only_count == 0;
        for (size_t k = 0; k < only_count && !ran; k++)
            ran = strcmp(only[k], e->rule) == 0;
        n += ran && e->seen && !e->used;
    }
    return n;
}

void baseline_free(baseline *b)
{
    if (!b)
        return;
    known_findings_free(&b->known);
    free(b);
}

/* ------------------------------------------------------------------ writing */

struct baseline_writer {
    FILE *out;
    char *path, *temp;
    size_t written;
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
        finding_key key;
        fingerprint_of(report, d, &key);
        fprintf(w->out, "%016llx\t%s\t%s\t%u\t", (unsigned long long)key.exact, d->rule, bl_report_path(report),
                d->line);
        w->written++;
        for (const char *m = d->message; *m; m++) /* one line per finding */
            fputc(*m == '\n' || *m == '\t' ? ' ' : *m, w->out);
        fputc('\n', w->out);
    }
}

int baseline_writer_close(baseline_writer *w, size_t *written, char **error)
{
    *written = w->written;
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
