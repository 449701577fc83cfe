/* boundaries.h - where a file of several bulletins, one after another (an archive export), divides
 * into documents: each bulletin is checked on its own (pipeline.c), with the file's positions. */
#ifndef BL_BOUNDARIES_H
#define BL_BOUNDARIES_H
#include <stddef.h>
#include <stdint.h>
#include "source.h"

typedef struct bl_boundaries {
    uint32_t *starts;   /* owned (malloc); the first line (0-based) of each document, ascending; starts[0] is 0 */
    size_t count;       /* at least 1 */
    size_t cap;
} bl_boundaries;

/* The documents of src. A new one starts only at a line that is unmistakably the masthead of the
 * next issue of the file's own series: the file starts with a masthead (a series line with its issue
 * number, or over an issue line 第N期 of its own), and a later line heads a masthead of the same
 * series, with its issue number, after at least a few lines of the bulletin before it. When the file
 * opens with a short line over its masthead (内部资料　注意保存), each issue must open with that same
 * line over a masthead of the series, and starts at it. Anything else
 * (another series quoted in a body, 第N期 in a sentence, a file without a masthead, a .docx) is one
 * document. BL_ERR_NOMEM when memory runs out (out is then released). */
int bl_boundaries_find(bl_boundaries *out, const bl_source *src);
void bl_boundaries_release(bl_boundaries *b);

#endif
