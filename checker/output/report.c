/* report.c - collecting, sorting and reading back the findings of one file (their fixes are
 * applied in fixes.c). */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "dump.h"
#include "utf8.h"

int bl_report_new(bl_report **out, const char *path)
{
    bl_report *r = calloc(1, sizeof *r);
    if (!r)
        return BL_ERR_NOMEM;
    r->path = bl_arena_strndup(&r->arena, path, strlen(path));
    r->encoding = bl_encoding_name(BL_ENCODING_UTF8);
    if (!r->path) {
        free(r);
        return BL_ERR_NOMEM;
    }
    *out = r;
    return BL_OK;
}

static const char *copy(bl_report *r, const char *s)
{
    return s ? bl_arena_strndup(&r->arena, s, strlen(s)) : NULL;
}

const char *bl_report_clean_text(bl_report *r, const char *s)
{
    static const char ellipsis[] = "…", replacement[] = "\xEF\xBF\xBD";
    size_t len = strlen(s), max = BL_MAX_TEXT_BYTES - (sizeof ellipsis - 1);
    /* cleaned here, then copied at its length: a report of many findings (a file of many bulletins)
     * keeps only the bytes of their texts */
    char out[BL_MAX_TEXT_BYTES + 1];
    size_t n = 0, i = 0;
    while (i < len) {
        uint32_t cp;
        size_t k = bl_utf8_decode(s + i, len - i, &cp);
        const char *add = s + i;
        size_t add_len = k;
        if (k == 0) { /* an invalid byte */
            add = replacement;
            add_len = 3;
            k = 1;
        } else if (cp == '\n' || cp == '\r' || cp == '\t') {
            add = " ";
            add_len = 1;
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            add_len = 0;
        }
        if (n + add_len > max && (n + add_len > BL_MAX_TEXT_BYTES || i + k < len)) {
            memcpy(out + n, ellipsis, sizeof ellipsis - 1);
            n += sizeof ellipsis - 1;
            break;
        }
        memcpy(out + n, add, add_len);
        n += add_len;
        i += k;
    }
    return bl_arena_strndup(&r->arena, out, n);
}

int bl_report_new_unreadable(bl_report **out, const char *path, const char *why)
{
    *out = NULL;
    bl_report *r;
    if (bl_report_new(&r, path) != BL_OK)
        return BL_ERR_NOMEM;
    r->error = copy(r, why);
    if (!r->error) {
        bl_report_free(r);
        return BL_ERR_NOMEM;
    }
    *out = r;
    return BL_OK;
}

int bl_report_add(bl_report *r, const bl_diagnostic *d)
{
    if (BL_ARRAY_RESERVE(r->diagnostics, r->diagnostic_count + 1, r->diagnostic_cap, 16))
        return BL_ERR_NOMEM;
    bl_diagnostic c = *d;
    c.rule = copy(r, d->rule);
    c.category = copy(r, d->category);
    c.message = bl_report_clean_text(r, d->message);
    c.suggestion = d->suggestion ? bl_report_clean_text(r, d->suggestion) : NULL;
    if (!c.rule || !c.category || !c.message || (d->suggestion && !c.suggestion))
        return BL_ERR_NOMEM;
    if (d->fix_count) {
        bl_fix *fixes = bl_arena_alloc(&r->arena, d->fix_count * sizeof *fixes);
        if (!fixes)
            return BL_ERR_NOMEM;
        for (size_t i = 0; i < d->fix_count; i++) {
            fixes[i] = d->fixes[i];
            fixes[i].replacement = copy(r, d->fixes[i].replacement);
            if (!fixes[i].replacement)
                return BL_ERR_NOMEM;
        }
        c.fixes = fixes;
    }
    if (d->place_count) {
        bl_place *places = bl_arena_alloc(&r->arena, d->place_count * sizeof *places);
        if (!places)
            return BL_ERR_NOMEM;
        memcpy(places, d->places, d->place_count * sizeof *places);
        c.places = places;
    }
    r->diagnostics[r->diagnostic_count++] = c;
    return BL_OK;
}

void bl_report_forget(bl_report *r, size_t keep)
{
    if (keep < r->diagnostic_count)
        r->diagnostic_count = keep;
}

int bl_report_add_failure(bl_report *r, const char *rule, const char *message)
{
    if (BL_ARRAY_RESERVE(r->failures, r->failure_count + 1, r->failure_cap, 4))
        return BL_ERR_NOMEM;
    bl_rule_failure f = {copy(r, rule), bl_report_clean_text(r, message)};
    if (!f.rule || !f.message)
        return BL_ERR_NOMEM;
    r->failures[r->failure_count++] = f;
    return BL_OK;
}

static int strcmp_null(const char *a, const char *b)
{
    return strcmp(a ? a : "", b ? b : "");
}

static int compare(const void *pa, const void *pb)
{
    const bl_diagnostic *a = pa, *b = pb;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->column != b->column)
        return a->column < b->column ? -1 : 1;
    int c = strcmp(a->rule, b->rule);
    if (c)
        return c;
    if (a->end_line != b->end_line)
        return a->end_line < b->end_line ? -1 : 1;
    if (a->end_column != b->end_column)
        return a->end_column < b->end_column ? -1 : 1;
    c = strcmp(a->message, b->message);
    return c ? c : strcmp_null(a->suggestion, b->suggestion);
}

void bl_report_finish(bl_report *r)
{
    if (r->diagnostic_count > 1)
        qsort(r->diagnostics, r->diagnostic_count, sizeof *r->diagnostics, compare);
    size_t kept = 0;
    for (size_t i = 0; i < r->diagnostic_count; i++)
        if (kept == 0 || compare(&r->diagnostics[kept - 1], &r->diagnostics[i]) != 0 ||
            r->diagnostics[kept - 1].severity != r->diagnostics[i].severity)
            r->diagnostics[kept++] = r->diagnostics[i];
    r->diagnostic_count = kept;
}

const char *bl_report_path(const bl_report *r) { return r->path; }
const char *bl_report_encoding(const bl_report *r) { return r->encoding; }
const char *bl_report_error(const bl_report *r) { return r->error; }
size_t bl_report_diagnostic_count(const bl_report *r) { return r->diagnostic_count; }
size_t bl_report_rule_failure_count(const bl_report *r) { return r->failure_count; }

const bl_diagnostic *bl_report_diagnostic(const bl_report *r, size_t i)
{
    return i < r->diagnostic_count ? &r->diagnostics[i] : NULL;
}

const bl_rule_failure *bl_report_rule_failure(const bl_report *r, size_t i)
{
    return i < r->failure_count ? &r->failures[i] : NULL;
}

const char *bl_report_source_line(const bl_report *r, uint32_t line, size_t *len)
{
    if (!r->source.text || line == 0 || line > bl_source_reported_line_count(&r->source))
        return NULL;
    uint32_t n;
    uint32_t start = bl_source_reported_line(&r->source, line, &n);
    *len = n;
    return r->source.text + start;
}

int bl_report_keep_document(bl_report *r, bl_document *doc)
{
    if (BL_ARRAY_RESERVE(r->docs, r->doc_count + 1, r->doc_cap, 4)) {
        bl_document_free(doc);
        return BL_ERR_NOMEM;
    }
    r->docs[r->doc_count++] = doc;
    return BL_OK;
}

static void write_one_model(const bl_document *doc, const char *path, bl_model_view view, FILE *out)
{
    if (view == BL_VIEW_CLAIMS)
        bl_dump_claims(doc, path, out);
    else
        bl_dump_model(doc, path, out);
}

int bl_report_write_model(const bl_report *r, bl_model_view view, FILE *out)
{
    if (r->doc_count == 0)
        return BL_ERR_USAGE;
    if (r->doc_count == 1) {
        write_one_model(r->docs[0], r->path, view, out);
        return BL_OK;
    }
    /* a file of several bulletins: an array of their models, in file order */
    fputs("[\n", out);
    for (size_t i = 0; i < r->doc_count; i++) {
        if (i > 0)
            fputs(",\n", out);
        write_one_model(r->docs[i], r->path, view, out);
    }
    fputs("]\n", out);
    return BL_OK;
}

void bl_report_filter(bl_report *r, int (*keep)(const bl_diagnostic *d, void *ctx), void *ctx)
{
    size_t kept = 0;
    for (size_t i = 0; i < r->diagnostic_count; i++)
        if (keep(&r->diagnostics[i], ctx))
            r->diagnostics[kept++] = r->diagnostics[i];
    r->diagnostic_count = kept;
}

static int at_least(const bl_diagnostic *d, void *ctx)
{
    return d->severity >= *(const bl_severity *)ctx;
}

void bl_report_keep_at_least(bl_report *r, bl_severity min)
{
    bl_report_filter(r, at_least, &min);
}

const char *bl_report_text(const bl_report *r, size_t *len)
{
    if (!r->source.text) {
        *len = 0;
        return NULL;
    }
    *len = r->source.len;
    return r->source.text;
}

void bl_report_free(bl_report *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->doc_count; i++)
        bl_document_free(r->docs[i]);
    free(r->docs);
    bl_source_release(&r->source);
    free(r->diagnostics);
    free(r->failures);
    bl_arena_free(&r->arena);
    free(r);
}
