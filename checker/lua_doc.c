/* lua_doc.c - building the Lua tables of the document model. */
#include "lua_doc.h"

#include "claims.h"
#include "numeral.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

typedef struct ctx {
    lua_State *L;
    const bl_document *doc;
    bl_text_refs *refs;
} ctx;

static uint32_t add_ref(ctx *c, const bl_text *text, uint32_t base, uint32_t len)
{
    bl_text_refs *r = c->refs;
    if (r->count == r->cap) {
        uint32_t cap = r->cap ? r->cap * 2 : 256;
        bl_text_ref *grown = realloc(r->items, cap * sizeof *grown);
        if (!grown)
            luaL_error(c->L, "out of memory");
        r->items = grown;
        r->cap = cap;
    }
    r->items[r->count] = (bl_text_ref){text, base, len};
    return ++r->count; /* 1-based, like Lua */
}

static void set_int(lua_State *L, const char *key, lua_Integer v)
{
    lua_pushinteger(L, v);
    lua_setfield(L, -2, key);
}

static void set_str(lua_State *L, const char *key, const char *s, size_t len)
{
    lua_pushlstring(L, s, len);
    lua_setfield(L, -2, key);
}

static void set_bool(lua_State *L, const char *key, int v)
{
    lua_pushboolean(L, v);
    lua_setfield(L, -2, key);
}

/* Sets text, line, column, end_line, end_column and _ref on the table on top of the stack. */
static void set_text_fields(ctx *c, const bl_text *text, uint32_t from, uint32_t to)
{
    lua_State *L = c->L;
    bl_span span = bl_document_span(c->doc, text, from, to);
    set_str(L, "text", text->s + from, to - from);
    set_int(L, "line", span.line);
    set_int(L, "column", span.col);
    set_int(L, "end_line", span.end_line);
    set_int(L, "end_column", span.end_col);
    set_int(L, "_ref", add_ref(c, text, from, to - from));
}

static void push_text_node(ctx *c, const bl_text *text, uint32_t from, uint32_t to)
{
    lua_createtable(c->L, 0, 6);
    set_text_fields(c, text, from, to);
}

static void set_field_node(ctx *c, const char *key, const bl_field *f)
{
    if (!f->present)
        return;
    push_text_node(c, &f->text, 0, f->text.len);
    lua_setfield(c->L, -2, key);
}

static void push_block(ctx *c, int block)
{
    const bl_text *t = &c->doc->page.blocks[block].text;
    push_text_node(c, t, 0, t->len);
}

static void push_parts(ctx *c)
{
    lua_State *L = c->L;
    const bl_document *doc = c->doc;
    if (doc->masthead >= 0) {
        push_block(c, doc->masthead);
        set_field_node(c, "series", &doc->series);
        set_field_node(c, "issue", &doc->issue);
        if (doc->issue.present)
            set_int(L, "issue_number", doc->issue_number);
        lua_setfield(L, -2, "masthead");
    }
    if (doc->title_count) {
        lua_createtable(L, 0, 8);
        lua_createtable(L, (int)doc->title_count, 0);
        luaL_Buffer joined;
        for (uint32_t i = 0; i < doc->title_count; i++) {
            push_block(c, (int)(doc->title_first + i));
            lua_rawseti(L, -2, i + 1);
        }
        lua_setfield(L, -2, "lines");
        /* the title node spans its lines; its text is the lines joined */
        const bl_text *first = &doc->page.blocks[doc->title_first].text;
        const bl_text *last = &doc->page.blocks[doc->title_first + doc->title_count - 1].text;
        bl_span a = bl_document_span(doc, first, 0, first->len);
        bl_span b = bl_document_span(doc, last, 0, last->len);
        luaL_buffinit(L, &joined);
        for (uint32_t i = 0; i < doc->title_count; i++) {
            const bl_text *t = &doc->page.blocks[doc->title_first + i].text;
            luaL_addlstring(&joined, t->s, t->len);
        }
        luaL_pushresult(&joined);
        lua_setfield(L, -2, "text");
        set_int(L, "line", a.line);
        set_int(L, "column", a.col);
        set_int(L, "end_line", b.end_line);
        set_int(L, "end_column", b.end_col);
        set_field_node(c, "city", &doc->title_city);
        lua_setfield(L, -2, "title");
    }
    if (doc->contributor >= 0) {
        push_block(c, doc->contributor);
        set_field_node(c, "city", &doc->contributor_city);
        lua_setfield(L, -2, "contributor");
    }
    lua_createtable(L, (int)doc->distribution_count, 0);
    for (uint32_t i = 0; i < doc->distribution_count; i++) {
        push_block(c, (int)(doc->distribution_first + i));
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "distribution");
}

/* doc.sections (flat, document order), doc.outline (top level), children and parent links. */
static void push_sections(ctx *c, int doc_index)
{
    lua_State *L = c->L;
    const bl_document *doc = c->doc;
    lua_createtable(L, (int)doc->section_count, 0);
    int sections = lua_gettop(L);
    lua_createtable(L, 0, 0);
    int outline = lua_gettop(L);
    for (uint32_t i = 0; i < doc->section_count; i++) {
        const bl_section *s = &doc->sections[i];
        lua_createtable(L, 0, 16);
        set_text_fields(c, &s->heading, 0, s->heading.len);
        set_int(L, "index", i + 1);
        set_int(L, "level", s->level);
        lua_pushstring(L, bl_marker_kind_name(s->kind));
        lua_setfield(L, -2, "marker");
        set_int(L, "number", s->number);
        set_bool(L, "numbered", s->kind != BL_MARKER_NONE);
        set_bool(L, "run_in", s->run_in);
        set_bool(L, "ends_with_stop", s->ends_with_stop);
        push_text_node(c, &s->heading, s->title_from, s->title_to);
        lua_setfield(L, -2, "title");
        if (s->title_from > 0) {
            push_text_node(c, &s->heading, 0, s->title_from);
            lua_setfield(L, -2, "number_text");
        }
        lua_newtable(L);
        lua_setfield(L, -2, "children");
        lua_newtable(L);
        lua_setfield(L, -2, "paragraphs");
        if (s->parent >= 0) {
            lua_rawgeti(L, sections, s->parent + 1);           /* section, parent */
            lua_getfield(L, -1, "children");                   /* section, parent, children */
            lua_pushvalue(L, -3);
            lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
            lua_pop(L, 1);
            lua_setfield(L, -2, "parent");
        } else {
            lua_pushvalue(L, -1);
            lua_rawseti(L, outline, (lua_Integer)lua_rawlen(L, outline) + 1);
        }
        lua_rawseti(L, sections, i + 1);
    }
    lua_setfield(L, doc_index, "outline");
    lua_setfield(L, doc_index, "sections");
}

static void push_paragraphs(ctx *c, int doc_index)
{
    lua_State *L = c->L;
    const bl_document *doc = c->doc;
    lua_getfield(L, doc_index, "sections");
    int sections = lua_gettop(L);
    lua_createtable(L, (int)doc->paragraph_count, 0);
    for (uint32_t i = 0; i < doc->paragraph_count; i++) {
        const bl_paragraph *p = &doc->paragraphs[i];
        lua_createtable(L, 0, 12);
        int para = lua_gettop(L);
        set_text_fields(c, &p->text, 0, p->text.len);
        set_int(L, "index", i + 1);
        set_int(L, "heading_end", p->heading_end);
        if (p->section >= 0) {
            lua_rawgeti(L, sections, p->section + 1);
            lua_pushvalue(L, -1);
            lua_setfield(L, para, "section");
            lua_getfield(L, -1, "paragraphs");
            lua_pushvalue(L, para);
            lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
            if (doc->sections[p->section].paragraph == (int)i) {
                lua_pushvalue(L, para);
                lua_setfield(L, -3, "paragraph");
            }
            lua_pop(L, 2);
        }
        lua_createtable(L, (int)p->sentence_count, 0);
        for (uint32_t s = 0; s < p->sentence_count; s++) {
            push_text_node(c, &p->text, p->sentences[s].from, p->sentences[s].to);
            set_int(L, "index", s + 1);
            set_int(L, "from", p->sentences[s].from + 1);
            set_int(L, "to", p->sentences[s].to);
            lua_pushvalue(L, para);
            lua_setfield(L, -2, "paragraph");
            lua_rawseti(L, -2, s + 1);
        }
        lua_setfield(L, para, "sentences");
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, doc_index, "paragraphs");
    lua_pop(L, 1);
}

static void push_enumerations(ctx *c, int doc_index)
{
    lua_State *L = c->L;
    const bl_document *doc = c->doc;
    lua_getfield(L, doc_index, "sections");
    int sections = lua_gettop(L);
    lua_getfield(L, doc_index, "paragraphs");
    int paragraphs = lua_gettop(L);
    lua_createtable(L, (int)doc->enumeration_count, 0);
    for (uint32_t e = 0; e < doc->enumeration_count; e++) {
        const bl_enumeration *en = &doc->enumerations[e];
        lua_createtable(L, 0, 3);
        if (en->section >= 0) {
            lua_rawgeti(L, sections, en->section + 1);
            lua_setfield(L, -2, "section");
        }
        lua_createtable(L, (int)en->item_count, 0);
        for (uint32_t k = 0; k < en->item_count; k++) {
            const bl_enum_item *it = &doc->items[en->first_item + k];
            push_text_node(c, &doc->paragraphs[it->paragraph].text, it->from, it->to);
            set_int(L, "value", it->value);
            lua_rawgeti(L, paragraphs, it->paragraph + 1);
            lua_setfield(L, -2, "paragraph");
            lua_rawseti(L, -2, k + 1);
        }
        lua_setfield(L, -2, "items");
        lua_rawseti(L, -2, e + 1);
    }
    lua_setfield(L, doc_index, "enumerations");
    lua_pop(L, 2);
}

/* doc.claims: every numeric claim; doc.relations: how they relate (claims.h). */
static void push_claims(ctx *c, int doc_index)
{
    lua_State *L = c->L;
    const bl_document *doc = c->doc;
    const bl_claim_set *set = doc->claims;
    lua_getfield(L, doc_index, "paragraphs");
    int paragraphs = lua_gettop(L);
    lua_createtable(L, (int)set->claim_count, 0);
    int claims = lua_gettop(L);
    for (uint32_t i = 0; i < set->claim_count; i++) {
        const bl_claim *cl = &set->claims[i];
        const bl_text *t = &doc->paragraphs[cl->paragraph].text;
        lua_createtable(L, 0, 24);
        set_text_fields(c, t, cl->from, cl->to);
        set_int(L, "index", i + 1);
        set_int(L, "from", cl->from + 1); /* bytes of the paragraph text, like sentence.from */
        set_int(L, "to", cl->to);
        lua_pushstring(L, bl_claim_kind_name(cl->kind));
        lua_setfield(L, -2, "kind");
        if (cl->kind == BL_CLAIM_RANGE) {
            lua_pushstring(L, bl_claim_kind_name(cl->range_of));
            lua_setfield(L, -2, "range_of");
        }
        set_int(L, "value", cl->value);
        set_int(L, "lo", cl->lo);
        if (cl->has_hi)
            set_int(L, "hi", cl->hi);
        set_int(L, "decimals", cl->decimals);
        char buf[48];
        bl_number_format(cl->value, cl->decimals, buf, sizeof buf);
        lua_pushstring(L, buf);
        lua_setfield(L, -2, "value_text");
        if (cl->unit) {
            lua_pushstring(L, cl->unit);
            lua_setfield(L, -2, "unit");
        }
        if (cl->qualifier) {
            lua_pushstring(L, cl->qualifier);
            lua_setfield(L, -2, "qualifier");
        }
        if (cl->marker) {
            lua_pushstring(L, cl->marker);
            lua_setfield(L, -2, "marker");
        }
        set_bool(L, "chinese", cl->chinese);
        set_bool(L, "unit_inherited", cl->unit_inherited);
        push_text_node(c, t, cl->number_from, cl->number_to);
        lua_setfield(L, -2, "number");
        if (cl->noun_to > cl->noun_from) {
            push_text_node(c, t, cl->noun_from, cl->noun_to);
            lua_setfield(L, -2, "noun");
        }
        if (cl->year)
            set_int(L, "year", cl->year);
        if (cl->month)
            set_int(L, "month", cl->month);
        if (cl->day)
            set_int(L, "day", cl->day);
        set_bool(L, "year_resolved", cl->year_resolved);
        lua_rawgeti(L, paragraphs, cl->paragraph + 1);
        lua_getfield(L, -1, "sentences");
        lua_rawgeti(L, -1, cl->sentence + 1);
        lua_setfield(L, -4, "sentence");
        lua_pop(L, 1);
        lua_setfield(L, -2, "paragraph");
        lua_rawseti(L, claims, i + 1);
    }
    lua_pushvalue(L, claims);
    lua_setfield(L, doc_index, "claims");

    lua_createtable(L, (int)set->relation_count, 0);
    for (uint32_t i = 0; i < set->relation_count; i++) {
        const bl_relation *r = &set->relations[i];
        lua_createtable(L, 0, 12);
        int rel = lua_gettop(L);
        lua_pushstring(L, bl_relation_kind_name(r->kind));
        lua_setfield(L, rel, "kind");
        lua_pushstring(L, r->cue);
        lua_setfield(L, rel, "cue");
        if (r->direction) {
            lua_pushstring(L, r->direction);
            lua_setfield(L, rel, "direction");
        }
        set_bool(L, "exhaustive", r->exhaustive);
        set_bool(L, "open_list", r->open_list);
        lua_rawgeti(L, paragraphs, r->paragraph + 1);
        lua_setfield(L, rel, "paragraph");
        lua_newtable(L); /* members: { {role=, claim=}, … } */
        lua_newtable(L); /* parts */
        lua_newtable(L); /* changes */
        int members = rel + 1, parts = rel + 2, changes = rel + 3;
        for (uint32_t m = 0; m < r->member_count; m++) {
            const char *role = r->members[m].role;
            lua_createtable(L, 0, 2);
            lua_pushstring(L, role);
            lua_setfield(L, -2, "role");
            lua_rawgeti(L, claims, r->members[m].claim + 1);
            lua_setfield(L, -2, "claim");
            lua_rawseti(L, members, m + 1);
            int list = !strcmp(role, "part") && r->kind == BL_REL_TOTAL ? parts : !strcmp(role, "change") ? changes : 0;
            lua_rawgeti(L, claims, r->members[m].claim + 1);
            if (list) {
                lua_rawseti(L, list, (lua_Integer)lua_rawlen(L, list) + 1);
            } else {
                lua_setfield(L, rel, role);
            }
        }
        lua_setfield(L, rel, "changes");
        lua_setfield(L, rel, "parts");
        lua_setfield(L, rel, "members");
        lua_createtable(L, (int)r->item_count, 0);
        const bl_text *t = &doc->paragraphs[r->paragraph].text;
        for (uint32_t k = 0; k < r->item_count; k++) {
            push_text_node(c, t, r->items[k].from, r->items[k].to);
            lua_rawseti(L, -2, k + 1);
        }
        lua_setfield(L, rel, "items");
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, doc_index, "relations");
    lua_pop(L, 2);
    if (set->bulletin_year) {
        lua_createtable(L, 0, 3);
        set_int(L, "year", set->bulletin_year);
        set_int(L, "month", set->bulletin_month);
        set_int(L, "day", set->bulletin_day);
        lua_setfield(L, -2, "bulletin_date");
    }
}

typedef struct push_args {
    const bl_document *doc;
    const char *path;
    bl_text_refs *refs;
} push_args;

static int push_all(lua_State *L)
{
    push_args *a = lua_touserdata(L, 1);
    ctx c = {L, a->doc, a->refs};
    lua_createtable(L, 0, 16);
    int doc_index = lua_gettop(L);
    lua_pushstring(L, a->path);
    lua_setfield(L, doc_index, "path");
    lua_pushstring(L, a->doc->source.encoding == BL_ENCODING_GB18030 ? "gb18030" : "utf-8");
    lua_setfield(L, doc_index, "encoding");
    lua_pushstring(L, a->doc->page.layout == BL_LAYOUT_EXTRACTED ? "extracted" : "draft");
    lua_setfield(L, doc_index, "layout");
    set_int(L, "line_count", a->doc->source.line_count);
    push_parts(&c);
    push_sections(&c, doc_index);
    push_paragraphs(&c, doc_index);
    push_enumerations(&c, doc_index);
    push_claims(&c, doc_index);
    return 1;
}

int bl_lua_push_document(lua_State *L, const bl_document *doc, const char *path, bl_text_refs *refs)
{
    push_args args = {doc, path, refs};
    lua_pushcfunction(L, push_all);
    lua_pushlightuserdata(L, &args);
    if (lua_pcall(L, 1, 1, 0) != LUA_OK) {
        lua_pop(L, 1);
        return BL_ERR_NOMEM;
    }
    return BL_OK;
}

void bl_text_refs_release(bl_text_refs *refs)
{
    free(refs->items);
    refs->items = NULL;
    refs->count = refs->cap = 0;
}
