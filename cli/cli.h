/* cli.h - pieces of the bulletin-lint command shared between its files. */
#ifndef BL_CLI_H
#define BL_CLI_H
#include <stdio.h>
#include "bulletin_lint/bulletin_lint.h"

/* ------------------------------------------------------------------ inputs.c */
typedef struct input_list {
    char **paths;          /* owned; "-" is standard input */
    size_t count, cap;
} input_list;

/* Which files a directory walk takes: include globs (default *.txt) and exclude globs, each matched
 * against the path below the walked directory and against the file name (* also matches /). */
typedef struct input_filter {
    const char *const *include;
    size_t include_count;
    const char *const *exclude;
    size_t exclude_count;
} input_filter;

/* Adds a path; a directory is walked when recursive, else it is an error. Errors are printed and
 * counted in *errors; nothing is added for them. A path that does not exist is added: its check
 * reports why it cannot be read, in every output format. */
int inputs_add(input_list *list, const char *path, int recursive, const input_filter *filter, int *errors);
/* Sorts the paths (the output does not depend on the order given) and drops repeated ones. */
void inputs_sort(input_list *list);
/* Whether a and b name one file: the same path, or one existing file through links and other
 * names; "-" is no file. */
int same_file(const char *a, const char *b);
/* The input that is the same file as path, or NULL: a report or baseline written there would
 * destroy the draft. */
const char *inputs_same_file(const input_list *list, const char *path);
void inputs_free(input_list *list);

/* Reads a whole file ("-": standard input). Returns NULL and sets *why on failure. */
char *read_input(const char *path, size_t *len, const char **why);

/* ------------------------------------------------------------------ output */
typedef struct totals {
    size_t files, errors, warnings, infos;
    size_t unreadable;   /* of files: could not be read or decoded */
    size_t unchecked;    /* not among files: their configuration failed, or memory ran out */
} totals;

typedef struct text_style {
    int color;
} text_style;

void text_write_report(FILE *out, const bl_report *report, const text_style *style);
void text_write_summary(FILE *out, const totals *t, const text_style *style);

typedef struct json_writer json_writer;
json_writer *json_begin(FILE *out);
void json_write_report(json_writer *w, const bl_report *report);
void json_end(json_writer *w, const totals *t);

typedef struct sarif_writer sarif_writer;
sarif_writer *sarif_begin(FILE *out, const bl_engine *engine);
void sarif_write_report(sarif_writer *w, const bl_report *report);
void sarif_end(sarif_writer *w);
/* JUnit needs every file's report before it can write its totals. */
void junit_write(FILE *out, bl_report *const *reports, size_t count, int fail_on);
void github_write_report(FILE *out, const bl_report *report);
/* The HTML report needs every report first (its summary comes at the top). */
void html_write(FILE *out, bl_report *const *reports, size_t count);

/* ------------------------------------------------------------------ configs.c */
typedef struct config_cache {
    char *paths[256];
    bl_config *configs[256];   /* NULL for a file that failed to load */
    char *errors[256];         /* why it failed */
    size_t count;
} config_cache;

/* The configuration for a file (NULL: the defaults). When it cannot be loaded, *error receives
 * the message (owned by the caller). */
const bl_config *config_for(bl_engine *engine, config_cache *cache, const char *explicit_path,
                            const char *file_path, char **error);
void configs_free(bl_engine *engine, config_cache *cache);

/* ------------------------------------------------------------------ check.c */
typedef struct check_setup {
    const bl_engine_options *engine;  /* for the engines of worker threads */
    bl_rule_stats *worker_stats;      /* where workers add their rules' statistics (or NULL) */
    size_t rule_count;
    const bl_check_options *check;
    const char *config_path;          /* --config, or NULL to look for one */
    const char *stdin_filename;
} check_setup;

typedef struct file_result {
    bl_report *report;   /* owned; NULL when the file could not be read or checked */
    char *problem;       /* owned; what went wrong before the report, or NULL */
    int config_failed;
} file_result;

void check_file(bl_engine *engine, config_cache *configs, const check_setup *setup, const char *path,
                file_result *out);
void file_result_release(file_result *result);
/* Checks every input on `jobs` threads (each with its own engine) and calls emit for each result
 * in input order, on the calling thread; emit may take the report (setting it to NULL). */
void check_all(bl_engine *engine, const check_setup *setup, const input_list *inputs, int jobs,
               void (*emit)(size_t index, file_result *result, void *ctx), void *ctx);

/* ------------------------------------------------------------------ baseline.c */
typedef struct baseline baseline;
typedef struct baseline_writer baseline_writer;
/* Errors come back in *error (owned by the caller). */
baseline *baseline_load(const char *path, char **error);
void baseline_filter(baseline *b, bl_report *report);   /* drops what the baseline records */
void baseline_free(baseline *b);
baseline_writer *baseline_writer_open(const char *path, char **error);
void baseline_writer_add(baseline_writer *w, const bl_report *report);
int baseline_writer_close(baseline_writer *w, char **error);  /* atomic: temporary file, rename */

/* ------------------------------------------------------------------ fix.c */
/* Prints the fixes as a unified diff; *changes counts them. -1 with *error when not fixable. */
int fix_dry_run(const bl_report *report, FILE *out, char **error, size_t *changes);
/* Writes the fixed file (temporary file, then rename). -1 with *error on failure. */
int fix_in_place(const bl_report *report, const char *path, char **error, size_t *changes);

/* ------------------------------------------------------------------ fixtures.c */
/* Runs the rule fixtures under dir; prints results; returns the number of failed cases, or -1. */
int fixtures_run(bl_engine *engine, const char *dir, FILE *out);

/* ------------------------------------------------------------------ utilities */
int display_width_of(const char *s, size_t len);

#endif
