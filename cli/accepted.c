/* accepted.c - the findings a person checked and accepted: the `accepted` list of a
 * configuration, each entry keyed like a baseline line (fingerprint, or rule and message) with the
 * reason it is right as it is. An entry that no longer matches a finding of its file is said, so
 * that the list does not outlive the text it was written for. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "files.h"

static void add_note(file_result *out, const bl_accepted *a)
{
    char **grown = realloc(out->notes, (out->note_count + 1) * sizeof *grown);
    if (!grown)
        return;
    out->notes = grown;
    size_t n = strlen(a->config_path) + strlen(a->file) + 160;
    char *note = malloc(n);
    if (!note)
        return;
    snprintf(note, n, _("%s:%d: the accepted finding in %s is no longer found: remove it (or update its fingerprint)"),
             a->config_path, a->line, a->file);
    out->notes[out->note_count++] = note;
}

size_t accepted_filter(const bl_config *config, bl_report *report, const char *path, file_result *out)
{
    if (!config || bl_report_error(report))
        return 0;
    char full[PATH_MAX];
    if (!bl_absolute_path(path, full))
        return 0;
    known_findings known = {0};
    const bl_accepted **entries = NULL;
    size_t entry_count = 0;
    for (const bl_config *c = config; c; c = bl_config_parent(c))
        for (size_t i = 0; i < bl_config_accepted_count(c); i++) {
            const bl_accepted *a = bl_config_accepted(c, i);
            char joined[PATH_MAX * 2], resolved[PATH_MAX];
            snprintf(joined, sizeof joined, "%s%s%s", a->file[0] == '/' ? "" : bl_config_dir(c),
                     a->file[0] == '/' ? "" : "/", a->file);
            if (!bl_absolute_path(joined, resolved) || strcmp(resolved, full) != 0)
                continue;
            known_finding f = {0};
            f.path = (char *)bl_report_path(report);
            f.rule = (char *)a->rule;
            f.no_exact = !a->fingerprint;
            f.exact = a->fingerprint ? strtoull(a->fingerprint, NULL, 16) : 0;
            f.no_loose = !(a->rule && a->message);
            f.loose = f.no_loose ? 0 : fingerprint_loose(a->rule, a->message);
            f.reason = (char *)a->reason;
            const bl_accepted **grown = realloc(entries, (entry_count + 1) * sizeof *grown);
            if (!grown || known_findings_add(&known, &f) != 0) {
                free(grown ? grown : entries);
                known_findings_free(&known);
                return 0;
            }
            entries = grown;
            entries[entry_count++] = a;
        }
    size_t hidden = entry_count ? known_findings_filter(&known, report) : 0;
    for (size_t i = 0; i < known.count; i++)
        if (!known.items[i].used)
            add_note(out, entries[i]);
    known_findings_free(&known);
    free(entries);
    return hidden;
}
