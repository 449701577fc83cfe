/* project.c - the commands about a project's configuration: --print-config FILE (the settings that
 * apply to FILE) and --init (a commented starting .bulletin-lint.lua). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

int print_config(bl_engine *engine, const options *o, const char *file)
{
    config_cache cache = {{0}, {0}, {0}, 0};
    char *error = NULL;
    const bl_config *config = config_for(engine, &cache, o->config, file, &error);
    int status = EXIT_CLEAN;
    if (error) {
        fprintf(stderr, "bulletin-lint: %s\n", error);
        status = EXIT_TROUBLE;
    } else if (bl_config_print_settings(engine, config, file, strcmp(o->format->name, "json") == 0, stdout) != BL_OK) {
        status = EXIT_TROUBLE;
    }
    free(error);
    configs_free(engine, &cache);
    return status;
}

/* ------------------------------------------------------------------ --init */

static const char *const categories[] = {"encoding", "structure", "numbering", "required-step", "arithmetic",
                                         "percentage", "date", "consistency", "punctuation", "wording"};

static void write_template(FILE *f, const bl_engine *engine)
{
    fprintf(f, "-- bulletin-lint configuration (written by bulletin-lint %s --init).\n", bl_version());
    fputs(_("-- It applies to the files in this folder and below; a .bulletin-lint.lua in a folder below refines it.\n"
            "-- Lua data only. A rule or category is \"off\", \"on\", \"error\", \"warning\" or \"info\"; a rule can also\n"
            "-- be { severity = ..., options = { ... } }. See the README (Configuration), --list-rules and\n"
            "-- --explain RULE; --print-config FILE shows what applies to FILE.\n"),
          f);
    fputs("return {\n", f);
    fputs(_("  -- root = true,                    -- do not refine a .bulletin-lint.lua in a folder above\n"
            "  -- rule_dirs = { \"rules\" },        -- the project's own rules, relative to this file\n"),
          f);
    fputs("  rules = {\n", f);
    for (size_t i = 0; i < bl_engine_rule_count(engine); i++) {
        const bl_rule_info *r = bl_engine_rule(engine, i);
        char key[160];
        snprintf(key, sizeof key, "[\"%s\"] = \"%s\",", r->id, bl_severity_name(r->severity));
        fprintf(f, "    -- %-56s -- %s\n", key, r->summary);
    }
    fputs("  },\n  categories = {\n", f);
    for (size_t i = 0; i < sizeof categories / sizeof *categories; i++) {
        char key[64];
        snprintf(key, sizeof key, "%s%s%s = \"on\",", strchr(categories[i], '-') ? "[\"" : "", categories[i],
                 strchr(categories[i], '-') ? "\"]" : "");
        fprintf(f, "    -- %s\n", key);
    }
    fputs("  },\n", f);
    fputs(_("  overrides = {                     -- by path, relative to this file\n"
            "    -- { files = \"archive/*.txt\", categories = { punctuation = \"off\" } },\n"
            "  },\n"),
          f);
    fputs(_("  accepted = {                      -- findings a person checked: right as they are (docs/ci.md)\n"
            "    -- { file = \"drafts/a.txt\", fingerprint = \"0123456789abcdef\", reason = \"...\" },\n"
            "  },\n"),
          f);
    fputs("}\n", f);
}

int init_config(const bl_engine *engine)
{
    static const char name[] = ".bulletin-lint.lua";
    int fd = open(name, O_WRONLY | O_CREAT | O_EXCL, 0644); /* never over a configuration */
    if (fd < 0) {
        if (errno == EEXIST)
            fprintf(stderr, _("bulletin-lint: %s already exists; not overwritten\n"), name);
        else
            fprintf(stderr, "bulletin-lint: %s: %s\n", name, strerror(errno));
        return EXIT_TROUBLE;
    }
    FILE *f = fdopen(fd, "w");
    if (!f) {
        close(fd);
        unlink(name);
        return EXIT_TROUBLE;
    }
    write_template(f, engine);
    if (ferror(f) | (fclose(f) != 0)) {
        fprintf(stderr, "bulletin-lint: %s: %s\n", name, strerror(errno));
        unlink(name);
        return EXIT_TROUBLE;
    }
    fprintf(stderr, _("bulletin-lint: wrote %s\n"), name);
    return EXIT_CLEAN;
}
