/* masthead.h - the masthead of a bulletin in the forms series use: the series name over its issue
 * number (（五十三）, 第7期, （第7期）, 2023年第7期（总第301期）, 〔2024〕第5期), and the issuing office
 * and date often on the line below. */
#ifndef BL_MASTHEAD_H
#define BL_MASTHEAD_H
#include <stdint.h>

/* Finds the issue number in a masthead line s[0..len): the number of the first 第N期 that is not
 * 总第N期, else a numeral in brackets at the end of the line. Returns 1 and sets the bytes
 * [*from, *to) of the number and its value; 0 when the line has none. */
int bl_masthead_issue(const char *s, uint32_t len, uint32_t *from, uint32_t *to, int64_t *value);

/* Whether a line is an issue line of its own: short, and an issue number with at most a year,
 * brackets and the total number beside it (第12期, 2024年第7期（总第301期）, 〔2024〕第5期). */
int bl_masthead_is_issue_line(const char *s, uint32_t len);

/* Whether a line below the masthead names the issuing office or the date only: short, without
 * clause punctuation, ending in a date (……办公室　　2024年9月6日) or naming the editor (……编). */
int bl_masthead_is_office_line(const char *s, uint32_t len);

#endif
