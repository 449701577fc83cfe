/* source.c - reading the bytes of a bulletin: encoding detection and conversion (iconv for
 * GB18030), line-ending normalisation and the offset → line/column table. */
#include "source.h"

#include <errno.h>
#include <stdarg.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

#define CHAR_MARK_SHIFT 6 /* one checkpoint every 64 bytes */

static int fail(bl_error *err, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int fail(bl_error *err, int status, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return status;
}

/* GB18030 → UTF-8 with iconv. On an invalid sequence, *bad_offset is its byte offset. */
static int convert_gb18030(const char *bytes, size_t len, char **out, size_t *out_len,
                           size_t *bad_offset)
{
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == (iconv_t)-1)
        return BL_ERR_INPUT;
    size_t capacity = len * 2 + 16; /* GB18030 takes at least 2/3 of UTF-8's bytes per char */
    char *buffer = malloc(capacity);
    if (!buffer) {
        iconv_close(cd);
        return BL_ERR_NOMEM;
    }
    char *in = (char *)bytes, *o = buffer;
    size_t in_left = len, out_left = capacity - 1;
    int status = BL_OK;
    if (iconv(cd, &in, &in_left, &o, &out_left) == (size_t)-1) {
        *bad_offset = (size_t)(in - bytes);
        status = errno == E2BIG ? BL_ERR_NOMEM : BL_ERR_INPUT;
        free(buffer);
        buffer = NULL;
    }
    iconv_close(cd);
    if (buffer) {
        *o = '\0';
        *out = buffer;
        *out_len = (size_t)(o - buffer);
    }
    return status;
}

static uint32_t chars_before(const bl_source *src, uint32_t offset)
{
    uint32_t block = offset >> CHAR_MARK_SHIFT;
    uint32_t chars = src->char_marks[block];
    for (uint32_t i = block << CHAR_MARK_SHIFT; i < offset; i++)
        chars += ((unsigned char)src->text[i] & 0xC0) != 0x80;
    return chars;
}

/* Copies text with CR and CRLF turned into LF, and builds the line and column tables. */
static int normalise_lines(bl_source *src, const char *text, size_t len)
{
    src->text = malloc(len + 1);
    if (!src->text)
        return BL_ERR_NOMEM;
    uint32_t lines_cap = 64, lines = 0;
    src->line_starts = malloc(lines_cap * sizeof *src->line_starts);
    if (!src->line_starts)
        return BL_ERR_NOMEM;
    size_t o = 0;
    src->line_starts[lines++] = 0;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (c == '\r') {
            if (i + 1 < len && text[i + 1] == '\n') {
                i++;
                src->endings_crlf++;
            } else {
                src->endings_cr++;
            }
            c = '\n';
        } else if (c == '\n') {
            src->endings_lf++;
        }
        src->text[o++] = c;
        if (c == '\n' && i + 1 < len) {
            if (lines == lines_cap) {
                lines_cap *= 2;
                uint32_t *grown = realloc(src->line_starts, lines_cap * sizeof *grown);
                if (!grown)
                    return BL_ERR_NOMEM;
                src->line_starts = grown;
            }
            src->line_starts[lines++] = (uint32_t)o;
        }
    }
    src->text[o] = '\0';
    src->len = (uint32_t)o;
    src->line_count = lines;

    size_t marks = (o >> CHAR_MARK_SHIFT) + 1;
    src->char_marks = malloc(marks * sizeof *src->char_marks);
    if (!src->char_marks)
        return BL_ERR_NOMEM;
    uint32_t chars = 0;
    for (size_t i = 0; i < o; i++) {
        if ((i & ((1u << CHAR_MARK_SHIFT) - 1)) == 0)
            src->char_marks[i >> CHAR_MARK_SHIFT] = chars;
        chars += ((unsigned char)src->text[i] & 0xC0) != 0x80;
    }
    if ((o & ((1u << CHAR_MARK_SHIFT) - 1)) == 0)
        src->char_marks[o >> CHAR_MARK_SHIFT] = chars;
    src->line_chars = malloc(lines * sizeof *src->line_chars);
    if (!src->line_chars)
        return BL_ERR_NOMEM;
    for (uint32_t i = 0; i < lines; i++)
        src->line_chars[i] = chars_before(src, src->line_starts[i]);
    return BL_OK;
}

int bl_source_load(bl_source *out, const char *bytes, size_t len, bl_encoding requested,
                   bl_error *err)
{
    memset(out, 0, sizeof *out);
    if (len > BL_MAX_DOCUMENT_BYTES)
        return fail(err, BL_ERR_INPUT, "file too large: %zu bytes (the limit is %zu bytes)", len,
                    (size_t)BL_MAX_DOCUMENT_BYTES);
    const char *nul = memchr(bytes, '\0', len);
    if (len >= 2 && (((unsigned char)bytes[0] == 0xFF && (unsigned char)bytes[1] == 0xFE) ||
                     ((unsigned char)bytes[0] == 0xFE && (unsigned char)bytes[1] == 0xFF)))
        return fail(err, BL_ERR_INPUT, "UTF-16 text (byte-order mark at byte %zu) is not supported; "
                    "save the file as UTF-8 or GB18030", (size_t)0);
    if (nul)
        return fail(err, BL_ERR_INPUT, "NUL byte at byte offset %zu: this is not a text file",
                    (size_t)(nul - bytes));

    const char *text = bytes;
    size_t text_len = len;
    char *converted = NULL;
    if (len >= 3 && memcmp(bytes, "\xEF\xBB\xBF", 3) == 0 && requested != BL_ENCODING_GB18030) {
        out->had_bom = 1;
        text += 3;
        text_len -= 3;
    }
    size_t bad_utf8 = requested == BL_ENCODING_GB18030 ? 0 : bl_utf8_validate(text, text_len);
    if (requested != BL_ENCODING_GB18030 && bad_utf8 == text_len) {
        out->encoding = BL_ENCODING_UTF8;
    } else if (requested == BL_ENCODING_UTF8) {
        return fail(err, BL_ERR_INPUT, "invalid UTF-8 at byte offset %zu",
                    bad_utf8 + (size_t)out->had_bom * 3);
    } else {
        size_t bad_gb = 0;
        int status = convert_gb18030(bytes, len, &converted, &text_len, &bad_gb);
        if (status == BL_ERR_NOMEM)
            return status;
        if (status != BL_OK) {
            if (requested == BL_ENCODING_GB18030)
                return fail(err, BL_ERR_INPUT, "invalid GB18030 at byte offset %zu", bad_gb);
            return fail(err, BL_ERR_INPUT,
                        "neither UTF-8 (invalid byte at offset %zu) nor GB18030 (invalid byte at "
                        "offset %zu)", bad_utf8 + (size_t)out->had_bom * 3, bad_gb);
        }
        text = converted;
        out->encoding = BL_ENCODING_GB18030;
        if (text_len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) { /* GB18030's BOM 84 31 95 33 */
            out->had_bom = 1;
            memmove(converted, converted + 3, text_len - 2);
            text_len -= 3;
        }
    }
    int status = normalise_lines(out, text, text_len);
    free(converted);
    if (status != BL_OK) {
        bl_source_release(out);
        return status;
    }
    return BL_OK;
}

void bl_source_release(bl_source *source)
{
    free(source->text);
    free(source->line_starts);
    free(source->char_marks);
    free(source->line_chars);
    memset(source, 0, sizeof *source);
}

const char *bl_encoding_name(bl_encoding encoding)
{
    return encoding == BL_ENCODING_GB18030 ? "gb18030" : "utf-8";
}

void bl_source_locate(const bl_source *src, uint32_t offset, uint32_t *line, uint32_t *col)
{
    if (offset > src->len)
        offset = src->len;
    uint32_t lo = 0, hi = src->line_count; /* find the last line starting at or before offset */
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (src->line_starts[mid] <= offset)
            lo = mid;
        else
            hi = mid;
    }
    *line = lo + 1;
    *col = chars_before(src, offset) - src->line_chars[lo] + 1;
}

uint32_t bl_source_line(const bl_source *src, uint32_t line, uint32_t *len)
{
    if (line == 0 || line > src->line_count) {
        *len = 0;
        return src->len;
    }
    uint32_t start = src->line_starts[line - 1];
    uint32_t end = line < src->line_count ? src->line_starts[line] - 1 : src->len;
    if (end > start && src->text[end - 1] == '\n')
        end--;
    *len = end - start;
    return start;
}
