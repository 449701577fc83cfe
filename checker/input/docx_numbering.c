/* docx_numbering.c - Word's list numbering: the definitions of numbering.xml and styles.xml, the
 * counters as Word keeps them, and the number formats. */
#include "docx_numbering.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "xml_parse.h"

#define LEVELS 9
#define NAME_MAX_LEN 64

typedef struct level {
    int start;
    char format[40];
    char text[96];
    char suffix;         /* 't' tab (Word's default), 's' space, 'n' nothing */
    int restart;         /* w:lvlRestart: -1 Word's default (after any higher level), 0 never, N after level N */
    int legal;           /* w:isLgl: the levels it shows are decimal */
    char style[NAME_MAX_LEN];
    int defined;
} level;

typedef struct abstract_num {
    int id;
    level levels[LEVELS];
    int count[LEVELS];
    int started[LEVELS];
} abstract_num;

typedef struct num {
    int id;
    int abstract_id;
    int start_override[LEVELS];   /* -1: none */
    level override[LEVELS];       /* .defined when a w:lvlOverride holds a whole w:lvl */
    int used;
} num;

typedef struct style {
    char id[NAME_MAX_LEN], based_on[NAME_MAX_LEN];
    int num_id, ilvl;             /* -1: not set by this style */
    int is_default;
} style;

struct bl_docx_numbering {
    abstract_num *abstracts;
    size_t abstract_count, abstract_cap;
    num *nums;
    size_t num_count, num_cap;
    style *styles;
    size_t style_count, style_cap;
};

/* ------------------------------------------------------------------ number formats */

static size_t put(char *buf, size_t size, size_t at, const char *s)
{
    size_t n = strlen(s);
    if (at + n < size) {
        memcpy(buf + at, s, n);
        buf[at + n] = '\0';
        return at + n;
    }
    return at;
}

static size_t put_cp(char *buf, size_t size, size_t at, unsigned cp)
{
    char s[5] = {0};
    if (cp < 0x80) {
        s[0] = (char)cp;
    } else if (cp < 0x800) {
        s[0] = (char)(0xC0 | (cp >> 6));
        s[1] = (char)(0x80 | (cp & 0x3F));
    } else {
        s[0] = (char)(0xE0 | (cp >> 12));
        s[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        s[2] = (char)(0x80 | (cp & 0x3F));
    }
    return put(buf, size, at, s);
}

/* 一, 十, 十一, 二十一, 一百零一, 一千零一十 … (Word's chineseCounting; legal: 壹拾 …). */
static size_t chinese(int value, int legal, char *buf, size_t size, size_t at)
{
    static const char *const plain[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    static const char *const formal[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    static const char *const units_plain[] = {"", "十", "百", "千"}, *const units_formal[] = {"", "拾", "佰", "仟"};
    const char *const *digits = legal ? formal : plain;
    const char *const *units = legal ? units_formal : units_plain;
    if (value <= 0)
        return put(buf, size, at, digits[0]);
    if (value >= 10000) {
        at = chinese(value / 10000, legal, buf, size, at);
        at = put(buf, size, at, "万");
        value %= 10000;
        if (value == 0)
            return at;
        if (value < 1000)
            at = put(buf, size, at, digits[0]);
    }
    int pending_zero = 0, first = 1;
    for (int unit = 3; unit >= 0; unit--) {
        int p = unit == 3 ? 1000 : unit == 2 ? 100 : unit == 1 ? 10 : 1;
        int d = (value / p) % 10;
        if (d == 0) {
            if (!first)
                pending_zero = 1;
            continue;
        }
        if (pending_zero)
            at = put(buf, size, at, digits[0]);
        pending_zero = 0;
        if (!(first && unit == 1 && d == 1 && !legal)) /* 十一, not 一十一 */
            at = put(buf, size, at, digits[d]);
        at = put(buf, size, at, units[unit]);
        first = 0;
    }
    return at;
}

static size_t roman(int value, int upper, char *buf, size_t size)
{
    static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char *const up[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    static const char *const low[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
    size_t at = 0;
    buf[0] = '\0';
    if (value <= 0 || value >= 4000)
        return (size_t)snprintf(buf, size, "%d", value);
    for (int i = 0; i < 13; i++)
        while (value >= values[i]) {
            at = put(buf, size, at, upper ? up[i] : low[i]);
            value -= values[i];
        }
    return at;
}

size_t bl_docx_format_number(const char *f, int value, char *buf, size_t size)
{
    buf[0] = '\0';
    if (size < 8)
        return 0;
    if (strcmp(f, "none") == 0)
        return 0;
    if (strcmp(f, "chineseCounting") == 0 || strcmp(f, "chineseCountingThousand") == 0 ||
        strcmp(f, "japaneseCounting") == 0 || strcmp(f, "taiwaneseCounting") == 0 ||
        strcmp(f, "taiwaneseCountingThousand") == 0 || strcmp(f, "koreanCounting") == 0)
        return chinese(value, 0, buf, size, 0);
    if (strcmp(f, "chineseLegalSimplified") == 0 || strcmp(f, "ideographLegalTraditional") == 0)
        return chinese(value, 1, buf, size, 0);
    if (strcmp(f, "ideographTraditional") == 0 && value >= 1) {
        static const char *const stems = "甲乙丙丁戊己庚辛壬癸";
        return put(buf, size, 0, (char[4]){stems[((value - 1) % 10) * 3], stems[((value - 1) % 10) * 3 + 1],
                                           stems[((value - 1) % 10) * 3 + 2], 0});
    }
    if (strcmp(f, "ideographZodiac") == 0 && value >= 1) {
        static const char *const branches = "子丑寅卯辰巳午未申酉戌亥";
        int i = (value - 1) % 12;
        return put(buf, size, 0, (char[4]){branches[i * 3], branches[i * 3 + 1], branches[i * 3 + 2], 0});
    }
    if ((strcmp(f, "ideographDigital") == 0 || strcmp(f, "japaneseDigitalTenThousand") == 0) && value >= 0) {
        static const char *const digits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        char d[16];
        snprintf(d, sizeof d, "%d", value);
        size_t at = 0;
        for (char *c = d; *c; c++)
            at = put(buf, size, at, digits[*c - '0']);
        return at;
    }
    if (strcmp(f, "decimalEnclosedCircle") == 0 || strcmp(f, "decimalEnclosedCircleChinese") == 0 ||
        strcmp(f, "ideographEnclosedCircle") == 0) {
        if (value >= 1 && value <= 20)
            return put_cp(buf, size, 0, 0x2460 + (unsigned)value - 1);
    } else if (strcmp(f, "decimalEnclosedParen") == 0) {
        if (value >= 1 && value <= 20)
            return put_cp(buf, size, 0, 0x2474 + (unsigned)value - 1);
    } else if (strcmp(f, "decimalEnclosedFullstop") == 0) {
        if (value >= 1 && value <= 20)
            return put_cp(buf, size, 0, 0x2488 + (unsigned)value - 1);
    } else if (strcmp(f, "decimalFullWidth") == 0 || strcmp(f, "decimalFullWidth2") == 0) {
        char d[16];
        snprintf(d, sizeof d, "%d", value);
        size_t at = 0;
        for (char *c = d; *c; c++)
            at = *c == '-' ? put(buf, size, at, "-") : put_cp(buf, size, at, 0xFF10 + (unsigned)(*c - '0'));
        return at;
    } else if (strcmp(f, "upperRoman") == 0 || strcmp(f, "lowerRoman") == 0) {
        return roman(value, f[0] == 'u', buf, size);
    } else if ((strcmp(f, "upperLetter") == 0 || strcmp(f, "lowerLetter") == 0) && value >= 1) {
        int repeat = (value - 1) / 26 + 1;
        char c = (char)((f[0] == 'u' ? 'A' : 'a') + (value - 1) % 26);
        size_t at = 0;
        for (int i = 0; i < repeat && at + 1 < size; i++)
            buf[at++] = c;
        buf[at] = '\0';
        return at;
    } else if (strcmp(f, "decimalZero") == 0) {
        return (size_t)snprintf(buf, size, "%02d", value);
    }
    int n = snprintf(buf, size, "%d", value); /* decimal, and the formats not rendered otherwise */
    return n > 0 && (size_t)n < size ? (size_t)n : 0;
}

/* ------------------------------------------------------------------ loading */

typedef struct loader {
    bl_docx_numbering *n;
    bl_xml_parser *xml;
    level *lvl;             /* the w:lvl being read */
    num *num;               /* the w:num being read */
    int override_ilvl;      /* in a w:lvlOverride */
    style *style;           /* the w:style being read */
    int in_ppr;             /* inside the style's w:pPr (its w:numPr) */
    int in_change;          /* inside w:pPrChange or w:rPr: old or other properties */
    int failed;
} loader;

static int int_attr(const bl_xml_tag *tag, int fallback)
{
    const char *v = bl_xml_attr(tag, BL_NS_W, "val");
    return v ? atoi(v) : fallback;
}

static void copy_val(const bl_xml_tag *tag, char *dst, size_t size)
{
    const char *v = bl_xml_attr(tag, BL_NS_W, "val");
    if (v)
        snprintf(dst, size, "%s", v);
}

static void level_defaults(level *l)
{
    memset(l, 0, sizeof *l);
    l->start = 0;
    strcpy(l->format, "decimal");
    l->suffix = 't';
    l->restart = -1;
}

static void numbering_start(void *ctx, const bl_xml_tag *tag)
{
    loader *ld = ctx;
    bl_docx_numbering *n = ld->n;
    if (strcmp(tag->uri, BL_NS_W) != 0 || ld->failed)
        return;
    const char *e = tag->local;
    if (strcmp(e, "abstractNum") == 0) {
        if (BL_ARRAY_RESERVE(n->abstracts, n->abstract_count + 1, n->abstract_cap, 8)) {
            ld->failed = 1;
            return;
        }
        abstract_num *a = &n->abstracts[n->abstract_count++];
        memset(a, 0, sizeof *a);
        const char *id = bl_xml_attr(tag, BL_NS_W, "abstractNumId");
        a->id = id ? atoi(id) : -1;
        for (int i = 0; i < LEVELS; i++)
            level_defaults(&a->levels[i]);
    } else if (strcmp(e, "num") == 0) {
        if (BL_ARRAY_RESERVE(n->nums, n->num_count + 1, n->num_cap, 8)) {
            ld->failed = 1;
            return;
        }
        num *m = &n->nums[n->num_count++];
        memset(m, 0, sizeof *m);
        const char *id = bl_xml_attr(tag, BL_NS_W, "numId");
        m->id = id ? atoi(id) : -1;
        m->abstract_id = -1;
        for (int i = 0; i < LEVELS; i++)
            m->start_override[i] = -1;
        ld->num = m;
    } else if (strcmp(e, "abstractNumId") == 0 && ld->num) {
        ld->num->abstract_id = int_attr(tag, -1);
    } else if (strcmp(e, "lvlOverride") == 0 && ld->num) {
        const char *il = bl_xml_attr(tag, BL_NS_W, "ilvl");
        ld->override_ilvl = il ? atoi(il) : -1;
    } else if (strcmp(e, "startOverride") == 0 && ld->num && ld->override_ilvl >= 0 && ld->override_ilvl < LEVELS) {
        ld->num->start_override[ld->override_ilvl] = int_attr(tag, 0);
    } else if (strcmp(e, "lvl") == 0) {
        const char *il = bl_xml_attr(tag, BL_NS_W, "ilvl");
        int i = il ? atoi(il) : -1;
        ld->lvl = NULL;
        if (i >= 0 && i < LEVELS) {
            if (ld->num && ld->override_ilvl >= 0) {
                ld->lvl = &ld->num->override[i];
                level_defaults(ld->lvl);
            } else if (!ld->num && n->abstract_count) {
                ld->lvl = &n->abstracts[n->abstract_count - 1].levels[i];
            }
            if (ld->lvl)
                ld->lvl->defined = 1;
        }
    } else if (ld->lvl) {
        level *l = ld->lvl;
        if (strcmp(e, "start") == 0)
            l->start = int_attr(tag, 0);
        else if (strcmp(e, "numFmt") == 0) {
            const char *v = bl_xml_attr(tag, BL_NS_W, "val");
            if (v && strcmp(v, "custom") != 0)
                snprintf(l->format, sizeof l->format, "%s", v);
        } else if (strcmp(e, "lvlText") == 0) {
            l->text[0] = '\0';
            copy_val(tag, l->text, sizeof l->text);
        } else if (strcmp(e, "suff") == 0) {
            const char *v = bl_xml_attr(tag, BL_NS_W, "val");
            l->suffix = v && strcmp(v, "space") == 0 ? 's' : v && strcmp(v, "nothing") == 0 ? 'n' : 't';
        } else if (strcmp(e, "lvlRestart") == 0)
            l->restart = int_attr(tag, -1);
        else if (strcmp(e, "isLgl") == 0) {
            const char *v = bl_xml_attr(tag, BL_NS_W, "val");
            l->legal = !v || (strcmp(v, "0") != 0 && strcmp(v, "false") != 0);
        } else if (strcmp(e, "pStyle") == 0)
            copy_val(tag, l->style, sizeof l->style);
    }
}

static void numbering_end(void *ctx, const bl_xml_tag *tag)
{
    loader *ld = ctx;
    if (strcmp(tag->uri, BL_NS_W) != 0)
        return;
    if (strcmp(tag->local, "lvl") == 0)
        ld->lvl = NULL;
    else if (strcmp(tag->local, "num") == 0)
        ld->num = NULL;
    else if (strcmp(tag->local, "lvlOverride") == 0)
        ld->override_ilvl = -1;
}

static void styles_start(void *ctx, const bl_xml_tag *tag)
{
    loader *ld = ctx;
    bl_docx_numbering *n = ld->n;
    if (strcmp(tag->uri, BL_NS_W) != 0 || ld->failed)
        return;
    const char *e = tag->local;
    if (strcmp(e, "style") == 0) {
        const char *type = bl_xml_attr(tag, BL_NS_W, "type");
        ld->style = NULL;
        if (type && strcmp(type, "paragraph") != 0)
            return;
        if (BL_ARRAY_RESERVE(n->styles, n->style_count + 1, n->style_cap, 16)) {
            ld->failed = 1;
            return;
        }
        style *s = &n->styles[n->style_count++];
        memset(s, 0, sizeof *s);
        const char *id = bl_xml_attr(tag, BL_NS_W, "styleId"), *def = bl_xml_attr(tag, BL_NS_W, "default");
        snprintf(s->id, sizeof s->id, "%s", id ? id : "");
        s->num_id = s->ilvl = -1;
        s->is_default = def && (strcmp(def, "1") == 0 || strcmp(def, "true") == 0);
        ld->style = s;
    } else if (!ld->style) {
        return;
    } else if (strcmp(e, "pPrChange") == 0 || strcmp(e, "rPr") == 0) {
        ld->in_change++;
    } else if (ld->in_change) {
        return;
    } else if (strcmp(e, "basedOn") == 0) {
        copy_val(tag, ld->style->based_on, sizeof ld->style->based_on);
    } else if (strcmp(e, "numId") == 0) {
        ld->style->num_id = int_attr(tag, -1);
    } else if (strcmp(e, "ilvl") == 0) {
        ld->style->ilvl = int_attr(tag, -1);
    }
}

static void styles_end(void *ctx, const bl_xml_tag *tag)
{
    loader *ld = ctx;
    if (strcmp(tag->uri, BL_NS_W) != 0)
        return;
    if (strcmp(tag->local, "style") == 0)
        ld->style = NULL;
    else if (ld->style && (strcmp(tag->local, "pPrChange") == 0 || strcmp(tag->local, "rPr") == 0))
        ld->in_change--;
}

int bl_docx_numbering_load(bl_docx_numbering **out, const char *numbering_part, const char *numbering,
                           size_t numbering_len, const char *styles_part, const char *styles, size_t styles_len,
                           bl_error *err)
{
    *out = calloc(1, sizeof **out);
    if (!*out)
        return BL_ERR_NOMEM;
    loader ld = {.n = *out, .override_ilvl = -1};
    int status = BL_OK;
    if (numbering) {
        bl_xml_handlers h = {numbering_start, numbering_end, NULL};
        status = bl_xml_parse(numbering_part, numbering, numbering_len, &h, &ld, &ld.xml, err);
    }
    if (status == BL_OK && styles) {
        bl_xml_handlers h = {styles_start, styles_end, NULL};
        ld.style = NULL;
        status = bl_xml_parse(styles_part, styles, styles_len, &h, &ld, &ld.xml, err);
    }
    if (status == BL_OK && ld.failed)
        status = BL_ERR_NOMEM;
    if (status != BL_OK) {
        bl_docx_numbering_free(*out);
        *out = NULL;
    }
    return status;
}

void bl_docx_numbering_free(bl_docx_numbering *n)
{
    if (!n)
        return;
    free(n->abstracts);
    free(n->nums);
    free(n->styles);
    free(n);
}

/* ------------------------------------------------------------------ labels */

static const style *find_style(const bl_docx_numbering *n, const char *id)
{
    for (size_t i = 0; i < n->style_count; i++)
        if (id ? strcmp(n->styles[i].id, id) == 0 : n->styles[i].is_default)
            return &n->styles[i];
    return NULL;
}

static num *find_num(bl_docx_numbering *n, int id)
{
    for (size_t i = 0; i < n->num_count; i++)
        if (n->nums[i].id == id)
            return &n->nums[i];
    return NULL;
}

static abstract_num *find_abstract(bl_docx_numbering *n, int id)
{
    for (size_t i = 0; i < n->abstract_count; i++)
        if (n->abstracts[i].id == id)
            return &n->abstracts[i];
    return NULL;
}

static const level *level_of(const num *m, const abstract_num *a, int i)
{
    return m->override[i].defined ? &m->override[i] : &a->levels[i];
}

size_t bl_docx_numbering_label(bl_docx_numbering *n, const char *style_id, int num_id, int ilvl, char *buf, size_t size)
{
    buf[0] = '\0';
    /* the style's numbering, through basedOn (a chain of at most 16) */
    int style_num = -1, style_ilvl = -1;
    const style *s = find_style(n, style_id);
    for (int hops = 0; s && hops < 16; hops++) {
        if (style_num < 0 && s->num_id >= 0)
            style_num = s->num_id;
        if (style_ilvl < 0 && s->ilvl >= 0)
            style_ilvl = s->ilvl;
        s = s->based_on[0] ? find_style(n, s->based_on) : NULL;
    }
    int id = num_id >= 0 ? num_id : style_num;
    if (id <= 0)
        return 0; /* numId 0 switches numbering off */
    num *m = find_num(n, id);
    abstract_num *a = m ? find_abstract(n, m->abstract_id) : NULL;
    if (!a)
        return 0;
    int lv = ilvl >= 0 ? ilvl : style_ilvl;
    if (lv < 0 && style_id)
        for (int i = 0; i < LEVELS; i++)
            if (strcmp(a->levels[i].style, style_id) == 0)
                lv = i;
    if (lv < 0)
        lv = 0;
    if (lv >= LEVELS)
        lv = LEVELS - 1;
    if (!m->used) { /* a list instance that restarts its levels (w:startOverride) */
        m->used = 1;
        for (int i = 0; i < LEVELS; i++)
            if (m->start_override[i] >= 0) {
                a->started[i] = 0;
                a->count[i] = m->start_override[i];
            }
    }
    const level *l = level_of(m, a, lv);
    int start = m->start_override[lv] >= 0 ? m->start_override[lv] : l->start;
    if (!a->started[lv]) {
        a->count[lv] = start;
        a->started[lv] = 1;
    } else {
        a->count[lv]++;
    }
    for (int k = lv + 1; k < LEVELS; k++) { /* deeper levels start again, unless told otherwise */
        int restart = level_of(m, a, k)->restart;
        if (restart < 0 || (restart > 0 && lv < restart))
            a->started[k] = 0;
    }
    if (strcmp(l->format, "bullet") == 0) {
        int pua = 0;
        for (const unsigned char *c = (const unsigned char *)l->text; *c; c++)
            pua |= *c == 0xEF && (c[1] & 0xFC) == 0x80; /* U+F000-U+F0FF: a symbol font's glyph */
        snprintf(buf, size, "%s", pua || !l->text[0] ? "•" : l->text);
    } else {
        size_t at = 0;
        for (const char *c = l->text; *c && at + 1 < size; c++) {
            if (c[0] == '%' && c[1] >= '1' && c[1] <= '9') {
                int k = c[1] - '1';
                const level *lk = level_of(m, a, k);
                int value = a->started[k] ? a->count[k] : (m->start_override[k] >= 0 ? m->start_override[k] : lk->start);
                char num_text[64];
                size_t nl = bl_docx_format_number(l->legal ? "decimal" : lk->format, value, num_text,
                                                  sizeof num_text);
                if (at + nl < size) {
                    memcpy(buf + at, num_text, nl);
                    at += nl;
                }
                c++;
            } else {
                buf[at++] = *c;
            }
        }
        buf[at] = '\0';
    }
    size_t len = strlen(buf);
    if (len && l->suffix != 'n' && len + 1 < size) {
        buf[len++] = l->suffix == 's' ? ' ' : '\t';
        buf[len] = '\0';
    }
    return len;
}
