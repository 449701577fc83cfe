/* Claim extraction against hand-checked gold files (the .tsv files of tests/gold): precision and recall
 * must both reach 98% for every file; the misses are listed. A gold file whose bulletin is not
 * there (../shared/corpus outside the project) is skipped. */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "claims.h"
#include "numeral.h"
#include "pipeline.h"

#define TARGET_PERCENT 98
#define MAX_ROWS 512

typedef struct row {
    int line;
    char kind[16], value[32], unit[32], noun[96];
    int matched;
} row;

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *buf = malloc((size_t)n + 1);
    *len = fread(buf, 1, (size_t)n, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

static void claim_value(const bl_claim *c, char *buf, size_t size)
{
    if (c->kind == BL_CLAIM_DATE || c->kind == BL_CLAIM_YEAR) {
        char y[8] = "?", m[8] = "?", d[8] = "?";
        if (c->year)
            snprintf(y, sizeof y, "%d", c->year);
        if (c->month)
            snprintf(m, sizeof m, "%d", c->month);
        if (c->day)
            snprintf(d, sizeof d, "%d", c->day);
        snprintf(buf, size, "%s-%s-%s", y, m, d);
    } else {
        bl_number_format(c->kind == BL_CLAIM_RANGE ? c->lo : c->value, c->decimals, buf, size);
    }
}

static int noun_ok(const char *gold, const char *noun)
{
    if (!strcmp(gold, "*"))
        return 1;
    if (!strcmp(gold, "-"))
        return noun[0] == '\0';
    return noun[0] && (strstr(gold, noun) || strstr(noun, gold));
}

static void check_file(const char *gold_path, int *files_checked)
{
    size_t len;
    char *gold = slurp(gold_path, &len);
    assert_non_null(gold);
    row *rows = calloc(MAX_ROWS, sizeof *rows);
    int count = 0;
    char bulletin[512] = "";
    for (char *line = strtok(gold, "\n"); line; line = strtok(NULL, "\n")) {
        if (!strncmp(line, "# file: ", 8)) {
            snprintf(bulletin, sizeof bulletin, "%s/%s", BL_SOURCE_DIR, line + 8);
            continue;
        }
        if (line[0] == '#' || !line[0])
            continue;
        row *r = &rows[count];
        if (sscanf(line, "%d\t%15[^\t]\t%31[^\t]\t%31[^\t]\t%95[^\t\n]", &r->line, r->kind, r->value, r->unit, r->noun) != 5)
            fail_msg("%s: bad row '%s'", gold_path, line);
        if (++count == MAX_ROWS)
            break;
    }
    assert_true(bulletin[0]);
    size_t text_len;
    char *text = slurp(bulletin, &text_len);
    if (!text) {
        printf("  %s: skipped (no %s)\n", gold_path, bulletin);
        free(rows);
        free(gold);
        return;
    }
    bl_document *doc;
    bl_error err = {{0}};
    assert_int_equal(bl_pipeline_model(&doc, text, text_len, BL_ENCODING_AUTO, BL_LAYOUT_AUTO, &err), BL_OK);
    const bl_claim_set *set = doc->claims;
    int *used = calloc(set->claim_count + 1, sizeof *used), matched = 0;
    char value[48], noun[96];
    for (int g = 0; g < count; g++) {
        for (uint32_t i = 0; i < set->claim_count; i++) {
            const bl_claim *c = &set->claims[i];
            const bl_text *t = &doc->paragraphs[c->paragraph].text;
            bl_span span = bl_document_span(doc, t, c->from, c->to);
            claim_value(c, value, sizeof value);
            snprintf(noun, sizeof noun, "%.*s", (int)(c->noun_to - c->noun_from), t->s + c->noun_from);
            if (used[i] || (int)span.line != rows[g].line || strcmp(bl_claim_kind_name(c->kind), rows[g].kind) ||
                strcmp(value, rows[g].value) || strcmp(c->unit ? c->unit : "-", rows[g].unit) ||
                !noun_ok(rows[g].noun, noun))
                continue;
            used[i] = rows[g].matched = 1;
            matched++;
            break;
        }
    }
    int precision = set->claim_count ? (int)(100 * matched / set->claim_count) : 100;
    int recall = count ? 100 * matched / count : 100;
    printf("  %s: %d gold, %u extracted, %d matched: precision %d%%, recall %d%%\n", gold_path, count,
           set->claim_count, matched, precision, recall);
    for (int g = 0; g < count; g++)
        if (!rows[g].matched)
            printf("    missed   line %d: %s %s %s %s\n", rows[g].line, rows[g].kind, rows[g].value, rows[g].unit, rows[g].noun);
    for (uint32_t i = 0; i < set->claim_count; i++) {
        if (used[i])
            continue;
        const bl_claim *c = &set->claims[i];
        const bl_text *t = &doc->paragraphs[c->paragraph].text;
        bl_span span = bl_document_span(doc, t, c->from, c->to);
        claim_value(c, value, sizeof value);
        printf("    extra    line %u: %s %s %s %.*s  (%.*s)\n", span.line, bl_claim_kind_name(c->kind), value,
               c->unit ? c->unit : "-", (int)(c->noun_to - c->noun_from), t->s + c->noun_from,
               (int)(c->to - c->from), t->s + c->from);
    }
    int ok = 100 * matched >= TARGET_PERCENT * (int)set->claim_count && 100 * matched >= TARGET_PERCENT * count;
    bl_document_free(doc);
    free(used);
    free(text);
    free(rows);
    free(gold);
    ++*files_checked;
    if (!ok)
        fail_msg("%s: below %d%% precision or recall", gold_path, TARGET_PERCENT);
}

static void test_gold_files(void **state)
{
    (void)state;
    char dir[512];
    snprintf(dir, sizeof dir, "%s/tests/gold", BL_SOURCE_DIR);
    DIR *d = opendir(dir);
    assert_non_null(d);
    struct dirent *e;
    int checked = 0;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n > 4 && !strcmp(e->d_name + n - 4, ".tsv")) {
            char path[1024];
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            check_file(path, &checked);
        }
    }
    closedir(d);
    assert_true(checked >= 3); /* the samples at least */
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_gold_files)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
