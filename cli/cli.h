/* cli.h - pieces of the bulletin-lint command shared between its files. The command is a user of
 * the engine's public API (bulletin_lint.h) and of the base layer (checker/base: JSON, UTF-8). */
#ifndef BL_CLI_H
#define BL_CLI_H
#include <stdio.h>
#include "bulletin_lint/bulletin_lint.h"
#include "bulletin_lint/docx.h"

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };

/* ------------------------------------------------------------------ i18n.c */
/* The program's own messages in the user's language (--lang, LC_ALL, LC_MESSAGES, LANG: zh… is
 * Chinese). i18n_init reads --lang from the arguments and the catalogue, before anything is said. */
void i18n_init(int argc, char **argv);
void i18n_free(void);
int i18n_chinese(void);
const char *bl_tr(const char *msgid) __attribute__((format_arg(1)));
const char *bl_ntr(const char *one, const char *many, unsigned long n) __attribute__((format_arg(1)))
    __attribute__((format_arg(2)));
/* msgid in Chinese whatever the language (the HTML report is a Chinese page). */
const char *bl_tr_chinese(const char *msgid) __attribute__((format_arg(1)));
#define _(text) bl_tr(text)

/* ------------------------------------------------------------------ read_errors.c */
/* Why a file could not be read (the English of the engine or of read_input), in Chinese in buf;
 * message itself when it is not one of the known messages. */
const char *read_error_chinese(const char *message, char *buf, size_t size);
/* The name of a severity as the text output says it (error, warning, info; 错误, 警告, 提示). */
const char *severity_label(bl_severity s);

/* ------------------------------------------------------------------ options.c */
enum { FAIL_ON_NEVER = 3 };
/* --dump text: the text as the checker read it (a .docx's paragraphs, one a line). */
enum { DUMP_TEXT = 1 + BL_VIEW_CLAIMS + 1 };

typedef struct output_format output_format;

typedef struct options {
    const output_format *format;
    int color;                 /* resolved */
    int fail_on;               /* a bl_severity, or FAIL_ON_NEVER */
    bl_encoding encoding;
    bl_layout layout;
    int recursive;
    int dump;                  /* 0, or 1 + a bl_model_view */
    int list_rules;
    const char *explain;
    const char *test_rules;
    const char *stdin_filename;
    const char *config;
    long max_warnings;         /* -1: no limit */
    const char *baseline;      /* --baseline FILE */
    const char *write_baseline;
    int jobs;
    int stats;
    int fix, fix_dry_run;
    const char *output;
    const char *include[32], *exclude[32];
    size_t include_count, exclude_count;
    int quiet;
    const char *extra_rule_dirs[32];
    size_t extra_rule_dir_count;
    const char *only_rules[64];
    size_t only_rule_count;
    const char *print_config;  /* --print-config FILE */
    int init;
} options;

/* Fills o from the command line (--help and --version print and exit); the files to check start
 * at argv[*first_file]. Returns EXIT_CLEAN or, after saying why, EXIT_TROUBLE. */
int parse_options(int argc, char **argv, options *o, int *first_file);
/* `--dump claims` as `--dump=claims`; returns the new argc. */
int join_dump_argument(int argc, char **argv);
/* Prints "bulletin-lint: " fmt (with arg) and a hint to --help; returns EXIT_TROUBLE. */
int usage_error(const char *fmt, const char *arg);

/* ------------------------------------------------------------------ inputs.c */
typedef struct input_list {
    char **paths;          /* owned; "-" is standard input */
    size_t count, cap;
} input_list;

/* Which files a directory walk takes: include globs (default *.txt and *.docx) and exclude globs, each matched
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
 * names; "-" is the file behind standard input, when that is a regular file (`- < draft.txt`). */
int same_file(const char *a, const char *b);
/* The input that is the same file as path, or NULL: a report or baseline written there would
 * destroy the draft. */
const char *inputs_same_file(const input_list *list, const char *path);
void inputs_free(input_list *list);

/* What a file was when it was read, so that --fix can tell whether it changed since: its device and
 * inode, size, modification time and a hash of its bytes. known is 0 for standard input. */
typedef struct file_identity {
    int known;
    unsigned long long dev, ino, size;
    long long mtime_sec, mtime_nsec;
    unsigned long long hash;
} file_identity;

/* Reads a whole file ("-": standard input). Returns NULL and sets *why on failure. When id is not
 * NULL it receives what the file was as it was read (its hash only when hash is set). */
char *read_input(const char *path, size_t *len, const char **why, file_identity *id, int hash);
/* The hash of file_identity: FNV-1a, 64 bits. */
unsigned long long input_hash(const char *bytes, size_t len);

/* ------------------------------------------------------------------ output formats (output_formats.c) */
typedef struct totals {
    size_t files, errors, warnings, infos;
    size_t unreadable;   /* of files: could not be read or decoded */
    size_t unchecked;    /* not among files: their configuration failed, or memory ran out */
} totals;

typedef struct text_style {
    int color;
    int width;   /* the terminal's columns: a line is shown as a window of it around the finding */
} text_style;

/* What the run writes: the findings, or instead the model (--dump) or the fixes (--fix-dry-run). */
typedef enum output_mode { OUTPUT_FINDINGS, OUTPUT_DUMP, OUTPUT_FIX_DRY_RUN } output_mode;

typedef struct format_setup {
    FILE *out;
    const bl_engine *engine;
    output_mode mode;
    text_style style;
    int fail_on;          /* the lowest severity that fails the run; BL_SEVERITY_ERROR + 1: none */
    const char *output;   /* -o, for a format that writes its own file (output_format_writes_file) */
    int *trouble;         /* set by a format that failed: the exit status is then 2 */
} format_setup;

/* An output format, --format NAME. begin makes the format's state (NULL when it has none, or none
 * in this mode); file is given each file's report in input order: an unreadable file's in every
 * mode, the others' only when the findings are the output. It may keep the report (setting
 * *report to NULL). end writes what remains and frees the state. begin and end may be NULL. */
struct output_format {
    const char *name;
    void *(*begin)(const format_setup *setup);
    void (*file)(void *state, const format_setup *setup, bl_report **report);
    void (*end)(void *state, const format_setup *setup, const totals *t);
};

/* The formats, one per file (format_*.c), registered in the table of output_formats.c. */
extern const output_format text_format, json_format, sarif_format, junit_format, github_format, html_format,
    docx_format;

/* Whether the format writes -o itself (a .docx, atomically) rather than a report on standard output. */
int output_format_writes_file(const output_format *format);
/* The format called name, or NULL. */
const output_format *output_format_named(const char *name);
/* The formats' names as a list ("text, json or html"), the first followed by after_first. */
void output_format_names(char *buf, size_t size, const char *after_first);

/* The reports a format writes at the end (JUnit, HTML: their totals come first). */
typedef struct kept_reports {
    bl_report **items;     /* owned */
    size_t count, cap;
} kept_reports;
/* Takes *report (setting it to NULL); out of memory, leaves it with the caller. */
void kept_reports_take(kept_reports *kept, bl_report **report);
void kept_reports_free(kept_reports *kept);

/* The writers behind the formats. */
void text_write_report(FILE *out, const bl_report *report, const text_style *style);
void text_write_summary(FILE *out, const totals *t, const text_style *style);
void junit_write(FILE *out, bl_report *const *reports, size_t count, int fail_on);
void github_write_report(FILE *out, const bl_report *report);
void html_write(FILE *out, bl_report *const *reports, size_t count);

/* Markup escaping for XML and HTML text and attribute values: & < > " as entities. Control
 * characters other than tab and newline are dropped when drop_controls (XML 1.0 forbids them),
 * else kept (the HTML report shows the line as it is). */
void markup_escape(FILE *out, const char *s, size_t len, int drop_controls);

/* ------------------------------------------------------------------ configs.c */
typedef struct config_cache {
    char *paths[256];
    bl_config *configs[256];   /* NULL for a file that failed to load */
    char *errors[256];         /* why it failed */
    size_t count;
} config_cache;

/* The configuration for a file (NULL: the defaults): --config, or the nearest one above the file,
 * linked to the ones it refines. When one cannot be loaded, *error receives the message (owned by
 * the caller). */
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
    int fix;                          /* 1 --fix, 2 --fix-dry-run: the reports are of the fixed text */
} check_setup;

typedef struct file_result {
    bl_report *report;   /* owned; NULL when the file could not be read or checked */
    char *problem;       /* owned; what went wrong before the report, or NULL */
    int config_failed;
    size_t accepted;     /* findings the configuration's accepted list hid */
    char *fixed;         /* --fix: the fixed file's bytes (owned), or NULL when nothing changed */
    size_t fixed_len, fixes;
    char *fix_error;     /* --fix: why the file cannot be fixed (owned), or NULL */
    file_identity read_as; /* --fix: the file as it was read, to refuse writing over a change */
    char *original;      /* --fix-dry-run: the decoded text before the fixes (owned), or NULL */
    size_t original_len;
    char **notes;        /* owned: accepted findings no longer found, to say on standard error */
    size_t note_count;
} file_result;

void check_file(bl_engine *engine, config_cache *configs, const check_setup *setup, const char *path,
                file_result *out);
void file_result_release(file_result *result);
/* Checks every input on `jobs` threads (each with its own engine) and calls emit for each result
 * in input order, on the calling thread; emit may take the report (setting it to NULL). */
void check_all(bl_engine *engine, const check_setup *setup, const input_list *inputs, int jobs,
               void (*emit)(size_t index, file_result *result, void *ctx), void *ctx);

/* ------------------------------------------------------------------ fingerprint.c */
/* How a finding is recognised in a later run (docs/ci.md): no line numbers. */
typedef struct finding_key {
    uint64_t exact;    /* rule, message with its numbers masked, the text around the finding */
    uint64_t loose;    /* rule, message with its numbers masked */
    uint64_t legacy;   /* the exact key of baselines of format 1: rule, message, text around */
} finding_key;
void fingerprint_of(const bl_report *report, const bl_diagnostic *d, finding_key *out);
/* The loose key from a rule and a message as a baseline stores them. */
uint64_t fingerprint_loose(const char *rule, const char *message);
/* The message on one line with each number as '#' (malloc'd, or NULL). */
char *fingerprint_mask_message(const char *message);

/* Findings recorded before (a baseline, the accepted findings of a configuration). */
typedef struct known_finding {
    char *path;          /* the file as reported */
    char *rule;
    uint64_t exact, loose;
    int legacy;          /* exact is a format-1 key */
    char *reason;        /* why it was accepted, or NULL */
    char *origin;        /* where it was recorded, for messages ("FILE:LINE"), or NULL */
    int used;            /* it hid a finding in this run */
    int seen;            /* its file was checked in this run */
    int no_exact, no_loose;  /* it has no such key (an accepted finding may give one only) */
} known_finding;
typedef struct known_findings {
    known_finding *items;   /* owned */
    size_t count, cap;
} known_findings;
/* Copies f (and its strings). 0, or -1 out of memory. */
int known_findings_add(known_findings *k, const known_finding *f);
/* Drops from the report the findings that are known (exact keys first, then loose keys), each
 * known finding hiding one at most; returns how many it dropped. */
size_t known_findings_filter(known_findings *k, bl_report *report);
void known_findings_free(known_findings *k);

/* ------------------------------------------------------------------ accepted.c */
/* Drops from the report the findings that config (and the configurations it refines) accepts for
 * the file at path (as the configuration was looked up for); the entries of that file that
 * matched nothing become notes of out. Returns how many findings it dropped. */
size_t accepted_filter(const bl_config *config, bl_report *report, const char *path, file_result *out);

/* ------------------------------------------------------------------ baseline.c */
typedef struct baseline baseline;
typedef struct baseline_writer baseline_writer;
/* Errors come back in *error (owned by the caller). Reads the formats 1 and 2. */
baseline *baseline_load(const char *path, char **error);
/* Drops what the baseline records; returns how many findings it dropped. */
size_t baseline_filter(baseline *b, bl_report *report);
/* How many recorded findings of the files checked so far hid nothing (fixed since), of the
 * rules that ran (only: the rules of --rule, or NULL for all). */
size_t baseline_unmatched(const baseline *b, const char *const *only, size_t only_count);
void baseline_free(baseline *b);
baseline_writer *baseline_writer_open(const char *path, char **error);
void baseline_writer_add(baseline_writer *w, const bl_report *report);
/* Atomic: temporary file, rename. *written receives the number of findings recorded. */
int baseline_writer_close(baseline_writer *w, size_t *written, char **error);

/* ------------------------------------------------------------------ fix.c */
/* A unified diff of two texts, a line each (the fixes change no line breaks); -1 when memory ran out. */
int fix_print_diff(FILE *out, const char *name, const char *old_text, size_t old_len, const char *new_text,
                   size_t new_len);
struct stat;
/* Writes bytes to target through a temporary file beside it and a rename (atomic): with the
 * permissions and owner of `like`, or new-file permissions when like is NULL. -1 with *error. */
int write_atomically(const char *target, const char *bytes, size_t len, const struct stat *like, char **error);

/* ------------------------------------------------------------------ docx_output.c */
/* --fix on a .docx: the file with the safe fixes as tracked changes. -1 with *error. */
int docx_fixed_bytes(const bl_report *report, const char *path, char **bytes, size_t *len, size_t *changes,
                     char **error);
/* --fix-dry-run on a .docx: the paragraphs the tracked changes change, as they read once accepted. */
int docx_fix_dry_run(const bl_report *report, FILE *out, char **error, size_t *changes);
/* Writes bytes as the file at path (through links) in place, so that the inode, its hard links,
 * owner, permissions and extended attributes stay: under an exclusive lock (flock), and only when
 * the file is still what was read (read_as: inode, size, time and bytes), else refused with the
 * file untouched. Space is reserved before the first byte is written. -1 with *error on failure. */
int fix_write(const char *path, const char *bytes, size_t len, const file_identity *read_as, char **error);
/* Whether --fix may rewrite path (a writable regular file); -1 with *error when not. */
int fix_writable(const char *path, char **error);
/* --fix on one checked file: applies the safe fixes and checks the fixed text again, until no fix
 * is left (at most 10 rounds), so that fixes that make others possible all apply in one run.
 * *report becomes the report of the fixed text; out receives the fixed bytes and their count. */
void fix_to_fixed_point(bl_engine *engine, const char *shown, const bl_check_options *co, int decoded,
                        bl_report **report, file_result *out);
/* --fix-dry-run: the difference fix_to_fixed_point(…, decoded = 1, …) made, as a unified diff. */
int fix_show(const file_result *r, FILE *out);

/* ------------------------------------------------------------------ project.c */
/* --print-config FILE: the settings that apply to FILE, as Lua or (--format json) JSON. */
int print_config(bl_engine *engine, const options *o, const char *file);
/* --init: writes a commented .bulletin-lint.lua here, never over one. */
int init_config(const bl_engine *engine);

/* ------------------------------------------------------------------ fixtures.c */
/* Runs the rule fixtures under dir; prints results; returns the number of failed cases, or -1. */
int fixtures_run(bl_engine *engine, const char *dir, FILE *out);

/* ------------------------------------------------------------------ utilities */
int display_width_of(const char *s, size_t len);
/* The width of the terminal the report is read on: $COLUMNS, else the terminal's, else 80. */
int terminal_width(void);

#endif
