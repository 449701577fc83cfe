/* fixes.c - applying the safe fixes of a report's findings: the file rewritten in its own
 * encoding, byte-order mark and line endings (--fix), or as decoded text (--fix-dry-run). */
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "report.h"

static int compare_fixes(const void *a, const void *b)
{
    const bl_fix *x = *(const bl_fix *const *)a, *y = *(const bl_fix *const *)b;
    return x->start < y->start ? -1 : x->start > y->start ? 1 : 0;
}

/* Appends s[0..n) to the growing buffer, turning each LF into the file's own line ending. */
static int append(char **buf, size_t *len, size_t *cap, const char *s, size_t n, const char *eol)
{
    size_t eol_len = strlen(eol);
    for (size_t i = 0; i < n; i++) {
        if (BL_ARRAY_RESERVE(*buf, *len + eol_len + 1, *cap, 4096))
            return -1;
        if (s[i] == '\n') {
            memcpy(*buf + *len, eol, eol_len);
            *len += eol_len;
        } else {
            (*buf)[(*len)++] = s[i];
        }
    }
    return 0;
}

static int apply_fixes(const bl_report *r, int as_decoded, char **out, size_t *out_len, size_t *changes, bl_error *err);

int bl_report_apply_fixes(const bl_report *r, char **out, size_t *out_len, size_t *changes, bl_error *err)
{
    return apply_fixes(r, 0, out, out_len, changes, err);
}

int bl_report_fixed_text(const bl_report *r, char **out, size_t *out_len, size_t *changes, bl_error *err)
{
    return apply_fixes(r, 1, out, out_len, changes, err);
}

static int apply_fixes(const bl_report *r, int as_decoded, char **out, size_t *out_len, size_t *changes, bl_error *err)
{
    *out = NULL;
    *out_len = 0;
    *changes = 0;
    if (!r->source.text) {
        snprintf(err->message, sizeof err->message, "the file could not be read, so it is not changed");
        return BL_ERR_INPUT;
    }
    const bl_source *src = &r->source;
    if (!as_decoded && src->reader && strcmp(src->reader, "docx") == 0) {
        snprintf(err->message, sizeof err->message, "a Word document is fixed as tracked changes (bl_docx_write_fixes), "
                 "not rewritten as text: not changed");
        return BL_ERR_INPUT;
    }
    int kinds = (src->endings_lf > 0) + (src->endings_crlf > 0) + (src->endings_cr > 0);
    if (kinds > 1) {
        snprintf(err->message, sizeof err->message, "mixed line endings (%u LF, %u CRLF, %u CR): not changed",
                 src->endings_lf, src->endings_crlf, src->endings_cr);
        return BL_ERR_INPUT;
    }
    const char *eol = as_decoded ? "\n" : src->endings_crlf ? "\r\n" : src->endings_cr ? "\r" : "\n";
    size_t total = 0;
    for (size_t i = 0; i < r->diagnostic_count; i++)
        total += r->diagnostics[i].fix_count;
    const bl_fix **fixes = malloc((total ? total : 1) * sizeof *fixes);
    if (!fixes)
        return BL_ERR_NOMEM;
    size_t n = 0;
    for (size_t i = 0; i < r->diagnostic_count; i++)
        for (size_t k = 0; k < r->diagnostics[i].fix_count; k++)
            fixes[n++] = &r->diagnostics[i].fixes[k];
    qsort(fixes, n, sizeof *fixes, compare_fixes);
    char *buf = NULL;
    size_t len = 0, cap = 0, at = 0;
    int failed = 0;
    for (size_t i = 0; i < n && !failed; i++) {
        if (fixes[i]->start < at || fixes[i]->end > src->len)
            continue; /* overlaps a fix already applied */
        failed |= append(&buf, &len, &cap, src->text + at, fixes[i]->start - at, eol);
        failed |= append(&buf, &len, &cap, fixes[i]->replacement, strlen(fixes[i]->replacement), eol);
        at = fixes[i]->end;
        ++*changes;
    }
    failed |= append(&buf, &len, &cap, src->text + at, src->len - at, eol);
    free(fixes);
    if (failed) {
        free(buf);
        return BL_ERR_NOMEM;
    }
    /* back to the file's own encoding, with its byte-order mark */
    if (as_decoded) {
        buf = buf ? buf : calloc(1, 1);
        *out = buf;
        *out_len = len;
        return buf ? BL_OK : BL_ERR_NOMEM;
    }
    const char *bom = src->had_bom ? (src->encoding == BL_ENCODING_GB18030 ? "\x84\x31\x95\x33" : "\xEF\xBB\xBF") : "";
    size_t bom_len = strlen(bom);
    if (src->encoding == BL_ENCODING_GB18030) {
        iconv_t cd = iconv_open("GB18030", "UTF-8");
        size_t encoded_cap = len * 2 + bom_len + 8, in_left = len, out_left = encoded_cap - bom_len;
        char *encoded = cd == (iconv_t)-1 ? NULL : malloc(encoded_cap);
        char *in = buf, *o = encoded ? encoded + bom_len : NULL;
        if (!encoded || iconv(cd, &in, &in_left, &o, &out_left) == (size_t)-1) {
            free(encoded);
            free(buf);
            if (cd != (iconv_t)-1)
                iconv_close(cd);
            snprintf(err->message, sizeof err->message, "cannot write the fixed text back as GB18030: not changed");
            return BL_ERR_INPUT;
        }
        iconv_close(cd);
        memcpy(encoded, bom, bom_len);
        free(buf);
        *out = encoded;
        *out_len = (size_t)(o - encoded);
        return BL_OK;
    }
    char *with_bom = malloc(len + bom_len + 1);
    if (!with_bom) {
        free(buf);
        return BL_ERR_NOMEM;
    }
    memcpy(with_bom, bom, bom_len);
    if (len)
        memcpy(with_bom + bom_len, buf, len);
    free(buf);
    *out = with_bom;
    *out_len = len + bom_len;
    return BL_OK;
}
