/* docx_package.c - the zip package of a .docx (libzip), read from memory under caps. */
#include "docx_package.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xml_parse.h"
#include "zip_library.h"

struct bl_docx_package {
    const bl_zip_library *z;
    zip_t *zip;
    size_t total_read;
};

static int fail(bl_error *err, const char *fmt, const char *a, const char *b)
{
    snprintf(err->message, sizeof err->message, fmt, a, b);
    return BL_ERR_INPUT;
}

int bl_docx_open(bl_docx_package **out, const char *bytes, size_t len, bl_error *err)
{
    *out = NULL;
    const bl_zip_library *z = bl_zip_library_get(err);
    if (!z)
        return BL_ERR_INPUT;
    zip_error_t ze;
    z->zip_error_init(&ze);
    zip_source_t *src = z->zip_source_buffer_create(bytes, len, 0, &ze);
    if (!src) {
        z->zip_error_fini(&ze);
        return BL_ERR_NOMEM;
    }
    zip_t *zip = z->zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
    if (!zip) {
        fail(err, "a damaged zip archive (%s)%s", z->zip_error_strerror(&ze), "");
        z->zip_source_free(src);
        z->zip_error_fini(&ze);
        return BL_ERR_INPUT;
    }
    z->zip_error_fini(&ze);
    if (z->zip_get_num_entries(zip, 0) > BL_DOCX_MAX_ENTRIES) {
        z->zip_discard(zip);
        snprintf(err->message, sizeof err->message, "a zip archive of more than %d entries: not a Word document",
                 BL_DOCX_MAX_ENTRIES);
        return BL_ERR_INPUT;
    }
    bl_docx_package *pkg = calloc(1, sizeof *pkg);
    if (!pkg) {
        z->zip_discard(zip);
        return BL_ERR_NOMEM;
    }
    pkg->z = z;
    pkg->zip = zip;
    *out = pkg;
    return BL_OK;
}

void bl_docx_close(bl_docx_package *pkg)
{
    if (!pkg)
        return;
    const bl_zip_library *z = pkg->z;
    z->zip_discard(pkg->zip);
    free(pkg);
}

int bl_docx_has_part(const bl_docx_package *pkg, const char *name)
{
    const bl_zip_library *z = pkg->z;
    return z->zip_name_locate(pkg->zip, name, 0) >= 0;
}

int bl_docx_read_part(bl_docx_package *pkg, const char *name, int optional, char **out, size_t *len, bl_error *err)
{
    const bl_zip_library *z = pkg->z;
    *out = NULL;
    *len = 0;
    zip_int64_t index = z->zip_name_locate(pkg->zip, name, 0);
    if (index < 0) {
        if (optional)
            return BL_OK;
        return fail(err, "%s: this part is missing%s", name, "");
    }
    zip_stat_t st;
    if (z->zip_stat_index(pkg->zip, (zip_uint64_t)index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return fail(err, "%s: cannot read this part's entry in the zip%s", name, "");
    if (st.size > BL_DOCX_MAX_PART_BYTES || pkg->total_read + st.size > BL_DOCX_MAX_TOTAL_BYTES) {
        snprintf(err->message, sizeof err->message, "%s: %llu bytes uncompressed, over the limit of %u MiB (a zip bomb?)",
                 name, (unsigned long long)st.size, BL_DOCX_MAX_PART_BYTES >> 20);
        return BL_ERR_INPUT;
    }
    if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > (1u << 20) &&
        st.size / (st.comp_size ? st.comp_size : 1) > BL_DOCX_MAX_RATIO) {
        snprintf(err->message, sizeof err->message,
                 "%s: compressed %llu times (%llu bytes to %llu), over the limit of %d (a zip bomb?)", name,
                 (unsigned long long)(st.size / (st.comp_size ? st.comp_size : 1)), (unsigned long long)st.size,
                 (unsigned long long)st.comp_size, BL_DOCX_MAX_RATIO);
        return BL_ERR_INPUT;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return fail(err, "%s: this part is encrypted%s", name, "");
    zip_file_t *f = z->zip_fopen_index(pkg->zip, (zip_uint64_t)index, 0);
    if (!f)
        return fail(err, "%s: cannot open this part (%s)", name, z->zip_strerror(pkg->zip));
    char *buf = malloc((size_t)st.size + 1);
    if (!buf) {
        z->zip_fclose(f);
        return BL_ERR_NOMEM;
    }
    size_t got = 0;
    for (;;) {
        /* one byte more than declared: a part larger than its header says is refused */
        char extra;
        char *to = got < st.size ? buf + got : &extra;
        size_t want = got < st.size ? (size_t)st.size - got : 1;
        zip_int64_t n = z->zip_fread(f, to, want);
        if (n < 0) {
            fail(err, "%s: damaged in the zip (%s)", name, z->zip_file_strerror(f));
            z->zip_fclose(f);
            free(buf);
            return BL_ERR_INPUT;
        }
        if (n == 0)
            break;
        if (got >= st.size) {
            z->zip_fclose(f);
            free(buf);
            return fail(err, "%s: larger than its zip header says (a zip bomb?)%s", name, "");
        }
        got += (size_t)n;
    }
    z->zip_fclose(f);
    if (got != st.size) {
        free(buf);
        return fail(err, "%s: shorter than its zip header says%s", name, "");
    }
    buf[got] = '\0';
    pkg->total_read += got;
    *out = buf;
    *len = got;
    return BL_OK;
}

char *bl_docx_rels_name(const char *part)
{
    const char *slash = strrchr(part, '/');
    size_t dir = slash ? (size_t)(slash - part + 1) : 0;
    size_t n = strlen(part) + 16;
    char *name = malloc(n);
    if (name)
        snprintf(name, n, "%.*s_rels/%s.rels", (int)dir, part, part + dir);
    return name;
}

/* ------------------------------------------------------------------ relationships */

typedef struct rel_search {
    const char *type_tail;   /* "/officeDocument" */
    char *target;            /* the first match's Target */
    int external;
} rel_search;

static void rel_start(void *ctx, const bl_xml_tag *tag)
{
    rel_search *s = ctx;
    if (s->target || strcmp(tag->local, "Relationship") != 0)
        return;
    const char *type = bl_xml_attr(tag, "", "Type"), *target = bl_xml_attr(tag, "", "Target");
    const char *mode = bl_xml_attr(tag, "", "TargetMode");
    if (!type || !target)
        return;
    size_t tl = strlen(type), sl = strlen(s->type_tail);
    if (tl >= sl && strcmp(type + tl - sl, s->type_tail) == 0) {
        s->target = strdup(target);
        s->external = mode && strcmp(mode, "External") == 0;
    }
}

/* A relationship's target, relative to the directory of `source` (or absolute from the package
 * root), as a package path without a leading slash; ".." segments are resolved. */
static char *resolve_target(const char *source, const char *target)
{
    size_t n = strlen(source) + strlen(target) + 2;
    char *path = malloc(n);
    if (!path)
        return NULL;
    if (target[0] == '/') {
        snprintf(path, n, "%s", target + 1);
    } else {
        const char *slash = strrchr(source, '/');
        snprintf(path, n, "%.*s%s", slash ? (int)(slash - source + 1) : 0, source, target);
    }
    /* resolve "x/../" and "./" */
    char *out = path;
    char *segs[64];
    int count = 0;
    char *save = NULL;
    char *copy = strdup(path);
    if (!copy) {
        free(path);
        return NULL;
    }
    for (char *seg = strtok_r(copy, "/", &save); seg; seg = strtok_r(NULL, "/", &save)) {
        if (strcmp(seg, ".") == 0)
            continue;
        if (strcmp(seg, "..") == 0) {
            if (count)
                count--;
            continue;
        }
        if (count < 64)
            segs[count++] = seg;
    }
    out[0] = '\0';
    for (int i = 0; i < count; i++) {
        strcat(out, segs[i]);
        if (i + 1 < count)
            strcat(out, "/");
    }
    free(copy);
    return out;
}

int bl_docx_related_part(bl_docx_package *pkg, const char *source, const char *type, char **out, bl_error *err)
{
    *out = NULL;
    char *rels_name = source[0] ? bl_docx_rels_name(source) : strdup("_rels/.rels");
    if (!rels_name)
        return BL_ERR_NOMEM;
    char *rels = NULL;
    size_t len = 0;
    int status = bl_docx_read_part(pkg, rels_name, 1, &rels, &len, err);
    if (status != BL_OK || !rels) {
        free(rels_name);
        return status;
    }
    char tail[64];
    snprintf(tail, sizeof tail, "/%s", type);
    rel_search s = {tail, NULL, 0};
    bl_xml_handlers h = {rel_start, NULL, NULL};
    status = bl_xml_parse(rels_name, rels, len, &h, &s, NULL, err);
    free(rels);
    free(rels_name);
    if (status == BL_OK && s.target && !s.external) {
        *out = resolve_target(source, s.target);
        if (!*out)
            status = BL_ERR_NOMEM;
    }
    free(s.target);
    return status;
}

/* ------------------------------------------------------------------ what kind of package */

static int has_prefix(const bl_docx_package *pkg, const char *prefix)
{
    const bl_zip_library *z = pkg->z;
    zip_int64_t n = z->zip_get_num_entries(pkg->zip, 0);
    size_t pl = strlen(prefix);
    for (zip_int64_t i = 0; i < n; i++) {
        const char *name = z->zip_get_name(pkg->zip, (zip_uint64_t)i, 0);
        if (name && strncmp(name, prefix, pl) == 0)
            return 1;
    }
    return 0;
}

int bl_docx_main_part(bl_docx_package *pkg, char **out, bl_error *err)
{
    *out = NULL;
    if (bl_docx_has_part(pkg, "mimetype") && bl_docx_has_part(pkg, "content.xml")) {
        snprintf(err->message, sizeof err->message,
                 "这是 OpenDocument 文档（.odt 等，LibreOffice/WPS 的开放格式），bulletin-lint 只读取 .docx 和纯文本："
                 "请在 WPS 或 LibreOffice 中另存为 Word 文档（.docx），或运行 soffice --headless --convert-to docx 文件名");
        return BL_ERR_INPUT;
    }
    if (!bl_docx_has_part(pkg, "[Content_Types].xml")) {
        snprintf(err->message, sizeof err->message,
                 "a zip archive, but not a Word document: [Content_Types].xml is missing");
        return BL_ERR_INPUT;
    }
    int status = bl_docx_related_part(pkg, "", "officeDocument", out, err);
    if (status != BL_OK)
        return status;
    if (!*out && bl_docx_has_part(pkg, "word/document.xml"))
        *out = strdup("word/document.xml");
    if (*out && strncmp(*out, "word/", 5) != 0 && !has_prefix(pkg, "word/")) {
        const char *what = strncmp(*out, "xl/", 3) == 0 ? "an Excel workbook (.xlsx)"
                           : strncmp(*out, "ppt/", 4) == 0 ? "a PowerPoint presentation (.pptx)"
                                                           : "an Office package of another kind";
        snprintf(err->message, sizeof err->message, "%s, not a Word document: %s is not word/document.xml", what, *out);
        free(*out);
        *out = NULL;
        return BL_ERR_INPUT;
    }
    if (!*out) {
        snprintf(err->message, sizeof err->message,
                 "a zip archive, but not a Word document: word/document.xml is missing (and _rels/.rels names no main document)");
        return BL_ERR_INPUT;
    }
    if (!bl_docx_has_part(pkg, *out)) {
        snprintf(err->message, sizeof err->message, "%s: the main document part is missing", *out);
        free(*out);
        *out = NULL;
        return BL_ERR_INPUT;
    }
    return BL_OK;
}

/* ------------------------------------------------------------------ writing a copy */

int bl_docx_write(const char *bytes, size_t len, const bl_docx_part_data *parts, size_t count, char **out,
                  size_t *out_len, bl_error *err)
{
    *out = NULL;
    *out_len = 0;
    const bl_zip_library *z = bl_zip_library_get(err);
    if (!z)
        return BL_ERR_INPUT;
    zip_error_t ze;
    z->zip_error_init(&ze);
    char *copy = malloc(len ? len : 1);
    if (!copy)
        return BL_ERR_NOMEM;
    memcpy(copy, bytes, len);
    zip_source_t *src = z->zip_source_buffer_create(copy, len, 1, &ze);
    if (!src) {
        free(copy);
        z->zip_error_fini(&ze);
        return BL_ERR_NOMEM;
    }
    z->zip_source_keep(src);
    zip_t *zip = z->zip_open_from_source(src, 0, &ze);
    int status = BL_OK;
    if (!zip) {
        snprintf(err->message, sizeof err->message, "cannot reopen the package: %s", z->zip_error_strerror(&ze));
        z->zip_source_free(src);
        z->zip_error_fini(&ze);
        return BL_ERR_INPUT;
    }
    z->zip_error_fini(&ze);
    time_t mtime = 0;
    zip_stat_t st;
    if (z->zip_stat_index(zip, 0, 0, &st) == 0 && (st.valid & ZIP_STAT_MTIME))
        mtime = st.mtime;
    for (size_t i = 0; i < count && status == BL_OK; i++) {
        zip_source_t *data = z->zip_source_buffer(zip, parts[i].data, parts[i].len, 0);
        zip_int64_t index = z->zip_name_locate(zip, parts[i].name, 0);
        if (index >= 0 && z->zip_stat_index(zip, (zip_uint64_t)index, 0, &st) == 0 && (st.valid & ZIP_STAT_MTIME))
            mtime = st.mtime;
        if (!data) {
            status = BL_ERR_NOMEM;
        } else if (index >= 0 ? z->zip_file_replace(zip, (zip_uint64_t)index, data, 0) != 0
                              : (index = z->zip_file_add(zip, parts[i].name, data, ZIP_FL_ENC_UTF_8)) < 0) {
            z->zip_source_free(data);
            snprintf(err->message, sizeof err->message, "%s: cannot write this part: %s", parts[i].name, z->zip_strerror(zip));
            status = BL_ERR_INPUT;
        } else {
            z->zip_file_set_mtime(zip, (zip_uint64_t)index, mtime, 0); /* the same bytes for the same input */
            z->zip_set_file_compression(zip, (zip_uint64_t)index, ZIP_CM_DEFLATE, 6);
        }
    }
    if (status != BL_OK) {
        z->zip_discard(zip);
        z->zip_source_free(src);
        return status;
    }
    if (z->zip_close(zip) != 0) {
        snprintf(err->message, sizeof err->message, "cannot write the package: %s", z->zip_strerror(zip));
        z->zip_discard(zip);
        z->zip_source_free(src);
        return BL_ERR_INPUT;
    }
    zip_stat_t whole;
    char *result = NULL;
    if (z->zip_source_stat(src, &whole) == 0 && z->zip_source_open(src) == 0) {
        result = malloc(whole.size ? (size_t)whole.size : 1);
        zip_int64_t n = result ? z->zip_source_read(src, result, whole.size) : -1;
        z->zip_source_close(src);
        if (n < 0 || (zip_uint64_t)n != whole.size) {
            free(result);
            result = NULL;
        }
    }
    z->zip_source_free(src);
    if (!result) {
        snprintf(err->message, sizeof err->message, "cannot write the package%s", "");
        return BL_ERR_INPUT;
    }
    *out = result;
    *out_len = (size_t)whole.size;
    return BL_OK;
}
