/* Fuzz target: the .docx reader and writers. An input starting "PK" is a whole package; any other
 * is the XML of word/document.xml (then, after NUL bytes, of numbering.xml and styles.xml), packed
 * here into a package. The text is read, then comments are put on ranges of every paragraph and
 * changes on some: the commented copy must read as the same text, and the changed copy must read. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "bulletin_lint/docx.h"
#include "docx_edit.h"
#include "reader.h"

static const char content_types[] =
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
static const char root_rels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
    "Target=\"word/document.xml\"/></Relationships>";
static const char doc_rels[] =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" "
    "Target=\"numbering.xml\"/><Relationship Id=\"rId2\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    "</Relationships>";

/* A package of the given parts, in memory (malloc'd), or NULL. */
static char *pack(const char *const *names, const char *const *data, const size_t *lens, size_t n, size_t *out_len)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    zip_t *z = src ? zip_open_from_source(src, ZIP_TRUNCATE, &ze) : NULL;
    zip_error_fini(&ze);
    if (!z) {
        zip_source_free(src);
        return NULL;
    }
    zip_source_keep(src);
    for (size_t i = 0; i < n; i++) {
        zip_source_t *s = zip_source_buffer(z, data[i], lens[i], 0);
        if (!s || zip_file_add(z, names[i], s, 0) < 0)
            zip_source_free(s);
    }
    char *buf = NULL;
    zip_stat_t st;
    if (zip_close(z) == 0 && zip_source_stat(src, &st) == 0 && zip_source_open(src) == 0) {
        buf = malloc(st.size ? st.size : 1);
        if (buf && zip_source_read(src, buf, st.size) != (zip_int64_t)st.size) {
            free(buf);
            buf = NULL;
        }
        zip_source_close(src);
        *out_len = st.size;
    } else {
        zip_discard(z);
    }
    zip_source_free(src);
    return buf;
}

static void check_copy(const char *copy, size_t copy_len, const char *text, size_t text_len, int same_text)
{
    char *again = NULL;
    size_t again_len = 0, count = 0;
    uint32_t *starts = NULL;
    bl_error err;
    int status = bl_docx_read_text(copy, copy_len, &again, &again_len, &starts, &count, &err);
    if (status == BL_ERR_NOMEM)
        return;
    if (status != BL_OK) {
        fprintf(stderr, "the copy does not read: %s\n", err.message);
        abort(); /* what we wrote does not read */
    }
    if (same_text && (again_len != text_len || memcmp(again, text, text_len) != 0))
        abort(); /* comments changed the text */
    free(again);
    free(starts);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = (const char *)data;
    char *packed = NULL;
    size_t len = size;
    if (!(size >= 2 && bytes[0] == 'P' && bytes[1] == 'K')) {
        const char *parts[3] = {bytes, "", ""};
        size_t lens[3] = {size, 0, 0};
        for (int k = 0; k < 2; k++) { /* document, then numbering, then styles, split at NUL */
            const char *nul = memchr(parts[k], '\0', lens[k]);
            if (!nul)
                break;
            parts[k + 1] = nul + 1;
            lens[k + 1] = lens[k] - (size_t)(nul + 1 - parts[k]);
            lens[k] = (size_t)(nul - parts[k]);
        }
        const char *names[] = {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
                               "word/document.xml", "word/numbering.xml", "word/styles.xml"};
        const char *contents[] = {content_types, root_rels, doc_rels, parts[0], parts[1], parts[2]};
        size_t sizes[] = {sizeof content_types - 1, sizeof root_rels - 1, sizeof doc_rels - 1, lens[0], lens[1], lens[2]};
        packed = pack(names, contents, sizes, 6, &len);
        if (!packed)
            return 0;
        bytes = packed;
    }
    bl_source src;
    bl_error err;
    if (bl_input_read(&src, bytes, len, BL_ENCODING_AUTO, &err) == BL_OK) {
        uint32_t line, col, n;
        for (uint32_t off = 0; off <= src.len; off += 1 + src.len / 64)
            bl_source_locate(&src, off, &line, &col);
        for (uint32_t l = 0; l <= bl_source_reported_line_count(&src) + 1; l++)
            bl_source_reported_line(&src, l, &n);
        bl_source_release(&src);
    }
    char *text = NULL;
    size_t text_len = 0, count = 0;
    uint32_t *starts = NULL;
    if (bl_docx_read_text(bytes, len, &text, &text_len, &starts, &count, &err) == BL_OK && count && count < 2000) {
        /* a comment over bytes [i mod len, 2i mod len] of each paragraph (whole characters), and a
         * change of the first character of every third paragraph */
        bl_docx_comment *comments = calloc(count, sizeof *comments);
        bl_docx_change *changes = calloc(count, sizeof *changes);
        size_t m = 0;
        for (size_t i = 0; comments && changes && i < count; i++) {
            uint32_t plen = (i + 1 < count ? starts[i + 1] : (uint32_t)text_len) - starts[i] - 1;
            const char *p = text + starts[i];
            uint32_t a = plen ? (uint32_t)(i * 7) % (plen + 1) : 0, b = plen ? (uint32_t)(i * 13) % (plen + 1) : 0;
            while (a > 0 && ((unsigned char)p[a] & 0xC0) == 0x80)
                a--;
            while (b > 0 && ((unsigned char)p[b] & 0xC0) == 0x80)
                b--;
            comments[i] = (bl_docx_comment){(uint32_t)i, a < b ? a : b, (uint32_t)i, a < b ? b : a, {"注<&>\"", "建议", NULL, NULL}};
            if (i % 3 == 0 && plen) {
                uint32_t e = 1;
                while (e < plen && ((unsigned char)p[e] & 0xC0) == 0x80)
                    e++;
                changes[m++] = (bl_docx_change){(uint32_t)i, 0, e, i % 2 ? "，" : ""};
            }
        }
        bl_docx_edit_options eo = {"fuzz", "2024-05-20T09:00:00Z", text, text_len};
        char *out = NULL;
        size_t out_len = 0, applied = 0;
        if (comments && bl_docx_edit(bytes, len, comments, count, NULL, 0, &eo, &out, &out_len, &applied, &err) == BL_OK)
            check_copy(out, out_len, text, text_len, 1);
        free(out);
        out = NULL;
        if (changes && bl_docx_edit(bytes, len, NULL, 0, changes, m, &eo, &out, &out_len, &applied, &err) == BL_OK)
            check_copy(out, out_len, text, text_len, 0);
        free(out);
        free(comments);
        free(changes);
    }
    free(text);
    free(starts);
    free(packed);
    return 0;
}
