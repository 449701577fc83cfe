/* dump.h - the document model as JSON, so a person can see what the parser understood. */
#ifndef BL_DUMP_H
#define BL_DUMP_H
#include <stdio.h>
#include "document.h"

void bl_dump_model(const bl_document *doc, const char *path, FILE *out);

#endif

/* The numeric claims and relations as JSON (--dump claims). */
void bl_dump_claims(const bl_document *doc, const char *path, FILE *out);
