/* output_formats.c - the table of output formats (--format), and the reports a format keeps
 * for the end. A new format is one new file (format_*.c) and one row here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "cli.h"

/* The first is the default. */
static const output_format *const formats[] = {&text_format, &json_format, &sarif_format,
                                               &junit_format, &github_format, &html_format, &docx_format};

#define FORMAT_COUNT (sizeof formats / sizeof *formats)

int output_format_writes_file(const output_format *format)
{
    return format == &docx_format;
}

const output_format *output_format_named(const char *name)
{
    for (size_t i = 0; i < FORMAT_COUNT; i++)
        if (strcmp(formats[i]->name, name) == 0)
            return formats[i];
    return NULL;
}

void output_format_names(char *buf, size_t size, const char *after_first)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < FORMAT_COUNT && used < size; i++) {
        const char *joint = i == 0 ? "" : i + 1 == FORMAT_COUNT ? _(" or ") : _(", ");
        int n = snprintf(buf + used, size - used, "%s%s%s", joint, formats[i]->name, i == 0 ? after_first : "");
        used += n > 0 ? (size_t)n : 0;
    }
}

void kept_reports_take(kept_reports *kept, bl_report **report)
{
    if (BL_ARRAY_RESERVE(kept->items, kept->count + 1, kept->cap, 16))
        return;
    kept->items[kept->count++] = *report;
    *report = NULL;
}

void kept_reports_free(kept_reports *kept)
{
    for (size_t i = 0; i < kept->count; i++)
        bl_report_free(kept->items[i]);
    free(kept->items);
    *kept = (kept_reports){0};
}
