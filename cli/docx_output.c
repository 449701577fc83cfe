/* docx_output.c - Word documents out: --format docx (a copy of the draft with every finding as a
 * review comment), and --fix / --fix-dry-run on a .docx (the safe fixes as tracked changes). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

static char *say(const char *path, const char *what)
{
    size_t n = strlen(path) + strlen(what) + 4;
    char *m = malloc(n);
    if (m)
        snprintf(m, n, "%s: %s", path, what);
    return m;
}

/* The draft's bytes again (the engine does not keep them). NULL with *error. */
static char *reread(const bl_report *report, size_t *len, char **error)
{
    const char *why = NULL;
    char *bytes = read_input(bl_report_path(report), len, &why, NULL, 0);
    if (!bytes)
        *error = say(bl_report_path(report), why ? why : "cannot read it again");
    return bytes;
}

/* ------------------------------------------------------------------ --format docx */

typedef struct docx_state {
    int written;
} docx_state;

static void *docx_begin(const format_setup *setup)
{
    (void)setup;
    return calloc(1, sizeof(docx_state));
}

static void fail(const format_setup *setup, const char *path, const char *what)
{
    fprintf(stderr, "bulletin-lint: %s: %s\n", path, what);
    *setup->trouble = 1;
}

static void docx_file(void *state, const format_setup *setup, bl_report **report_ptr)
{
    docx_state *st = state;
    const bl_report *report = *report_ptr;
    if (bl_report_error(report) || !st)
        return; /* said already; the exit status is 2 and nothing is written */
    const char *path = bl_report_path(report);
    if (!bl_report_is_docx(report)) {
        fail(setup, path, "--format docx writes the findings into a Word document, and this is not one "
                          "(for a text file use --format html)");
        return;
    }
    char *error = NULL;
    size_t len = 0;
    char *bytes = reread(report, &len, &error);
    char *copy = NULL;
    size_t copy_len = 0, comments = 0;
    bl_error err = {{0}};
    bl_docx_options opts = BL_DOCX_OPTIONS_INIT;
    if (bytes && bl_docx_write_comments(report, bytes, len, &opts, &copy, &copy_len, &comments, &err) != BL_OK)
        error = say(path, err.message[0] ? err.message : "out of memory");
    if (copy && write_atomically(setup->output, copy, copy_len, NULL, &error) != 0) {
        char *why = error;
        error = say(setup->output, why ? why : strerror(EIO));
        free(why);
    } else if (copy) {
        fprintf(stderr, "bulletin-lint: %s: %zu comment%s on %s\n", setup->output, comments, comments == 1 ? "" : "s",
                path);
        st->written = 1;
    }
    if (error) {
        fprintf(stderr, "bulletin-lint: %s\n", error);
        *setup->trouble = 1;
    }
    free(error);
    free(copy);
    free(bytes);
}

static void docx_end(void *state, const format_setup *setup, const totals *t)
{
    (void)setup;
    (void)t;
    free(state);
}

const output_format docx_format = {"docx", docx_begin, docx_file, docx_end};

/* ------------------------------------------------------------------ --fix, --fix-dry-run */

int docx_fixed_bytes(const bl_report *report, const char *path, char **out, size_t *out_len, size_t *changes,
                     char **error)
{
    size_t len = 0, skipped = 0;
    *out = NULL;
    *changes = 0;
    char *bytes = reread(report, &len, error);
    if (!bytes)
        return -1;
    bl_error err = {{0}};
    bl_docx_options opts = BL_DOCX_OPTIONS_INIT;
    int status = bl_docx_write_fixes(report, bytes, len, &opts, out, out_len, changes, &skipped, &err);
    free(bytes);
    if (status != BL_OK) {
        *error = say(path, err.message[0] ? err.message : "out of memory");
        return -1;
    }
    if (skipped)
        fprintf(stderr, "bulletin-lint: %s: %zu fix%s left for the editor (in a field, a numbering label or "
                        "another tracked change)\n", path, skipped, skipped == 1 ? "" : "es");
    return 0;
}

/* The text with every line break inside a paragraph shown as ↵: a paragraph a line. */
static char *by_paragraph(const char *text, size_t len, const uint32_t *starts, size_t count, size_t *out_len)
{
    char *s = malloc(len * 3 + 1);
    if (!s)
        return NULL;
    size_t o = 0, p = 0;
    for (size_t i = 0; i < len; i++) {
        while (p < count && starts[p] <= i)
            p++;
        int paragraph_end = text[i] == '\n' && (p >= count ? i + 1 == len : starts[p] == i + 1);
        if (text[i] == '\n' && !paragraph_end) {
            memcpy(s + o, "\xE2\x86\xB5", 3);
            o += 3;
        } else {
            s[o++] = text[i];
        }
    }
    s[o] = '\0';
    *out_len = o;
    return s;
}

int docx_fix_dry_run(const bl_report *report, FILE *out, char **error, size_t *changes)
{
    char *fixed = NULL;
    size_t fixed_len = 0;
    if (docx_fixed_bytes(report, bl_report_path(report), &fixed, &fixed_len, changes, error) != 0)
        return -1;
    if (*changes == 0) {
        free(fixed);
        return 0;
    }
    size_t len = 0;
    char *bytes = reread(report, &len, error);
    char *texts[2] = {NULL, NULL};
    size_t lens[2] = {0, 0}, counts[2] = {0, 0};
    uint32_t *starts[2] = {NULL, NULL};
    bl_error err = {{0}};
    int ok = bytes && bl_docx_read_text(bytes, len, &texts[0], &lens[0], &starts[0], &counts[0], &err) == BL_OK &&
             bl_docx_read_text(fixed, fixed_len, &texts[1], &lens[1], &starts[1], &counts[1], &err) == BL_OK;
    if (ok) {
        size_t a_len = 0, b_len = 0;
        char *a = by_paragraph(texts[0], lens[0], starts[0], counts[0], &a_len);
        char *b = by_paragraph(texts[1], lens[1], starts[1], counts[1], &b_len);
        if (a && b)
            fix_print_diff(out, bl_report_path(report), a, a_len, b, b_len);
        free(a);
        free(b);
    } else if (!*error) {
        *error = say(bl_report_path(report), err.message[0] ? err.message : "out of memory");
    }
    for (int i = 0; i < 2; i++) {
        free(texts[i]);
        free(starts[i]);
    }
    free(bytes);
    free(fixed);
    return ok ? 0 : -1;
}
