/* catalogue.c - the severities and categories of rules. */
#include "catalogue.h"

#include <string.h>

static const char *const categories[] = {"encoding", "structure", "numbering", "required-step",
                                         "arithmetic", "percentage", "date", "consistency",
                                         "punctuation", "wording"};

const char *const *bl_category_names(size_t *count)
{
    *count = sizeof categories / sizeof *categories;
    return categories;
}

int bl_category_is_known(const char *category)
{
    for (size_t i = 0; i < sizeof categories / sizeof *categories; i++)
        if (strcmp(categories[i], category) == 0)
            return 1;
    return 0;
}

const char *bl_severity_name(bl_severity severity)
{
    switch (severity) {
    case BL_SEVERITY_ERROR: return "error";
    case BL_SEVERITY_WARNING: return "warning";
    default: return "info";
    }
}

int bl_severity_parse(const char *name, bl_severity *out)
{
    static const struct { const char *name; bl_severity severity; } names[] = {
        {"error", BL_SEVERITY_ERROR}, {"warning", BL_SEVERITY_WARNING}, {"info", BL_SEVERITY_INFO}};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (name && strcmp(name, names[i].name) == 0) {
            *out = names[i].severity;
            return BL_OK;
        }
    return BL_ERR_USAGE;
}
