/* report.h - the findings of one file: diagnostics, failed rules, the file's source they refer to,
 * and the models of its documents kept for --dump. */
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
    bl_source source;           /* owned: the file as read; empty (text NULL) when it could not be read */
    bl_document **docs;         /* owned (malloc, each bl_document_free): the models kept, in file order */
    size_t doc_count, doc_cap;
};

/* A message, suggestion or failure is cut at this many bytes (at a character, with "…"). */
#define BL_MAX_TEXT_BYTES 4096

int bl_report_new(bl_report **out, const char *path);
/* Copies d (and its strings) into the report: its message and suggestion as text that is safe to
 * print anywhere (see bl_report_clean_text). */
int bl_report_add(bl_report *report, const bl_diagnostic *d);
/* Gives the report the model of one of its documents, for bl_report_write_model; the document is
 * freed (and BL_ERR_NOMEM returned) when memory runs out. */
int bl_report_keep_document(bl_report *report, bl_document *doc);
/* Forgets the diagnostics added after the first `keep` (those of a rule run that is done again; the
 * memory of their strings stays with the report). */
void bl_report_forget(bl_report *report, size_t keep);
int bl_report_add_failure(bl_report *report, const char *rule, const char *message);
/* A copy of s (in the report's arena) that is valid UTF-8 (each invalid byte becomes U+FFFD) without
 * control characters (a line break or tab becomes a space; ESC, BEL and the other C0 and C1 controls
 * and DEL are dropped, so no terminal escape survives), cut at BL_MAX_TEXT_BYTES at a character with
 * "…". NULL when memory runs out. */
const char *bl_report_clean_text(bl_report *report, const char *s);
/* Sorts by line, column, rule, message and drops exact duplicates. */
void bl_report_finish(bl_report *report);

#endif
