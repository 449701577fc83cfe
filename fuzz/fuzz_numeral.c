/* Fuzz target: the number reader, Chinese numerals and heading markers on any bytes. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "headings.h"
#include "numeral.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096 || bl_utf8_validate((const char *)data, size) != size)
        return 0; /* the readers see valid UTF-8 only: the source has been decoded */
    char *s = malloc(size + 1);
    memcpy(s, data, size);
    s[size] = '\0';
    for (uint32_t at = 0; at < size; at++) {
        bl_number n;
        int64_t v;
        bl_marker m;
        int small;
        if (bl_number_parse(s + at, (uint32_t)(size - at), &n) && n.len > size - at)
            abort();
        if (bl_chinese_integer(s + at, (uint32_t)(size - at), &v) > size - at)
            abort();
        if (bl_marker_parse(s + at, (uint32_t)(size - at), &m) && m.len > size - at)
            abort();
        if (bl_small_chinese_number(s + at, (uint32_t)(size - at), 1, &small) > size - at)
            abort();
        char buf[48];
        bl_number_format(n.value, n.decimals, buf, sizeof buf);
    }
    free(s);
    return 0;
}
