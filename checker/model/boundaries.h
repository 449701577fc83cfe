/* boundaries.h - where a file of several bulletins, one after another (an archive export), divides
 * into documents: each bulletin is checked on its own (pipeline.c), with the file's positions. */
#ifndef BL_BOUNDARIES_H
#define BL_BOUNDARIES_H
#include <stddef.h>
#include <stdint.h>
#include "source.h"

typedef struct bl_boundaries {
    uint32_t *starts;   /* owned (malloc); the first line (0-based) of each document, ascending; starts[0] is 0 */
    unsigned char *continues; /* owned (malloc), per document: 1 when it goes on from the one before
                               * (a part of a document too large to check at once), else 0 */
    size_t count;       /* at least 1 */
    size_t cap;
} bl_boundaries;

/* A document longer than this is checked in parts (memory stays bounded whatever the input):
 * no real bulletin, report or communiqué comes near either. */
#define BL_PART_MAX_LINES 20000u
#define BL_PART_MAX_BYTES (1u << 20)

/* The documents of src. A new one starts only at a line that is unmistakably the masthead of the
 * next issue of the file's own series: the file starts with a masthead (a series line with its issue
 * number, or over an issue line 第N期 of its own), and a later line heads a masthead of the same
 * series, with its issue number, after at least a few lines of the bulletin before it. When the file
 * opens with a short line over its masthead (内部资料　注意保存), each issue must open with that same
 * line over a masthead of the series, and starts at it. Anything else
 * (another series quoted in a body, 第N期 in a sentence, a file without a masthead, a .docx) is one
 * document. BL_ERR_NOMEM when memory runs out (out is then released). */
int bl_boundaries_find(bl_boundaries *out, const bl_source *src);
/* Divides every document of b longer than max_lines lines or max_bytes bytes into parts, each cut
 * before a line that starts a paragraph (after a blank line, an indent, or a line that ends a
 * sentence) where one is near the limit, else at the limit; the parts after the first are marked
 * as continuing. BL_ERR_NOMEM when memory runs out (b is then released). */
int bl_boundaries_limit(bl_boundaries *b, const bl_source *src, uint32_t max_lines, uint32_t max_bytes);
void bl_boundaries_release(bl_boundaries *b);

#endif
