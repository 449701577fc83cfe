/* main.c - the bulletin-lint command: options, the loop over files, exit status. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

#ifndef BL_RULES_INSTALL_DIR
#define BL_RULES_INSTALL_DIR "/usr/local/share/bulletin-lint/rules"
#endif

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TROUBLE = 2 };
enum output_format { FORMAT_TEXT, FORMAT_JSON, FORMAT_SARIF, FORMAT_JUNIT, FORMAT_GITHUB, FORMAT_HTML };
enum { FAIL_ON_NEVER = 3 };

typedef struct options {
    enum output_format format;
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
} options;

static void usage(FILE *out)
{
    fputs("usage: bulletin-lint [options] FILE|DIR|- ...\n"
          "Checks government work bulletins (简报) for numbers that do not add up, broken numbering,\n"
          "missing parts and punctuation against GB/T 15834, GB/T 15835 and GB/T 9704.\n\n"
          "  -f, --format FORMAT    text (default), json, sarif, junit, github or html\n"
          "  -o, --output FILE      write the report to FILE instead of standard output\n"
          "      --color WHEN       auto (default), always or never\n"
          "      --fail-on LEVEL    exit 1 on findings at or above error, warning (default), info; never\n"
          "      --max-warnings N   exit 1 also when there are more than N warnings\n"
          "  -q, --quiet            report errors only\n"
          "  -j, --jobs N           check files on N threads (default: the number of cores)\n"
          "      --write-baseline F record the current findings in F (to adopt the gate on an archive)\n"
          "      --baseline F       report only the findings that F does not record\n"
          "      --encoding ENC     auto (default), utf-8 or gb18030\n"
          "      --layout LAYOUT    auto (default), extracted (hard-wrapped PDF text) or draft\n"
          "  -r, --recursive        check the files in directories (see --include, --exclude)\n"
          "      --include GLOB     which files a directory gives (repeatable; default *.txt)\n"
          "      --exclude GLOB     files and folders to leave out (repeatable)\n"
          "      --stdin-filename N the name to report for standard input (-)\n"
          "      --config FILE      the project configuration (default: the nearest .bulletin-lint.lua\n"
          "                         in the checked file's directory or above)\n"
          "      --rules DIR        load extra rules from DIR (repeatable; same id overrides)\n"
          "      --rule ID          run only this rule (repeatable)\n"
          "      --dump [claims]    print the document model (or the numeric claims) as JSON\n"
          "      --list-rules       list the loaded rules\n"
          "      --explain RULE     describe a rule, with an example\n"
          "      --test-rules DIR   run the rule fixture tests under DIR\n"
          "      --stats            print each rule's time and findings, and the rules that found nothing\n"
          "      --fix              apply the safe fixes (half-width punctuation, « », ...) to the files\n"
          "      --fix-dry-run      print the safe fixes as a unified diff instead (exit 1 if any)\n"
          "  -h, --help             this help\n"
          "      --version          the version\n\n"
          "Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage error or unreadable input.\n",
          out);
}

static int usage_error(const char *fmt, const char *arg)
{
    fputs("bulletin-lint: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'bulletin-lint --help'.\n", stderr);
    return EXIT_TROUBLE;
}

static int parse_options(int argc, char **argv, options *o, int *first_file)
{
    enum { OPT_COLOR = 256, OPT_FAIL_ON, OPT_ENCODING, OPT_LAYOUT, OPT_RULES, OPT_RULE, OPT_DUMP,
           OPT_LIST, OPT_EXPLAIN, OPT_TEST, OPT_VERSION, OPT_STDIN_NAME, OPT_CONFIG, OPT_MAX_WARNINGS, OPT_JOBS, OPT_BASELINE, OPT_WRITE_BASELINE, OPT_STATS, OPT_FIX, OPT_FIX_DRY_RUN, OPT_INCLUDE, OPT_EXCLUDE };
    static const struct option longs[] = {
        {"format", required_argument, 0, 'f'}, {"color", required_argument, 0, OPT_COLOR},
        {"fail-on", required_argument, 0, OPT_FAIL_ON}, {"encoding", required_argument, 0, OPT_ENCODING},
        {"layout", required_argument, 0, OPT_LAYOUT}, {"recursive", no_argument, 0, 'r'},
        {"rules", required_argument, 0, OPT_RULES}, {"rule", required_argument, 0, OPT_RULE},
        {"dump", optional_argument, 0, OPT_DUMP}, {"list-rules", no_argument, 0, OPT_LIST},
        {"explain", required_argument, 0, OPT_EXPLAIN}, {"test-rules", required_argument, 0, OPT_TEST},
        {"stdin-filename", required_argument, 0, OPT_STDIN_NAME}, {"config", required_argument, 0, OPT_CONFIG},
        {"max-warnings", required_argument, 0, OPT_MAX_WARNINGS}, {"quiet", no_argument, 0, 'q'},
        {"jobs", required_argument, 0, 'j'}, {"baseline", required_argument, 0, OPT_BASELINE},
        {"write-baseline", required_argument, 0, OPT_WRITE_BASELINE}, {"stats", no_argument, 0, OPT_STATS},
        {"fix", no_argument, 0, OPT_FIX}, {"fix-dry-run", no_argument, 0, OPT_FIX_DRY_RUN},
        {"output", required_argument, 0, 'o'}, {"include", required_argument, 0, OPT_INCLUDE}, {"exclude", required_argument, 0, OPT_EXCLUDE},
        {"help", no_argument, 0, 'h'}, {"version", no_argument, 0, OPT_VERSION}, {0, 0, 0, 0}};
    const char *color = "auto";
    int c;

    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:rqj:o:h", longs, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (strcmp(optarg, "text") == 0)
                o->format = FORMAT_TEXT;
            else if (strcmp(optarg, "json") == 0)
                o->format = FORMAT_JSON;
            else if (strcmp(optarg, "sarif") == 0)
                o->format = FORMAT_SARIF;
            else if (strcmp(optarg, "junit") == 0)
                o->format = FORMAT_JUNIT;
            else if (strcmp(optarg, "github") == 0)
                o->format = FORMAT_GITHUB;
            else if (strcmp(optarg, "html") == 0)
                o->format = FORMAT_HTML;
            else
                return usage_error("unknown format '%s' (text, json, sarif, junit, github or html)", optarg);
            break;
        case OPT_COLOR:
            if (strcmp(optarg, "auto") && strcmp(optarg, "always") && strcmp(optarg, "never"))
                return usage_error("--color takes auto, always or never, not '%s'", optarg);
            color = optarg;
            break;
        case OPT_FAIL_ON: {
            bl_severity s;
            if (strcmp(optarg, "never") == 0)
                o->fail_on = FAIL_ON_NEVER;
            else if (bl_severity_parse(optarg, &s) == BL_OK)
                o->fail_on = (int)s;
            else
                return usage_error("--fail-on takes error, warning, info or never, not '%s'", optarg);
            break;
        }
        case OPT_ENCODING:
            if (strcmp(optarg, "auto") == 0)
                o->encoding = BL_ENCODING_AUTO;
            else if (strcasecmp(optarg, "utf-8") == 0 || strcasecmp(optarg, "utf8") == 0)
                o->encoding = BL_ENCODING_UTF8;
            else if (strcasecmp(optarg, "gb18030") == 0 || strcasecmp(optarg, "gbk") == 0)
                o->encoding = BL_ENCODING_GB18030;
            else
                return usage_error("--encoding takes auto, utf-8 or gb18030, not '%s'", optarg);
            break;
        case OPT_LAYOUT:
            if (strcmp(optarg, "auto") == 0)
                o->layout = BL_LAYOUT_AUTO;
            else if (strcmp(optarg, "extracted") == 0)
                o->layout = BL_LAYOUT_EXTRACTED;
            else if (strcmp(optarg, "draft") == 0)
                o->layout = BL_LAYOUT_DRAFT;
            else
                return usage_error("--layout takes auto, extracted or draft, not '%s'", optarg);
            break;
        case 'r': o->recursive = 1; break;
        case OPT_RULES:
            if (o->extra_rule_dir_count == 32)
                return usage_error("too many --rules directories (at most 32)%s", "");
            o->extra_rule_dirs[o->extra_rule_dir_count++] = optarg;
            break;
        case OPT_RULE:
            if (o->only_rule_count == 64)
                return usage_error("too many --rule options (at most 64)%s", "");
            o->only_rules[o->only_rule_count++] = optarg;
            break;
        case OPT_DUMP:
            if (!optarg || strcmp(optarg, "model") == 0)
                o->dump = 1 + BL_VIEW_MODEL;
            else if (strcmp(optarg, "claims") == 0)
                o->dump = 1 + BL_VIEW_CLAIMS;
            else
                return usage_error("--dump shows model or claims, not '%s'", optarg);
            break;
        case OPT_LIST: o->list_rules = 1; break;
        case OPT_EXPLAIN: o->explain = optarg; break;
        case OPT_TEST: o->test_rules = optarg; break;
        case OPT_STDIN_NAME: o->stdin_filename = optarg; break;
        case OPT_CONFIG: o->config = optarg; break;
        case OPT_MAX_WARNINGS: {
            char *end;
            o->max_warnings = strtol(optarg, &end, 10);
            if (*end || o->max_warnings < 0)
                return usage_error("--max-warnings takes a number of warnings (0 or more), not '%s'", optarg);
            break;
        }
        case 'q': o->quiet = 1; break;
        case 'o': o->output = optarg; break;
        case OPT_BASELINE: o->baseline = optarg; break;
        case OPT_WRITE_BASELINE: o->write_baseline = optarg; break;
        case OPT_STATS: o->stats = 1; break;
        case OPT_FIX: o->fix = 1; break;
        case OPT_INCLUDE:
        case OPT_EXCLUDE: {
            const char **globs = c == OPT_INCLUDE ? o->include : o->exclude;
            size_t *count = c == OPT_INCLUDE ? &o->include_count : &o->exclude_count;
            if (*count == 32)
                return usage_error("at most 32 --include and 32 --exclude globs%s", "");
            globs[(*count)++] = optarg;
            break;
        }
        case OPT_FIX_DRY_RUN: o->fix_dry_run = 1; break;
        case 'j': {
            char *end;
            long jobs = strtol(optarg, &end, 10);
            if (*end || jobs < 1 || jobs > 256)
                return usage_error("--jobs takes a number of threads from 1 to 256, not '%s'", optarg);
            o->jobs = (int)jobs;
            break;
        }
        case 'h': usage(stdout); exit(EXIT_CLEAN);
        case OPT_VERSION: printf("bulletin-lint %s\n", bl_version()); exit(EXIT_CLEAN);
        case ':': return usage_error("option '%s' needs a value", argv[optind - 1]);
        default: return usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    o->color = strcmp(color, "always") == 0 ||
               (strcmp(color, "auto") == 0 && isatty(STDOUT_FILENO) && !getenv("NO_COLOR"));
    *first_file = optind;
    return EXIT_CLEAN;
}

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The built-in rules: $BULLETIN_LINT_RULES, then next to the binary (build tree or install). */
static const char *builtin_rule_dir(char *buf, size_t size)
{
    const char *env = getenv("BULLETIN_LINT_RULES");
    if (env && *env)
        return env;
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            static const char *const relative[] = {"/../rules", "/../share/bulletin-lint/rules"};
            for (size_t i = 0; i < 2; i++) {
                snprintf(buf, size, "%s%s", exe, relative[i]);
                if (is_dir(buf))
                    return buf;
            }
        }
    }
    return BL_RULES_INSTALL_DIR;
}

static void list_rules(const bl_engine *e)
{
    for (size_t i = 0; i < bl_engine_rule_count(e); i++) {
        const bl_rule_info *r = bl_engine_rule(e, i);
        printf("%-36s %-8s %s\n", r->id, bl_severity_name(r->severity), r->summary);
    }
}

static int explain_rule(const bl_engine *e, const char *id)
{
    const bl_rule_info *r = bl_engine_find_rule(e, id);
    if (!r) {
        fprintf(stderr, "bulletin-lint: no rule '%s' (see --list-rules)\n", id);
        return EXIT_TROUBLE;
    }
    printf("%s (%s, %s)\n%s\n", r->id, r->category, bl_severity_name(r->severity), r->summary);
    if (r->explanation)
        printf("\n%s\n", r->explanation);
    printf("\nfile: %s\n", r->path);
    return EXIT_CLEAN;
}

typedef struct failure_seen {
    char *rules[256];
    size_t count;
} failure_seen;

/* A failing rule is reported once, however many files it failed on. */
static void report_rule_failures(const bl_report *report, failure_seen *seen)
{
    for (size_t i = 0; i < bl_report_rule_failure_count(report); i++) {
        const bl_rule_failure *f = bl_report_rule_failure(report, i);
        int known = 0;
        for (size_t k = 0; k < seen->count; k++)
            known |= strcmp(seen->rules[k], f->rule) == 0;
        if (known)
            continue;
        if (seen->count < 256)
            seen->rules[seen->count++] = strdup(f->rule);
        fprintf(stderr, "bulletin-lint: rule %s failed on %s: %s (the other rules ran)\n", f->rule,
                bl_report_path(report), f->message);
    }
}

static void count(totals *t, const bl_report *report)
{
    for (size_t i = 0; i < bl_report_diagnostic_count(report); i++) {
        bl_severity s = bl_report_diagnostic(report, i)->severity;
        if (s == BL_SEVERITY_ERROR)
            t->errors++;
        else if (s == BL_SEVERITY_WARNING)
            t->warnings++;
        else
            t->infos++;
    }
}

static int worst_at_or_above(const bl_report *report, int fail_on)
{
    for (size_t i = 0; fail_on != FAIL_ON_NEVER && i < bl_report_diagnostic_count(report); i++)
        if ((int)bl_report_diagnostic(report, i)->severity >= fail_on)
            return 1;
    return 0;
}

typedef struct stat_row {
    const char *id;
    bl_rule_stats stats;
} stat_row;

static int by_time(const void *a, const void *b)
{
    const stat_row *x = a, *y = b;
    if (x->stats.nanoseconds != y->stats.nanoseconds)
        return x->stats.nanoseconds > y->stats.nanoseconds ? -1 : 1;
    return strcmp(x->id, y->id);
}

/* --stats: time and findings per rule (this engine's and the workers'), on standard error. */
static void print_stats(const bl_engine *engine, const bl_rule_stats *workers)
{
    size_t n = bl_engine_rule_count(engine);
    stat_row *rows = calloc(n ? n : 1, sizeof *rows);
    if (!rows)
        return;
    uint64_t total = 0;
    for (size_t i = 0; i < n; i++) {
        rows[i].id = bl_engine_rule(engine, i)->id;
        bl_engine_rule_stats(engine, i, &rows[i].stats);
        rows[i].stats.nanoseconds += workers[i].nanoseconds;
        rows[i].stats.findings += workers[i].findings;
        rows[i].stats.documents += workers[i].documents;
        total += rows[i].stats.nanoseconds;
    }
    qsort(rows, n, sizeof *rows, by_time);
    fprintf(stderr, "%-36s %10s %6s %9s %6s\n", "rule", "time (ms)", "share", "findings", "files");
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, "%-36s %10.2f %5.1f%% %9llu %6llu\n", rows[i].id, rows[i].stats.nanoseconds / 1e6,
                total ? 100.0 * (double)rows[i].stats.nanoseconds / (double)total : 0.0,
                (unsigned long long)rows[i].stats.findings, (unsigned long long)rows[i].stats.documents);
    int none = 0; /* in rule order, not time order: the same list on every run */
    for (size_t i = 0; i < n; i++) {
        bl_rule_stats st;
        bl_engine_rule_stats(engine, i, &st);
        if (st.documents + workers[i].documents && !(st.findings + workers[i].findings))
            fprintf(stderr, "%s%s", none++ ? ", " : "rules that found nothing: ", bl_engine_rule(engine, i)->id);
    }
    if (none)
        fputc('\n', stderr);
    free(rows);
}

static int not_fixed(const bl_diagnostic *d, void *ctx)
{
    (void)ctx;
    return d->fix_count == 0;
}

/* Everything the output of one run needs, handed to emit for each file in input order. */
typedef struct output {
    const options *o;
    text_style style;
    totals t;
    json_writer *json;
    sarif_writer *sarif;
    bl_report **kept;          /* JUnit writes its totals first: it needs every report */
    size_t kept_count;
    failure_seen seen;
    char *config_errors[64];   /* each broken configuration is reported once */
    size_t config_errors_count;
    int findings, trouble, fixable;
    size_t input_count;
    baseline *baseline;
    baseline_writer *baseline_out;
} output;

static void report_problem(output *out, const file_result *r)
{
    if (r->config_failed) {
        for (size_t i = 0; i < out->config_errors_count; i++)
            if (strcmp(out->config_errors[i], r->problem) == 0)
                return;
        if (out->config_errors_count < 64)
            out->config_errors[out->config_errors_count++] = strdup(r->problem);
    }
    fprintf(stderr, "bulletin-lint: %s\n", r->problem);
}

static void emit(size_t index, file_result *r, void *ctx)
{
    output *out = ctx;
    const options *o = out->o;
    if (r->problem) {
        report_problem(out, r);
        out->trouble = 1;
        out->t.unchecked++;
        return;
    }
    bl_report *report = r->report;
    out->t.files++;
    if (bl_report_error(report)) {
        fprintf(stderr, "bulletin-lint: %s: %s\n", bl_report_path(report), bl_report_error(report));
        out->trouble = 1;
        out->t.unreadable++;
        if (out->json)
            json_write_report(out->json, report);
        else if (out->sarif)
            sarif_write_report(out->sarif, report);
        if (o->format == FORMAT_GITHUB)
            github_write_report(stdout, report);
    } else if (o->dump) {
        if (index > 0)
            fputs(",\n", stdout);
        bl_report_write_model(report, (bl_model_view)(o->dump - 1), stdout);
    } else if (o->fix_dry_run) {
        char *error = NULL;
        size_t changes = 0;
        if (fix_dry_run(report, stdout, &error, &changes) != 0) {
            fprintf(stderr, "bulletin-lint: %s: %s\n", bl_report_path(report), error ? error : "cannot fix");
            free(error);
            out->trouble = 1;
        }
        out->fixable |= changes > 0;
    } else {
        if (o->fix) {
            char *error = NULL;
            size_t changes = 0;
            if (fix_in_place(report, bl_report_path(report), &error, &changes) != 0) {
                fprintf(stderr, "bulletin-lint: %s\n", error ? error : "cannot fix");
                free(error);
                out->trouble = 1;
            } else if (changes) {
                fprintf(stderr, "bulletin-lint: %s: fixed %zu place%s\n", bl_report_path(report), changes,
                        changes == 1 ? "" : "s");
                bl_report_filter(report, not_fixed, NULL); /* report what remains */
            }
        }
        if (out->baseline_out)
            baseline_writer_add(out->baseline_out, report);
        if (out->baseline)
            baseline_filter(out->baseline, report);
        if (o->quiet)
            bl_report_keep_at_least(report, BL_SEVERITY_ERROR);
        count(&out->t, report);
        out->findings |= worst_at_or_above(report, o->fail_on);
        if (bl_report_rule_failure_count(report)) {
            report_rule_failures(report, &out->seen);
            out->trouble = 1;
        }
        if (out->json)
            json_write_report(out->json, report);
        else if (out->sarif)
            sarif_write_report(out->sarif, report);
        else if (o->format == FORMAT_GITHUB)
            github_write_report(stdout, report);
        else if (o->format == FORMAT_TEXT)
            text_write_report(stdout, report, &out->style);
    }
    if ((o->format == FORMAT_JUNIT || o->format == FORMAT_HTML) && !o->dump && !o->fix_dry_run) {
        bl_report **grown = realloc(out->kept, (out->kept_count + 1) * sizeof *out->kept);
        if (grown) {
            out->kept = grown;
            out->kept[out->kept_count++] = report;
            r->report = NULL; /* kept: not released with the result */
        }
    }
}

/* Whether -o or --write-baseline names a file this run reads or writes otherwise (a draft, the
 * configuration, the other output; for -o also the baseline): writing there would destroy it.
 * Says so on stderr. */
static int overwrites_what_is_read(const options *o, const input_list *inputs)
{
    const char *outputs[][2] = {{"-o", o->output}, {"--write-baseline", o->write_baseline}};
    for (size_t k = 0; k < 2; k++) {
        const char *out = outputs[k][1];
        if (!out)
            continue;
        const char *input = inputs_same_file(inputs, out);
        if (input) {
            int same_name = strcmp(input, out) == 0;
            fprintf(stderr, "bulletin-lint: %s %s: %s%s%s one of the files to check; writing there would overwrite it "
                            "(choose another file)\n", outputs[k][0], out,
                    same_name ? "this is" : "this is the same file as ", same_name ? "" : input, same_name ? "" : ",");
            return 1;
        }
        /* --baseline F --write-baseline F refreshes F: it is read first and replaced at the end */
        const char *read[][2] = {{"--config", o->config}, {k ? "-o" : "--write-baseline", outputs[1 - k][1]},
                                 {"--baseline", k ? NULL : o->baseline}};
        for (size_t r = 0; r < 3; r++)
            if (read[r][1] && same_file(read[r][1], out)) {
                fprintf(stderr, "bulletin-lint: %s %s: this is the file given to %s; writing there would overwrite it "
                                "(choose another file)\n", outputs[k][0], out, read[r][0]);
                return 1;
            }
    }
    return 0;
}

/* `--dump claims` as well as `--dump=claims`: joined before getopt sees them. */
static int join_dump_argument(int argc, char **argv)
{
    static char dump_claims[] = "--dump=claims", dump_model[] = "--dump=model";
    for (int i = 1; i + 1 < argc; i++)
        if (strcmp(argv[i], "--dump") == 0 && (strcmp(argv[i + 1], "claims") == 0 || strcmp(argv[i + 1], "model") == 0)) {
            argv[i] = strcmp(argv[i + 1], "claims") == 0 ? dump_claims : dump_model;
            memmove(&argv[i + 1], &argv[i + 2], (size_t)(argc - i - 1) * sizeof *argv);
            argc--;
        }
    return argc;
}

int main(int argc, char **argv)
{
    options o = {0};
    argc = join_dump_argument(argc, argv);
    o.fail_on = BL_SEVERITY_WARNING;
    o.max_warnings = -1;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    o.jobs = cores > 0 ? (int)(cores > 256 ? 256 : cores) : 1;
    int first_file = 0, status = parse_options(argc, argv, &o, &first_file);
    if (status != EXIT_CLEAN)
        return status;

    char dir_buf[PATH_MAX + 64];
    const char *dirs[33];
    dirs[0] = builtin_rule_dir(dir_buf, sizeof dir_buf);
    for (size_t i = 0; i < o.extra_rule_dir_count; i++)
        dirs[i + 1] = o.extra_rule_dirs[i];
    bl_engine_options eo = BL_ENGINE_OPTIONS_INIT;
    eo.rule_dirs = dirs;
    eo.rule_dir_count = o.extra_rule_dir_count + 1;
    bl_engine *engine;
    bl_error err = {{0}};
    if (bl_engine_new(&engine, &eo, &err) != BL_OK) {
        fprintf(stderr, "bulletin-lint: %s\n", err.message);
        return EXIT_TROUBLE;
    }
    for (size_t i = 0; i < o.only_rule_count; i++)
        if (!bl_engine_find_rule(engine, o.only_rules[i])) {
            bl_engine_free(engine);
            return usage_error("no rule '%s' (see --list-rules)", o.only_rules[i]);
        }
    if (o.list_rules || o.explain || o.test_rules) {
        if (o.list_rules)
            list_rules(engine);
        else if (o.explain)
            status = explain_rule(engine, o.explain);
        else
            status = fixtures_run(engine, o.test_rules, stdout) == 0 ? EXIT_CLEAN : EXIT_FINDINGS;
        bl_engine_free(engine);
        return status;
    }
    if (first_file >= argc) {
        bl_engine_free(engine);
        return usage_error("no files to check%s (give FILE, DIR with -r, or - for standard input)", "");
    }

    input_list inputs = {0};
    int input_errors = 0;
    input_filter filter = {o.include, o.include_count, o.exclude, o.exclude_count};
    for (int i = first_file; i < argc; i++)
        if (inputs_add(&inputs, argv[i], o.recursive, &filter, &input_errors) < 0) {
            fprintf(stderr, "bulletin-lint: out of memory\n");
            inputs_free(&inputs);
            bl_engine_free(engine);
            return EXIT_TROUBLE;
        }
    inputs_sort(&inputs);
    for (size_t i = 0; o.fix && i < inputs.count; i++)
        if (strcmp(inputs.paths[i], "-") == 0) {
            inputs_free(&inputs);
            bl_engine_free(engine);
            return usage_error("--fix cannot rewrite standard input%s (use --fix-dry-run)", "");
        }

    if (overwrites_what_is_read(&o, &inputs)) {
        inputs_free(&inputs);
        bl_engine_free(engine);
        return EXIT_TROUBLE;
    }
    if (o.output && !freopen(o.output, "w", stdout)) {
        fprintf(stderr, "bulletin-lint: %s: cannot write the report: %s\n", o.output, strerror(errno));
        inputs_free(&inputs);
        bl_engine_free(engine);
        return EXIT_TROUBLE;
    }
    if (o.quiet && o.fail_on < BL_SEVERITY_ERROR)
        o.fail_on = BL_SEVERITY_ERROR; /* what is not shown does not fail the run */
    output out = {&o, {o.color}, {0}, NULL, NULL, NULL, 0, {{0}, 0}, {NULL}, 0, 0, 0, 0, inputs.count, NULL, NULL};
    char *baseline_error = NULL;
    if ((o.baseline && !(out.baseline = baseline_load(o.baseline, &baseline_error))) ||
        (o.write_baseline && !(out.baseline_out = baseline_writer_open(o.write_baseline, &baseline_error)))) {
        fprintf(stderr, "bulletin-lint: %s\n", baseline_error ? baseline_error : "out of memory");
        free(baseline_error);
        baseline_free(out.baseline);
        inputs_free(&inputs);
        bl_engine_free(engine);
        return EXIT_TROUBLE;
    }
    out.json = o.format == FORMAT_JSON && !o.dump ? json_begin(stdout) : NULL;
    out.sarif = o.format == FORMAT_SARIF && !o.dump ? sarif_begin(stdout, engine) : NULL;
    out.trouble = input_errors > 0;
    bl_check_options co = BL_CHECK_OPTIONS_INIT;
    co.encoding = o.encoding;
    co.layout = o.layout;
    co.only_rules = o.only_rule_count ? o.only_rules : NULL;
    co.only_rule_count = o.only_rule_count;
    size_t rule_count = bl_engine_rule_count(engine);
    bl_rule_stats *worker_stats = o.stats ? calloc(rule_count ? rule_count : 1, sizeof *worker_stats) : NULL;
    check_setup setup = {&eo, worker_stats, rule_count, &co, o.config, o.stdin_filename};
    if (o.dump && inputs.count > 1)
        fputs("[\n", stdout);
    check_all(engine, &setup, &inputs, o.jobs, emit, &out);
    if (o.dump && inputs.count > 1)
        fputs("]\n", stdout);
    if (out.json)
        json_end(out.json, &out.t);
    else if (out.sarif)
        sarif_end(out.sarif);
    else if (o.format == FORMAT_JUNIT && !o.dump)
        junit_write(stdout, out.kept, out.kept_count, o.fail_on == FAIL_ON_NEVER ? BL_SEVERITY_ERROR + 1 : o.fail_on);
    else if (o.format == FORMAT_HTML && !o.dump && !o.fix_dry_run)
        html_write(stdout, out.kept, out.kept_count);
    else if (o.format == FORMAT_TEXT && !o.dump && !o.fix_dry_run)
        text_write_summary(stdout, &out.t, &out.style);
    for (size_t i = 0; i < out.kept_count; i++)
        bl_report_free(out.kept[i]);
    free(out.kept);
    baseline_free(out.baseline);
    if (out.baseline_out)
        out.findings = 0; /* what the baseline records is accepted */
    if (out.baseline_out && baseline_writer_close(out.baseline_out, &baseline_error) != 0) {
        fprintf(stderr, "bulletin-lint: %s\n", baseline_error ? baseline_error : "cannot write the baseline");
        free(baseline_error);
        out.trouble = 1;
    }
    if (o.max_warnings >= 0 && (long)out.t.warnings > o.max_warnings) {
        fprintf(stderr, "bulletin-lint: %zu warnings, more than --max-warnings %ld\n", out.t.warnings, o.max_warnings);
        out.findings = 1;
    }
    if (o.stats)
        print_stats(engine, worker_stats);
    free(worker_stats);
    for (size_t i = 0; i < out.seen.count; i++)
        free(out.seen.rules[i]);
    for (size_t i = 0; i < out.config_errors_count; i++)
        free(out.config_errors[i]);
    inputs_free(&inputs);
    bl_engine_free(engine);
    if (o.fix_dry_run)
        return out.trouble ? EXIT_TROUBLE : out.fixable ? EXIT_FINDINGS : EXIT_CLEAN;
    return out.trouble ? EXIT_TROUBLE : out.findings ? EXIT_FINDINGS : EXIT_CLEAN;
}
