/* dump.c - writing the document model as JSON (--dump). */
#include "dump.h"

#include "claims.h"
#include "json.h"
#include "numeral.h"
#include "relations.h"

static void span_fields(bl_json *j, const bl_document *doc, const bl_text *text, uint32_t from, uint32_t to)
{
    bl_span s = bl_document_span(doc, text, from, to);
    bl_json_field_int(j, "line", s.line);
    bl_json_field_int(j, "column", s.col);
    bl_json_field_int(j, "end_line", s.end_line);
    bl_json_field_int(j, "end_column", s.end_col);
}

static void text_node(bl_json *j, const bl_document *doc, const bl_text *text, uint32_t from, uint32_t to)
{
    bl_json_object(j);
    bl_json_key(j, "text");
    bl_json_string_n(j, text->s + from, to - from);
    span_fields(j, doc, text, from, to);
    bl_json_object_end(j);
}

static void field_node(bl_json *j, const bl_document *doc, const char *key, const bl_field *f)
{
    bl_json_key(j, key);
    if (f->present)
        text_node(j, doc, &f->text, 0, f->text.len);
    else
        bl_json_null(j);
}

static void block_node(bl_json *j, const bl_document *doc, int block)
{
    const bl_text *t = &doc->page.blocks[block].text;
    text_node(j, doc, t, 0, t->len);
}

static void section_node(bl_json *j, const bl_document *doc, int index)
{
    const bl_section *s = &doc->sections[index];
    bl_json_object(j);
    bl_json_field_int(j, "index", index);
    bl_json_field_int(j, "level", s->level);
    bl_json_field_string(j, "marker", bl_marker_kind_name(s->kind));
    bl_json_field_int(j, "number", s->number);
    bl_json_key(j, "title");
    bl_json_string_n(j, s->heading.s + s->title_from, s->title_to - s->title_from);
    bl_json_field_bool(j, "run_in", s->run_in);
    span_fields(j, doc, &s->heading, 0, s->heading.len);
    bl_json_key(j, "paragraphs");
    bl_json_array(j);
    for (uint32_t p = 0; p < doc->paragraph_count; p++)
        if (doc->paragraphs[p].section == index)
            bl_json_int(j, p);
    bl_json_array_end(j);
    bl_json_key(j, "children");
    bl_json_array(j);
    for (uint32_t c = (uint32_t)index + 1; c < doc->section_count; c++)
        if (doc->sections[c].parent == index)
            section_node(j, doc, (int)c);
    bl_json_array_end(j);
    bl_json_object_end(j);
}

/* masthead, title, contributor, distribution */
static void dump_parts(bl_json *j, const bl_document *doc)
{
    bl_json_key(j, "masthead");
    if (doc->masthead >= 0) {
        const bl_text *t = &doc->page.blocks[doc->masthead].text;
        bl_json_object(j);
        bl_json_key(j, "text");
        bl_json_string_n(j, t->s, t->len);
        span_fields(j, doc, t, 0, t->len);
        field_node(j, doc, "series", &doc->series);
        field_node(j, doc, "issue", &doc->issue);
        bl_json_key(j, "issue_number");
        if (doc->issue.present)
            bl_json_int(j, doc->issue_number);
        else
            bl_json_null(j);
        bl_json_object_end(j);
    } else {
        bl_json_null(j);
    }
    bl_json_key(j, "title");
    bl_json_object(j);
    bl_json_key(j, "lines");
    bl_json_array(j);
    for (uint32_t i = 0; i < doc->title_count; i++)
        block_node(j, doc, (int)(doc->title_first + i));
    bl_json_array_end(j);
    field_node(j, doc, "city", &doc->title_city);
    bl_json_object_end(j);
    bl_json_key(j, "contributor");
    if (doc->contributor >= 0) {
        const bl_text *t = &doc->page.blocks[doc->contributor].text;
        bl_json_object(j);
        bl_json_key(j, "text");
        bl_json_string_n(j, t->s, t->len);
        span_fields(j, doc, t, 0, t->len);
        field_node(j, doc, "city", &doc->contributor_city);
        bl_json_object_end(j);
    } else {
        bl_json_null(j);
    }
    bl_json_key(j, "distribution");
    bl_json_array(j);
    for (uint32_t i = 0; i < doc->distribution_count; i++)
        block_node(j, doc, (int)(doc->distribution_first + i));
    bl_json_array_end(j);
}

static void dump_paragraphs(bl_json *j, const bl_document *doc)
{
    bl_json_key(j, "paragraphs");
    bl_json_array(j);
    for (uint32_t i = 0; i < doc->paragraph_count; i++) {
        const bl_paragraph *p = &doc->paragraphs[i];
        bl_json_object(j);
        bl_json_field_int(j, "index", i);
        bl_json_field_int(j, "section", p->section);
        span_fields(j, doc, &p->text, 0, p->text.len);
        bl_json_key(j, "text");
        bl_json_string_n(j, p->text.s, p->text.len);
        bl_json_key(j, "sentences");
        bl_json_array(j);
        for (uint32_t s = 0; s < p->sentence_count; s++) {
            bl_json_object(j);
            span_fields(j, doc, &p->text, p->sentences[s].from, p->sentences[s].to);
            bl_json_object_end(j);
        }
        bl_json_array_end(j);
        bl_json_object_end(j);
    }
    bl_json_array_end(j);
}

static void dump_enumerations(bl_json *j, const bl_document *doc)
{
    bl_json_key(j, "enumerations");
    bl_json_array(j);
    for (uint32_t e = 0; e < doc->enumeration_count; e++) {
        const bl_enumeration *en = &doc->enumerations[e];
        bl_json_object(j);
        bl_json_field_int(j, "section", en->section);
        bl_json_key(j, "items");
        bl_json_array(j);
        for (uint32_t k = 0; k < en->item_count; k++) {
            const bl_enum_item *it = &doc->items[en->first_item + k];
            const bl_text *t = &doc->paragraphs[it->paragraph].text;
            bl_json_object(j);
            bl_json_field_int(j, "value", it->value);
            bl_json_field_int(j, "paragraph", it->paragraph);
            bl_json_key(j, "text");
            bl_json_string_n(j, t->s + it->from, it->to - it->from);
            span_fields(j, doc, t, it->from, it->to);
            bl_json_object_end(j);
        }
        bl_json_array_end(j);
        bl_json_object_end(j);
    }
    bl_json_array_end(j);
}

void bl_dump_model(const bl_document *doc, const char *path, FILE *out)
{
    bl_json j;
    bl_json_init(&j, out, 1);
    bl_json_object(&j);
    bl_json_field_string(&j, "path", path);
    bl_json_field_string(&j, "encoding", bl_encoding_name(doc->source.encoding));
    bl_json_field_string(&j, "layout", doc->page.layout == BL_LAYOUT_EXTRACTED ? "extracted" : "draft");
    bl_json_field_int(&j, "wrap_width", doc->page.wrap_width);
    bl_json_field_string(&j, "kind", bl_doc_kind_name(doc->kind));
    dump_parts(&j, doc);
    bl_json_key(&j, "sections");
    bl_json_array(&j);
    for (uint32_t i = 0; i < doc->section_count; i++)
        if (doc->sections[i].parent < 0)
            section_node(&j, doc, (int)i);
    bl_json_array_end(&j);
    dump_paragraphs(&j, doc);
    dump_enumerations(&j, doc);
    bl_json_object_end(&j);
    fputc('\n', out);
}

/* ------------------------------------------------------------------ --dump claims */

static void decimal_field(bl_json *j, const char *key, int64_t value, int decimals)
{
    char buf[48];
    bl_number_format(value, decimals, buf, sizeof buf);
    bl_json_key(j, key);
    bl_json_raw(j, buf);
}

static void claim_node(bl_json *j, const bl_document *doc, const bl_claim *c, uint32_t index)
{
    const bl_text *t = &doc->paragraphs[c->paragraph].text;
    bl_json_object(j);
    bl_json_field_int(j, "index", index);
    bl_json_key(j, "text");
    bl_json_string_n(j, t->s + c->from, c->to - c->from);
    span_fields(j, doc, t, c->from, c->to);
    bl_json_field_string(j, "kind", bl_claim_kind_name(c->kind));
    if (c->kind == BL_CLAIM_RANGE) {
        bl_json_field_string(j, "range_of", bl_claim_kind_name(c->range_of));
    }
    decimal_field(j, "value", c->value, c->decimals);
    decimal_field(j, "lo", c->lo, c->decimals);
    bl_json_key(j, "hi");
    if (c->has_hi) {
        char buf[48];
        bl_number_format(c->hi, c->decimals, buf, sizeof buf);
        bl_json_raw(j, buf);
    } else {
        bl_json_null(j);
    }
    bl_json_field_int(j, "decimals", c->decimals);
    bl_json_field_string(j, "unit", c->unit);
    bl_json_field_string(j, "qualifier", c->qualifier);
    if (c->marker) {
        bl_json_field_string(j, "marker", c->marker);
    }
    bl_json_key(j, "noun");
    if (c->noun_to > c->noun_from)
        bl_json_string_n(j, t->s + c->noun_from, c->noun_to - c->noun_from);
    else
        bl_json_null(j);
    if (c->kind == BL_CLAIM_DATE || c->kind == BL_CLAIM_YEAR) {
        bl_json_key(j, "date");
        bl_json_object(j);
        bl_json_key(j, "year");
        c->year ? bl_json_int(j, c->year) : bl_json_null(j);
        bl_json_key(j, "month");
        c->month ? bl_json_int(j, c->month) : bl_json_null(j);
        bl_json_key(j, "day");
        c->day ? bl_json_int(j, c->day) : bl_json_null(j);
        bl_json_object_end(j);
    }
    bl_json_field_int(j, "paragraph", c->paragraph);
    bl_json_field_int(j, "sentence", c->sentence);
    bl_json_object_end(j);
}

void bl_dump_claims(const bl_document *doc, const char *path, FILE *out)
{
    const bl_claim_set *set = doc->claims;
    bl_json j;
    bl_json_init(&j, out, 1);
    bl_json_object(&j);
    bl_json_field_string(&j, "path", path);
    bl_json_key(&j, "bulletin_year");
    set->bulletin_year ? bl_json_int(&j, set->bulletin_year) : bl_json_null(&j);
    bl_json_key(&j, "claims");
    bl_json_array(&j);
    for (uint32_t i = 0; i < set->claim_count; i++)
        claim_node(&j, doc, &set->claims[i], i);
    bl_json_array_end(&j);
    bl_json_key(&j, "relations");
    bl_json_array(&j);
    for (uint32_t i = 0; i < set->relation_count; i++) {
        const bl_relation *r = &set->relations[i];
        const bl_text *t = &doc->paragraphs[r->paragraph].text;
        bl_json_object(&j);
        bl_json_field_string(&j, "kind", bl_relation_kind_name(r->kind));
        bl_json_field_string(&j, "cue", r->cue);
        if (r->direction) {
            bl_json_field_string(&j, "direction", r->direction);
        }
        if (r->kind == BL_REL_TOTAL) {
            bl_json_field_bool(&j, "exhaustive", r->exhaustive);
        }
        if (r->kind == BL_REL_NAMED_COUNT) {
            bl_json_field_bool(&j, "open_list", r->open_list);
        }
        bl_json_key(&j, "members");
        bl_json_array(&j);
        for (uint32_t m = 0; m < r->member_count; m++) {
            const bl_claim *c = &set->claims[r->members[m].claim];
            const bl_text *ct = &doc->paragraphs[c->paragraph].text;
            bl_span s = bl_document_span(doc, ct, c->from, c->to);
            bl_json_object(&j);
            bl_json_field_string(&j, "role", r->members[m].role);
            bl_json_field_int(&j, "claim", r->members[m].claim);
            bl_json_key(&j, "text");
            bl_json_string_n(&j, ct->s + c->from, c->to - c->from);
            bl_json_field_int(&j, "line", s.line);
            bl_json_object_end(&j);
        }
        bl_json_array_end(&j);
        if (r->item_count) {
            bl_json_key(&j, "items");
            bl_json_array(&j);
            for (uint32_t k = 0; k < r->item_count; k++)
                text_node(&j, doc, t, r->items[k].from, r->items[k].to);
            bl_json_array_end(&j);
        }
        bl_json_object_end(&j);
    }
    bl_json_array_end(&j);
    bl_json_object_end(&j);
    fputc('\n', out);
}
