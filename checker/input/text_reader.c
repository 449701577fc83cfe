/* text_reader.c - the input reader of plain text files: encoding detection and conversion (iconv
 * for GB18030), byte-order marks; NUL bytes and UTF-16 are refused. */
#include "reader.h"

#include <errno.h>
#include <stdarg.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

#define UTF8_BOM "\xEF\xBB\xBF"
#define BOM_BYTES BL_UTF8_BYTES(UTF8_BOM)

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

static int accepts_text(const char *bytes, size_t len)
{
    (void)bytes;
    (void)len;
    return 1; /* the reader of last resort: it says why a file is not text */
}

static int read_text(bl_source *out, const char *bytes, size_t len, bl_encoding requested, bl_error *err)
{
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
    if (len >= BOM_BYTES && memcmp(bytes, UTF8_BOM, BOM_BYTES) == 0 && requested != BL_ENCODING_GB18030) {
        out->had_bom = 1;
        text += BOM_BYTES;
        text_len -= BOM_BYTES;
    }
    size_t bad_utf8 = requested == BL_ENCODING_GB18030 ? 0 : bl_utf8_validate(text, text_len);
    if (requested != BL_ENCODING_GB18030 && bad_utf8 == text_len) {
        out->encoding = BL_ENCODING_UTF8;
    } else if (requested == BL_ENCODING_UTF8) {
        return fail(err, BL_ERR_INPUT, "invalid UTF-8 at byte offset %zu",
                    bad_utf8 + (size_t)out->had_bom * BOM_BYTES);
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
                        "offset %zu)", bad_utf8 + (size_t)out->had_bom * BOM_BYTES, bad_gb);
        }
        text = converted;
        out->encoding = BL_ENCODING_GB18030;
        if (text_len >= BOM_BYTES && memcmp(text, UTF8_BOM, BOM_BYTES) == 0) { /* GB18030's BOM 84 31 95 33 */
            out->had_bom = 1;
            memmove(converted, converted + BOM_BYTES, text_len - BOM_BYTES + 1); /* the NUL too */
            text_len -= BOM_BYTES;
        }
    }
    int status = bl_source_from_text(out, text, text_len);
    free(converted);
    return status;
}

const bl_input_reader bl_text_reader = {"text", accepts_text, read_text};

