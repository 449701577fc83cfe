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

/* The characters (UTF-8 lead bytes) of the 64 bytes at p, eight at a time: a continuation byte is
 * 10xxxxxx. */
static uint32_t block_chars(const unsigned char *p)
{
    uint32_t continuations = 0;
    for (int i = 0; i < 64; i += 8) {
        uint64_t x;
        memcpy(&x, p + i, 8);
        continuations += (uint32_t)__builtin_popcountll(x & ~(x << 1) & 0x8080808080808080u);
    }
    return 64 - continuations;
}

/* Copies text with CR and CRLF turned into LF, and counts the endings. */
static size_t copy_lines(bl_source *src, const char *text, size_t len)
{
    if (!memchr(text, '\r', len)) { /* the usual case: LF only, or one line */
        memcpy(src->text, text, len);
        for (const char *p = text, *end = text + len; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
            src->endings_lf++;
        return len;
    }
    size_t o = 0;
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
    }
    return o;
}

/* The start of each line of the (normalised) text: after each LF but a last one. */
static int find_line_starts(bl_source *src)
{
    size_t cap = 0, lines = 0;
    if (BL_ARRAY_RESERVE(src->line_starts, 1, cap, 64))
        return BL_ERR_NOMEM;
    src->line_starts[lines++] = 0;
    const char *text = src->text, *end = text + src->len;
    for (const char *p = text; (p = memchr(p, '\n', (size_t)(end - p))) != NULL && p + 1 < end; p++) {
        if (BL_ARRAY_RESERVE(src->line_starts, lines + 1, cap, 64))
            return BL_ERR_NOMEM;
        src->line_starts[lines++] = (uint32_t)(p + 1 - text);
    }
    src->line_count = (uint32_t)lines;
    return BL_OK;
}

/* The characters before every 64th byte, and before each line. */
static int count_chars(bl_source *src)
{
    size_t o = src->len, marks = (o >> CHAR_MARK_SHIFT) + 1;
    src->char_marks = malloc(marks * sizeof *src->char_marks);
    src->line_chars = malloc(src->line_count * sizeof *src->line_chars);
    if (!src->char_marks || !src->line_chars)
        return BL_ERR_NOMEM;
    uint32_t chars = 0;
    for (size_t block = 0; block < marks; block++) {
        src->char_marks[block] = chars;
        if ((block + 1) << CHAR_MARK_SHIFT <= o)
            chars += block_chars((const unsigned char *)src->text + (block << CHAR_MARK_SHIFT));
    }
    for (uint32_t i = 0; i < src->line_count; i++)
        src->line_chars[i] = chars_before(src, src->line_starts[i]);
    return BL_OK;
}

/* Copies text with CR and CRLF turned into LF, and builds the line and column tables. */
static int normalise_lines(bl_source *src, const char *text, size_t len)
{
    src->text = malloc(len + 1);
    if (!src->text)
        return BL_ERR_NOMEM;
    src->len = (uint32_t)copy_lines(src, text, len);
    src->text[src->len] = '\0';
    int status = find_line_starts(src);
    return status != BL_OK ? status : count_chars(src);
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
    if (source->is_view) {
        memset(source, 0, sizeof *source);
        return;
    }
    free(source->text);
    free(source->line_starts);
    free(source->char_marks);
    free(source->line_chars);
    free(source->line_numbers);
    free(source->line_columns);
    memset(source, 0, sizeof *source);
}

void bl_source_view(bl_source *out, const bl_source *whole, uint32_t first_line, uint32_t line_count)
{
    *out = *whole;
    out->line_starts = whole->line_starts + first_line;
    out->line_chars = whole->line_chars + first_line;
    out->line_count = line_count;
    out->len = first_line + line_count < whole->line_count ? whole->line_starts[first_line + line_count] : whole->len;
    out->line_base = first_line;
    out->is_view = 1;
}

uint32_t bl_source_bytes(const bl_source *src)
{
    return src->len - src->line_starts[0];
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
    *line = src->line_numbers ? src->line_numbers[lo] : src->line_base + lo + 1;
    *col = chars_before(src, offset) - src->line_chars[lo] + 1 + (src->line_columns ? src->line_columns[lo] : 0);
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

int bl_source_join_lines(bl_source *src, const uint32_t *breaks, size_t count)
{
    uint32_t n = src->line_count;
    src->line_numbers = malloc((n ? n : 1) * sizeof *src->line_numbers);
    src->line_columns = malloc((n ? n : 1) * sizeof *src->line_columns);
    if (!src->line_numbers || !src->line_columns) {
        bl_source_release(src);
        return BL_ERR_NOMEM;
    }
    size_t b = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t newline = i ? src->line_starts[i] - 1 : 0; /* the "\n" that ended the line before */
        while (b < count && breaks[b] < newline)
            b++;
        int joined = i > 0 && b < count && breaks[b] == newline;
        src->line_numbers[i] = i == 0 ? 1 : src->line_numbers[i - 1] + !joined;
        src->line_columns[i] = joined ? src->line_columns[i - 1] + src->line_chars[i] - src->line_chars[i - 1] : 0;
    }
    src->reported_line_count = n ? src->line_numbers[n - 1] : 0;
    return BL_OK;
}

uint32_t bl_source_reported_line_count(const bl_source *src)
{
    return src->line_numbers ? src->reported_line_count : src->line_base + src->line_count;
}

uint32_t bl_source_reported_line(const bl_source *src, uint32_t line, uint32_t *len)
{
    if (!src->line_numbers) { /* line is the file's: a view's lines come after its line_base */
        if (line <= src->line_base) {
            *len = 0;
            return src->len;
        }
        return bl_source_line(src, line - src->line_base, len);
    }
    if (line == 0 || line > src->reported_line_count) {
        *len = 0;
        return src->len;
    }
    uint32_t lo = 0, hi = src->line_count; /* the first source line reported as `line` */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (src->line_numbers[mid] < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    uint32_t last = lo;
    while (last + 1 < src->line_count && src->line_numbers[last + 1] == line)
        last++;
    uint32_t first_len, last_len;
    uint32_t start = bl_source_line(src, lo + 1, &first_len);
    uint32_t last_start = bl_source_line(src, last + 1, &last_len);
    *len = last_start + last_len - start;
    return start;
}
