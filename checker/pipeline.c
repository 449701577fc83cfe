/* pipeline.c - the stages of a check, in order: what the engine does with one document.
 *
 *   1. source      the bytes decoded by an input reader: text, lines, the position map (input/)
 *   2. layout      lines classed and joined into the blocks of the page (model/layout.c)
 *   3. document    parts, sections, paragraphs, sentences, enumerations (model/document.c)
 *   4. claims      every quantity the text states (claims/claims.c)
 *   5. relations   how the claims of each sentence relate (claims/relations.c)
 *   6. Lua model   the document as read-only Lua tables for the rules (lua/lua_doc.c)
 *   7. rules       each rule's check on the model, findings into the report (rules/rule_runner.c)
 *   8. report      the findings sorted and deduplicated (output/report.c)
 *
 * The source is read once per file; a file of several bulletins one after another is divided at
 * their mastheads (model/boundaries.c) and stages 2 to 7 run on each bulletin as a document of its
 * own, a view of its lines of the file's source (so that every position is the file's), freed once
 * its rules have run. The report, one per file, holds the source and every document's findings.
 *
 * No stage calls a later one: each is called from here with what the stages before it made. */
#include "pipeline.h"

#include <stdlib.h>
#include <string.h>

#include "boundaries.h"
#include "claims.h"
#include "layout.h"
#include "lua_doc.h"
#include "relations.h"
#include "report.h"
#include "rule_runner.h"
#include "reader.h"
#include "source.h"

/* Per-document limits grow with the document, so that a large file is not cut short. */
#define INSTRUCTIONS_BASE 20000000ULL
#define INSTRUCTIONS_PER_BYTE 400ULL
#define MEMORY_BASE (64u * 1024u * 1024u)
#define MEMORY_PER_BYTE 32u
/* The CPU time of a rule on a document: far beyond what the budget allows, it stops what the
 * budget cannot see (a regex near PCRE2's match limit, again and again). */
#define TIME_BASE_NS 3000000000ULL
#define TIME_PER_BYTE_NS 1000ULL

/* Stage 2: the page's blocks, from the source's lines. */
static int lay_out(bl_document *doc, bl_layout layout)
{
    bl_text_builder scratch = {0};
    int status = bl_layout_build(&doc->page, &doc->source, layout, &doc->arena, &scratch);
    bl_text_builder_release(&scratch);
    return status;
}

/* Stage 4: the claims, into a set the document holds. */
static int extract_claims(bl_document *doc)
{
    doc->claims = bl_arena_calloc(&doc->arena, 1, sizeof *doc->claims);
    return doc->claims ? bl_claims_extract(doc, &doc->arena, doc->claims) : BL_ERR_NOMEM;
}

/* Stages 2 to 5, on doc->source. */
static int model_source(bl_document *doc, bl_layout layout)
{
    int status = lay_out(doc, layout);                                                   /* 2. layout */
    if (!status)
        status = bl_document_build(doc);                                                 /* 3. document */
    if (!status)
        status = extract_claims(doc);                                                    /* 4. claims */
    if (!status)
        status = bl_relations_find(doc, &doc->arena, doc->claims);                       /* 5. relations */
    return status;
}

int bl_pipeline_model(bl_document **out, const char *bytes, size_t len, bl_encoding encoding, bl_layout layout,
                      bl_error *err)
{
    *out = NULL;
    bl_document *doc = calloc(1, sizeof *doc);
    if (!doc)
        return BL_ERR_NOMEM;
    int status = bl_input_read(&doc->source, bytes, len, encoding, err);                  /* 1. source */
    if (!status)
        status = model_source(doc, layout);                                               /* 2-5 */
    if (status) {
        bl_document_free(doc);
        return status;
    }
    *out = doc;
    return BL_OK;
}

/* Stages 2 to 5 on lines [first, first + count) of a file's source, which the document borrows. */
static int model_lines(bl_document **out, const bl_source *file, uint32_t first, uint32_t count, bl_layout layout)
{
    *out = NULL;
    bl_document *doc = calloc(1, sizeof *doc);
    if (!doc)
        return BL_ERR_NOMEM;
    bl_source_view(&doc->source, file, first, count);
    int status = model_source(doc, layout);
    if (status) {
        bl_document_free(doc);
        return status;
    }
    *out = doc;
    return BL_OK;
}

/* Stages 6 and 7: the rules, on the Lua model of doc, in their sandbox; len sets their limits. */
static int run_rules(const bl_pipeline_rules *with, bl_report *report, const bl_document *doc, const char *path,
                     size_t len, const bl_check_options *opts)
{
    bl_run_options run = {opts->only_rules, opts->only_rule_count, opts->config, {
        with->instruction_budget ? with->instruction_budget : INSTRUCTIONS_BASE + INSTRUCTIONS_PER_BYTE * len,
        with->memory_cap ? with->memory_cap : MEMORY_BASE + MEMORY_PER_BYTE * len,
        with->time_limit ? with->time_limit : TIME_BASE_NS + TIME_PER_BYTE_NS * len}};
    bl_lua_model model;
    int status = bl_lua_model_push(&model, with->sandbox->L, doc, path, with->trusted);  /* 6. Lua model */
    if (status)
        return status;
    status = bl_rules_run(with->rules, with->sandbox, &model, path, &run, report);       /* 7. rules */
    bl_lua_model_pop(&model);
    return status;
}

/* Stages 2 to 7 on each document of the report's source, in file order. A file of one document
 * has the limits of its bytes as given (len); each of several, those of its own bytes. */
static int check_documents(const bl_pipeline_rules *rules, bl_report *report, const char *path, size_t len,
                           const bl_check_options *opts)
{
    const bl_source *file = &report->source;
    bl_boundaries bounds;
    int status = bl_boundaries_find(&bounds, file);
    for (size_t k = 0; !status && k < bounds.count; k++) {
        uint32_t first = bounds.starts[k];
        uint32_t end = k + 1 < bounds.count ? bounds.starts[k + 1] : file->line_count;
        bl_document *doc;
        status = model_lines(&doc, file, first, end - first, opts->layout);              /* 2-5 */
        if (status)
            break;
        size_t doc_len = bounds.count == 1 ? len : bl_source_bytes(&doc->source);
        status = run_rules(rules, report, doc, path, doc_len, opts);                     /* 6-7 */
        if (!status && (k == 0 || opts->keep_models))
            status = bl_report_keep_document(report, doc);
        else
            bl_document_free(doc);
    }
    bl_boundaries_release(&bounds);
    return status;
}

int bl_pipeline_check(const bl_pipeline_rules *rules, const char *path, const char *bytes, size_t len,
                      const bl_check_options *opts, bl_report **out)
{
    *out = NULL;
    bl_report *report;
    if (bl_report_new(&report, path) != BL_OK)
        return BL_ERR_NOMEM;
    bl_error err = {{0}};
    int status = bl_input_read(&report->source, bytes, len, opts->encoding, &err);       /* 1. source */
    if (status == BL_ERR_INPUT) { /* a report that says why the file cannot be read */
        report->error = bl_arena_strndup(&report->arena, err.message, strlen(err.message));
        *out = report;
        return report->error ? BL_ERR_INPUT : BL_ERR_NOMEM;
    }
    if (status == BL_OK) {
        report->encoding = bl_encoding_name(report->source.encoding);
        status = check_documents(rules, report, path, len, opts);                        /* 2-7 */
    }
    if (status != BL_OK) {
        bl_report_free(report);
        return status;
    }
    bl_report_finish(report);                                                            /* 8. report */
    *out = report;
    return BL_OK;
}
