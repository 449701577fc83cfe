/* numeral.h - reading numbers written in Chinese numerals or Arabic digits. */
#ifndef BL_NUMERAL_H
#define BL_NUMERAL_H
#include <stdint.h>

/* Reads a Chinese integer at s: 四十六, 一百零八, 两千, 三万五 (= 35000), 一百二 (= 120),
 * 二〇二三 (digit by digit), 十五. Returns the bytes read and sets *value, or 0 when s does not
 * start with one. Values above 10^15 are refused. */
uint32_t bl_chinese_integer(const char *s, uint32_t len, int64_t *value);

/* Whether cp is one of the characters of a Chinese numeral (digits and units). */
int bl_is_chinese_numeral_char(uint32_t cp);

#endif
