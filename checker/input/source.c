/* source.c - a document's decoded text and its position map: the line and column of each byte. */
#include "source.h"

#include <stdlib.h>
#include <string.h>

#include "array.h"

#define CHAR_MARK_SHIFT 6 /* one checkpoint every 64 bytes */

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
    uint32_t lines = 0;
    size_t lines_cap = 0;
    if (BL_ARRAY_RESERVE(src->line_starts, 1, lines_cap, 64))
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
            if (BL_ARRAY_RESERVE(src->line_starts, (size_t)lines + 1, lines_cap, 64))
                return BL_ERR_NOMEM;
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

int bl_source_from_text(bl_source *src, const char *text, size_t len)
{
    int status = normalise_lines(src, text, len);
    if (status != BL_OK)
        bl_source_release(src);
    return status;
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
