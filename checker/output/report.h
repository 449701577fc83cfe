/* report.h - the findings of one document: diagnostics, failed rules and the model they refer to. */
#ifndef BL_REPORT_H
#define BL_REPORT_H
#include "bulletin_lint/bulletin_lint.h"
#include "arena.h"
#include "document.h"

struct bl_report {
    bl_arena arena;             /* strings of the diagnostics */
    const char *path;
    const char *encoding;
    const char *error;          /* why the file could not be read, or NULL */
    bl_diagnostic *diagnostics; /* owned (malloc) */
    size_t diagnostic_count, diagnostic_cap;
    bl_rule_failure *failures;  /* owned (malloc) */
    size_t failure_count, failure_cap;
    bl_document *doc;           /* owned; NULL when the file could not be read */
};

/* A message, suggestion or failure is cut at this many bytes (at a character, with "…"). */
#define BL_MAX_TEXT_BYTES 4096

int bl_report_new(bl_report **out, const char *path);
/* Copies d (and its strings) into the report: its message and suggestion as text that is safe to
 * print anywhere (see bl_report_clean_text). */
int bl_report_add(bl_report *report, const bl_diagnostic *d);
int bl_report_add_failure(bl_report *report, const char *rule, const char *message);
/* A copy of s (in the report's arena) that is valid UTF-8 (each invalid byte becomes U+FFFD) without
 * control characters (a line break or tab becomes a space; ESC, BEL and the other C0 and C1 controls
 * and DEL are dropped, so no terminal escape survives), cut at BL_MAX_TEXT_BYTES at a character with
 * "…". NULL when memory runs out. */
const char *bl_report_clean_text(bl_report *report, const char *s);
/* Sorts by line, column, rule, message and drops exact duplicates. */
void bl_report_finish(bl_report *report);

#endif
