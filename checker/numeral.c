/* numeral.c - Chinese and Arabic numerals. */
#include "numeral.h"

#include "utf8.h"

static int digit_of(uint32_t cp)
{
    switch (cp) {
    case 0x96F6: case 0x3007: return 0;   /* 零 〇 */
    case 0x4E00: return 1; case 0x4E8C: return 2; case 0x4E24: return 2; /* 一 二 两 */
    case 0x4E09: return 3; case 0x56DB: return 4; case 0x4E94: return 5; /* 三 四 五 */
    case 0x516D: return 6; case 0x4E03: return 7; case 0x516B: return 8; /* 六 七 八 */
    case 0x4E5D: return 9;                                                /* 九 */
    default: return -1;
    }
}

static int64_t unit_of(uint32_t cp)
{
    switch (cp) {
    case 0x5341: return 10;          /* 十 */
    case 0x767E: return 100;         /* 百 */
    case 0x5343: return 1000;        /* 千 */
    case 0x4E07: return 10000;       /* 万 */
    case 0x4EBF: return 100000000;   /* 亿 */
    default: return 0;
    }
}

int bl_is_chinese_numeral_char(uint32_t cp)
{
    return digit_of(cp) >= 0 || unit_of(cp) > 0;
}

uint32_t bl_chinese_integer(const char *s, uint32_t len, int64_t *value)
{
    int64_t total = 0, section = 0, number = 0, last_unit = 0;
    int saw_unit = 0, saw_zero = 0, any = 0, prev_digit = -1, adjacent_digits = 0;
    int64_t positional = 0;
    size_t pos = 0, end = 0;
    while (pos < len) {
        size_t here = pos;
        uint32_t cp = bl_utf8_next(s, len, &pos);
        int d = digit_of(cp);
        int64_t unit = unit_of(cp);
        if (d >= 0) {
            if (cp == 0x4E24 && prev_digit >= 0) /* 两 only starts a number */
                break;
            if (prev_digit > 0) /* 二三: digit after a non-zero digit */
                adjacent_digits = 1;
            number = d;
            if (d == 0)
                saw_zero = 1;
            if (positional > 99999999999999LL)
                return 0;
            positional = positional * 10 + d;
            prev_digit = d;
        } else if (unit) {
            if (!any && unit != 10) /* 百, 万 … alone are not numbers */
                break;
            saw_unit = 1;
            prev_digit = -1;
            if (unit >= 10000) {
                section += number;
                if (unit == 100000000)
                    total = (total + section) * unit;
                else
                    total += section * unit;
                section = 0;
            } else {
                section += (number == 0 && !saw_zero && section == 0 && total == 0 ? 1 : number) * unit;
            }
            number = 0;
            saw_zero = 0;
            last_unit = unit;
        } else {
            pos = here;
            break;
        }
        any = 1;
        end = pos;
        if (total > 1000000000000000LL)
            return 0;
    }
    if (!any)
        return 0;
    if (!saw_unit) { /* 二〇二三: digit by digit */
        *value = positional;
        return (uint32_t)end;
    }
    if (adjacent_digits) /* 一二十 is not a number */
        return 0;
    /* A trailing digit right after a unit stands one unit lower: 三万五 = 35000, 一百二 = 120. */
    if (number && last_unit >= 100 && !saw_zero)
        number *= last_unit / 10;
    *value = total + section + number;
    return (uint32_t)end;
}
