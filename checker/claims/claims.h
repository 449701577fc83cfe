/* claims.h - numeric claims: every quantity a bulletin states, with its value as an exact
 * interval, unit, qualifier, kind, counted noun and position, and the relations between them
 * (found by the next stage, relations.h). */
#ifndef BL_CLAIMS_H
#define BL_CLAIMS_H
#include <stdint.h>
#include "document.h"

typedef enum bl_claim_kind {
    BL_CLAIM_COUNT, BL_CLAIM_MONEY, BL_CLAIM_AREA, BL_CLAIM_PERCENT, BL_CLAIM_POINTS,
    BL_CLAIM_DATE, BL_CLAIM_YEAR, BL_CLAIM_ORDINAL, BL_CLAIM_RANGE, BL_CLAIM_MULTIPLE,
    BL_CLAIM_MEASURE   /* other measures: age (岁), duration (天, 个月, 年), length, weight */
} bl_claim_kind;

typedef struct bl_claim {
    uint32_t paragraph, sentence;  /* indexes in the document */
    uint32_t from, to;             /* bytes of the paragraph text: qualifiers, number, unit */
    uint32_t number_from, number_to;
    bl_claim_kind kind;
    bl_claim_kind range_of;        /* for ranges: the kind of both ends */
    int64_t value;                 /* as written, × 1/BL_SCALE (the lower end for a range) */
    int64_t lo, hi;                /* the interval it states, × 1/BL_SCALE */
    uint8_t has_hi;                /* 0: no upper bound (以上, 超过) */
    uint8_t decimals;
    uint8_t chinese;               /* written in Chinese numerals */
    uint8_t unit_inherited;        /* the unit comes from the next number (２５８和１４８个百分点) */
    const char *unit;              /* canonical unit ("%", "个百分点", "元", "家", …) or NULL */
    const char *qualifier;         /* 余 多 以上 超过 近 不到 约 左右 … or NULL */
    const char *marker;            /* 共 累计 合计 总计: the claim states a total; or NULL */
    uint32_t noun_from, noun_to;   /* the counted noun in the paragraph text, empty when none */
    int year, month, day;          /* dates: 0 when not stated */
    uint8_t year_resolved;         /* the year came from 今年 and the bulletin's own date */
} bl_claim;

/* In the order their finders run on a sentence (the table of kinds in relations.c). */
typedef enum bl_relation_kind {
    BL_REL_SHARE,        /* 占…的X%: part, whole, share */
    BL_REL_TOTAL,        /* a total and its parts (其中, 共, an exhaustive split) */
    BL_REL_CHANGE,       /* 由A提升至B, 上升N个百分点, 新增N个…达到M个 */
    BL_REL_COMPLETION,   /* 完成率, 完成…任务的X%, done/target */
    BL_REL_NAMED_COUNT,  /* “七个清单” and the lists it names; 等N个 after a list */
    BL_REL_KIND_COUNT
} bl_relation_kind;

#define BL_RELATION_MAX_MEMBERS 16
#define BL_RELATION_MAX_ITEMS 32

typedef struct bl_relation_member {
    const char *role;    /* total, part, whole, share, rate, done, target, from, to, change, base,
                            added, count, value */
    uint32_t claim;
} bl_relation_member;

typedef struct bl_relation {
    bl_relation_kind kind;
    const char *cue;          /* the words that signal it */
    const char *direction;    /* CHANGE: "up" or "down"; else NULL */
    uint8_t exhaustive;       /* TOTAL: the parts must add up to the total exactly */
    uint8_t open_list;        /* NAMED_COUNT: 等 — the list may be partial */
    uint32_t paragraph, sentence;
    bl_relation_member members[BL_RELATION_MAX_MEMBERS];
    uint32_t member_count;
    struct { uint32_t from, to; } items[BL_RELATION_MAX_ITEMS];  /* NAMED_COUNT: the items named */
    uint32_t item_count;
} bl_relation;

typedef struct bl_claim_set {
    bl_claim *claims;        /* arena-owned, in document order */
    uint32_t claim_count;
    bl_relation *relations;  /* arena-owned */
    uint32_t relation_count;
    int bulletin_year;       /* the bulletin's own date (a date line on the masthead or title), */
    int bulletin_month;      /* 0 when it has none */
    int bulletin_day;
} bl_claim_set;

/* Extracts the claims of every body paragraph into set (memory from arena); their relations are
 * the next stage's (relations.h). */
int bl_claims_extract(const bl_document *doc, bl_arena *arena, bl_claim_set *set);

const char *bl_claim_kind_name(bl_claim_kind kind);

#endif
