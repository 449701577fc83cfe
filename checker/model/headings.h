/* headings.h - the numbering markers of GB/T 9704 headings (一、 （一） 1. （1）) and of inline
 * enumerations (一是 二是 …). */
#ifndef BL_HEADINGS_H
#define BL_HEADINGS_H
#include <stdint.h>

typedef enum bl_marker_kind {
    BL_MARKER_NONE = 0,
    BL_MARKER_CHINESE,         /* 一、      level 1 */
    BL_MARKER_PAREN_CHINESE,   /* （一）    level 2 */
    BL_MARKER_ARABIC,          /* 1.  1．  1、 level 3 */
    BL_MARKER_PAREN_ARABIC     /* （1）    level 4 */
} bl_marker_kind;

typedef struct bl_marker {
    bl_marker_kind kind;
    int value;       /* the number the marker gives, 1-based */
    uint32_t len;    /* bytes of the marker, its punctuation included */
} bl_marker;

/* Reads a heading marker at the start of s[0..len). Returns 1 and fills out when there is one. */
int bl_marker_parse(const char *s, uint32_t len, bl_marker *out);

/* Reads a Chinese numeral made of 〇零一二三四五六七八九十 (and 两 when allow_liang) at s,
 * worth at most 99. Returns its byte length and sets *value, or 0 when there is none. */
uint32_t bl_small_chinese_number(const char *s, uint32_t len, int allow_liang, int *value);

/* Level (1..4) of a marker kind in the GB/T 9704 order; 0 for none. */
int bl_marker_level(bl_marker_kind kind);
const char *bl_marker_kind_name(bl_marker_kind kind);

#endif
