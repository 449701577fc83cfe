/* The first place of a string in a text (find_bytes.h): the place a naive search finds, on texts
 * written for it and on many random ones over a few bytes (so that near misses are common). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "find_bytes.h"

static const char *naive(const char *text, size_t len, const char *word, size_t word_len)
{
    for (size_t i = 0; i + word_len <= len; i++)
        if (memcmp(text + i, word, word_len) == 0)
            return text + i;
    return NULL;
}

static void test_written_cases(void **state)
{
    (void)state;
    const char *t = "截至目前，截止日期。";
    assert_ptr_equal(bl_find_bytes(t, strlen(t), "截止", strlen("截止")), t + strlen("截至目前，"));
    assert_ptr_equal(bl_find_bytes(t, strlen(t), "。", strlen("。")), t + strlen(t) - strlen("。"));
    assert_null(bl_find_bytes(t, strlen(t), "、", strlen("、")));
    assert_ptr_equal(bl_find_bytes(t, strlen(t), "", 0), t);
    assert_null(bl_find_bytes("ab", 2, "abc", 3));
    const char *aab = "aab";
    assert_ptr_equal(bl_find_bytes(aab, 3, "ab", 2), aab + 1);
    assert_ptr_equal(bl_find_bytes(aab, 3, "a", 1), aab);
}

static void test_random_texts_agree_with_a_naive_search(void **state)
{
    (void)state;
    unsigned seed = 4242;
    char text[200], word[8];
    for (int round = 0; round < 200000; round++) {
        seed = seed * 1103515245u + 12345u;
        size_t len = (seed >> 8) % 60, word_len = (seed >> 20) % 5;
        for (size_t i = 0; i < len; i++) {
            seed = seed * 1103515245u + 12345u;
            text[i] = (char)("ab\x80\xe4"[(seed >> 16) % 4]);
        }
        for (size_t i = 0; i < word_len; i++) {
            seed = seed * 1103515245u + 12345u;
            word[i] = (char)("ab\x80\xe4"[(seed >> 16) % 4]);
        }
        if (bl_find_bytes(text, len, word, word_len) != naive(text, len, word, word_len))
            fail_msg("round %d: text of %zu bytes, word of %zu", round, len, word_len);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_written_cases),
        cmocka_unit_test(test_random_texts_agree_with_a_naive_search),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
