/* docx_report.c - the findings of a report as comments in its .docx, and its fixes as tracked
 * changes (docx.h): lines and columns, and fixes' byte offsets, turned into ranges of paragraphs. */
#include "bulletin_lint/docx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "document.h"
#include "docx_edit.h"
#include "report.h"
#include "source.h"

int bl_report_is_docx(const bl_report *r)
{
    return r && r->source.text && r->source.reader && strcmp(r->source.reader, "docx") == 0;
}

static void date_now(const bl_docx_options *opts, char *buf, size_t size)
{
    if (opts && opts->date) {
        snprintf(buf, size, "%s", opts->date);
        return;
    }
    const char *epoch = getenv("SOURCE_DATE_EPOCH"); /* reproducible output, as for builds */
    time_t t = epoch && *epoch ? (time_t)strtoll(epoch, NULL, 10) : time(NULL);
    struct tm tm;
    if (!gmtime_r(&t, &tm) || !strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm))
        snprintf(buf, size, "2000-01-01T00:00:00Z");
}

/* Byte offset in paragraph `line` (1-based) of character `column` (1-based). */
static uint32_t byte_of_column(const bl_source *src, uint32_t line, uint32_t column)
{
    uint32_t len, start = bl_source_reported_line(src, line, &len);
    uint32_t b = 0;
    for (uint32_t c = 1; c < column && b < len; c++) {
        b++;
        while (b < len && ((unsigned char)src->text[start + b] & 0xC0) == 0x80)
            b++;
    }
    return b;
}

static int not_docx(bl_error *err)
{
    snprintf(err->message, sizeof err->message, "not a Word document: comments and tracked changes need a .docx");
    return BL_ERR_USAGE;
}

static const char *severity_label(bl_severity s)
{
    return s == BL_SEVERITY_ERROR ? "［错误］" : s == BL_SEVERITY_WARNING ? "［警告］" : "［提示］";
}

static char *joined(const char *a, const char *b, const char *c)
{
    size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
    char *s = malloc(n);
    if (s)
        snprintf(s, n, "%s%s%s", a, b, c);
    return s;
}

int bl_docx_write_comments(const bl_report *r, const char *bytes, size_t len, const bl_docx_options *opts,
                           char **out, size_t *out_len, size_t *count, bl_error *err)
{
    *out = NULL;
    *count = 0;
    if (!bl_report_is_docx(r))
        return not_docx(err);
    const bl_source *src = &r->source;
    uint32_t lines = bl_source_reported_line_count(src);
    size_t n = r->diagnostic_count;
    bl_docx_comment *comments = calloc(n ? n : 1, sizeof *comments);
    char **texts = calloc(n * 3 + 1, sizeof *texts);
    int status = comments && texts ? BL_OK : BL_ERR_NOMEM;
    size_t k = 0;
    for (size_t i = 0; status == BL_OK && i < n; i++) {
        const bl_diagnostic *d = &r->diagnostics[i];
        uint32_t line = d->line >= 1 && d->line <= lines ? d->line : lines ? lines : 1;
        uint32_t end_line = d->end_line >= line && d->end_line <= lines ? d->end_line : line;
        if (lines == 0)
            continue; /* a document without paragraphs: nowhere to anchor */
        bl_docx_comment *c = &comments[k++];
        c->para = line - 1;
        c->end_para = end_line - 1;
        c->from = byte_of_column(src, line, d->column);
        c->to = byte_of_column(src, end_line, d->end_column);
        if (c->end_para == c->para && c->to < c->from)
            c->to = c->from;
        texts[3 * i] = joined(severity_label(d->severity), d->message, "");
        texts[3 * i + 1] = d->suggestion ? joined("建议：", d->suggestion, "") : NULL;
        texts[3 * i + 2] = joined("（bulletin-lint：", d->rule, "）");
        if (!texts[3 * i] || !texts[3 * i + 2] || (d->suggestion && !texts[3 * i + 1]))
            status = BL_ERR_NOMEM;
        c->paragraphs[0] = texts[3 * i];
        c->paragraphs[1] = texts[3 * i + 1] ? texts[3 * i + 1] : "";
        c->paragraphs[2] = texts[3 * i + 2];
    }
    char date[40];
    date_now(opts, date, sizeof date);
    bl_docx_edit_options eo = {opts && opts->author ? opts->author : "bulletin-lint", date, src->text, src->len};
    if (status == BL_OK)
        status = bl_docx_edit(bytes, len, comments, k, NULL, 0, &eo, out, out_len, count, err);
    for (size_t i = 0; texts && i < n * 3; i++)
        free(texts[i]);
    free(texts);
    free(comments);
    return status;
}

static int by_start(const void *a, const void *b)
{
    const bl_fix *x = *(const bl_fix *const *)a, *y = *(const bl_fix *const *)b;
    return x->start < y->start ? -1 : x->start > y->start;
}

int bl_docx_write_fixes(const bl_report *r, const char *bytes, size_t len, const bl_docx_options *opts,
                        char **out, size_t *out_len, size_t *changes, size_t *skipped, bl_error *err)
{
    *out = NULL;
    *changes = *skipped = 0;
    if (!bl_report_is_docx(r))
        return not_docx(err);
    const bl_source *src = &r->source;
    size_t total = 0;
    for (size_t i = 0; i < r->diagnostic_count; i++)
        total += r->diagnostics[i].fix_count;
    const bl_fix **fixes = malloc((total ? total : 1) * sizeof *fixes);
    bl_docx_change *list = malloc((total ? total : 1) * sizeof *list);
    if (!fixes || !list) {
        free(fixes);
        free(list);
        return BL_ERR_NOMEM;
    }
    size_t n = 0, m = 0;
    for (size_t i = 0; i < r->diagnostic_count; i++)
        for (size_t k = 0; k < r->diagnostics[i].fix_count; k++)
            fixes[n++] = &r->diagnostics[i].fixes[k];
    qsort(fixes, n, sizeof *fixes, by_start);
    uint32_t at = 0;
    for (size_t i = 0; i < n; i++) {
        const bl_fix *f = fixes[i];
        if (f->start < at || f->end > src->len || f->end < f->start)
            continue; /* overlaps a fix already taken, as bl_report_apply_fixes skips it */
        uint32_t line, col, end_line, end_col, plen;
        bl_source_locate(src, f->start, &line, &col);
        bl_source_locate(src, f->end, &end_line, &end_col);
        uint32_t start = bl_source_reported_line(src, line, &plen);
        if (end_line != line || f->end > start + plen) {
            ++*skipped;
            continue;
        }
        list[m++] = (bl_docx_change){line - 1, f->start - start, f->end - start, f->replacement};
        at = f->end;
    }
    char date[40];
    date_now(opts, date, sizeof date);
    bl_docx_edit_options eo = {opts && opts->author ? opts->author : "bulletin-lint", date, src->text, src->len};
    int status = bl_docx_edit(bytes, len, NULL, 0, list, m, &eo, out, out_len, changes, err);
    if (status == BL_OK)
        *skipped += m - *changes;
    free(fixes);
    free(list);
    return status;
}
