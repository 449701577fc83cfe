/* lua_doc.c - building the Lua tables of the document model, read-only as they are made.
 *
 * Each node is a view (model_view.c: it reads through to the node's data table and refuses
 * writes). The builder fills the data tables; links between nodes (section.parent,
 * claim.sentence, …) hold views. A text node's data table has a shared metatable whose __index
 * works out line and column on first read and remembers them. */
#include "lua_doc.h"

#include "array.h"
#include "model_view.h"
#include "claims.h"
#include "numeral.h"
#include "relations.h"
#include "sandbox.h"
#include "source.h"
#include "trusted_strings.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

typedef struct ctx {
    lua_State *L;
    const bl_document *doc;
    bl_text_refs *refs;
    bl_trusted_strings *trusted;
    int box;           /* stack indices: the model's box, */
    int text_meta;     /* the text nodes' metatable, */
    int doc_data;      /* the document's data, */
    int sections;      /* the data of doc.sections, doc.paragraphs and doc.claims, */
    int paragraphs;
    int claims;
    int section_data;  /* and, per section or paragraph, data the builder still adds to */
    int section_children;
    int section_paragraphs;
} ctx;

static uint32_t add_ref(ctx *c, const bl_text *text, uint32_t base, uint32_t len)
{
    bl_text_refs *r = c->refs;
    if (BL_ARRAY_RESERVE(r->items, (size_t)r->count + 1, r->cap, 256))
        luaL_error(c->L, "out of memory");
    r->items[r->count] = (bl_text_ref){text, base, len};
    return ++r->count; /* 1-based, like Lua */
}

static void set_int(lua_State *L, const char *key, lua_Integer v)
{
    lua_pushinteger(L, v);
    lua_setfield(L, -2, key);
}

static void set_bool(lua_State *L, const char *key, int v)
{
    lua_pushboolean(L, v);
    lua_setfield(L, -2, key);
}

static void set_string(lua_State *L, const char *key, const char *s)
{
    lua_pushstring(L, s);
    lua_setfield(L, -2, key);
}

/* Pushes a new list: sets its view as field `key` of the table at `into`; leaves its data on top. */
static void begin_list(lua_State *L, int narr, int into, const char *key)
{
    bl_model_view_push(L, narr, 0);
    lua_insert(L, -2);
    lua_setfield(L, into, key);
}

/* Appends the value on top of the stack to the list (data) at index `list`; pops it. */
static void append(lua_State *L, int list)
{
    lua_rawseti(L, list, (lua_Integer)lua_rawlen(L, list) + 1);
}

/* Pushes a text node of text[from..to): its view, then its data (on top) for more fields. */
static void begin_text_node(ctx *c, const bl_text *text, uint32_t from, uint32_t to, int nrec)
{
    lua_State *L = c->L;
    bl_model_view_push(L, 0, nrec);
    const char *s = lua_pushlstring(L, text->s + from, to - from);
    bl_trusted_add(c->trusted, s, to - from);
    lua_setfield(L, -2, "text");
    set_int(L, "_ref", add_ref(c, text, from, to - from));
    lua_pushvalue(L, c->text_meta);
    lua_setmetatable(L, -2);
}

static void push_text_node(ctx *c, const bl_text *text, uint32_t from, uint32_t to)
{
    begin_text_node(c, text, from, to, 2);
    lua_pop(c->L, 1);
}

/* Text nodes that many rules never read are made on first read: until then their parent's data
 * holds only their text reference, under the field's name with "_" before it. */
static const struct { const char *key, *hidden; } lazy_nodes[] = {
    {"number", "_number"}, {"noun", "_noun"}, {"title", "_title"}, {"number_text", "_number_text"}};

static void set_lazy_text_node(ctx *c, int which, const bl_text *text, uint32_t from, uint32_t to)
{
    set_int(c->L, lazy_nodes[which].hidden, add_ref(c, text, from, to - from));
}

/* Makes the node of lazy_nodes[which] for the data at index 1; pushes it (nil when absent). */
static int make_lazy_node(lua_State *L, const bl_model_box *box, size_t which)
{
    lua_getfield(L, 1, lazy_nodes[which].hidden);
    lua_Integer ref = lua_tointeger(L, -1);
    if (ref < 1 || (lua_Unsigned)ref > box->refs->count)
        return 0;
    const bl_text_ref *r = &box->refs->items[ref - 1];
    bl_model_view_push(L, 0, 2);
    const char *s = lua_pushlstring(L, r->text->s + r->base, r->len);
    bl_trusted_add(box->trusted, s, r->len);
    lua_setfield(L, -2, "text");
    lua_pushinteger(L, ref);
    lua_setfield(L, -2, "_ref");
    lua_getmetatable(L, 1);
    lua_setmetatable(L, -2);
    lua_pop(L, 1);
    lua_pushvalue(L, -1);
    lua_setfield(L, 1, lazy_nodes[which].key); /* remembered */
    return 1;
}

/* Pushes the list of the sentences of paragraph `index` (their view; each links to the paragraph,
 * whose view is at para_view). */
static void push_sentences(ctx *c, uint32_t index, int para_view)
{
    lua_State *L = c->L;
    const bl_paragraph *p = &c->doc->paragraphs[index];
    bl_model_view_push(L, (int)p->sentence_count, 0);
    for (uint32_t s = 0; s < p->sentence_count; s++) {
        begin_text_node(c, &p->text, p->sentences[s].from, p->sentences[s].to, 8);
        set_int(L, "index", s + 1);
        set_int(L, "from", p->sentences[s].from + 1);
        set_int(L, "to", p->sentences[s].to);
        lua_pushvalue(L, para_view);
        lua_setfield(L, -2, "paragraph");
        lua_pop(L, 1);
        lua_rawseti(L, -2, s + 1);
    }
    lua_pop(L, 1); /* the list's data */
}

/* paragraph.sentences, made on first read (only rules about claims read sentences): the list for
 * the data at index 1, which holds the paragraph's number as _sentences. Pushes it (nil if none). */
static int make_sentences(lua_State *L, bl_model_box *box)
{
    lua_getfield(L, 1, "_sentences");
    lua_Integer index = lua_tointeger(L, -1);
    if (index < 1 || (lua_Unsigned)index > box->doc->paragraph_count)
        return 0;
    ctx c = {.L = L, .doc = box->doc, .refs = box->refs, .trusted = box->trusted};
    lua_getmetatable(L, 1);
    c.text_meta = lua_gettop(L);
    lua_getiuservalue(L, lua_upvalueindex(1), 3); /* doc.paragraphs: their views */
    lua_rawgeti(L, -1, index);
    push_sentences(&c, (uint32_t)(index - 1), lua_gettop(L));
    lua_pushvalue(L, -1);
    lua_setfield(L, 1, "sentences"); /* remembered */
    return 1;
}

/* claim.sentence: sentence _sentence of the claim's paragraph (data at index 1). */
static int find_sentence(lua_State *L)
{
    lua_getfield(L, 1, "_sentence");
    lua_Integer index = lua_tointeger(L, -1);
    if (index < 1 || lua_getfield(L, 1, "paragraph") == LUA_TNIL ||
        lua_getfield(L, -1, "sentences") == LUA_TNIL)
        return 0;
    lua_geti(L, -1, index);
    lua_pushvalue(L, -1);
    lua_setfield(L, 1, "sentence"); /* remembered */
    return 1;
}

/* __index of a text node's data: the lazy nodes above, and line, column, end_line and end_column. */
static int text_field(lua_State *L)
{
    bl_model_box *box = lua_touserdata(L, lua_upvalueindex(1));
    const char *key = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : "";
    if (!box->doc)
        return 0;
    for (size_t i = 0; i < sizeof lazy_nodes / sizeof *lazy_nodes; i++)
        if (!strcmp(key, lazy_nodes[i].key))
            return make_lazy_node(L, box, i);
    if (!strcmp(key, "sentences"))
        return make_sentences(L, box);
    if (!strcmp(key, "sentence"))
        return find_sentence(L);
    int start = !strcmp(key, "line") ? 1 : !strcmp(key, "column") ? 2 : 0;
    int end = start ? 0 : !strcmp(key, "end_line") ? 1 : !strcmp(key, "end_column") ? 2 : 0;
    if (!start && !end)
        return 0;
    lua_getfield(L, 1, "_ref");
    lua_Integer ref = lua_tointeger(L, -1);
    if (ref < 1 || (lua_Unsigned)ref > box->refs->count)
        return 0;
    /* worked out on each read, not kept: a rule reads a node's position once or twice, most only
     * when they report, and four more fields in the data would cost more than locating again */
    const bl_text_ref *r = &box->refs->items[ref - 1];
    bl_span span = bl_document_span(box->doc, r->text, r->base, start ? r->base : r->base + r->len);
    lua_pushinteger(L, start == 1 ? span.line : start == 2 ? span.col : end == 1 ? span.end_line : span.end_col);
    return 1;
}

static void set_field_node(ctx *c, const char *key, const bl_field *f)
{
    if (!f->present)
        return;
    push_text_node(c, &f->text, 0, f->text.len);
    lua_setfield(c->L, -2, key);
}

static void begin_block(ctx *c, int block, int nrec)
{
    const bl_text *t = &c->doc->page.blocks[block].text;
    begin_text_node(c, t, 0, t->len, nrec);
}

static void push_title(ctx *c)
{
    lua_State *L = c->L;
    const bl_document *doc = c->doc;
    bl_model_view_push(L, 0, 8);
    int title = lua_gettop(L);
    begin_list(L, (int)doc->title_count, title, "lines");
    for (uint32_t i = 0; i < doc->title_count; i++) {
        begin_block(c, (int)(doc->title_first + i), 2);
        lua_pop(L, 1);
        lua_rawseti(L, -2, i + 1);
    }
    lua_pop(L, 1);
    /* the title node spans its lines; its text is the lines joined */
    const bl_text *first = &doc->page.blocks[doc->title_first].text;
    const bl_text *last = &doc->page.blocks[doc->title_first + doc->title_count - 1].text;
    bl_span a = bl_document_span(doc, first, 0, first->len);
    bl_span b = bl_document_span(doc, last, 0, last->len);
    luaL_Buffer joined;
    luaL_buffinit(L, &joined);
    for (uint32_t i = 0; i < doc->title_count; i++) {
        const bl_text *t = &doc->page.blocks[doc->title_first + i].text;
        luaL_addlstring(&joined, t->s, t->len);
    }
    luaL_pushresult(&joined);
    size_t len;
    const char *joined_text = lua_tolstring(L, -1, &len);
    bl_trusted_add(c->trusted, joined_text, len);
    lua_setfield(L, title, "text");
    set_int(L, "line", a.line);
    set_int(L, "column", a.col);
    set_int(L, "end_line", b.end_line);
    set_int(L, "end_column", b.end_col);
    set_field_node(c, "city", &doc->title_city);
    lua_setiuservalue(L, c->box, 2); /* report() knows the title node by its data */
    lua_setfield(L, c->doc_data, "title");
}

/* doc.masthead, doc.title, doc.contributor, doc.distribution */
static void push_parts(ctx *c)
{
    lua_State *L = c->L;
    const bl_document *doc = c->doc;
    lua_pushstring(L, bl_doc_kind_name(doc->kind));
    lua_setfield(L, c->doc_data, "kind");
    if (doc->masthead >= 0) {
        begin_block(c, doc->masthead, 6);
        set_field_node(c, "series", &doc->series);
        set_field_node(c, "issue", &doc->issue);
        if (doc->issue.present)
            set_int(L, "issue_number", doc->issue_number);
        lua_pop(L, 1);
        lua_setfield(L, c->doc_data, "masthead");
    }
    if (doc->title_count)
        push_title(c);
    if (doc->contributor >= 0) {
        begin_block(c, doc->contributor, 3);
        set_field_node(c, "city", &doc->contributor_city);
        lua_pop(L, 1);
        lua_setfield(L, c->doc_data, "contributor");
    }
    begin_list(L, (int)doc->distribution_count, c->doc_data, "distribution");
    for (uint32_t i = 0; i < doc->distribution_count; i++) {
        begin_block(c, (int)(doc->distribution_first + i), 2);
        lua_pop(L, 1);
        lua_rawseti(L, -2, i + 1);
    }
    lua_pop(L, 1);
}

/* doc.sections (flat, document order), doc.outline (top level), children and parent links. */
static void push_sections(ctx *c)
{
    lua_State *L = c->L;
    const bl_document *doc = c->doc;
    begin_list(L, (int)doc->section_count, c->doc_data, "sections");
    c->sections = lua_gettop(L);
    begin_list(L, 0, c->doc_data, "outline");
    int outline = lua_gettop(L);
    for (uint32_t i = 0; i < doc->section_count; i++) {
        const bl_section *s = &doc->sections[i];
        begin_text_node(c, &s->heading, 0, s->heading.len, 16);
        int data = lua_gettop(L), view = data - 1;
        set_int(L, "index", i + 1);
        set_int(L, "level", s->level);
        set_string(L, "marker", bl_marker_kind_name(s->kind));
        set_int(L, "number", s->number);
        set_bool(L, "numbered", s->kind != BL_MARKER_NONE);
        set_bool(L, "run_in", s->run_in);
        set_bool(L, "ends_with_stop", s->ends_with_stop);
        set_lazy_text_node(c, 2, &s->heading, s->title_from, s->title_to);
        if (s->title_from > 0)
            set_lazy_text_node(c, 3, &s->heading, 0, s->title_from);
        begin_list(L, 0, data, "children");
        lua_rawseti(L, c->section_children, i + 1);
        begin_list(L, 0, data, "paragraphs");
        lua_rawseti(L, c->section_paragraphs, i + 1);
        lua_pushvalue(L, data);
        lua_rawseti(L, c->section_data, i + 1);
        if (s->parent >= 0) {
            lua_rawgeti(L, c->sections, s->parent + 1);
            lua_setfield(L, data, "parent");
            lua_rawgeti(L, c->section_children, s->parent + 1);
            lua_pushvalue(L, view);
            append(L, lua_gettop(L) - 1);
            lua_pop(L, 1);
        } else {
            lua_pushvalue(L, view);
            append(L, outline);
        }
        lua_settop(L, view);
        lua_rawseti(L, c->sections, i + 1);
    }
    lua_pop(L, 1); /* the outline */
}

static void push_paragraphs(ctx *c)
{
    lua_State *L = c->L;
    const bl_document *doc = c->doc;
    begin_list(L, (int)doc->paragraph_count, c->doc_data, "paragraphs");
    c->paragraphs = lua_gettop(L);
    for (uint32_t i = 0; i < doc->paragraph_count; i++) {
        const bl_paragraph *p = &doc->paragraphs[i];
        begin_text_node(c, &p->text, 0, p->text.len, 6); /* 8 slots; positions, once read, take 16 */
        int data = lua_gettop(L), view = data - 1;
        set_int(L, "index", i + 1);
        set_int(L, "heading_end", p->heading_end);
        if (p->section >= 0) {
            lua_rawgeti(L, c->sections, p->section + 1);
            lua_setfield(L, data, "section");
            lua_rawgeti(L, c->section_paragraphs, p->section + 1);
            lua_pushvalue(L, view);
            append(L, lua_gettop(L) - 1);
            lua_pop(L, 1);
            if (doc->sections[p->section].paragraph == (int)i) {
                lua_rawgeti(L, c->section_data, p->section + 1);
                lua_pushvalue(L, view);
                lua_setfield(L, -2, "paragraph");
                lua_pop(L, 1);
            }
        }
        if (p->sentence_count)
            set_int(L, "_sentences", i + 1); /* doc.paragraphs[i].sentences, made on first read */
        lua_settop(L, view);
        lua_rawseti(L, c->paragraphs, i + 1);
    }
    lua_pushvalue(L, c->paragraphs);
    lua_setiuservalue(L, c->box, 3);
}

static void push_enumerations(ctx *c)
{
    lua_State *L = c->L;
    const bl_document *doc = c->doc;
    begin_list(L, (int)doc->enumeration_count, c->doc_data, "enumerations");
    for (uint32_t e = 0; e < doc->enumeration_count; e++) {
        const bl_enumeration *en = &doc->enumerations[e];
        bl_model_view_push(L, 0, 3);
        int data = lua_gettop(L);
        if (en->section >= 0) {
            lua_rawgeti(L, c->sections, en->section + 1);
            lua_setfield(L, data, "section");
        }
        begin_list(L, (int)en->item_count, data, "items");
        for (uint32_t k = 0; k < en->item_count; k++) {
            const bl_enum_item *it = &doc->items[en->first_item + k];
            begin_text_node(c, &doc->paragraphs[it->paragraph].text, it->from, it->to, 4);
            set_int(L, "value", it->value);
            lua_rawgeti(L, c->paragraphs, it->paragraph + 1);
            lua_setfield(L, -2, "paragraph");
            lua_pop(L, 1);
            lua_rawseti(L, -2, k + 1);
        }
        lua_settop(L, data - 1);
        lua_rawseti(L, -2, e + 1);
    }
    lua_pop(L, 1);
}

static void push_claim(ctx *c, const bl_claim *cl, uint32_t index)
{
    lua_State *L = c->L;
    const bl_text *t = &c->doc->paragraphs[cl->paragraph].text;
    begin_text_node(c, t, cl->from, cl->to, 26);
    set_int(L, "index", index + 1);
    set_int(L, "from", cl->from + 1); /* bytes of the paragraph text, like sentence.from */
    set_int(L, "to", cl->to);
    set_string(L, "kind", bl_claim_kind_name(cl->kind));
    if (cl->kind == BL_CLAIM_RANGE)
        set_string(L, "range_of", bl_claim_kind_name(cl->range_of));
    set_int(L, "value", cl->value);
    set_int(L, "lo", cl->lo);
    if (cl->has_hi)
        set_int(L, "hi", cl->hi);
    set_int(L, "decimals", cl->decimals);
    char buf[48];
    bl_number_format(cl->value, cl->decimals, buf, sizeof buf);
    set_string(L, "value_text", buf);
    if (cl->unit)
        set_string(L, "unit", cl->unit);
    if (cl->qualifier)
        set_string(L, "qualifier", cl->qualifier);
    if (cl->marker)
        set_string(L, "marker", cl->marker);
    set_bool(L, "chinese", cl->chinese);
    set_bool(L, "unit_inherited", cl->unit_inherited);
    set_lazy_text_node(c, 0, t, cl->number_from, cl->number_to);
    if (cl->noun_to > cl->noun_from)
        set_lazy_text_node(c, 1, t, cl->noun_from, cl->noun_to);
    if (cl->year)
        set_int(L, "year", cl->year);
    if (cl->month)
        set_int(L, "month", cl->month);
    if (cl->day)
        set_int(L, "day", cl->day);
    set_bool(L, "year_resolved", cl->year_resolved);
    lua_rawgeti(L, c->paragraphs, cl->paragraph + 1);
    lua_setfield(L, -2, "paragraph");
    set_int(L, "_sentence", cl->sentence + 1); /* claim.sentence, found on first read */
    lua_pop(L, 1); /* the claim's data */
}

static void push_relation(ctx *c, const bl_relation *r)
{
    lua_State *L = c->L;
    bl_model_view_push(L, 0, 12);
    int rel = lua_gettop(L);
    set_string(L, "kind", bl_relation_kind_name(r->kind));
    set_string(L, "cue", r->cue);
    if (r->direction)
        set_string(L, "direction", r->direction);
    set_bool(L, "exhaustive", r->exhaustive);
    set_bool(L, "open_list", r->open_list);
    lua_rawgeti(L, c->paragraphs, r->paragraph + 1);
    lua_setfield(L, rel, "paragraph");
    begin_list(L, (int)r->member_count, rel, "members"); /* { {role=, claim=}, … } */
    begin_list(L, 0, rel, "parts");
    begin_list(L, 0, rel, "changes");
    int members = rel + 1, parts = rel + 2, changes = rel + 3;
    for (uint32_t m = 0; m < r->member_count; m++) {
        const char *role = r->members[m].role;
        bl_model_view_push(L, 0, 2);
        set_string(L, "role", role);
        lua_rawgeti(L, c->claims, r->members[m].claim + 1);
        lua_setfield(L, -2, "claim");
        lua_pop(L, 1);
        lua_rawseti(L, members, m + 1);
        int list = !strcmp(role, "part") && r->kind == BL_REL_TOTAL ? parts : !strcmp(role, "change") ? changes : 0;
        lua_rawgeti(L, c->claims, r->members[m].claim + 1);
        if (list)
            append(L, list);
        else
            lua_setfield(L, rel, role);
    }
    lua_settop(L, rel);
    begin_list(L, (int)r->item_count, rel, "items");
    const bl_text *t = &c->doc->paragraphs[r->paragraph].text;
    for (uint32_t k = 0; k < r->item_count; k++) {
        push_text_node(c, t, r->items[k].from, r->items[k].to);
        lua_rawseti(L, -2, k + 1);
    }
    lua_settop(L, rel - 1); /* the relation's view */
}

/* doc.claims: every numeric claim; doc.relations: how they relate (claims.h). */
static void push_claims(ctx *c)
{
    lua_State *L = c->L;
    const bl_claim_set *set = c->doc->claims;
    begin_list(L, (int)set->claim_count, c->doc_data, "claims");
    c->claims = lua_gettop(L);
    for (uint32_t i = 0; i < set->claim_count; i++) {
        push_claim(c, &set->claims[i], i);
        lua_rawseti(L, c->claims, i + 1);
    }
    begin_list(L, (int)set->relation_count, c->doc_data, "relations");
    for (uint32_t i = 0; i < set->relation_count; i++) {
        push_relation(c, &set->relations[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_pop(L, 1);
    if (set->bulletin_year) {
        bl_model_view_push(L, 0, 3);
        set_int(L, "year", set->bulletin_year);
        set_int(L, "month", set->bulletin_month);
        set_int(L, "day", set->bulletin_day);
        lua_pop(L, 1);
        lua_setfield(L, c->doc_data, "bulletin_date");
    }
}

/* Where a standalone heading or a paragraph starts, for putting them in document order. */
typedef struct placed {
    uint32_t line, col;
    uint32_t order;      /* tie-break: headings first, then paragraphs, each in their order */
    int is_section;
    uint32_t index;
} placed;

static int by_position(const void *a, const void *b)
{
    const placed *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    if (x->col != y->col)
        return x->col < y->col ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Appends field `key` of the document's data (a node) to the list at `list`, if present. */
static void append_part(lua_State *L, int doc_data, const char *key, int list)
{
    if (lua_getfield(L, doc_data, key) != LUA_TNIL)
        append(L, list);
    else
        lua_pop(L, 1);
}

/* Appends every item of the list in field `key` of the table at `from` to the list at `list`. */
static void append_items(lua_State *L, int from, const char *key, int list)
{
    if (lua_getfield(L, from, key) == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    for (lua_Integer i = 1; lua_geti(L, -1, i) != LUA_TNIL; i++)
        append(L, list);
    lua_pop(L, 2);
}

/* doc.text_nodes: every text node in document order: masthead, title lines, standalone headings
 * and paragraphs, contributor line, distribution lines. */
static void push_text_nodes(ctx *c)
{
    lua_State *L = c->L;
    const bl_document *doc = c->doc;
    size_t count = 0;
    placed *order = lua_newuserdatauv(L, (doc->section_count + doc->paragraph_count + 1) * sizeof *order, 0);
    for (uint32_t i = 0; i < doc->section_count; i++) {
        const bl_section *s = &doc->sections[i];
        if (s->run_in)
            continue;
        bl_span span = bl_document_span(doc, &s->heading, 0, 0);
        order[count] = (placed){span.line, span.col, (uint32_t)count, 1, i};
        count++;
    }
    for (uint32_t i = 0; i < doc->paragraph_count; i++) {
        bl_span span = bl_document_span(doc, &doc->paragraphs[i].text, 0, 0);
        order[count] = (placed){span.line, span.col, (uint32_t)count, 0, i};
        count++;
    }
    qsort(order, count, sizeof *order, by_position);
    begin_list(L, (int)(count + doc->title_count + doc->distribution_count + 2), c->doc_data, "text_nodes");
    int list = lua_gettop(L);
    append_part(L, c->doc_data, "masthead", list);
    if (lua_getfield(L, c->doc_data, "title") != LUA_TNIL)
        append_items(L, lua_gettop(L), "lines", list);
    lua_pop(L, 1);
    for (size_t k = 0; k < count; k++) {
        lua_rawgeti(L, order[k].is_section ? c->sections : c->paragraphs, order[k].index + 1);
        append(L, list);
    }
    append_part(L, c->doc_data, "contributor", list);
    append_items(L, c->doc_data, "distribution", list);
    lua_pop(L, 2); /* the list, the order */
}

/* The _ref of the node at index, 0 when it has none (a non-integer is an error, as in report). */
static lua_Integer node_ref(lua_State *L, int index)
{
    lua_getfield(L, index, "_ref");
    lua_Integer ref = 0;
    if (!lua_isnil(L, -1)) {
        int ok;
        ref = lua_tointegerx(L, -1, &ok);
        if (!ok)
            luaL_error(L, "report: field '%s' must be an integer", "_ref");
    }
    lua_pop(L, 1);
    return ref;
}

/* doc.locate(node, i) → line, column of byte i (1-based) of node.text in the original file. */
static int model_locate(lua_State *L)
{
    const bl_model_box *box = lua_touserdata(L, lua_upvalueindex(1));
    if (!box->doc)
        return luaL_error(L, "locate: called after the check of its document finished");
    if (!bl_model_view_data(L, 1))
        return luaL_error(L, "locate: not a text node of the document");
    lua_pop(L, 1);
    lua_Integer i = luaL_checkinteger(L, 2);
    lua_Integer ref = node_ref(L, 1);
    if (ref < 1 || (lua_Unsigned)ref > box->refs->count)
        return luaL_error(L, "locate: not a text node of the document");
    const bl_text_ref *r = &box->refs->items[ref - 1];
    if (i < 1 || i > (lua_Integer)r->len + 1)
        return luaL_error(L, "locate: byte %d is outside the node's text (1..%d)", (int)i, (int)r->len);
    bl_span s = bl_document_span(box->doc, r->text, r->base + (uint32_t)i - 1, r->base + (uint32_t)i - 1);
    lua_pushinteger(L, s.line);
    lua_pushinteger(L, s.col);
    return 2;
}

typedef struct push_args {
    const bl_document *doc;
    const char *path;
    bl_text_refs *refs;
    bl_trusted_strings *trusted;
    bl_model_box *box;
} push_args;

static int push_all(lua_State *L)
{
    push_args *a = lua_touserdata(L, 1);
    ctx c = {.L = L, .doc = a->doc, .refs = a->refs, .trusted = a->trusted};
    a->box = lua_newuserdatauv(L, sizeof *a->box, 3);
    *a->box = (bl_model_box){a->doc, a->refs, a->trusted};
    int box = lua_gettop(L);
    c.box = box;
    lua_createtable(L, 0, 1);
    lua_pushvalue(L, box);
    lua_pushcclosure(L, text_field, 1);
    lua_setfield(L, -2, "__index");
    c.text_meta = lua_gettop(L);
    lua_pushvalue(L, c.text_meta); /* report() knows the document's text nodes by this metatable */
    lua_setiuservalue(L, box, 1);
    uint32_t sections = a->doc->section_count;
    lua_createtable(L, (int)sections, 0);
    c.section_data = lua_gettop(L);
    lua_createtable(L, (int)sections, 0);
    c.section_children = lua_gettop(L);
    lua_createtable(L, (int)sections, 0);
    c.section_paragraphs = lua_gettop(L);

    bl_model_view_push(L, 0, 20);
    c.doc_data = lua_gettop(L);
    int doc_view = c.doc_data - 1;
    set_string(L, "path", a->path);
    set_string(L, "encoding", bl_encoding_name(a->doc->source.encoding));
    set_string(L, "layout", a->doc->page.layout == BL_LAYOUT_EXTRACTED ? "extracted" : "draft");
    set_bool(L, "continues", a->doc->continues);
    set_bool(L, "goes_on", a->doc->goes_on);
    set_int(L, "line_count", bl_source_reported_line_count(&a->doc->source));
    lua_pushvalue(L, box);
    lua_pushcclosure(L, model_locate, 1);
    lua_setfield(L, c.doc_data, "locate");
    push_parts(&c);
    push_sections(&c);
    push_paragraphs(&c);
    push_enumerations(&c);
    push_claims(&c);
    push_text_nodes(&c);
    lua_settop(L, doc_view);
    lua_pushvalue(L, box); /* the box, which must outlive the run even when no node refers to it */
    lua_insert(L, -2);
    return 2;
}

int bl_lua_model_push(bl_lua_model *model, lua_State *L, const bl_document *doc, const char *path,
                      bl_trusted_strings *trusted)
{
    *model = (bl_lua_model){.L = L, .doc = doc, .trusted = trusted, .top = lua_gettop(L)};
    push_args args = {doc, path, &model->refs, trusted, NULL};
    lua_pushcfunction(L, push_all);
    lua_pushlightuserdata(L, &args);
    /* the model is garbage only once it is popped: a collection while it is made would mark its
     * growing tables again and again (half the time of making it) */
    lua_gc(L, LUA_GCSTOP);
    int status = lua_pcall(L, 1, 2, 0);
    lua_gc(L, LUA_GCRESTART);
    if (status != LUA_OK) {
        lua_settop(L, model->top);
        bl_trusted_clear(trusted);
        free(model->refs.items);
        return BL_ERR_NOMEM;
    }
    model->box = args.box;
    model->index = lua_gettop(L);
    return BL_OK;
}

void bl_lua_model_pop(bl_lua_model *model)
{
    *model->box = (bl_model_box){NULL, NULL, NULL}; /* the lazy fields and locate read nothing more */
    bl_trusted_clear(model->trusted);
    lua_settop(model->L, model->top);
    free(model->refs.items);
    model->refs = (bl_text_refs){0};
    /* no collection step here: the next allocations pay for it */
}
