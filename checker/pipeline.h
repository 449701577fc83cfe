/* pipeline.h - the stages of a check, in order, in one place (pipeline.c):
 *
 *   bytes → source → layout → document → claims → relations → Lua model → rules → report
 *
 * (layout to rules once for each bulletin of a file of several, on a view of its lines)
 *
 * Each stage reads what the stages before it made and calls none after it. */
#ifndef BL_PIPELINE_H
#define BL_PIPELINE_H
#include "bulletin_lint/bulletin_lint.h"
#include "document.h"
#include "ruleset.h"
#include "sandbox.h"
#include "trusted_strings.h"

/* What the rule stages run with: an engine's rules, in its sandbox. */
typedef struct bl_pipeline_rules {
    bl_ruleset *rules;
    bl_sandbox *sandbox;
    bl_trusted_strings *trusted;   /* re skips the UTF-8 check of the model's strings */
    uint64_t instruction_budget;   /* per rule and document; 0: grows with the document */
    size_t memory_cap;             /* likewise, bytes of Lua memory */
    uint64_t time_limit;           /* likewise, nanoseconds of CPU time */
} bl_pipeline_rules;

/* The stages from source to relations: the model of a document, with its claims and their
 * relations. On BL_ERR_INPUT err says why the bytes cannot be read; *out is NULL on any failure
 * and the caller's otherwise (bl_document_free). */
int bl_pipeline_model(bl_document **out, const char *bytes, size_t len, bl_encoding encoding, bl_layout layout,
                      bl_error *err);

/* Every stage: the report of the rules on the file at path (see bl_engine_check), one document per
 * bulletin of it (model/boundaries.h), each freed once its rules have run but the first (and all
 * with opts->keep_models), kept in the report for bl_report_write_model. */
int bl_pipeline_check(const bl_pipeline_rules *rules, const char *path, const char *bytes, size_t len,
                      const bl_check_options *opts, bl_report **out);

#endif
