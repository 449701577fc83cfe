/* xml_parse.c - expat under the guards of xml_parse.h. */
#include "xml_parse.h"

#include <expat.h>
#include <stdio.h>
#include <string.h>

#define NS_SEP ' '   /* URIs hold no space, so "URI local" splits at the last one */

struct bl_xml_parser {
    XML_Parser xp;
    const bl_xml_handlers *h;
    void *ctx;
    unsigned depth;
    const char *stopped;     /* our own reason, when a guard or handler stopped the parse */
    char name_buf[2][1024];  /* the split names of the current tag */
};

void bl_xml_stop(bl_xml_parser *p, const char *message)
{
    if (!p->stopped)
        p->stopped = message;
    XML_StopParser(p->xp, XML_FALSE);
}

/* "URI local" → uri and local in buf (a name without URI has uri ""). */
static void split_name(const char *name, char *buf, size_t size, const char **uri, const char **local)
{
    const char *sep = strrchr(name, NS_SEP);
    if (!sep) {
        *uri = "";
        *local = name;
        return;
    }
    size_t n = (size_t)(sep - name);
    if (n >= size)
        n = size - 1;
    memcpy(buf, name, n);
    buf[n] = '\0';
    *uri = buf;
    *local = sep + 1;
}

const char *bl_xml_attr(const bl_xml_tag *tag, const char *uri, const char *local)
{
    size_t ul = strlen(uri);
    for (const char **a = tag->attrs; a && a[0]; a += 2) {
        const char *n = a[0];
        if (ul == 0) {
            if (strcmp(n, local) == 0)
                return a[1];
        } else if (strncmp(n, uri, ul) == 0 && n[ul] == NS_SEP && strcmp(n + ul + 1, local) == 0) {
            return a[1];
        }
    }
    return NULL;
}

static void XMLCALL on_start(void *data, const XML_Char *name, const XML_Char **attrs)
{
    bl_xml_parser *p = data;
    if (++p->depth > BL_XML_MAX_DEPTH) {
        bl_xml_stop(p, "elements nested deeper than 256 levels");
        return;
    }
    if (!p->h->start)
        return;
    bl_xml_tag tag = {0};
    split_name(name, p->name_buf[0], sizeof p->name_buf[0], &tag.uri, &tag.local);
    tag.attrs = attrs;
    tag.offset = (uint32_t)XML_GetCurrentByteIndex(p->xp);
    tag.len = (uint32_t)XML_GetCurrentByteCount(p->xp);
    tag.depth = p->depth;
    p->h->start(p->ctx, &tag);
}

static void XMLCALL on_end(void *data, const XML_Char *name)
{
    bl_xml_parser *p = data;
    if (p->h->end && p->depth <= BL_XML_MAX_DEPTH) {
        bl_xml_tag tag = {0};
        split_name(name, p->name_buf[1], sizeof p->name_buf[1], &tag.uri, &tag.local);
        tag.offset = (uint32_t)XML_GetCurrentByteIndex(p->xp);
        tag.len = (uint32_t)XML_GetCurrentByteCount(p->xp);
        tag.depth = p->depth;
        p->h->end(p->ctx, &tag);
    }
    p->depth--;
}

static void XMLCALL on_text(void *data, const XML_Char *s, int len)
{
    bl_xml_parser *p = data;
    if (p->h->text)
        p->h->text(p->ctx, s, (size_t)len, (uint32_t)XML_GetCurrentByteIndex(p->xp),
                   (uint32_t)XML_GetCurrentByteCount(p->xp));
}

static void XMLCALL on_doctype(void *data, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid,
                               int has_internal)
{
    (void)name, (void)sysid, (void)pubid, (void)has_internal;
    bl_xml_stop(data, "has a DOCTYPE declaration, which Word never writes (refused: entities could expand)");
}

int bl_xml_parse(const char *part, const char *bytes, size_t len, const bl_xml_handlers *h, void *ctx,
                 bl_xml_parser **self_for_stop, bl_error *err)
{
    if (len > INT32_MAX) {
        snprintf(err->message, sizeof err->message, "%s: too large", part);
        return BL_ERR_INPUT;
    }
    bl_xml_parser p = {0};
    p.xp = XML_ParserCreateNS("UTF-8", NS_SEP);
    if (!p.xp)
        return BL_ERR_NOMEM;
    p.h = h;
    p.ctx = ctx;
    if (self_for_stop)
        *self_for_stop = &p;
    XML_SetUserData(p.xp, &p);
    XML_SetElementHandler(p.xp, on_start, on_end);
    XML_SetCharacterDataHandler(p.xp, on_text);
    XML_SetStartDoctypeDeclHandler(p.xp, on_doctype);
    XML_SetParamEntityParsing(p.xp, XML_PARAM_ENTITY_PARSING_NEVER);
    enum XML_Status st = XML_Parse(p.xp, bytes, (int)len, XML_TRUE);
    int status = BL_OK;
    if (st != XML_STATUS_OK || p.stopped) {
        enum XML_Error code = XML_GetErrorCode(p.xp);
        if (code == XML_ERROR_NO_MEMORY && !p.stopped)
            status = BL_ERR_NOMEM;
        else if (p.stopped)
            snprintf(err->message, sizeof err->message, "%s: %s (line %lu)", part, p.stopped,
                     (unsigned long)XML_GetCurrentLineNumber(p.xp));
        else
            snprintf(err->message, sizeof err->message, "%s: malformed XML at line %lu, column %lu: %s", part,
                     (unsigned long)XML_GetCurrentLineNumber(p.xp),
                     (unsigned long)XML_GetCurrentColumnNumber(p.xp) + 1, XML_ErrorString(code));
        if (status == BL_OK)
            status = BL_ERR_INPUT;
    }
    if (self_for_stop)
        *self_for_stop = NULL;
    XML_ParserFree(p.xp);
    return status;
}
