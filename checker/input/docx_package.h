/* docx_package.h - a .docx as a zip package: opening it from memory, reading its parts with caps
 * on size and compression ratio (a zip bomb is refused, not unpacked), finding the main document
 * and its related parts, and writing a copy with some parts replaced or added (every other entry is
 * copied as it is, compressed bytes and all). Errors name the part. */
#ifndef BL_DOCX_PACKAGE_H
#define BL_DOCX_PACKAGE_H
#include <stddef.h>
#include <stdint.h>
#include "bulletin_lint/bulletin_lint.h"

#define BL_DOCX_MAX_ENTRIES 10000
#define BL_DOCX_MAX_PART_BYTES (64u * 1024u * 1024u)    /* one XML part, uncompressed */
#define BL_DOCX_MAX_TOTAL_BYTES (256u * 1024u * 1024u)  /* all parts read from one package */
#define BL_DOCX_MAX_RATIO 200                            /* uncompressed / compressed, above 1 MiB */

typedef struct bl_docx_package bl_docx_package;

/* Opens the zip in bytes (borrowed: they must outlive the package). BL_ERR_INPUT with err saying
 * why when it is not a zip; a zip that is not a Word document opens (see bl_docx_main_part). */
int bl_docx_open(bl_docx_package **out, const char *bytes, size_t len, bl_error *err);
void bl_docx_close(bl_docx_package *pkg);

/* Whether the package has an entry called name. */
int bl_docx_has_part(const bl_docx_package *pkg, const char *name);
/* Reads the whole entry name into *out (malloc'd, NUL-terminated, the caller's). BL_ERR_INPUT with
 * err naming the part when it is missing (unless optional: then BL_OK with *out NULL), too large,
 * compressed beyond the ratio cap, encrypted or damaged. */
int bl_docx_read_part(bl_docx_package *pkg, const char *name, int optional, char **out, size_t *len, bl_error *err);

/* The main document part ("word/document.xml" in nearly every file): the target of the package's
 * officeDocument relationship. BL_ERR_INPUT with err saying what kind of file this is when it is
 * not a Word document (an OpenDocument text, a workbook, a plain zip). *out is malloc'd. */
int bl_docx_main_part(bl_docx_package *pkg, char **out, bl_error *err);

/* The part a relationship of the given type (its last path segment: "numbering", "styles",
 * "comments") of the part `source` points to, as a package path; NULL in *out when there is none. */
int bl_docx_related_part(bl_docx_package *pkg, const char *source, const char *type, char **out, bl_error *err);
/* The relationships part of a part: word/document.xml → word/_rels/document.xml.rels (malloc'd). */
char *bl_docx_rels_name(const char *part);

/* A replaced or added part for bl_docx_write. */
typedef struct bl_docx_part_data {
    const char *name;
    const char *data;
    size_t len;
} bl_docx_part_data;

/* The original package with the given parts replaced (or added after the others, when new):
 * every other entry keeps its bytes. *out is malloc'd. */
int bl_docx_write(const char *bytes, size_t len, const bl_docx_part_data *parts, size_t count, char **out,
                  size_t *out_len, bl_error *err);

#endif
