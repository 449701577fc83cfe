/* headings.c - heading and enumeration markers. */
#include "headings.h"

#include "utf8.h"

static int chinese_digit(uint32_t cp, int allow_liang)
{
    static const uint32_t digits[] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                      0x516D, 0x4E03, 0x516B, 0x4E5D}; /* 〇一二三四五六七八九 */
    for (int i = 0; i < 10; i++)
        if (digits[i] == cp)
            return i;
    if (cp == 0x96F6) /* 零 */
        return 0;
    if (allow_liang && cp == 0x4E24) /* 两 */
        return 2;
    return -1;
}

uint32_t bl_small_chinese_number(const char *s, uint32_t len, int allow_liang, int *value)
{
    size_t pos = 0;
    int tens = -1, units = -1;
    size_t before = pos;
    uint32_t cp = pos < len ? bl_utf8_next(s, len, &pos) : 0;
    int d = chinese_digit(cp, allow_liang);
    if (cp == 0x5341) { /* 十 as the first character: 十, 十一 … 十九 */
        tens = 1;
    } else if (d > 0) {
        before = pos;
        uint32_t next = pos < len ? bl_utf8_next(s, len, &pos) : 0;
        if (next == 0x5341) {
            tens = d;
        } else {
            pos = before;
            *value = d;
            return (uint32_t)pos;
        }
    } else {
        return 0;
    }
    before = pos;
    cp = pos < len ? bl_utf8_next(s, len, &pos) : 0;
    d = chinese_digit(cp, 0);
    if (d > 0)
        units = d;
    else
        pos = before;
    *value = tens * 10 + (units > 0 ? units : 0);
    return (uint32_t)pos;
}

static uint32_t arabic_number(const char *s, uint32_t len, int *value)
{
    size_t pos = 0, end = 0;
    int v = 0, digits = 0;
    while (pos < len && digits < 4) {
        uint32_t cp = bl_utf8_next(s, len, &pos);
        int d = bl_digit_value(cp);
        if (d < 0)
            break;
        v = v * 10 + d;
        digits++;
        end = pos;
    }
    if (!digits)
        return 0;
    *value = v;
    return (uint32_t)end;
}

int bl_marker_parse(const char *s, uint32_t len, bl_marker *out)
{
    size_t pos = 0;
    int value = 0;
    uint32_t cp = len ? bl_utf8_next(s, len, &pos) : 0;
    if (cp == '(' || cp == 0xFF08) { /* ( or （ */
        uint32_t n = bl_small_chinese_number(s + pos, len - (uint32_t)pos, 0, &value);
        bl_marker_kind kind = BL_MARKER_PAREN_CHINESE;
        if (!n) {
            n = arabic_number(s + pos, len - (uint32_t)pos, &value);
            kind = BL_MARKER_PAREN_ARABIC;
        }
        if (!n || value == 0)
            return 0;
        pos += n;
        uint32_t close = pos < len ? bl_utf8_next(s, len, &pos) : 0;
        if (close != ')' && close != 0xFF09)
            return 0;
        *out = (bl_marker){kind, value, (uint32_t)pos};
        return 1;
    }
    pos = 0;
    uint32_t n = bl_small_chinese_number(s, len, 0, &value);
    if (n && value > 0) {
        pos = n;
        if (pos < len && bl_utf8_next(s, len, &pos) == 0x3001) { /* 、 */
            *out = (bl_marker){BL_MARKER_CHINESE, value, (uint32_t)pos};
            return 1;
        }
        return 0;
    }
    n = arabic_number(s, len, &value);
    if (!n || value == 0)
        return 0;
    pos = n;
    cp = pos < len ? bl_utf8_next(s, len, &pos) : 0;
    if (cp != '.' && cp != 0xFF0E && cp != 0x3001) /* . ． 、 */
        return 0;
    /* "1.5万" is a decimal, not a heading */
    size_t after = pos;
    if (after < len && bl_is_digit(bl_utf8_next(s, len, &after)))
        return 0;
    *out = (bl_marker){BL_MARKER_ARABIC, value, (uint32_t)pos};
    return 1;
}

int bl_marker_level(bl_marker_kind kind)
{
    return (int)kind;
}

const char *bl_marker_kind_name(bl_marker_kind kind)
{
    switch (kind) {
    case BL_MARKER_CHINESE: return "chinese";
    case BL_MARKER_PAREN_CHINESE: return "paren-chinese";
    case BL_MARKER_ARABIC: return "arabic";
    case BL_MARKER_PAREN_ARABIC: return "paren-arabic";
    default: return "none";
    }
}
