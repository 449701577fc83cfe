/* Any of a list of words (word_set.h): the place found is the leftmost, and there the longest word,
 * as a naive search finds it, on lists and texts written for it and on many random ones. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "word_set.h"

static int by_bytes(const void *a, const void *b)
{
    const bl_word *x = a, *y = b;
    int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* The words sorted and distinct, as re.any_of gives them; returns how many. */
static size_t prepare(bl_word *words, size_t n)
{
    qsort(words, n, sizeof *words, by_bytes);
    size_t unique = 0;
    for (size_t i = 0; i < n; i++)
        if (!unique || by_bytes(&words[unique - 1], &words[i]))
            words[unique++] = words[i];
    return unique;
}

/* Leftmost, then longest, at character starts. */
static int naive(const bl_word *words, size_t n, const char *s, size_t len, size_t from, size_t *start, size_t *end)
{
    for (size_t at = from; at < len; at++) {
        if (((unsigned char)s[at] & 0xC0) == 0x80)
            continue;
        size_t best = 0;
        for (size_t i = 0; i < n; i++)
            if (words[i].len <= len - at && !memcmp(s + at, words[i].s, words[i].len) && words[i].len > best)
                best = words[i].len;
        if (best) {
            *start = at;
            *end = at + best;
            return 1;
        }
    }
    return 0;
}

static void expect_same(bl_word *words, size_t n, const char *s)
{
    size_t count = prepare(words, n), len = strlen(s);
    void *room = malloc(bl_word_set_bytes(count));
    bl_word_set *set = bl_word_set_build(room, words, count);
    size_t from = 0, a, b, x, y;
    for (;;) {
        int found = bl_word_set_find(set, s, len, from, &a, &b), want = naive(words, count, s, len, from, &x, &y);
        if (found != want || (found && (a != x || b != y)))
            fail_msg("'%s' from %zu: found %d %zu-%zu, expected %d %zu-%zu", s, from, found, a, b, want, x, y);
        if (!found)
            break;
        from = b;
    }
    free(room);
}

static void test_written_cases(void **state)
{
    (void)state;
    bl_word w1[] = {{"急难", 6}, {"急难愁盼", 12}, {"a", 1}, {"ab", 2}, {"abc", 3}, {"x", 1}};
    expect_same(w1, 6, "急难愁盼 急难 abc ab a x 急");
    bl_word w2[] = {{"四个意识", 12}, {"四个自信", 12}, {"两个维护", 12}};
    expect_same(w2, 3, "增强四个意识、坚定四个自信、做到两个维护");
    bl_word w3[] = {{"𠀀𠀁", 8}, {"中", 3}};
    expect_same(w3, 2, "中𠀀𠀁中𠀀");
    size_t start, end;
    bl_word w4[] = {{"进一步", 9}};
    void *room = malloc(bl_word_set_bytes(1));
    bl_word_set *set = bl_word_set_build(room, w4, 1);
    const char *s = "要进一步完善";
    assert_true(bl_word_set_find(set, s, strlen(s), 0, &start, &end));
    assert_int_equal(start, 3);
    assert_int_equal(end, 12);
    assert_false(bl_word_set_find(set, s, strlen(s), 4, &start, &end)); /* past its start */
    free(room);
}

static void test_random_lists_and_texts(void **state)
{
    (void)state;
    static const char *const chars[] = {"中", "文", "进", "a", "b", "𠀀", "，"};
    unsigned seed = 777;
    char pool[64][24], text[400];
    for (int round = 0; round < 4000; round++) {
        bl_word words[64];
        size_t n = 1 + round % 20;
        for (size_t i = 0; i < n; i++) {
            size_t used = 0, chars_n = 1 + (seed >> 10) % 4;
            for (size_t k = 0; k < chars_n; k++) {
                seed = seed * 1103515245u + 12345u;
                used += (size_t)snprintf(pool[i] + used, sizeof pool[i] - used, "%s", chars[(seed >> 16) % 7]);
            }
            words[i] = (bl_word){pool[i], used};
        }
        size_t used = 0;
        for (int k = 0; k < 60; k++) {
            seed = seed * 1103515245u + 12345u;
            used += (size_t)snprintf(text + used, sizeof text - used, "%s", chars[(seed >> 16) % 7]);
        }
        expect_same(words, n, text);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_written_cases),
        cmocka_unit_test(test_random_lists_and_texts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
