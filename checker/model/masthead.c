/* masthead.c - issue numbers and the office line of a bulletin's masthead. */
#include "masthead.h"

#include <string.h>

#include "numeral.h"
#include "utf8.h"

#define CP_OPEN_PAREN 0xFF08   /* （ */
#define CP_CLOSE_PAREN 0xFF09  /* ） */

static int is_open(uint32_t cp) { return cp == '(' || cp == CP_OPEN_PAREN || cp == 0x3014 || cp == 0x3010; }
static int is_close(uint32_t cp) { return cp == ')' || cp == CP_CLOSE_PAREN || cp == 0x3015 || cp == 0x3011; }

/* A number at s: Arabic digits (half or full width) or a Chinese integer. Returns its bytes. */
static uint32_t read_integer(const char *s, uint32_t len, int64_t *value)
{
    uint32_t n = bl_chinese_integer(s, len, value);
    if (n)
        return n;
    size_t pos = 0;
    int64_t v = 0;
    while (pos < len) {
        size_t here = pos;
        uint32_t cp = bl_utf8_next(s, len, &pos);
        int digit = cp >= '0' && cp <= '9' ? (int)(cp - '0') : cp >= 0xFF10 && cp <= 0xFF19 ? (int)(cp - 0xFF10) : -1;
        if (digit < 0 || v > 100000000) {
            pos = here;
            break;
        }
        v = v * 10 + digit;
    }
    *value = v;
    return (uint32_t)pos;
}

/* 第N期 starting at byte i of s (not 总第N期): sets the number's bytes and value. */
static int di_qi_at(const char *s, uint32_t len, uint32_t i, uint32_t *from, uint32_t *to, int64_t *value)
{
    if (i + 3 > len || memcmp(s + i, "第", BL_UTF8_BYTES("第")) != 0 || (i >= 3 && memcmp(s + i - 3, "总", BL_UTF8_BYTES("总")) == 0))
        return 0;
    uint32_t n = read_integer(s + i + 3, len - i - 3, value);
    if (n == 0 || i + 3 + n + 3 > len || memcmp(s + i + 3 + n, "期", BL_UTF8_BYTES("期")) != 0)
        return 0;
    *from = i + 3;
    *to = i + 3 + n;
    return 1;
}

/* The end of s without its trailing blanks. */
static size_t trimmed_end(const char *s, uint32_t len)
{
    size_t pos = len;
    while (pos > 0) {
        size_t p = pos;
        if (!bl_is_blank(bl_utf8_prev(s, &p)))
            break;
        pos = p;
    }
    return pos;
}

int bl_masthead_issue(const char *s, uint32_t len, uint32_t *from, uint32_t *to, int64_t *value)
{
    for (uint32_t i = 0; i + 3 <= len; i++)
        if (di_qi_at(s, len, i, from, to, value))
            return 1;
    /* （五十三） or (46) at the end of the line */
    size_t pos = trimmed_end(s, len);
    size_t end = pos;
    if (end == 0 || !is_close(bl_utf8_prev(s, &end)))
        return 0;
    size_t open = end;
    while (open > 0) {
        size_t here = open;
        uint32_t cp = bl_utf8_prev(s, &open);
        if (is_open(cp)) {
            uint32_t n = read_integer(s + here, (uint32_t)(end - here), value);
            if (n == 0 || here + n != end)
                return 0;
            *from = (uint32_t)here;
            *to = (uint32_t)end;
            return 1;
        }
    }
    return 0;
}

static int has_clause_mark(const char *s, uint32_t len)
{
    static const char *const marks[] = {"，", "。", "；", "：", ",", ";"};
    for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
        size_t n = strlen(marks[m]);
        for (uint32_t i = 0; i + n <= len; i++)
            if (memcmp(s + i, marks[m], n) == 0)
                return 1;
    }
    return 0;
}

int bl_masthead_is_issue_line(const char *s, uint32_t len)
{
    uint32_t from, to;
    int64_t value;
    if (len == 0 || bl_utf8_count(s, len) > 24 || has_clause_mark(s, len))
        return 0;
    for (uint32_t i = 0; i + 3 <= len; i++)
        if (di_qi_at(s, len, i, &from, &to, &value))
            return 1;
    return 0;
}

/* Whether s ends in a date: …年…月…日 with digits before each. */
static int ends_with_date(const char *s, uint32_t len)
{
    size_t pos = trimmed_end(s, len);
    if (pos < 3 || memcmp(s + pos - 3, "日", BL_UTF8_BYTES("日")) != 0)
        return 0;
    for (uint32_t i = 0; i + 3 <= pos; i++)
        if (memcmp(s + i, "年", BL_UTF8_BYTES("年")) == 0)
            for (uint32_t j = i + 3; j + 3 <= pos; j++)
                if (memcmp(s + j, "月", BL_UTF8_BYTES("月")) == 0)
                    return 1;
    return 0;
}

int bl_masthead_is_office_line(const char *s, uint32_t len)
{
    if (len == 0 || bl_utf8_count(s, len) > 40 || has_clause_mark(s, len))
        return 0;
    if (ends_with_date(s, len))
        return 1;
    static const char *const tails[] = {"编", "编印", "主办", "办公室", "秘书处", "编辑部"};
    size_t pos = trimmed_end(s, len);
    for (size_t t = 0; t < sizeof tails / sizeof *tails; t++) {
        size_t n = strlen(tails[t]);
        if (pos >= n && memcmp(s + pos - n, tails[t], n) == 0)
            return 1;
    }
    return 0;
}
