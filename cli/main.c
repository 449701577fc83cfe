/* main.c - the bulletin-lint command: the engine, the loop over files, the outputs, exit status. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "suggest.h"

#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__) && defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#define BL_LEAVE_ENGINE_AT_EXIT 1
#endif
#endif

#ifndef BL_RULES_INSTALL_DIR
#define BL_RULES_INSTALL_DIR "/usr/local/share/bulletin-lint/rules"
#endif

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The built-in rules: $BULLETIN_LINT_RULES, then a folder next to the binary (build tree or install),
 * then the installed folder; when none is there (the binary copied alone), the rules built into it. */
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
    return is_dir(BL_RULES_INSTALL_DIR) ? BL_RULES_INSTALL_DIR : BL_BUILTIN_RULES;
}

static void list_rules(const bl_engine *e)
{
    for (size_t i = 0; i < bl_engine_rule_count(e); i++) {
        const bl_rule_info *r = bl_engine_rule(e, i);
        printf("%-36s %-8s %s\n", r->id, severity_label(r->severity), r->summary);
    }
}

/* " (did you mean 'ID'?)" for the rule closest to id, or " (see --list-rules)"; in buf (160 bytes). */
static const char *rule_hint(const bl_engine *e, const char *id, char *buf)
{
    size_t n = bl_engine_rule_count(e);
    const char **ids = calloc(n ? n : 1, sizeof *ids);
    const char *close = NULL;
    if (ids) {
        for (size_t i = 0; i < n; i++)
            ids[i] = bl_engine_rule(e, i)->id;
        close = bl_closest(id, ids, n);
    }
    if (close && strlen(close) < 120)
        snprintf(buf, 160, _(" (did you mean '%s'?)"), close);
    else
        snprintf(buf, 160, "%s", _(" (see --list-rules)"));
    free(ids);
    return buf;
}

static int explain_rule(const bl_engine *e, const char *id)
{
    const bl_rule_info *r = bl_engine_find_rule(e, id);
    if (!r) {
        char hint[160];
        fprintf(stderr, _("bulletin-lint: no rule '%s'%s\n"), id, rule_hint(e, id, hint));
        return EXIT_TROUBLE;
    }
    printf("%s (%s, %s)\n%s\n", r->id, r->category, severity_label(r->severity), r->summary);
    if (r->explanation)
        printf("\n%s\n", r->explanation);
    printf(_("\nfile: %s\n"), r->path);
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
        fprintf(stderr, _("bulletin-lint: rule %s failed on %s: %s (the other rules ran)\n"), f->rule,
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
static void print_stats(const bl_engine *engine, const bl_rule_stats *worker_stats, size_t worker_count)
{
    size_t n = bl_engine_rule_count(engine); /* configurations may have added rules since the start */
    bl_rule_stats *workers = calloc(n ? n : 1, sizeof *workers);
    if (!workers)
        return;
    memcpy(workers, worker_stats, (worker_count < n ? worker_count : n) * sizeof *workers);
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
    free(workers);
}

/* Everything the output of one run needs, handed to emit for each file in input order. */
typedef struct output {
    const options *o;
    format_setup setup;
    void *format_state;        /* the format's (o->format->begin) */
    totals t;
    failure_seen seen;
    char *config_errors[64];   /* each broken configuration is reported once */
    size_t config_errors_count;
    int findings, trouble, fixable;
    size_t baseline_hid, accepted;
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

/* Hands the result's report to the format, which may keep it. */
static void write_report(output *out, file_result *r)
{
    if (out->o->format->file)
        out->o->format->file(out->format_state, &out->setup, &r->report);
}

/* --fix-dry-run: the fixes of one report as a diff. */
static void show_fixes(output *out, const file_result *r)
{
    if (r->report && bl_report_is_docx(r->report)) { /* a Word draft: its tracked changes, as they read */
        char *error = NULL;
        size_t changes = 0;
        if (docx_fix_dry_run(r->report, stdout, &error, &changes) != 0) {
            fprintf(stderr, "bulletin-lint: %s\n", error ? error : "out of memory");
            free(error);
            out->trouble = 1;
        }
        out->fixable |= changes > 0;
        return;
    }
    if (r->fix_error || fix_show(r, stdout) != 0) {
        fprintf(stderr, "bulletin-lint: %s\n", r->fix_error ? r->fix_error : "out of memory");
        out->trouble = 1;
    }
    out->fixable |= r->fixes > 0;
}

/* --fix: the file rewritten with the fixes found when it was checked (to a fixed point); its
 * report is of the fixed text. */
static void apply_fixes(output *out, file_result *r)
{
    const char *path = bl_report_path(r->report);
    char *error = NULL;
    if (r->fix_error) {
        fprintf(stderr, "bulletin-lint: %s\n", r->fix_error);
        out->trouble = 1;
    } else if (r->fixed && fix_write(path, r->fixed, r->fixed_len, &r->read_as, &error) != 0) {
        fprintf(stderr, "bulletin-lint: %s\n", error ? error : "cannot fix");
        free(error);
        out->trouble = 1;
    } else if (r->fixes) {
        fprintf(stderr, bl_ntr("bulletin-lint: %s: fixed %zu place\n", "bulletin-lint: %s: fixed %zu places\n", r->fixes),
                path, r->fixes);
    }
}

/* The findings of one checked file: fixed, recorded or filtered by the baseline, counted. */
static void take_findings(output *out, file_result *r)
{
    const options *o = out->o;
    bl_report *report = r->report;
    if (o->fix)
        apply_fixes(out, r);
    if (out->baseline_out)
        baseline_writer_add(out->baseline_out, report);
    if (out->baseline)
        out->baseline_hid += baseline_filter(out->baseline, report);
    if (o->quiet)
        bl_report_keep_at_least(report, BL_SEVERITY_ERROR);
    count(&out->t, report);
    out->findings |= worst_at_or_above(report, o->fail_on);
    if (bl_report_rule_failure_count(report)) {
        report_rule_failures(report, &out->seen);
        out->trouble = 1;
    }
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
    out->accepted += r->accepted;
    for (size_t i = 0; i < r->note_count; i++)
        fprintf(stderr, "bulletin-lint: %s\n", r->notes[i]);
    if (bl_report_error(report)) {
        char why[1024];
        const char *error = bl_report_error(report);
        fprintf(stderr, "bulletin-lint: %s: %s\n", bl_report_path(report),
                i18n_chinese() ? read_error_chinese(error, why, sizeof why) : error);
        out->trouble = 1;
        out->t.unreadable++;
        write_report(out, r);
    } else if (o->dump == DUMP_TEXT) {
        size_t len;
        const char *text = bl_report_text(report, &len);
        fwrite(text, 1, len, stdout);
    } else if (o->dump) {
        if (index > 0)
            fputs(",\n", stdout);
        bl_report_write_model(report, (bl_model_view)(o->dump - 1), stdout);
    } else if (o->fix_dry_run) {
        show_fixes(out, r);
    } else {
        take_findings(out, r);
        write_report(out, r);
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
            if (strcmp(input, "-") == 0) {
                fprintf(stderr, "bulletin-lint: %s %s: this is the file read from standard input; writing there "
                                "would overwrite it (choose another file)\n", outputs[k][0], out);
                return 1;
            }
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

/* The rules of the rule_dirs of the configuration for the working directory (or --config), for
 * --list-rules, --explain and --rule: loading the configuration loads them into the engine. A
 * broken configuration is said when the files are checked. */
static void load_project_rules(bl_engine *engine, const options *o)
{
    config_cache cache = {{0}, {0}, {0}, 0};
    char *error = NULL;
    config_for(engine, &cache, o->config, "./" "-probe-", &error);
    free(error);
    configs_free(engine, &cache);
}

/* The engine, with the built-in rules and those of --rules. NULL (said why) on failure. */
static bl_engine *open_engine(const options *o, bl_engine_options *eo, const char **dirs, char *dir_buf,
                              size_t dir_size)
{
    dirs[0] = builtin_rule_dir(dir_buf, dir_size);
    for (size_t i = 0; i < o->extra_rule_dir_count; i++)
        dirs[i + 1] = o->extra_rule_dirs[i];
    *eo = (bl_engine_options)BL_ENGINE_OPTIONS_INIT;
    /* BULLETIN_LINT_TIME_LIMIT_MS: the CPU time per rule and document (tests under ASan and valgrind
     * set a short one, so that a hostile rule ends as soon there as on an idle machine) */
    const char *limit = getenv("BULLETIN_LINT_TIME_LIMIT_MS");
    if (limit && *limit)
        eo->time_limit_ms = strtoull(limit, NULL, 10);
    eo->rule_dirs = dirs;
    eo->rule_dir_count = o->extra_rule_dir_count + 1;
    bl_engine *engine;
    bl_error err = {{0}};
    if (bl_engine_new(&engine, eo, &err) != BL_OK) {
        fprintf(stderr, "bulletin-lint: %s\n", err.message);
        return NULL;
    }
    if (o->list_rules || o->explain || o->only_rule_count || o->init)
        load_project_rules(engine, o);
    for (size_t i = 0; i < o->only_rule_count; i++)
        if (!bl_engine_find_rule(engine, o->only_rules[i])) {
            char hint[160], message[200];
            snprintf(message, sizeof message, _("no rule '%%s'%s"), rule_hint(engine, o->only_rules[i], hint));
            usage_error(message, o->only_rules[i]);
            bl_engine_free(engine);
            return NULL;
        }
    return engine;
}

/* --list-rules, --explain and --test-rules: what they print instead of checking files. */
static int run_rule_command(const options *o, bl_engine *engine)
{
    if (o->list_rules) {
        list_rules(engine);
        return EXIT_CLEAN;
    }
    if (o->explain)
        return explain_rule(engine, o->explain);
    return fixtures_run(engine, o->test_rules, stdout) == 0 ? EXIT_CLEAN : EXIT_FINDINGS;
}

/* The files to check, sorted. EXIT_CLEAN, or EXIT_TROUBLE said why. */
static int collect_inputs(const options *o, int argc, char **argv, int first_file, input_list *inputs, int *errors)
{
    input_filter filter = {o->include, o->include_count, o->exclude, o->exclude_count};
    for (int i = first_file; i < argc; i++)
        if (inputs_add(inputs, argv[i], o->recursive, &filter, errors) < 0) {
            fprintf(stderr, "bulletin-lint: out of memory\n");
            return EXIT_TROUBLE;
        }
    inputs_sort(inputs);
    if (inputs->count == 0 && *errors == 0) { /* a gate that checked nothing must not pass */
        fprintf(stderr, _("bulletin-lint: no file to check: %s\n"),
                o->exclude_count ? _("--exclude left out every file, or the directories hold none that --include selects")
                : o->include_count ? _("the directories hold no file that --include selects")
                                   : _("the directories hold no .txt or .docx file (choose others with --include)"));
        return EXIT_TROUBLE;
    }
    for (size_t i = 0; o->fix && i < inputs->count; i++)
        if (strcmp(inputs->paths[i], "-") == 0)
            return usage_error("--fix cannot rewrite standard input%s (use --fix-dry-run)", "");
    if (overwrites_what_is_read(o, inputs))
        return EXIT_TROUBLE;
    if (output_format_writes_file(o->format) && (!o->output || inputs->count != 1 || strcmp(inputs->paths[0], "-") == 0))
        return usage_error("--format %s writes a copy of one draft: give one .docx file and -o FILE", o->format->name);
    if (output_format_writes_file(o->format) && (o->fix || o->fix_dry_run || o->dump))
        return usage_error("--format %s comments the draft as it is: run --fix first, then --format docx", o->format->name);
    if (o->output && !output_format_writes_file(o->format) && !freopen(o->output, "w", stdout)) {
        fprintf(stderr, _("bulletin-lint: %s: cannot write the report: %s\n"), o->output, strerror(errno));
        return EXIT_TROUBLE;
    }
    return EXIT_CLEAN;
}

/* Opens the baselines, then starts the format. EXIT_CLEAN, or EXIT_TROUBLE said why. */
static int begin_output(output *out, const options *o, const bl_engine *engine)
{
    char *baseline_error = NULL;
    if ((o->baseline && !(out->baseline = baseline_load(o->baseline, &baseline_error))) ||
        (o->write_baseline && !(out->baseline_out = baseline_writer_open(o->write_baseline, &baseline_error)))) {
        fprintf(stderr, "bulletin-lint: %s\n", baseline_error ? baseline_error : "out of memory");
        free(baseline_error);
        baseline_free(out->baseline);
        return EXIT_TROUBLE;
    }
    output_mode mode = o->dump ? OUTPUT_DUMP : o->fix_dry_run ? OUTPUT_FIX_DRY_RUN : OUTPUT_FINDINGS;
    out->setup = (format_setup){stdout, engine, mode, {o->color, terminal_width()},
                                o->fail_on == FAIL_ON_NEVER ? BL_SEVERITY_ERROR + 1 : o->fail_on, o->output,
                                &out->trouble};
    out->format_state = o->format->begin ? o->format->begin(&out->setup) : NULL;
    return EXIT_CLEAN;
}

/* Ends the format and the baselines, applies --max-warnings; frees what out holds. */
static void end_output(output *out, const options *o)
{
    if (o->format->end)
        o->format->end(out->format_state, &out->setup, &out->t);
    if (out->accepted && !o->dump && !o->fix_dry_run)
        fprintf(stderr, bl_ntr("bulletin-lint: %zu accepted finding not shown (the configurations' accepted lists)\n",
                               "bulletin-lint: %zu accepted findings not shown (the configurations' accepted lists)\n",
                               out->accepted), out->accepted);
    if (out->baseline) {
        size_t gone = baseline_unmatched(out->baseline, o->only_rules, o->only_rule_count);
        fprintf(stderr, bl_ntr("bulletin-lint: %s: %zu recorded finding not shown",
                               "bulletin-lint: %s: %zu recorded findings not shown", out->baseline_hid),
                o->baseline, out->baseline_hid);
        if (gone)
            fprintf(stderr, _("; %zu no longer found (refresh it with --write-baseline)"), gone);
        fputc('\n', stderr);
    }
    baseline_free(out->baseline);
    if (out->baseline_out)
        out->findings = 0; /* what the baseline records is accepted */
    char *baseline_error = NULL;
    size_t written = 0;
    if (out->baseline_out && baseline_writer_close(out->baseline_out, &written, &baseline_error) != 0) {
        fprintf(stderr, "bulletin-lint: %s\n", baseline_error ? baseline_error : "cannot write the baseline");
        free(baseline_error);
        out->trouble = 1;
    } else if (out->baseline_out) {
        fprintf(stderr, bl_ntr("bulletin-lint: %s: %zu finding recorded\n", "bulletin-lint: %s: %zu findings recorded\n",
                               written), o->write_baseline, written);
    }
    if (o->max_warnings >= 0 && (long)out->t.warnings > o->max_warnings) {
        fprintf(stderr, _("bulletin-lint: %zu warnings, more than --max-warnings %ld\n"), out->t.warnings,
                o->max_warnings);
        out->findings = 1;
    }
}

static void free_output(output *out)
{
    for (size_t i = 0; i < out->seen.count; i++)
        free(out->seen.rules[i]);
    for (size_t i = 0; i < out->config_errors_count; i++)
        free(out->config_errors[i]);
}

/* Checks the inputs and writes the outputs; the exit status. */
static int check_inputs(const options *o, bl_engine *engine, const bl_engine_options *eo, const input_list *inputs,
                        int input_errors)
{
    output out = {.o = o};
    if (begin_output(&out, o, engine) != EXIT_CLEAN)
        return EXIT_TROUBLE;
    out.trouble = input_errors > 0;
    out.t.unchecked = (size_t)input_errors; /* a FIFO, a directory without -r: named above, not checked */
    bl_check_options co = BL_CHECK_OPTIONS_INIT;
    co.encoding = o->encoding;
    co.layout = o->layout;
    co.only_rules = o->only_rule_count ? o->only_rules : NULL;
    co.only_rule_count = o->only_rule_count;
    co.keep_models = o->dump && o->dump != DUMP_TEXT; /* --dump writes every bulletin's model */
    /* BULLETIN_LINT_TEST_PART_LINES=N, for the tests only: documents are checked in parts of N
     * lines (the default, 20,000, is too many for a test to reach quickly) */
    const char *part_lines = getenv("BULLETIN_LINT_TEST_PART_LINES");
    co.part_max_lines = part_lines ? (uint32_t)strtoul(part_lines, NULL, 10) : 0;
    size_t rule_count = bl_engine_rule_count(engine);
    bl_rule_stats *worker_stats = o->stats ? calloc(rule_count ? rule_count : 1, sizeof *worker_stats) : NULL;
    check_setup setup = {eo, worker_stats, rule_count, &co, o->config, o->stdin_filename,
                         o->fix ? 1 : o->fix_dry_run ? 2 : 0};
    if (o->dump && o->dump != DUMP_TEXT && inputs->count > 1)
        fputs("[\n", stdout);
    check_all(engine, &setup, inputs, o->jobs, emit, &out);
    if (o->dump && o->dump != DUMP_TEXT && inputs->count > 1)
        fputs("]\n", stdout);
    end_output(&out, o);
    if (o->stats)
        print_stats(engine, worker_stats, rule_count);
    free(worker_stats);
    free_output(&out);
    if (o->fix_dry_run)
        return out.trouble ? EXIT_TROUBLE : out.fixable ? EXIT_FINDINGS : EXIT_CLEAN;
    return out.trouble ? EXIT_TROUBLE : out.findings ? EXIT_FINDINGS : EXIT_CLEAN;
}

#ifdef BL_LEAVE_ENGINE_AT_EXIT
/* Whether the process runs under valgrind's memcheck, which checks for leaks at exit (its
 * allocator is preloaded; callgrind's and the other tools' are not). */
static int under_memcheck(void)
{
    const char *preload = getenv("LD_PRELOAD");
    return RUNNING_ON_VALGRIND && preload && strstr(preload, "vgpreload_memcheck");
}
#endif

/* Frees the engine, unless the process is about to end anyway: in a release build its Lua state
 * (every rule, module and compiled pattern, some 50,000 objects) would be handed back one object
 * at a time, 3M instructions that the exit does at once. Debug and sanitizer builds, and a release
 * build under memcheck, free it, so that a leak in the engine's teardown still shows. */
static void engine_done(bl_engine *engine)
{
#ifdef BL_LEAVE_ENGINE_AT_EXIT
    if (!under_memcheck())
        return;
#endif
    bl_engine_free(engine);
}

int main(int argc, char **argv)
{
    options o = {0};
    i18n_init(argc, argv);
    argc = join_dump_argument(argc, argv);
    o.format = output_format_named("text");
    o.fail_on = BL_SEVERITY_WARNING;
    o.max_warnings = -1;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    o.jobs = cores > 0 ? (int)(cores > 256 ? 256 : cores) : 1;
    int first_file = 0, status = parse_options(argc, argv, &o, &first_file);
    if (status != EXIT_CLEAN)
        return status;
    char dir_buf[PATH_MAX + 64];
    const char *dirs[33];
    bl_engine_options eo;
    bl_engine *engine = open_engine(&o, &eo, dirs, dir_buf, sizeof dir_buf);
    if (!engine)
        return EXIT_TROUBLE;
    if (o.print_config) {
        status = print_config(engine, &o, o.print_config);
    } else if (o.init) {
        status = init_config(engine);
    } else if (o.list_rules || o.explain || o.test_rules) {
        status = run_rule_command(&o, engine);
    } else if (first_file >= argc) {
        status = usage_error("no files to check%s (give FILE, DIR with -r, or - for standard input)", "");
    } else {
        input_list inputs = {0};
        int input_errors = 0;
        status = collect_inputs(&o, argc, argv, first_file, &inputs, &input_errors);
        if (status == EXIT_CLEAN) {
            if (o.quiet && o.fail_on < BL_SEVERITY_ERROR)
                o.fail_on = BL_SEVERITY_ERROR; /* what is not shown does not fail the run */
            status = check_inputs(&o, engine, &eo, &inputs, input_errors);
        }
        inputs_free(&inputs);
    }
    engine_done(engine);
    i18n_free();
    return status;
}
