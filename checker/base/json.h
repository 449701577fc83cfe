/* json.h - a streaming JSON writer with correct string escaping. */
#ifndef BL_JSON_H
#define BL_JSON_H
#include <stdint.h>
#include <stdio.h>

#define BL_JSON_MAX_DEPTH 64

typedef struct bl_json {
    FILE *out;
    int depth;
    int pretty;
    unsigned char has_items[BL_JSON_MAX_DEPTH];
    int after_key;
} bl_json;

void bl_json_init(bl_json *j, FILE *out, int pretty);
void bl_json_object(bl_json *j);
void bl_json_object_end(bl_json *j);
void bl_json_array(bl_json *j);
void bl_json_array_end(bl_json *j);
void bl_json_key(bl_json *j, const char *key);
void bl_json_string(bl_json *j, const char *s);
void bl_json_string_n(bl_json *j, const char *s, size_t len);
void bl_json_int(bl_json *j, int64_t v);
void bl_json_bool(bl_json *j, int v);
void bl_json_null(bl_json *j);
/* A key and its value in one call. */
void bl_json_field_string(bl_json *j, const char *key, const char *s);
void bl_json_field_int(bl_json *j, const char *key, int64_t v);
void bl_json_field_bool(bl_json *j, const char *key, int v);

/* A literal JSON value written as is (for numbers already formatted). */
void bl_json_raw(bl_json *j, const char *literal);

#endif
