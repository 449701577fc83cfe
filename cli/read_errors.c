/* read_errors.c - why a file could not be read, in Chinese: the engine and the reading of inputs
 * say it in English (the JSON and SARIF carry that text, which does not change), and the editor's
 * report, like the text output in a Chinese locale, shows the catalogue's translation instead.
 *
 * A message is matched against the English formats it is written with, its numbers and names
 * taken out, and written again into the translated format (po/zh_CN.po), which may reorder them
 * with %1$s-style positions. */
#include <string.h>

#include "cli.h"

#define N_(text) text   /* marked for xgettext; translated when used */
#define MAX_PIECES 8

/* The formats of checker/input/ (text_reader.c, reader.c, docx_package.c, xml_parse.c) and of
 * read_input in inputs.c (with strerror's commonest texts). */
static const char *const formats[] = {
    N_("NUL byte at byte offset %zu: this is not a text file"),
    N_("UTF-16 text (byte-order mark at byte %zu) is not supported; save the file as UTF-8 or GB18030"),
    N_("invalid UTF-8 at byte offset %zu"),
    N_("invalid GB18030 at byte offset %zu"),
    N_("neither UTF-8 (invalid byte at offset %zu) nor GB18030 (invalid byte at offset %zu)"),
    N_("file too large: %zu bytes (the limit is %zu bytes)"),
    N_("file too large (the limit is 256 MiB)"),
    N_("input too large (the limit is 256 MiB)"),
    N_("is a directory"),
    N_("No such file or directory"),
    N_("Permission denied"),
    N_("out of memory"),
    N_("a zip archive, but not a Word document: [Content_Types].xml is missing"),
    N_("a zip archive, but not a Word document: word/document.xml is missing (and _rels/.rels names no main document)"),
    N_("%s: malformed XML at line %lu, column %lu: %s"),
};

typedef struct piece {
    const char *at;
    size_t len;
} piece;

/* Matches message m against format f from piece n on; returns the number of pieces, or -1. A
 * number conversion takes digits, %s the shortest text that lets the rest match. */
static int match(const char *f, const char *m, piece *pieces, int n)
{
    if (!*f)
        return *m ? -1 : n;
    if (*f != '%')
        return *f == *m ? match(f + 1, m + 1, pieces, n) : -1;
    const char *c = f + 1;
    while (*c == 'z' || *c == 'l')
        c++;
    if (*c == '%')
        return *m == '%' ? match(c + 1, m + 1, pieces, n) : -1;
    if (n == MAX_PIECES || (*c != 'u' && *c != 'd' && *c != 's'))
        return -1;
    if (*c != 's') {
        const char *e = m;
        while (*e >= '0' && *e <= '9')
            e++;
        if (e == m)
            return -1;
        pieces[n] = (piece){m, (size_t)(e - m)};
        return match(c + 1, e, pieces, n + 1);
    }
    for (const char *e = m;; e++) {
        pieces[n] = (piece){m, (size_t)(e - m)};
        int got = match(c + 1, e, pieces, n + 1);
        if (got >= 0 || !*e)
            return got;
    }
}

/* Writes translation t with its conversions replaced by the pieces (in order, or by %N$ position). */
static void fill(const char *t, const piece *pieces, int count, char *buf, size_t size)
{
    size_t w = 0;
    int next = 0;
    for (; *t && w + 1 < size; t++) {
        if (*t != '%') {
            buf[w++] = *t;
            continue;
        }
        const char *c = t + 1;
        int which = next;
        if (*c >= '1' && *c <= '9' && c[1] == '$') {
            which = *c - '1';
            c += 2;
        } else {
            next++;
        }
        while (*c == 'z' || *c == 'l')
            c++;
        if (*c == '%') {
            buf[w++] = '%';
        } else if (which < count) {
            size_t n = pieces[which].len < size - 1 - w ? pieces[which].len : size - 1 - w;
            memcpy(buf + w, pieces[which].at, n);
            w += n;
        }
        t = *c ? c : c - 1;
    }
    buf[w] = '\0';
}

const char *read_error_chinese(const char *message, char *buf, size_t size)
{
    piece pieces[MAX_PIECES];
    for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
        int count = match(formats[i], message, pieces, 0);
        if (count >= 0) {
            fill(bl_tr_chinese(formats[i]), pieces, count, buf, size);
            return buf;
        }
    }
    return message;
}
