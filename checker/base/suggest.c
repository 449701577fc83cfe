/* suggest.c - the closest name, for "did you mean". */
#include "suggest.h"

#include <string.h>

#define MAX_LEN 64

/* Optimal string alignment distance between a and b (both at most MAX_LEN bytes). */
static size_t distance(const char *a, size_t n, const char *b, size_t m)
{
    static const size_t width = MAX_LEN + 1;
    size_t d[(MAX_LEN + 1) * (MAX_LEN + 1)];
    for (size_t i = 0; i <= n; i++)
        d[i * width] = i;
    for (size_t j = 0; j <= m; j++)
        d[j] = j;
    for (size_t i = 1; i <= n; i++)
        for (size_t j = 1; j <= m; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            size_t best = d[(i - 1) * width + j] + 1;
            if (d[i * width + j - 1] + 1 < best)
                best = d[i * width + j - 1] + 1;
            if (d[(i - 1) * width + j - 1] + cost < best)
                best = d[(i - 1) * width + j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[(i - 2) * width + j - 2] + 1 < best)
                best = d[(i - 2) * width + j - 2] + 1;
            d[i * width + j] = best;
        }
    return d[n * width + m];
}

const char *bl_closest(const char *word, const char *const *candidates, size_t count)
{
    size_t n = strlen(word);
    if (n == 0 || n > MAX_LEN)
        return NULL;
    size_t limit = n / 3 > 1 ? n / 3 : 1;
    const char *best = NULL;
    size_t best_distance = limit + 1;
    for (size_t i = 0; i < count; i++) {
        size_t m = strlen(candidates[i]);
        if (m > MAX_LEN || strcmp(candidates[i], word) == 0)
            continue;
        size_t dist = distance(word, n, candidates[i], m);
        if (dist < best_distance) {
            best_distance = dist;
            best = candidates[i];
        }
    }
    return best;
}
