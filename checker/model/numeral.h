/* numeral.h - reading numbers written in Chinese numerals or Arabic digits. */
#ifndef BL_NUMERAL_H
#define BL_NUMERAL_H
#include <stddef.h>
#include <stdint.h>

/* Reads a Chinese integer at s: 四十六, 一百零八, 两千, 三万五 (= 35000), 一百二 (= 120),
 * 二〇二三 (digit by digit), 十五. Returns the bytes read and sets *value, or 0 when s does not
 * start with one. Values above 10^15 are refused. */
uint32_t bl_chinese_integer(const char *s, uint32_t len, int64_t *value);

/* Whether cp is one of the characters of a Chinese numeral (digits and units). */
int bl_is_chinese_numeral_char(uint32_t cp);

#endif

/* ------------------------------------------------------------------ quantities */

#define BL_SCALE_DIGITS 4    /* values are integers in ten-thousandths: exact, never floats */
#define BL_SCALE 10000LL
#define BL_MAX_VALUE 900000000000000LL  /* 9×10^14 (900万亿): larger numbers are not read as quantities */

typedef struct bl_number {
    int64_t value;      /* × 1/BL_SCALE */
    int64_t step;       /* one unit of the last written place, × 1/BL_SCALE: 100 → 100, 2.5 → 0.1 */
    uint8_t decimals;   /* digits written after the decimal point */
    uint8_t chinese;    /* written in Chinese numerals */
    uint8_t multiplier; /* followed by 万 or 亿 (included in value and len) */
    uint32_t len;       /* bytes read */
} bl_number;

/* Reads a quantity at s: Arabic digits (half or full width, with a decimal point, thousands
 * separators between groups of three ASCII digits) or a Chinese numeral, either followed by
 * 万, 亿 or 万亿 (10.1万, ３亿, 三万五). Returns 1 and fills out, or 0. */
int bl_number_parse(const char *s, uint32_t len, bl_number *out);

/* Formats a scaled value as a decimal with at least `decimals` digits after the point. */
void bl_number_format(int64_t value, int decimals, char *buf, size_t size);
