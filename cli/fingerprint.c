/* fingerprint.c - recognising a finding again in a later run, for the baseline and the accepted
 * findings: its keys, and a set of known findings to filter a report with.
 *
 * A finding is known by two keys, neither of which holds a line number:
 *   - exact: its rule, its message with the numbers masked (全文有39处… and 全文有38处… are one
 *     message) and the text around where it starts on its line (12 characters each side);
 *   - loose: its rule and its masked message only.
 * A report is matched in two passes: first by the exact key, then what is left by the loose key
 * against what is left of the known findings of that file. The second pass recognises a summary
 * finding whose first place was fixed (it now starts at another place) and a finding whose
 * neighbourhood was edited. Each known finding hides one finding at most. */
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "cli.h"
#include "utf8.h"

#define CONTEXT_CHARS 12
#define FNV_OFFSET 1469598103934665603ULL

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* The message as one line (tabs and line breaks as spaces: how a baseline stores it), with every
 * run of digits (half- or full-width, with the decimal points and separators between them) as
 * one '#'. Returns a malloc'd string, or NULL. */
char *fingerprint_mask_message(const char *message)
{
    size_t len = strlen(message);
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    size_t w = 0, pos = 0;
    int in_number = 0;
    while (pos < len) {
        size_t at = pos;
        uint32_t cp = bl_utf8_next(message, len, &pos);
        int separator = cp == '.' || cp == ',' || cp == 0xFF0E || cp == 0xFF0C;
        size_t next = pos;
        int digit_follows = pos < len && bl_is_digit(bl_utf8_next(message, len, &next));
        if (bl_is_digit(cp) || (in_number && separator && digit_follows)) {
            if (!in_number)
                out[w++] = '#';
            in_number = 1;
            continue;
        }
        in_number = 0;
        if (cp == '\t' || cp == '\n' || cp == '\r')
            out[w++] = ' ';
        else {
            memcpy(out + w, message + at, pos - at);
            w += pos - at;
        }
    }
    out[w] = '\0';
    return out;
}

uint64_t fingerprint_loose(const char *rule, const char *message)
{
    char *masked = fingerprint_mask_message(message);
    uint64_t h = fnv(FNV_OFFSET, rule, strlen(rule) + 1);
    if (masked)
        h = fnv(h, masked, strlen(masked) + 1);
    free(masked);
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

/* Adds the text around the finding's start on its line to h. */
static uint64_t add_context(uint64_t h, const bl_report *report, const bl_diagnostic *d)
{
    size_t len;
    const char *line = bl_report_source_line(report, d->line, &len);
    if (!line)
        return h;
    size_t start = column_offset(line, len, d->column), from = start, to = start;
    for (int i = 0; i < CONTEXT_CHARS && from > 0; i++)
        bl_utf8_prev(line, &from);
    for (int i = 0; i < CONTEXT_CHARS && to < len; i++)
        bl_utf8_next(line, len, &to);
    return fnv(h, line + from, to - from);
}

void fingerprint_of(const bl_report *report, const bl_diagnostic *d, finding_key *out)
{
    char *masked = fingerprint_mask_message(d->message);
    uint64_t h = fnv(FNV_OFFSET, d->rule, strlen(d->rule) + 1);
    out->loose = masked ? fnv(h, masked, strlen(masked) + 1) : h;
    out->exact = add_context(out->loose, report, d);
    free(masked);
    /* the key of baselines of format 1: the message as it is */
    h = fnv(FNV_OFFSET, d->rule, strlen(d->rule) + 1);
    h = fnv(h, d->message, strlen(d->message) + 1);
    out->legacy = add_context(h, report, d);
}

/* ------------------------------------------------------------------ known findings */

int known_findings_add(known_findings *k, const known_finding *f)
{
    if (BL_ARRAY_RESERVE(k->items, k->count + 1, k->cap, 64))
        return -1;
    known_finding *e = &k->items[k->count];
    *e = *f;
    e->path = strdup(f->path);
    e->rule = f->rule ? strdup(f->rule) : NULL;
    e->reason = f->reason ? strdup(f->reason) : NULL;
    e->origin = f->origin ? strdup(f->origin) : NULL;
    e->used = e->seen = 0;
    if (!e->path || (f->rule && !e->rule) || (f->reason && !e->reason) || (f->origin && !e->origin)) {
        free(e->path);
        free(e->rule);
        free(e->reason);
        free(e->origin);
        return -1;
    }
    k->count++;
    return 0;
}

typedef struct match_ctx {
    known_findings *k;
    size_t *mine, mine_count;   /* the unused known findings of this file */
    finding_key *keys;          /* of the report's diagnostics, in order */
    unsigned char *hidden;
    size_t at;                  /* the diagnostic bl_report_filter is asking about */
} match_ctx;

static int keep_unhidden(const bl_diagnostic *d, void *ctx)
{
    (void)d;
    match_ctx *m = ctx;
    return !m->hidden[m->at++];
}

/* One pass: each diagnostic not yet hidden takes the first unused known finding of its file
 * whose key matches. */
static void match_pass(match_ctx *m, size_t n, int loose)
{
    for (size_t i = 0; i < n; i++) {
        if (m->hidden[i])
            continue;
        for (size_t j = 0; j < m->mine_count; j++) {
            known_finding *e = &m->k->items[m->mine[j]];
            if (e->used || (loose ? e->no_loose : e->no_exact))
                continue;
            uint64_t want = loose ? e->loose : e->exact;
            uint64_t have = loose ? m->keys[i].loose : e->legacy ? m->keys[i].legacy : m->keys[i].exact;
            if (want == have) {
                e->used = 1;
                m->hidden[i] = 1;
                break;
            }
        }
    }
}

size_t known_findings_filter(known_findings *k, bl_report *report)
{
    size_t n = bl_report_diagnostic_count(report);
    const char *path = bl_report_path(report);
    match_ctx m = {k, calloc(k->count ? k->count : 1, sizeof(size_t)), 0, calloc(n ? n : 1, sizeof(finding_key)),
                   calloc(n ? n : 1, 1), 0};
    size_t hidden = 0;
    if (m.mine && m.keys && m.hidden) {
        for (size_t j = 0; j < k->count; j++)
            if (!k->items[j].used && strcmp(k->items[j].path, path) == 0) {
                m.mine[m.mine_count++] = j;
                k->items[j].seen = 1;
            }
        for (size_t i = 0; i < n; i++)
            fingerprint_of(report, bl_report_diagnostic(report, i), &m.keys[i]);
        if (m.mine_count) {
            match_pass(&m, n, 0);
            match_pass(&m, n, 1);
        }
        for (size_t i = 0; i < n; i++)
            hidden += m.hidden[i];
        if (hidden)
            bl_report_filter(report, keep_unhidden, &m);
    }
    free(m.mine);
    free(m.keys);
    free(m.hidden);
    return hidden;
}

void known_findings_free(known_findings *k)
{
    for (size_t i = 0; i < k->count; i++) {
        free(k->items[i].path);
        free(k->items[i].rule);
        free(k->items[i].reason);
        free(k->items[i].origin);
    }
    free(k->items);
    memset(k, 0, sizeof *k);
}
