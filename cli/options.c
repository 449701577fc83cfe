/* options.c - the command line: usage, option values and their checks. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli.h"
#include "suggest.h"

static void usage(FILE *out)
{
    char formats[256];
    output_format_names(formats, sizeof formats, _(" (default)"));
    fputs(_("usage: bulletin-lint [options] FILE|DIR|- ...\n"
            "Checks government work bulletins (简报) for numbers that do not add up, broken numbering,\n"
            "missing parts and punctuation against GB/T 15834, GB/T 15835 and GB/T 9704.\n\n"), out);
    fprintf(out, "  -f, --format FORMAT    %s\n", formats);
    fputs(_("  -o, --output FILE      write the report to FILE instead of standard output\n"
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
          "      --include GLOB     which files a directory gives (repeatable; default *.txt and *.docx)\n"
          "      --exclude GLOB     files and folders to leave out (repeatable)\n"
          "      --stdin-filename N the name to report for standard input (-)\n"
          "      --config FILE      the project configuration (default: the nearest .bulletin-lint.lua\n"
          "                         in the checked file's directory or above, refining those above it)\n"
          "      --print-config F   the settings that apply to file F (Lua; JSON with --format json)\n"
          "      --init             write a commented starting .bulletin-lint.lua here (never over one)\n"
          "      --rules DIR        load extra rules from DIR (repeatable; same id overrides)\n"
          "      --rule ID          run only this rule (repeatable)\n"
          "      --dump [claims|text] print the document model (or the numeric claims) as JSON, or the text as read\n"
          "      --list-rules       list the loaded rules\n"
          "      --explain RULE     describe a rule, with an example\n"
          "      --test-rules DIR   run the rule fixture tests under DIR\n"
          "      --stats            print each rule's time and findings, and the rules that found nothing\n"
          "      --fix              apply the safe fixes (half-width punctuation, « », ...) to the files\n"
          "      --fix-dry-run      print the safe fixes as a unified diff instead (exit 1 if any)\n"
          "      --lang zh|en       the language of the messages (default: LC_ALL, LC_MESSAGES, LANG)\n"
          "  -h, --help             this help\n"
          "      --version          the version\n\n"
          "Exit status: 0 clean, 1 findings at or above --fail-on, 2 usage error or unreadable input.\n"),
          out);
}

int usage_error(const char *fmt, const char *arg)
{
    fputs("bulletin-lint: ", stderr);
    fprintf(stderr, _(fmt), arg); /* the messages given are marked N_ where they are written */
    fputs(_("\nTry 'bulletin-lint --help'.\n"), stderr);
    return EXIT_TROUBLE;
}

/* ------------------------------------------------------------------ option values */

static int parse_format(options *o, const char *arg)
{
    o->format = output_format_named(arg);
    if (o->format)
        return EXIT_CLEAN;
    char formats[256], message[320];
    output_format_names(formats, sizeof formats, "");
    snprintf(message, sizeof message, _("unknown format '%%s' (%s)"), formats);
    return usage_error(message, arg);
}

static int parse_fail_on(options *o, const char *arg)
{
    bl_severity s;
    if (strcmp(arg, "never") == 0)
        o->fail_on = FAIL_ON_NEVER;
    else if (bl_severity_parse(arg, &s) == BL_OK)
        o->fail_on = (int)s;
    else
        return usage_error("--fail-on takes error, warning, info or never, not '%s'", arg);
    return EXIT_CLEAN;
}

static int parse_encoding(options *o, const char *arg)
{
    if (strcmp(arg, "auto") == 0)
        o->encoding = BL_ENCODING_AUTO;
    else if (strcasecmp(arg, "utf-8") == 0 || strcasecmp(arg, "utf8") == 0)
        o->encoding = BL_ENCODING_UTF8;
    else if (strcasecmp(arg, "gb18030") == 0 || strcasecmp(arg, "gbk") == 0)
        o->encoding = BL_ENCODING_GB18030;
    else
        return usage_error("--encoding takes auto, utf-8 or gb18030, not '%s'", arg);
    return EXIT_CLEAN;
}

static int parse_layout(options *o, const char *arg)
{
    if (strcmp(arg, "auto") == 0)
        o->layout = BL_LAYOUT_AUTO;
    else if (strcmp(arg, "extracted") == 0)
        o->layout = BL_LAYOUT_EXTRACTED;
    else if (strcmp(arg, "draft") == 0)
        o->layout = BL_LAYOUT_DRAFT;
    else
        return usage_error("--layout takes auto, extracted or draft, not '%s'", arg);
    return EXIT_CLEAN;
}

static int parse_dump(options *o, const char *arg)
{
    if (!arg || strcmp(arg, "model") == 0)
        o->dump = 1 + BL_VIEW_MODEL;
    else if (strcmp(arg, "claims") == 0)
        o->dump = 1 + BL_VIEW_CLAIMS;
    else if (strcmp(arg, "text") == 0)
        o->dump = DUMP_TEXT;
    else
        return usage_error("--dump shows model, claims or text, not '%s'", arg);
    return EXIT_CLEAN;
}

static int parse_max_warnings(options *o, const char *arg)
{
    char *end;
    o->max_warnings = strtol(arg, &end, 10);
    if (*end || o->max_warnings < 0)
        return usage_error("--max-warnings takes a number of warnings (0 or more), not '%s'", arg);
    return EXIT_CLEAN;
}

static int parse_jobs(options *o, const char *arg)
{
    char *end;
    long jobs = strtol(arg, &end, 10);
    if (*end || jobs < 1 || jobs > 256)
        return usage_error("--jobs takes a number of threads from 1 to 256, not '%s'", arg);
    o->jobs = (int)jobs;
    return EXIT_CLEAN;
}

/* Appends arg to a list of at most max values (too_many: the message when it is full). */
static int add_value(const char **list, size_t *count, size_t max, const char *arg, const char *too_many)
{
    if (*count == max)
        return usage_error(too_many, "");
    list[(*count)++] = arg;
    return EXIT_CLEAN;
}

/* ------------------------------------------------------------------ the options */

enum { OPT_COLOR = 256, OPT_FAIL_ON, OPT_ENCODING, OPT_LAYOUT, OPT_RULES, OPT_RULE, OPT_DUMP, OPT_LIST,
       OPT_EXPLAIN, OPT_TEST, OPT_VERSION, OPT_STDIN_NAME, OPT_CONFIG, OPT_MAX_WARNINGS, OPT_BASELINE,
       OPT_WRITE_BASELINE, OPT_STATS, OPT_FIX, OPT_FIX_DRY_RUN, OPT_INCLUDE, OPT_EXCLUDE, OPT_PRINT_CONFIG,
       OPT_INIT, OPT_LANG };

static const struct option long_options[] = {
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
    {"output", required_argument, 0, 'o'}, {"include", required_argument, 0, OPT_INCLUDE},
    {"exclude", required_argument, 0, OPT_EXCLUDE}, {"help", no_argument, 0, 'h'},
    {"version", no_argument, 0, OPT_VERSION}, {"print-config", required_argument, 0, OPT_PRINT_CONFIG},
    {"init", no_argument, 0, OPT_INIT}, {"lang", required_argument, 0, OPT_LANG}, {0, 0, 0, 0}};

/* The options that take a value: the value's parser. */
static int take_value(options *o, int c, const char *arg, const char **color)
{
    switch (c) {
    case 'f': return parse_format(o, arg);
    case OPT_COLOR:
        if (strcmp(arg, "auto") && strcmp(arg, "always") && strcmp(arg, "never"))
            return usage_error("--color takes auto, always or never, not '%s'", arg);
        *color = arg;
        return EXIT_CLEAN;
    case OPT_FAIL_ON: return parse_fail_on(o, arg);
    case OPT_ENCODING: return parse_encoding(o, arg);
    case OPT_LAYOUT: return parse_layout(o, arg);
    case OPT_RULES:
        return add_value(o->extra_rule_dirs, &o->extra_rule_dir_count, 32, arg,
                         "too many --rules directories (at most 32)%s");
    case OPT_RULE: return add_value(o->only_rules, &o->only_rule_count, 64, arg, "too many --rule options (at most 64)%s");
    case OPT_DUMP: return parse_dump(o, arg);
    case OPT_MAX_WARNINGS: return parse_max_warnings(o, arg);
    case OPT_INCLUDE:
        return add_value(o->include, &o->include_count, 32, arg, "at most 32 --include and 32 --exclude globs%s");
    case OPT_EXCLUDE:
        return add_value(o->exclude, &o->exclude_count, 32, arg, "at most 32 --include and 32 --exclude globs%s");
    case 'j': return parse_jobs(o, arg);
    default: return -1;
    }
}

/* The options that set a flag or keep their value as it is. */
static int take_flag(options *o, int c, const char *arg)
{
    switch (c) {
    case 'r': o->recursive = 1; break;
    case OPT_LIST: o->list_rules = 1; break;
    case OPT_EXPLAIN: o->explain = arg; break;
    case OPT_TEST: o->test_rules = arg; break;
    case OPT_STDIN_NAME: o->stdin_filename = arg; break;
    case OPT_CONFIG: o->config = arg; break;
    case 'q': o->quiet = 1; break;
    case 'o': o->output = arg; break;
    case OPT_BASELINE: o->baseline = arg; break;
    case OPT_WRITE_BASELINE: o->write_baseline = arg; break;
    case OPT_STATS: o->stats = 1; break;
    case OPT_FIX: o->fix = 1; break;
    case OPT_FIX_DRY_RUN: o->fix_dry_run = 1; break;
    case OPT_PRINT_CONFIG: o->print_config = arg; break;
    case OPT_INIT: o->init = 1; break;
    case OPT_LANG: /* taken before the options are parsed (i18n_init): only checked here */
        if (strcmp(arg, "zh") && strcmp(arg, "en") && strncmp(arg, "zh_", 3) && strncmp(arg, "en_", 3))
            return usage_error("--lang takes zh or en, not '%s'", arg);
        break;
    default: return -1;
    }
    return EXIT_CLEAN;
}

/* An unknown option, with the closest known one. */
static int unknown_option(const char *arg)
{
    const char *names[sizeof long_options / sizeof *long_options];
    size_t n = 0;
    for (const struct option *l = long_options; l->name; l++)
        names[n++] = l->name;
    char word[128];
    snprintf(word, sizeof word, "%s", arg + strspn(arg, "-"));
    word[strcspn(word, "=")] = '\0';
    const char *close = strncmp(arg, "--", 2) == 0 ? bl_closest(word, names, n) : NULL;
    if (close) {
        char message[300];
        snprintf(message, sizeof message, _("unknown option '%%s' (did you mean '--%s'?)"), close);
        return usage_error(message, arg);
    }
    return usage_error("unknown option '%s'", arg);
}

int parse_options(int argc, char **argv, options *o, int *first_file)
{
    const char *color = "auto";
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":f:rqj:o:h", long_options, NULL)) != -1) {
        int status = take_value(o, c, optarg, &color);
        if (status < 0)
            status = take_flag(o, c, optarg);
        if (status > 0)
            return status;
        if (status == 0)
            continue;
        switch (c) {
        case 'h': usage(stdout); exit(EXIT_CLEAN);
        case OPT_VERSION: printf("bulletin-lint %s\n", bl_version()); exit(EXIT_CLEAN);
        case ':': return usage_error("option '%s' needs a value", argv[optind - 1]);
        default: return unknown_option(argv[optind - 1]);
        }
    }
    o->color = strcmp(color, "always") == 0 ||
               (strcmp(color, "auto") == 0 && isatty(STDOUT_FILENO) && !getenv("NO_COLOR"));
    *first_file = optind;
    return EXIT_CLEAN;
}

/* `--dump claims` as well as `--dump=claims`: joined before getopt sees them. */
int join_dump_argument(int argc, char **argv)
{
    static char dump_claims[] = "--dump=claims", dump_model[] = "--dump=model", dump_text[] = "--dump=text";
    for (int i = 1; i + 1 < argc; i++)
        if (strcmp(argv[i], "--dump") == 0 && (strcmp(argv[i + 1], "claims") == 0 || strcmp(argv[i + 1], "model") == 0 ||
                                             strcmp(argv[i + 1], "text") == 0)) {
            argv[i] = strcmp(argv[i + 1], "claims") == 0 ? dump_claims : strcmp(argv[i + 1], "text") == 0 ? dump_text : dump_model;
            memmove(&argv[i + 1], &argv[i + 2], (size_t)(argc - i - 1) * sizeof *argv);
            argc--;
        }
    return argc;
}
