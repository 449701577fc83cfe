/* bulletin_lint.h - the public API of the bulletin-lint engine.
 *
 * An engine holds the loaded rules and one sandboxed Lua state; it checks one document at a
 * time and is not shared between threads (create one engine per thread). Nothing in the
 * library keeps global mutable state.
 *
 * Ownership: what a function returns through `**out` belongs to the caller and is released
 * with the matching _free function; pointers returned directly are borrowed from their owner
 * and stay valid until that owner is freed. */
#ifndef BULLETIN_LINT_H
#define BULLETIN_LINT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum bl_status {
    BL_OK = 0,
    BL_ERR_NOMEM = -1,
    BL_ERR_INPUT = -2,  /* the document could not be read (encoding, NUL bytes, size) */
    BL_ERR_RULES = -3,  /* a rule file or rule directory is broken */
    BL_ERR_USAGE = -4   /* an argument is out of range or unknown */
} bl_status;

typedef enum bl_severity {
    BL_SEVERITY_INFO = 0,
    BL_SEVERITY_WARNING = 1,
    BL_SEVERITY_ERROR = 2
} bl_severity;

typedef enum bl_encoding {
    BL_ENCODING_AUTO = 0,   /* UTF-8 when the bytes are valid UTF-8, else GB18030 */
    BL_ENCODING_UTF8,
    BL_ENCODING_GB18030
} bl_encoding;

typedef enum bl_layout {
    BL_LAYOUT_AUTO = 0,     /* decide from the line lengths */
    BL_LAYOUT_EXTRACTED,    /* hard-wrapped text extracted from a PDF */
    BL_LAYOUT_DRAFT         /* one paragraph per line, as an editor types it */
} bl_layout;

/* Details of a failed call: a one-line, human-readable message. */
typedef struct bl_error {
    char message[512];
} bl_error;

/* One finding. Lines and columns are 1-based; columns count Unicode characters of the
 * original line; the end is exclusive. suggestion is NULL when the rule has none. */
/* A safe, mechanical fix: replace bytes [start, end) of the decoded text with `replacement`. */
typedef struct bl_fix {
    uint32_t start, end;
    const char *replacement;
} bl_fix;

/* A place a finding counts: bytes [start, end) of the decoded text. */
typedef struct bl_place {
    uint32_t start, end;
} bl_place;

typedef struct bl_diagnostic {
    const char *rule;
    const char *category;
    bl_severity severity;
    uint32_t line, column, end_line, end_column;
    const char *message;
    const char *suggestion;
    const bl_fix *fixes;     /* the fixes --fix may apply, or NULL */
    size_t fix_count;
    const bl_place *places;  /* a summary's places ("全文有12处…"), its own first, or NULL */
    size_t place_count;
} bl_diagnostic;

/* A rule that failed at run time (Lua error, instruction budget, memory cap). */
typedef struct bl_rule_failure {
    const char *rule;
    const char *message;   /* includes rule-file:line of the Lua error */
} bl_rule_failure;

/* Metadata of a loaded rule. */
typedef struct bl_rule_info {
    const char *id;
    const char *category;
    bl_severity severity;
    const char *summary;
    const char *explanation;   /* may be NULL */
    const char *path;          /* the rule file */
} bl_rule_info;

typedef struct bl_engine bl_engine;
typedef struct bl_report bl_report;
typedef struct bl_config bl_config;

/* A rule_dirs entry that names the rules built into the library: those of the source tree's rules/
 * when it was built. The paths of their files start with it ("(built-in)/wording/doubled.lua"). */
#define BL_BUILTIN_RULES "(built-in)"

typedef struct bl_engine_options {
    const char *const *rule_dirs;  /* directories of rules/<category>/<name>.lua, later ones override */
    size_t rule_dir_count;
    uint64_t instruction_budget;   /* Lua VM instructions per rule and document (0: default) */
    size_t memory_cap;             /* bytes of Lua memory per rule and document (0: default) */
    uint64_t time_limit_ms;        /* CPU time per rule and document, in milliseconds (0: default) */
} bl_engine_options;
#define BL_ENGINE_OPTIONS_INIT {NULL, 0, 0, 0, 0}

typedef struct bl_check_options {
    bl_encoding encoding;
    bl_layout layout;
    const char *const *only_rules;  /* when non-NULL, run just these rule ids */
    size_t only_rule_count;
    const bl_config *config;        /* a project configuration, or NULL for the defaults */
    /* A file of several bulletins one after another is checked as one document per bulletin (see
     * the README): a report keeps the model of its first document for bl_report_write_model, and
     * with keep_models set those of every document (memory then grows with the file). */
    int keep_models;
} bl_check_options;
#define BL_CHECK_OPTIONS_INIT {BL_ENCODING_AUTO, BL_LAYOUT_AUTO, NULL, 0, NULL, 0}

const char *bl_version(void);
const char *bl_severity_name(bl_severity severity);
int bl_severity_parse(const char *name, bl_severity *out);

/* Loads every rule under the directories in opts; when opts names none, those of the installed rule
 * directory, or the rules built into the library (BL_BUILTIN_RULES) when that is not installed. */
int bl_engine_new(bl_engine **out, const bl_engine_options *opts, bl_error *err);
void bl_engine_free(bl_engine *engine);

size_t bl_engine_rule_count(const bl_engine *engine);
const bl_rule_info *bl_engine_rule(const bl_engine *engine, size_t index);
const bl_rule_info *bl_engine_find_rule(const bl_engine *engine, const char *id);
/* What a rule cost and found over every document this engine checked (for --stats). */
typedef struct bl_rule_stats {
    uint64_t nanoseconds;
    uint64_t findings;
    uint64_t documents;
} bl_rule_stats;
void bl_engine_rule_stats(const bl_engine *engine, size_t index, bl_rule_stats *out);

/* The directory the built-in rules were loaded from (borrowed). */
const char *bl_engine_builtin_rule_dir(const bl_engine *engine);

/* Loads a project configuration (.bulletin-lint.lua: which rules and categories run, with which
 * severity and options, and overrides by path) for use with this engine. *out belongs to the
 * caller and is freed with bl_config_free before the engine. Errors name the file and line. */
int bl_config_load(bl_engine *engine, const char *path, bl_config **out, bl_error *err);
/* The same from text in memory; name is used in messages and dir for the overrides' globs. */
int bl_config_load_text(bl_engine *engine, const char *name, const char *dir, const char *text, size_t len,
                        bl_config **out, bl_error *err);
void bl_config_free(bl_engine *engine, bl_config *config);
/* Configurations cascade: a configuration refines its parent (the one above its directory: the
 * caller finds it and loads it first), whose settings apply first, unless it says `root = true`.
 * The parent is borrowed and must outlive *out; a root configuration keeps none. The rule
 * directories a configuration names (rule_dirs) are loaded into the engine once; their rules run
 * only for the files of the configurations that name them or refine one that does. */
int bl_config_load_refining(bl_engine *engine, const char *path, const bl_config *parent, bl_config **out,
                            bl_error *err);
const bl_config *bl_config_parent(const bl_config *config);  /* NULL for a root */
int bl_config_is_root(const bl_config *config);
const char *bl_config_path(const bl_config *config);   /* as it was loaded (borrowed) */
/* A finding a person checked and accepted (the configuration's `accepted` list): it is known by
 * its fingerprint (as a baseline records it), or its rule and message, or both. */
typedef struct bl_accepted {
    const char *file;          /* relative to the configuration's folder */
    const char *fingerprint;   /* 16 hexadecimal digits, or NULL */
    const char *rule;          /* or NULL */
    const char *message;       /* or NULL */
    const char *reason;        /* why it is right as it is */
    const char *config_path;   /* where it is written, and the line */
    int line;
} bl_accepted;
size_t bl_config_accepted_count(const bl_config *config);
const bl_accepted *bl_config_accepted(const bl_config *config, size_t index);  /* borrowed */
const char *bl_config_dir(const bl_config *config);  /* the folder holding it, absolute (borrowed) */

/* Writes the settings of every rule for the file at path under config (NULL: the defaults) and
 * the configurations it refines: as a Lua configuration that gives the same settings by itself
 * (root = true), or as JSON {file, configurations, rules: {id: {enabled, severity, options}}}. */
int bl_config_print_settings(bl_engine *engine, const bl_config *config, const char *path, int json, FILE *out);

/* Checks one file: one document, or for a file of several bulletins one after another, one
 * document per bulletin, their findings in the one report at the file's positions (see
 * keep_models). *out always receives a report unless BL_ERR_NOMEM is returned; when
 * the bytes cannot be read the report carries the error (bl_report_error) and the call
 * returns BL_ERR_INPUT. */
int bl_engine_check(bl_engine *engine, const char *path, const char *bytes, size_t len,
                    const bl_check_options *opts, bl_report **out);

/* A report for a file that could not be read at all (missing, unreadable, a device): it carries
 * `why` as its error, like a file the engine could not decode, so that every output lists it.
 * Returns BL_ERR_NOMEM (and *out NULL) when memory runs out. */
int bl_report_new_unreadable(bl_report **out, const char *path, const char *why);

const char *bl_report_path(const bl_report *report);
const char *bl_report_encoding(const bl_report *report);   /* "utf-8" or "gb18030" */
const char *bl_report_error(const bl_report *report);      /* NULL when the file was read */
size_t bl_report_diagnostic_count(const bl_report *report);
const bl_diagnostic *bl_report_diagnostic(const bl_report *report, size_t index); /* sorted */
size_t bl_report_rule_failure_count(const bl_report *report);
const bl_rule_failure *bl_report_rule_failure(const bl_report *report, size_t index);
/* The text of source line `line` (1-based, without its line ending), or NULL. */
const char *bl_report_source_line(const bl_report *report, uint32_t line, size_t *len);

typedef enum bl_model_view { BL_VIEW_MODEL, BL_VIEW_CLAIMS } bl_model_view;
/* Writes the document model as JSON: one object, or for a file of several bulletins an array of
 * the models the report kept (bl_check_options.keep_models), in file order. Returns BL_ERR_USAGE
 * when the file could not be read. */
int bl_report_write_model(const bl_report *report, bl_model_view view, FILE *out);

/* The file with every fix of the report's diagnostics applied, in its original encoding, BOM and
 * line endings. *out (malloc'd, the caller's) is NULL and the call returns BL_ERR_INPUT with err
 * set when the file cannot be rewritten faithfully (mixed line endings, an unreadable file);
 * *changes counts the fixes applied (overlapping ones are skipped). */
int bl_report_apply_fixes(const bl_report *report, char **out, size_t *len, size_t *changes, bl_error *err);
/* The same, as decoded text (UTF-8, LF, no byte-order mark): for showing the difference. */
int bl_report_fixed_text(const bl_report *report, char **out, size_t *len, size_t *changes, bl_error *err);
/* The text as decoded (UTF-8, LF), for showing differences (borrowed). */
const char *bl_report_text(const bl_report *report, size_t *len);

/* Keeps the diagnostics for which keep(diagnostic, ctx) returns non-zero, in order. */
void bl_report_filter(bl_report *report, int (*keep)(const bl_diagnostic *d, void *ctx), void *ctx);
/* Drops the diagnostics below `min` (for --quiet). */
void bl_report_keep_at_least(bl_report *report, bl_severity min);

void bl_report_free(bl_report *report);

#ifdef __cplusplus
}
#endif
#endif
