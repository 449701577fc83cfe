/* format_json.c - --format json: the public, stable JSON shape (fields are added, never renamed). */
#include <stdlib.h>

#include "cli.h"
#include "json.h"

typedef struct json_writer {
    bl_json json;
} json_writer;

static json_writer *json_begin(FILE *out)
{
    json_writer *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    bl_json_init(&w->json, out, 0);
    bl_json *j = &w->json;
    bl_json_object(j);
    bl_json_key(j, "tool");
    bl_json_object(j);
    bl_json_field_string(j, "name", "bulletin-lint");
    bl_json_field_string(j, "version", bl_version());
    bl_json_object_end(j);
    bl_json_key(j, "files");
    bl_json_array(j);
    return w;
}

static void json_write_report(json_writer *w, const bl_report *report)
{
    bl_json *j = &w->json;
    bl_json_object(j);
    bl_json_field_string(j, "path", bl_report_path(report));
    bl_json_key(j, "encoding");
    if (bl_report_error(report))
        bl_json_null(j);
    else
        bl_json_string(j, bl_report_encoding(report));
    bl_json_field_string(j, "error", bl_report_error(report));
    bl_json_key(j, "diagnostics");
    bl_json_array(j);
    for (size_t i = 0; i < bl_report_diagnostic_count(report); i++) {
        const bl_diagnostic *d = bl_report_diagnostic(report, i);
        bl_json_object(j);
        bl_json_field_string(j, "rule", d->rule);
        bl_json_field_string(j, "category", d->category);
        bl_json_field_string(j, "severity", bl_severity_name(d->severity));
        bl_json_field_int(j, "line", d->line);
        bl_json_field_int(j, "column", d->column);
        bl_json_field_int(j, "end_line", d->end_line);
        bl_json_field_int(j, "end_column", d->end_column);
        bl_json_field_string(j, "message", d->message);
        bl_json_field_string(j, "suggestion", d->suggestion);
        finding_key key; /* as the baseline and the accepted findings know it */
        fingerprint_of(report, d, &key);
        char hex[17];
        snprintf(hex, sizeof hex, "%016llx", (unsigned long long)key.exact);
        bl_json_field_string(j, "fingerprint", hex);
        bl_json_object_end(j);
    }
    bl_json_array_end(j);
    if (bl_report_rule_failure_count(report)) {
        bl_json_key(j, "rule_failures");
        bl_json_array(j);
        for (size_t i = 0; i < bl_report_rule_failure_count(report); i++) {
            const bl_rule_failure *f = bl_report_rule_failure(report, i);
            bl_json_object(j);
            bl_json_field_string(j, "rule", f->rule);
            bl_json_field_string(j, "message", f->message);
            bl_json_object_end(j);
        }
        bl_json_array_end(j);
    }
    bl_json_object_end(j);
}

static void json_end(json_writer *w, const totals *t)
{
    bl_json *j = &w->json;
    bl_json_array_end(j);
    bl_json_key(j, "summary");
    bl_json_object(j);
    bl_json_field_int(j, "files", (int64_t)t->files);
    bl_json_field_int(j, "errors", (int64_t)t->errors);
    bl_json_field_int(j, "warnings", (int64_t)t->warnings);
    bl_json_field_int(j, "infos", (int64_t)t->infos);
    bl_json_field_int(j, "unreadable", (int64_t)t->unreadable);
    bl_json_object_end(j);
    bl_json_object_end(j);
    fputc('\n', j->out);
    free(w);
}

/* ------------------------------------------------------------------ the format */

static void *json_format_begin(const format_setup *setup)
{
    return setup->mode == OUTPUT_DUMP ? NULL : json_begin(setup->out);
}

static void json_format_file(void *state, const format_setup *setup, bl_report **report)
{
    (void)setup;
    if (state)
        json_write_report(state, *report);
}

static void json_format_end(void *state, const format_setup *setup, const totals *t)
{
    (void)setup;
    if (state)
        json_end(state, t);
}

const output_format json_format = {"json", json_format_begin, json_format_file, json_format_end};
