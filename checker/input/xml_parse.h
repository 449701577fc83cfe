/* xml_parse.h - expat with the guards every part of a .docx is parsed under: namespaces resolved
 * (element names arrive as "URI local"), no DOCTYPE (so no entity can expand), a cap on nesting,
 * and errors that name the part, line and column. Handlers also get the byte offset and length of
 * the tag in the part (expat reports both), which is what lets a writer edit a part in place. */
#ifndef BL_XML_PARSE_H
#define BL_XML_PARSE_H
#include <stddef.h>
#include <stdint.h>
#include "bulletin_lint/bulletin_lint.h"

#define BL_XML_MAX_DEPTH 256

typedef struct bl_xml_tag {
    const char *uri;        /* namespace URI ("" when none), NUL-terminated */
    const char *local;      /* local name */
    const char **attrs;     /* expat's: name, value, ..., NULL; names as "URI local" */
    uint32_t offset;        /* byte offset of '<' in the part */
    uint32_t len;           /* bytes of the tag; 0 for the end of an empty element (<a/>) */
    unsigned depth;         /* 1 for the root */
} bl_xml_tag;

typedef struct bl_xml_handlers {
    void (*start)(void *ctx, const bl_xml_tag *tag);
    void (*end)(void *ctx, const bl_xml_tag *tag);
    /* Character data; offset/raw_len are the bytes it came from (an entity such as &amp; is its own
     * call, with raw_len 5 for one byte of text). */
    void (*text)(void *ctx, const char *s, size_t len, uint32_t offset, uint32_t raw_len);
} bl_xml_handlers;

typedef struct bl_xml_parser bl_xml_parser;

/* Parses the part; the handlers may stop it with bl_xml_stop (a message of their own). Returns
 * BL_OK, BL_ERR_INPUT with err naming the part, or BL_ERR_NOMEM. */
int bl_xml_parse(const char *part, const char *bytes, size_t len, const bl_xml_handlers *h, void *ctx,
                 bl_xml_parser **self_for_stop, bl_error *err);
/* From a handler: stops the parse; the error becomes "PART: message". */
void bl_xml_stop(bl_xml_parser *p, const char *message);

/* An attribute's value by namespace URI ("" for none) and local name, or NULL. */
const char *bl_xml_attr(const bl_xml_tag *tag, const char *uri, const char *local);

/* The main namespace of WordprocessingML (Transitional), and the others the readers look at. */
#define BL_NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define BL_NS_W_STRICT "http://purl.oclc.org/ooxml/wordprocessingml/main"
#define BL_NS_MC "http://schemas.openxmlformats.org/markup-compatibility/2006"
#define BL_NS_REL "http://schemas.openxmlformats.org/package/2006/relationships"
#define BL_NS_CT "http://schemas.openxmlformats.org/package/2006/content-types"
#define BL_NS_XML "http://www.w3.org/XML/1998/namespace"

#endif
