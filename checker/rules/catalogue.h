/* catalogue.h - what a rule may be: the severities (public: bl_severity_name, bl_severity_parse)
 * and the categories a rule belongs to. */
#ifndef BL_CATALOGUE_H
#define BL_CATALOGUE_H
#include "bulletin_lint/bulletin_lint.h"

/* Whether category is one of the categories a rule may have (its folder under rules/). */
int bl_category_is_known(const char *category);
/* The categories, in the order of the rules' folders' importance. */
const char *const *bl_category_names(size_t *count);

#endif
