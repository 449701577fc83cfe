/* format_ci.c - outputs for pipelines: SARIF 2.1.0 (code scanning), JUnit XML (one test case per
 * file) and GitHub workflow annotations. */
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "cli.h"
#include "json.h"

/* ------------------------------------------------------------------ SARIF 2.1.0 */

/* A file that could not be read, or a rule that failed on a file: SARIF reports these as the
 * invocation's tool execution notifications, written at the end. */
typedef struct sarif_notification {
    char *path, *rule, *message;  /* owned; rule is NULL for a file that could not be read */
} sarif_notification;

typedef struct sarif_writer {
    bl_json json;
    const bl_engine *engine;
    sarif_notification *notes;     /* owned */
    size_t note_count, note_cap;
} sarif_writer;

static const char *sarif_level(bl_severity s)
{
    return s == BL_SEVERITY_ERROR ? "error" : s == BL_SEVERITY_WARNING ? "warning" : "note";
}

static sarif_writer *sarif_begin(FILE *out, const bl_engine *engine)
{
    sarif_writer *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->engine = engine;
    bl_json *j = &w->json;
    bl_json_init(j, out, 0);
    bl_json_object(j);
    bl_json_field_string(j, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    bl_json_field_string(j, "version", "2.1.0");
    bl_json_key(j, "runs");
    bl_json_array(j);
    bl_json_object(j);
    bl_json_key(j, "tool");
    bl_json_object(j);
    bl_json_key(j, "driver");
    bl_json_object(j);
    bl_json_field_string(j, "name", "bulletin-lint");
    bl_json_field_string(j, "version", bl_version());
    bl_json_key(j, "rules");
    bl_json_array(j);
    for (size_t i = 0; i < bl_engine_rule_count(engine); i++) {
        const bl_rule_info *r = bl_engine_rule(engine, i);
        bl_json_object(j);
        bl_json_field_string(j, "id", r->id);
        bl_json_key(j, "shortDescription");
        bl_json_object(j);
        bl_json_field_string(j, "text", r->summary);
        bl_json_object_end(j);
        if (r->explanation) {
            bl_json_key(j, "fullDescription");
            bl_json_object(j);
            bl_json_field_string(j, "text", r->explanation);
            bl_json_object_end(j);
            bl_json_key(j, "help");
            bl_json_object(j);
            bl_json_field_string(j, "text", r->explanation);
            bl_json_object_end(j);
        }
        bl_json_key(j, "defaultConfiguration");
        bl_json_object(j);
        bl_json_field_string(j, "level", sarif_level(r->severity));
        bl_json_object_end(j);
        bl_json_key(j, "properties");
        bl_json_object(j);
        bl_json_field_string(j, "category", r->category);
        bl_json_object_end(j);
        bl_json_object_end(j);
    }
    bl_json_array_end(j);
    bl_json_object_end(j); /* driver */
    bl_json_object_end(j); /* tool */
    bl_json_field_string(j, "columnKind", "unicodeCodePoints");
    bl_json_key(j, "results");
    bl_json_array(j);
    return w;
}

static long rule_index(const bl_engine *engine, const char *id)
{
    for (size_t i = 0; i < bl_engine_rule_count(engine); i++)
        if (strcmp(bl_engine_rule(engine, i)->id, id) == 0)
            return (long)i;
    return -1;
}

static void add_notification(sarif_writer *w, const char *path, const char *rule, const char *message)
{
    if (BL_ARRAY_RESERVE(w->notes, w->note_count + 1, w->note_cap, 8))
        return;
    sarif_notification *n = &w->notes[w->note_count];
    n->path = strdup(path);
    n->rule = rule ? strdup(rule) : NULL;
    n->message = strdup(message);
    if (n->path && n->message && (n->rule || !rule)) {
        w->note_count++;
        return;
    }
    free(n->path);
    free(n->rule);
    free(n->message);
}

/* "locations":[{"physicalLocation":{"artifactLocation":{"uri":path}, left open for a region;
 * close_location ends it. */
static void open_location(bl_json *j, const char *path)
{
    bl_json_key(j, "locations");
    bl_json_array(j);
    bl_json_object(j);
    bl_json_key(j, "physicalLocation");
    bl_json_object(j);
    bl_json_key(j, "artifactLocation");
    bl_json_object(j);
    bl_json_field_string(j, "uri", path);
    bl_json_object_end(j);
}

static void close_location(bl_json *j)
{
    bl_json_object_end(j); /* physicalLocation */
    bl_json_object_end(j);
    bl_json_array_end(j);
}

static void sarif_write_report(sarif_writer *w, const bl_report *report)
{
    bl_json *j = &w->json;
    if (bl_report_error(report))
        add_notification(w, bl_report_path(report), NULL, bl_report_error(report));
    for (size_t i = 0; i < bl_report_rule_failure_count(report); i++) {
        const bl_rule_failure *f = bl_report_rule_failure(report, i);
        add_notification(w, bl_report_path(report), f->rule, f->message);
    }
    for (size_t i = 0; i < bl_report_diagnostic_count(report); i++) {
        const bl_diagnostic *d = bl_report_diagnostic(report, i);
        bl_json_object(j);
        bl_json_field_string(j, "ruleId", d->rule);
        long index = rule_index(w->engine, d->rule);
        if (index >= 0) {
            bl_json_field_int(j, "ruleIndex", index);
        }
        bl_json_field_string(j, "level", sarif_level(d->severity));
        bl_json_key(j, "message");
        bl_json_object(j);
        bl_json_key(j, "text");
        if (d->suggestion) {
            size_t n = strlen(d->message) + strlen(d->suggestion) + 32;
            char *text = malloc(n);
            if (text) {
                snprintf(text, n, "%s（建议：%s）", d->message, d->suggestion);
                bl_json_string(j, text);
                free(text);
            } else {
                bl_json_string(j, d->message);
            }
        } else {
            bl_json_string(j, d->message);
        }
        bl_json_object_end(j);
        open_location(j, bl_report_path(report));
        bl_json_key(j, "region");
        bl_json_object(j);
        bl_json_field_int(j, "startLine", d->line);
        bl_json_field_int(j, "startColumn", d->column);
        bl_json_field_int(j, "endLine", d->end_line);
        bl_json_field_int(j, "endColumn", d->end_column);
        bl_json_object_end(j);
        close_location(j);
        finding_key key; /* how code scanning tracks a result across commits: no line number */
        fingerprint_of(report, d, &key);
        char hex[17];
        snprintf(hex, sizeof hex, "%016llx", (unsigned long long)key.exact);
        bl_json_key(j, "partialFingerprints");
        bl_json_object(j);
        bl_json_field_string(j, "bulletinLint/v2", hex);
        bl_json_object_end(j);
        bl_json_object_end(j);
    }
}

/* The run's one invocation: whether every file was read and every rule ran, and if not, why. */
static void write_invocation(sarif_writer *w)
{
    bl_json *j = &w->json;
    bl_json_key(j, "invocations");
    bl_json_array(j);
    bl_json_object(j);
    bl_json_field_bool(j, "executionSuccessful", w->note_count == 0);
    bl_json_key(j, "toolExecutionNotifications");
    bl_json_array(j);
    for (size_t i = 0; i < w->note_count; i++) {
        const sarif_notification *n = &w->notes[i];
        bl_json_object(j);
        bl_json_field_string(j, "level", "error");
        bl_json_key(j, "message");
        bl_json_object(j);
        bl_json_field_string(j, "text", n->message);
        bl_json_object_end(j);
        open_location(j, n->path);
        close_location(j);
        if (n->rule) {
            bl_json_key(j, "associatedRule");
            bl_json_object(j);
            bl_json_field_string(j, "id", n->rule);
            long index = rule_index(w->engine, n->rule);
            if (index >= 0)
                bl_json_field_int(j, "index", index);
            bl_json_object_end(j);
        }
        bl_json_object_end(j);
        free(n->path);
        free(n->rule);
        free(n->message);
    }
    bl_json_array_end(j);
    bl_json_object_end(j);
    bl_json_array_end(j);
    free(w->notes);
}

static void sarif_end(sarif_writer *w)
{
    bl_json *j = &w->json;
    bl_json_array_end(j); /* results */
    write_invocation(w);
    bl_json_object_end(j); /* run */
    bl_json_array_end(j); /* runs */
    bl_json_object_end(j);
    fputc('\n', j->out);
    free(w);
}

/* ------------------------------------------------------------------ JUnit XML */

static void xml_text(FILE *out, const char *s)
{
    markup_escape(out, s, strlen(s), 1);
}

void junit_write(FILE *out, bl_report *const *reports, size_t count, int fail_on)
{
    size_t failures = 0, errors = 0;
    for (size_t i = 0; i < count; i++) {
        if (bl_report_error(reports[i])) {
            errors++;
            continue;
        }
        for (size_t k = 0; k < bl_report_diagnostic_count(reports[i]); k++)
            if ((int)bl_report_diagnostic(reports[i], k)->severity >= fail_on) {
                failures++;
                break;
            }
    }
    fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    fprintf(out, "<testsuites name=\"bulletin-lint\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\">\n", count, failures, errors);
    fprintf(out, "  <testsuite name=\"bulletin-lint\" tests=\"%zu\" failures=\"%zu\" errors=\"%zu\">\n", count, failures, errors);
    for (size_t i = 0; i < count; i++) {
        const bl_report *r = reports[i];
        fputs("    <testcase classname=\"bulletin-lint\" name=\"", out);
        xml_text(out, bl_report_path(r));
        fputs("\">\n", out);
        if (bl_report_error(r)) {
            fputs("      <error message=\"", out);
            xml_text(out, bl_report_error(r));
            fputs("\"/>\n", out);
        } else {
            size_t failing = 0;
            for (size_t k = 0; k < bl_report_diagnostic_count(r); k++)
                failing += (int)bl_report_diagnostic(r, k)->severity >= fail_on;
            if (failing) {
                fprintf(out, "      <failure message=\"%zu problem%s\" type=\"bulletin-lint\">", failing, failing == 1 ? "" : "s");
                for (size_t k = 0; k < bl_report_diagnostic_count(r); k++) {
                    const bl_diagnostic *d = bl_report_diagnostic(r, k);
                    if ((int)d->severity < fail_on)
                        continue;
                    char line[64];
                    snprintf(line, sizeof line, ":%u:%u: %s: ", d->line, d->column, bl_severity_name(d->severity));
                    xml_text(out, bl_report_path(r));
                    xml_text(out, line);
                    xml_text(out, d->message);
                    fputs(" [", out);
                    xml_text(out, d->rule);
                    fputs("]\n", out);
                }
                fputs("</failure>\n", out);
            }
        }
        fputs("    </testcase>\n", out);
    }
    fputs("  </testsuite>\n</testsuites>\n", out);
}

/* ------------------------------------------------------------------ GitHub annotations */

/* Workflow-command escaping: % \r \n always; : and , as well in properties. */
static void github_escape(FILE *out, const char *s, int property)
{
    for (; *s; s++) {
        if (*s == '%')
            fputs("%25", out);
        else if (*s == '\r')
            fputs("%0D", out);
        else if (*s == '\n')
            fputs("%0A", out);
        else if (property && *s == ':')
            fputs("%3A", out);
        else if (property && *s == ',')
            fputs("%2C", out);
        else
            fputc(*s, out);
    }
}

void github_write_report(FILE *out, const bl_report *report)
{
    if (bl_report_error(report)) {
        fputs("::error file=", out);
        github_escape(out, bl_report_path(report), 1);
        fputs("::", out);
        github_escape(out, bl_report_error(report), 0);
        fputc('\n', out);
        return;
    }
    for (size_t i = 0; i < bl_report_diagnostic_count(report); i++) {
        const bl_diagnostic *d = bl_report_diagnostic(report, i);
        fprintf(out, "::%s file=", d->severity == BL_SEVERITY_ERROR ? "error" : d->severity == BL_SEVERITY_WARNING ? "warning" : "notice");
        github_escape(out, bl_report_path(report), 1);
        fprintf(out, ",line=%u,col=%u,endLine=%u,endColumn=%u,title=", d->line, d->column, d->end_line, d->end_column);
        github_escape(out, d->rule, 1);
        fputs("::", out);
        github_escape(out, d->message, 0);
        if (d->suggestion) {
            fputs("（建议：", out);
            github_escape(out, d->suggestion, 0);
            fputs("）", out);
        }
        fputc('\n', out);
    }
}

/* ------------------------------------------------------------------ the formats */

static void *sarif_format_begin(const format_setup *setup)
{
    return setup->mode == OUTPUT_DUMP ? NULL : sarif_begin(setup->out, setup->engine);
}

static void sarif_format_file(void *state, const format_setup *setup, bl_report **report)
{
    (void)setup;
    if (state)
        sarif_write_report(state, *report);
}

static void sarif_format_end(void *state, const format_setup *setup, const totals *t)
{
    (void)setup;
    (void)t;
    if (state)
        sarif_end(state);
}

const output_format sarif_format = {"sarif", sarif_format_begin, sarif_format_file, sarif_format_end};

/* JUnit keeps the reports of a check for the end (its totals come first); after --fix-dry-run it
 * writes an empty suite, after --dump nothing. */
static void *junit_format_begin(const format_setup *setup)
{
    return setup->mode == OUTPUT_DUMP ? NULL : calloc(1, sizeof(kept_reports));
}

static void junit_format_file(void *state, const format_setup *setup, bl_report **report)
{
    if (state && setup->mode == OUTPUT_FINDINGS)
        kept_reports_take(state, report);
}

static void junit_format_end(void *state, const format_setup *setup, const totals *t)
{
    (void)t;
    kept_reports *kept = state;
    if (!kept)
        return;
    junit_write(setup->out, kept->items, kept->count, setup->fail_on);
    kept_reports_free(kept);
    free(kept);
}

const output_format junit_format = {"junit", junit_format_begin, junit_format_file, junit_format_end};

static void github_format_file(void *state, const format_setup *setup, bl_report **report)
{
    (void)state;
    github_write_report(setup->out, *report);
}

const output_format github_format = {"github", NULL, github_format_file, NULL};
