/* numeral.c - Chinese and Arabic numerals. */
#include "numeral.h"

#include <stdint.h>
#include <string.h>

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
                if (total + section > INT64_MAX / unit) /* 亿亿…: beyond any quantity */
                    return 0;
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

/* ------------------------------------------------------------------ quantities */

#include <stdio.h>

static int64_t pow10_of(int n)
{
    int64_t p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

/* Reads 万, 亿 or 万亿 at s; returns bytes read and sets *factor. */
static uint32_t read_multiplier(const char *s, uint32_t len, int64_t *factor)
{
    size_t pos = 0;
    uint32_t cp = len ? bl_utf8_next(s, len, &pos) : 0;
    if (cp == 0x4E07) { /* 万 */
        size_t after = pos;
        if (pos < len && bl_utf8_next(s, len, &after) == 0x4EBF) { /* 万亿 */
            *factor = 1000000000000LL;
            return (uint32_t)after;
        }
        *factor = 10000;
        return (uint32_t)pos;
    }
    if (cp == 0x4EBF) {
        *factor = 100000000;
        return (uint32_t)pos;
    }
    *factor = 1;
    return 0;
}

static int read_arabic(const char *s, uint32_t len, bl_number *out)
{
    size_t pos = 0, end = 0;
    int64_t integer = 0, fraction = 0;
    int digits = 0, decimals = 0, trailing_zeros = 0, group = 0, grouped = 0, ascii = 1;
    while (pos < len) {
        size_t here = pos;
        uint32_t cp = bl_utf8_next(s, len, &pos);
        int d = bl_digit_value(cp);
        if (d >= 0) {
            if (++digits > 15)
                return 0;
            integer = integer * 10 + d;
            trailing_zeros = d == 0 ? trailing_zeros + 1 : 0;
            group++;
            ascii &= cp < 0x80;
            end = pos;
            continue;
        }
        /* 12,000: a separator followed by exactly three ASCII digits */
        if (cp == ',' && ascii && digits > 0 && group <= 3 && (grouped ? group == 3 : 1) && pos + 3 <= len &&
            bl_digit_value((unsigned char)s[pos]) >= 0 && bl_digit_value((unsigned char)s[pos + 1]) >= 0 &&
            bl_digit_value((unsigned char)s[pos + 2]) >= 0 &&
            (pos + 3 == len || bl_digit_value((unsigned char)s[pos + 3]) < 0)) {
            grouped = 1;
            group = 0;
            continue;
        }
        pos = here;
        break;
    }
    if (!digits)
        return 0;
    pos = end;
    size_t after_point = pos;
    uint32_t cp = pos < len ? bl_utf8_next(s, len, &after_point) : 0;
    if (cp == '.' || cp == 0xFF0E) {
        size_t p = after_point, last = after_point;
        while (p < len) {
            size_t here = p;
            int d = bl_digit_value(bl_utf8_next(s, len, &p));
            if (d < 0) {
                p = here;
                break;
            }
            if (decimals < BL_SCALE_DIGITS) { /* further decimals are read, but not kept */
                fraction = fraction * 10 + d;
                decimals++;
            }
            last = p;
        }
        if (decimals) {
            pos = last;
            trailing_zeros = 0;
        }
    }
    if (integer > BL_MAX_VALUE || (!decimals && pow10_of(trailing_zeros) > BL_MAX_VALUE))
        return 0; /* 000000000000000: a value of 0, but a step beyond the limit (found by fuzzing) */
    int64_t value = integer * BL_SCALE + fraction * pow10_of(BL_SCALE_DIGITS - decimals);
    int64_t step = decimals ? pow10_of(BL_SCALE_DIGITS - decimals) : pow10_of(trailing_zeros) * BL_SCALE;
    int64_t factor;
    uint32_t m = read_multiplier(s + pos, len - (uint32_t)pos, &factor);
    if (factor > 1) {
        /* 00000亿 has a value of 0 but a step of 10^5 亿: both must stay within range */
        if (value > BL_MAX_VALUE * BL_SCALE / factor || step > BL_MAX_VALUE * BL_SCALE / factor)
            return 0;
        value *= factor;
        step *= factor;
    }
    if (value / BL_SCALE > BL_MAX_VALUE)
        return 0;
    *out = (bl_number){value, step, (uint8_t)decimals, 0, factor > 1, (uint32_t)pos + m};
    return 1;
}

int bl_number_parse(const char *s, uint32_t len, bl_number *out)
{
    size_t first = 0;
    uint32_t cp = len ? bl_utf8_next(s, len, &first) : 0;
    if (bl_is_digit(cp))
        return read_arabic(s, len, out);
    int64_t value;
    uint32_t n = bl_chinese_integer(s, len, &value);
    if (!n || value > BL_MAX_VALUE)
        return 0;
    /* the step: the place of the last character written (三十 → 10, 三万五 → 1000, 四十六 → 1) */
    int64_t step = 1;
    size_t pos = n;
    uint32_t last = bl_utf8_prev(s, &pos);
    int64_t unit = unit_of(last);
    if (unit)
        step = unit;
    else if (pos > 0) {
        size_t before = pos;
        int64_t prev_unit = unit_of(bl_utf8_prev(s, &before));
        if (prev_unit >= 100 && value % prev_unit != 0)
            step = prev_unit / 10; /* 三万五: the 五 stands for thousands */
    }
    int64_t factor;
    uint32_t m = 0;
    if (!unit || unit < 10000) /* 三万 already read its 万 */
        m = read_multiplier(s + n, len - n, &factor);
    else
        factor = 1;
    if (m && factor > 1) {
        if (value > BL_MAX_VALUE / factor)
            return 0;
        value *= factor;
        step *= factor;
    }
    if (value > BL_MAX_VALUE)
        return 0;
    *out = (bl_number){value * BL_SCALE, step * BL_SCALE, 0, 1, m > 0, n + m};
    return 1;
}

void bl_number_format(int64_t value, int decimals, char *buf, size_t size)
{
    if (size == 0)
        return;
    int negative = value < 0;
    uint64_t v = negative ? (uint64_t)(-(value + 1)) + 1 : (uint64_t)value;
    uint64_t integer = v / BL_SCALE, fraction = v % BL_SCALE;
    char out[48], *end = out + sizeof out, *p = end; /* written backwards: digits, point, integer, sign */
    int keep = BL_SCALE_DIGITS;
    while (keep > decimals && keep > 0 && fraction % 10 == 0) { /* trailing zeros past the decimals */
        fraction /= 10;
        keep--;
    }
    for (int i = 0; i < keep; i++, fraction /= 10)
        *--p = (char)('0' + fraction % 10);
    if (keep)
        *--p = '.';
    do {
        *--p = (char)('0' + integer % 10);
        integer /= 10;
    } while (integer);
    if (negative)
        *--p = '-';
    size_t n = (size_t)(end - p) < size - 1 ? (size_t)(end - p) : size - 1;
    memcpy(buf, p, n);
    buf[n] = '\0';
}
