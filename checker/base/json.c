/* json.c - streaming JSON writer. */
#include "json.h"

#include <inttypes.h>
#include <string.h>

void bl_json_init(bl_json *j, FILE *out, int pretty)
{
    memset(j, 0, sizeof *j);
    j->out = out;
    j->pretty = pretty;
}

static void indent(bl_json *j)
{
    if (!j->pretty)
        return;
    fputc('\n', j->out);
    for (int i = 0; i < j->depth; i++)
        fputs("  ", j->out);
}

/* Separator and indentation before a value or a key. */
static void before_item(bl_json *j)
{
    if (j->after_key) {
        j->after_key = 0;
        return;
    }
    if (j->depth > 0) {
        if (j->has_items[j->depth])
            fputc(',', j->out);
        j->has_items[j->depth] = 1;
        indent(j);
    }
}

static void open(bl_json *j, char c)
{
    before_item(j);
    fputc(c, j->out);
    if (j->depth + 1 < BL_JSON_MAX_DEPTH)
        j->depth++;
    j->has_items[j->depth] = 0;
}

static void close(bl_json *j, char c)
{
    int had = j->has_items[j->depth];
    if (j->depth > 0)
        j->depth--;
    if (had)
        indent(j);
    fputc(c, j->out);
}

void bl_json_object(bl_json *j) { open(j, '{'); }
void bl_json_object_end(bl_json *j) { close(j, '}'); }
void bl_json_array(bl_json *j) { open(j, '['); }
void bl_json_array_end(bl_json *j) { close(j, ']'); }

static void write_string(FILE *out, const char *s, size_t len)
{
    fputc('"', out);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\r': fputs("\\r", out); break;
        case '\t': fputs("\\t", out); break;
        default:
            if (c < 0x20 || c == 0x7F)
                fprintf(out, "\\u%04x", c);
            else
                fputc(c, out);
        }
    }
    fputc('"', out);
}

void bl_json_key(bl_json *j, const char *key)
{
    before_item(j);
    write_string(j->out, key, strlen(key));
    fputs(j->pretty ? ": " : ":", j->out);
    j->after_key = 1;
}

void bl_json_string_n(bl_json *j, const char *s, size_t len)
{
    before_item(j);
    write_string(j->out, s, len);
}

void bl_json_string(bl_json *j, const char *s)
{
    if (!s) {
        bl_json_null(j);
        return;
    }
    bl_json_string_n(j, s, strlen(s));
}

void bl_json_int(bl_json *j, int64_t v)
{
    before_item(j);
    fprintf(j->out, "%" PRId64, v);
}

void bl_json_bool(bl_json *j, int v)
{
    before_item(j);
    fputs(v ? "true" : "false", j->out);
}

void bl_json_null(bl_json *j)
{
    before_item(j);
    fputs("null", j->out);
}

void bl_json_raw(bl_json *j, const char *literal)
{
    before_item(j);
    fputs(literal, j->out);
}

void bl_json_field_string(bl_json *j, const char *key, const char *s)
{
    bl_json_key(j, key);
    bl_json_string(j, s);
}

void bl_json_field_int(bl_json *j, const char *key, int64_t v)
{
    bl_json_key(j, key);
    bl_json_int(j, v);
}

void bl_json_field_bool(bl_json *j, const char *key, int v)
{
    bl_json_key(j, key);
    bl_json_bool(j, v);
}
