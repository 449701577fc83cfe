/* Fuzz target: reading bytes (encoding detection, GB18030 conversion, line endings) and locating
 * every offset. */
#include <stddef.h>
#include <stdint.h>
#include "reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bl_source src;
    bl_error err;
    if (bl_input_read(&src, (const char *)data, size, BL_ENCODING_AUTO, &err) != BL_OK)
        return 0;
    uint32_t line, col, len;
    for (uint32_t off = 0; off <= src.len; off += 1 + src.len / 64)
        bl_source_locate(&src, off, &line, &col);
    for (uint32_t l = 0; l <= src.line_count + 1; l++)
        bl_source_line(&src, l, &len);
    bl_source_release(&src);
    return 0;
}
