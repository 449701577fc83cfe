/* regex.c - a hash table of compiled PCRE2 patterns and the per-engine match data. */
#include "regex.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct entry {
    char *pattern;
    size_t len;
    uint64_t hash;
    pcre2_code *code;
} entry;

struct bl_regex_cache {
    entry *slots;
    size_t capacity, count;
    int jit;                      /* compile patterns to machine code (off under valgrind) */
    pcre2_match_data *match_data;
    pcre2_match_context *match_context;
    pcre2_jit_stack *jit_stack;
};

static uint64_t fnv1a(const char *s, size_t len)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

int bl_regex_cache_new(bl_regex_cache **out)
{
    bl_regex_cache *c = calloc(1, sizeof *c);
    if (!c)
        return -1;
    c->capacity = 64;
    c->slots = calloc(c->capacity, sizeof *c->slots);
    /* valgrind cannot see into JIT-compiled code and reports false errors from it */
    const char *no_jit = getenv("BULLETIN_LINT_NO_JIT");
    c->jit = !(no_jit && *no_jit && strcmp(no_jit, "0") != 0);
    c->match_data = pcre2_match_data_create(32, NULL);
    c->match_context = pcre2_match_context_create(NULL);
    c->jit_stack = pcre2_jit_stack_create(32 * 1024, 512 * 1024, NULL);
    if (!c->slots || !c->match_data || !c->match_context) {
        bl_regex_cache_free(c);
        return -1;
    }
    pcre2_set_match_limit(c->match_context, BL_REGEX_MATCH_LIMIT);
    pcre2_set_depth_limit(c->match_context, BL_REGEX_DEPTH_LIMIT);
    if (c->jit_stack && c->jit)
        pcre2_jit_stack_assign(c->match_context, NULL, c->jit_stack);
    *out = c;
    return 0;
}

void bl_regex_cache_free(bl_regex_cache *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->capacity && c->slots; i++) {
        free(c->slots[i].pattern);
        pcre2_code_free(c->slots[i].code);
    }
    free(c->slots);
    pcre2_match_data_free(c->match_data);
    pcre2_match_context_free(c->match_context);
    pcre2_jit_stack_free(c->jit_stack);
    free(c);
}

static int grow(bl_regex_cache *c)
{
    size_t capacity = c->capacity * 2;
    entry *slots = calloc(capacity, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t i = 0; i < c->capacity; i++) {
        if (!c->slots[i].pattern)
            continue;
        size_t j = c->slots[i].hash & (capacity - 1);
        while (slots[j].pattern)
            j = (j + 1) & (capacity - 1);
        slots[j] = c->slots[i];
    }
    free(c->slots);
    c->slots = slots;
    c->capacity = capacity;
    return 0;
}

const pcre2_code *bl_regex_get(bl_regex_cache *c, const char *pattern, size_t len, char *err,
                               size_t err_size)
{
    uint64_t hash = fnv1a(pattern, len);
    size_t i = hash & (c->capacity - 1);
    while (c->slots[i].pattern) {
        entry *e = &c->slots[i];
        if (e->hash == hash && e->len == len && memcmp(e->pattern, pattern, len) == 0)
            return e->code;
        i = (i + 1) & (c->capacity - 1);
    }
    int code_err;
    PCRE2_SIZE err_offset;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, len, PCRE2_UTF | PCRE2_UCP, &code_err,
                                     &err_offset, NULL);
    if (!code) {
        PCRE2_UCHAR buffer[160];
        pcre2_get_error_message(code_err, buffer, sizeof buffer);
        snprintf(err, err_size, "%s at offset %zu", (const char *)buffer, (size_t)err_offset);
        return NULL;
    }
    if (c->jit)
        pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* interpreted when JIT is unavailable */
    char *copy = malloc(len + 1);
    if (!copy || ((c->count + 1) * 2 > c->capacity && grow(c))) {
        free(copy);
        pcre2_code_free(code);
        snprintf(err, err_size, "out of memory");
        return NULL;
    }
    memcpy(copy, pattern, len);
    copy[len] = '\0';
    i = hash & (c->capacity - 1);
    while (c->slots[i].pattern)
        i = (i + 1) & (c->capacity - 1);
    c->slots[i] = (entry){copy, len, hash, code};
    c->count++;
    return code;
}

int bl_regex_match(bl_regex_cache *c, const pcre2_code *code, const char *subject, size_t len,
                   size_t offset, int validated, const size_t **ovector)
{
    int rc = pcre2_match(code, (PCRE2_SPTR)subject, len, offset, validated ? PCRE2_NO_UTF_CHECK : 0,
                         c->match_data, c->match_context);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0)
        return rc;
    *ovector = pcre2_get_ovector_pointer(c->match_data);
    return rc == 0 ? 32 : rc;
}
