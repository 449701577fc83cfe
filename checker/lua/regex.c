/* regex.c - compiling PCRE2 patterns, and the per-engine match data they are matched with. */
#include "regex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct bl_regex_matcher {
    int jit;                      /* compile patterns to machine code (off under valgrind) */
    pcre2_compile_context *compile_context;
    pcre2_match_data *match_data;
    pcre2_match_context *match_context;
    pcre2_jit_stack *jit_stack;
};

int bl_regex_matcher_new(bl_regex_matcher **out)
{
    bl_regex_matcher *m = calloc(1, sizeof *m);
    if (!m)
        return -1;
    /* valgrind cannot see into JIT-compiled code and reports false errors from it */
    const char *no_jit = getenv("BULLETIN_LINT_NO_JIT");
    m->jit = !(no_jit && *no_jit && strcmp(no_jit, "0") != 0);
    m->compile_context = pcre2_compile_context_create(NULL);
    m->match_data = pcre2_match_data_create(32, NULL);
    m->match_context = pcre2_match_context_create(NULL);
    m->jit_stack = pcre2_jit_stack_create(32 * 1024, 512 * 1024, NULL);
    if (!m->compile_context || !m->match_data || !m->match_context) {
        bl_regex_matcher_free(m);
        return -1;
    }
    pcre2_set_max_pattern_length(m->compile_context, BL_REGEX_MAX_PATTERN_BYTES);
    pcre2_set_match_limit(m->match_context, BL_REGEX_MATCH_LIMIT);
    pcre2_set_depth_limit(m->match_context, BL_REGEX_DEPTH_LIMIT);
    pcre2_set_heap_limit(m->match_context, BL_REGEX_HEAP_LIMIT_KIB);
    if (m->jit_stack && m->jit)
        pcre2_jit_stack_assign(m->match_context, NULL, m->jit_stack);
    *out = m;
    return 0;
}

void bl_regex_matcher_free(bl_regex_matcher *m)
{
    if (!m)
        return;
    pcre2_compile_context_free(m->compile_context);
    pcre2_match_data_free(m->match_data);
    pcre2_match_context_free(m->match_context);
    pcre2_jit_stack_free(m->jit_stack);
    free(m);
}

pcre2_code *bl_regex_compile(const bl_regex_matcher *m, const char *pattern, size_t len, size_t *size,
                             char *err, size_t err_size)
{
    int code_err;
    PCRE2_SIZE err_offset;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, len, PCRE2_UTF | PCRE2_UCP, &code_err, &err_offset,
                                     m->compile_context);
    if (!code) {
        PCRE2_UCHAR buffer[160];
        pcre2_get_error_message(code_err, buffer, sizeof buffer);
        snprintf(err, err_size, "%s at offset %zu", (const char *)buffer, (size_t)err_offset);
        return NULL;
    }
    if (m->jit)
        pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* interpreted when JIT is unavailable */
    size_t bytes = 0, jit_bytes = 0;
    pcre2_pattern_info(code, PCRE2_INFO_SIZE, &bytes);
    if (m->jit)
        pcre2_pattern_info(code, PCRE2_INFO_JITSIZE, &jit_bytes);
    *size = bytes + jit_bytes;
    return code;
}

int bl_regex_match(bl_regex_matcher *m, const pcre2_code *code, const char *subject, size_t len,
                   size_t offset, int validated, const size_t **ovector)
{
    /* a subject known to be valid UTF-8 goes straight to the JIT-compiled code, past pcre2_match's
     * checks (a pattern the JIT could not compile says so, and is matched by the interpreter) */
    int rc = m->jit && validated ? pcre2_jit_match(code, (PCRE2_SPTR)subject, len, offset, 0, m->match_data,
                                                   m->match_context)
                                 : PCRE2_ERROR_JIT_BADOPTION;
    if (rc == PCRE2_ERROR_JIT_BADOPTION)
        rc = pcre2_match(code, (PCRE2_SPTR)subject, len, offset, validated ? PCRE2_NO_UTF_CHECK : 0, m->match_data,
                         m->match_context);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0)
        return rc;
    *ovector = pcre2_get_ovector_pointer(m->match_data);
    return rc == 0 ? 32 : rc;
}
