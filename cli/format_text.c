/* format_text.c - the default output: FILE:LINE:COL: SEVERITY: MESSAGE [RULE], the source line
 * with a caret under the span, the suggestion, and a summary line. */
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"
#include "utf8.h"


#define BOLD "\033[1m"
#define RED "\033[1;31m"
#define YELLOW "\033[1;33m"
#define CYAN "\033[1;36m"
#define GREEN "\033[1;32m"
#define DIM "\033[2m"
#define RESET "\033[0m"

static const char *severity_color(bl_severity s)
{
    return s == BL_SEVERITY_ERROR ? RED : s == BL_SEVERITY_WARNING ? YELLOW : CYAN;
}

int display_width_of(const char *s, size_t len)
{
    int width = 0;
    for (size_t pos = 0; pos < len;)
        width += bl_display_width(bl_utf8_next(s, len, &pos));
    return width;
}

/* Byte offset of character column col (1-based) in line, or len past the end. */
static size_t offset_of_column(const char *line, size_t len, uint32_t col)
{
    size_t pos = 0;
    for (uint32_t c = 1; c < col && pos < len; c++)
        bl_utf8_next(line, len, &pos);
    return pos;
}

/* The window of a line that fits in `avail` terminal columns: from `from` to `to` (bytes), with
 * the finding's start inside and about a third of the room before it; "…" marks a cut end and
 * takes one column of the room. */
static void fit_window(const char *line, size_t len, size_t start, int avail, size_t *from_out, size_t *to_out)
{
    size_t from = 0, to = len;
    if (display_width_of(line, len) <= avail) {
        *from_out = from;
        *to_out = to;
        return;
    }
    int room = avail - 2 > 8 ? avail - 2 : 8; /* both ends may be cut */
    int before = 0;
    from = start;
    while (from > 0) {
        size_t p = from;
        int w = bl_display_width(bl_utf8_prev(line, &p));
        if (before + w > room / 3)
            break;
        before += w;
        from = p;
    }
    int used = 0;
    to = from;
    while (to < len) {
        size_t p = to;
        int w = bl_display_width(bl_utf8_next(line, len, &p));
        if (used + w > room)
            break;
        used += w;
        to = p;
    }
    while (to == len && from > 0) { /* the end is in view: give the room left to the text before */
        size_t p = from;
        int w = bl_display_width(bl_utf8_prev(line, &p));
        if (used + w > room + 1) /* only the start is cut now */
            break;
        used += w;
        from = p;
    }
    *from_out = from;
    *to_out = to;
}

int terminal_width(void)
{
    const char *columns = getenv("COLUMNS");
    if (columns && *columns) {
        char *end;
        long n = strtol(columns, &end, 10);
        if (!*end && n >= 20 && n <= 1000)
            return (int)n;
    }
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
        return ws.ws_col;
    return 80;
}

/* The terminal's width for the excerpts: the style's, never below 40. */
static int excerpt_width(const text_style *st)
{
    return st->width >= 40 ? st->width : st->width > 0 ? 40 : 80;
}

static void write_excerpt(FILE *out, const bl_report *report, const bl_diagnostic *d, const text_style *st)
{
    size_t len;
    const char *line = bl_report_source_line(report, d->line, &len);
    if (!line)
        return;
    size_t start = offset_of_column(line, len, d->column);
    size_t end = d->end_line == d->line && d->end_column > d->column
                     ? offset_of_column(line, len, d->end_column)
                     : len;
    if (end <= start) /* an empty span or one at the line's end: one caret */
        end = start;
    char gutter[16];
    int gw = snprintf(gutter, sizeof gutter, "%u", d->line);
    size_t from, to;
    fit_window(line, len, start, excerpt_width(st) - gw - 3, &from, &to);
    if (end > to)
        end = to;
    fprintf(out, "%s%*s |%s %s", st->color ? DIM : "", gw, gutter, st->color ? RESET : "", from ? "…" : "");
    for (size_t i = from; i < to; i++) /* tabs would break the caret alignment */
        fputc(line[i] == '\t' ? ' ' : line[i], out);
    fprintf(out, "%s\n", to < len ? "…" : "");
    int pad = display_width_of(line + from, start - from) + (from ? 1 : 0);
    int carets = end > start ? display_width_of(line + start, end - start) : 1;
    fprintf(out, "%s%*s |%s %*s%s", st->color ? DIM : "", gw, "", st->color ? RESET : "", pad, "",
            st->color ? GREEN : "");
    for (int i = 0; i < (carets ? carets : 1); i++)
        fputc('^', out);
    fprintf(out, "%s\n", st->color ? RESET : "");
    if (d->suggestion)
        fprintf(out, "%*s = %s%s%s：%s\n", gw, "", st->color ? BOLD : "", "建议", st->color ? RESET : "",
                d->suggestion);
}

void text_write_report(FILE *out, const bl_report *report, const text_style *st)
{
    const char *path = bl_report_path(report);
    for (size_t i = 0; i < bl_report_diagnostic_count(report); i++) {
        const bl_diagnostic *d = bl_report_diagnostic(report, i);
        fprintf(out, "%s%s:%u:%u:%s %s%s:%s %s [%s]\n", st->color ? BOLD : "", path, d->line, d->column,
                st->color ? RESET : "", st->color ? severity_color(d->severity) : "",
                severity_label(d->severity), st->color ? RESET : "", d->message, d->rule);
        write_excerpt(out, report, d, st);
    }
}

const char *severity_label(bl_severity s)
{
    return s == BL_SEVERITY_ERROR ? _("error") : s == BL_SEVERITY_WARNING ? _("warning") : _("info");
}

void text_write_summary(FILE *out, const totals *t, const text_style *st)
{
    size_t problems = t->errors + t->warnings + t->infos, checked = t->files - t->unreadable;
    char files[64], count[96], errors[64], warnings[64], infos[64];
    snprintf(files, sizeof files, bl_ntr("%zu file", "%zu files", checked), checked);
    if (problems == 0) {
        fprintf(out, "%s", st->color && checked ? GREEN : "");
        fprintf(out, _("no problems in %s"), files);
        fprintf(out, "%s", st->color && checked ? RESET : "");
    } else {
        char n[64];
        snprintf(n, sizeof n, bl_ntr("%zu problem", "%zu problems", problems), problems);
        snprintf(count, sizeof count, "%s%s%s", st->color ? BOLD : "", n, st->color ? RESET : "");
        snprintf(errors, sizeof errors, bl_ntr("%zu error", "%zu errors", t->errors), t->errors);
        snprintf(warnings, sizeof warnings, bl_ntr("%zu warning", "%zu warnings", t->warnings), t->warnings);
        snprintf(infos, sizeof infos, bl_ntr("%zu info", "%zu infos", t->infos), t->infos);
        /* TRANSLATORS: the problems, then the errors, warnings and infos among them, then the files */
        fprintf(out, _("%1$s (%2$s, %3$s, %4$s) in %5$s"), count, errors, warnings, infos, files);
    }
    size_t not_checked = t->unreadable + t->unchecked; /* "no problems" must not read as clean */
    if (not_checked) {
        char n[64];
        snprintf(n, sizeof n, bl_ntr("%zu file", "%zu files", not_checked), not_checked);
        fprintf(out, "%s", st->color ? RED : "");
        fprintf(out, _("; %s not checked (see the errors above)"), n);
        fprintf(out, "%s", st->color ? RESET : "");
    }
    fputc('\n', out);
}

/* ------------------------------------------------------------------ the format */

static void text_file(void *state, const format_setup *setup, bl_report **report)
{
    (void)state;
    if (!bl_report_error(*report)) /* an unreadable file is named on standard error */
        text_write_report(setup->out, *report, &setup->style);
}

static void text_end(void *state, const format_setup *setup, const totals *t)
{
    (void)state;
    if (setup->mode == OUTPUT_FINDINGS)
        text_write_summary(setup->out, t, &setup->style);
}

const output_format text_format = {"text", NULL, text_file, text_end};
