/* format_html.c - the editor's report: one self-contained page (no network), the bulletin as it
 * reads with every finding highlighted in place and explained beside its line, filters by
 * severity and category, a summary at the top and a table of contents for several files. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "utf8.h"

static const char *const category_names[][2] = {
    {"encoding", "编码字符"}, {"structure", "结构"}, {"numbering", "编号"}, {"required-step", "必备步骤"},
    {"arithmetic", "数字运算"}, {"percentage", "百分比"}, {"date", "日期"}, {"consistency", "前后一致"},
    {"punctuation", "标点"}, {"wording", "用语"}};

static const char *category_name(const char *category)
{
    for (size_t i = 0; i < sizeof category_names / sizeof *category_names; i++)
        if (!strcmp(category_names[i][0], category))
            return category_names[i][1];
    return category;
}

static const char *severity_name(bl_severity s)
{
    return s == BL_SEVERITY_ERROR ? "错误" : s == BL_SEVERITY_WARNING ? "警告" : "提示";
}

static void esc(FILE *out, const char *s, size_t n)
{
    markup_escape(out, s, n, 0);
}

static void escs(FILE *out, const char *s)
{
    esc(out, s, strlen(s));
}

static const char style[] =
    "<style>\n"
    ":root{--err:#c62828;--warn:#b26a00;--info:#1565c0;--ink:#1f2328;--muted:#6b7280;--line:#e5e7eb}\n"
    "body{margin:0;font:15px/1.7 'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif;color:var(--ink);background:#f6f7f9}\n"
    "header{background:#fff;border-bottom:1px solid var(--line);padding:16px 28px;position:sticky;top:0;z-index:2}\n"
    "h1{font-size:20px;margin:0 0 6px} h2{font-size:17px;margin:0 0 10px}\n"
    ".summary{font-size:15px} .count{font-weight:600;margin-right:14px}\n"
    ".count.error{color:var(--err)} .count.warning{color:var(--warn)} .count.info{color:var(--info)}\n"
    ".filters{margin-top:8px;font-size:14px;color:var(--muted)} .filters label{margin-right:12px;white-space:nowrap;cursor:pointer}\n"
    "nav{background:#fff;margin:16px 28px;padding:10px 16px;border:1px solid var(--line);border-radius:8px}\n"
    "nav a{color:var(--ink)} nav li{margin:2px 0}\n"
    "section.file{background:#fff;margin:16px 28px;padding:16px 20px;border:1px solid var(--line);border-radius:8px}\n"
    ".problem{color:var(--err)}\n"
    ".row{display:grid;grid-template-columns:3.2em minmax(18em,38em) minmax(16em,1fr);column-gap:16px;align-items:start}\n"
    ".row.blank{min-height:.35em;line-height:.35em}\n"
    ".ln{color:var(--muted);text-align:right;font-size:12px;padding-top:3px;user-select:none}\n"
    ".text{white-space:pre-wrap;word-break:break-all}\n"
    "mark{background:#fff3bf;border-bottom:2px solid var(--warn);padding:0 1px;border-radius:2px}\n"
    "mark.error{background:#ffe3e3;border-bottom-color:var(--err)} mark.info{background:#e7f1ff;border-bottom-color:var(--info)}\n"
    "mark.off{background:none;border-bottom:none}\n"
    ".notes{font-size:13.5px}\n"
    ".note{border-left:3px solid var(--warn);background:#fffaf0;padding:4px 8px;margin:2px 0 6px;border-radius:0 6px 6px 0}\n"
    ".note.error{border-left-color:var(--err);background:#fff5f5} .note.info{border-left-color:var(--info);background:#f3f8ff}\n"
    ".note .sev{font-weight:700;margin-right:6px} .note.error .sev{color:var(--err)} .note.warning .sev{color:var(--warn)} .note.info .sev{color:var(--info)}\n"
    ".note .fix{color:#2e7d32} .note .rule{color:var(--muted);font-size:12px;margin-left:6px}\n"
    ".note.off{display:none}\n"
    "</style>\n";

static const char script[] =
    "<script>\n"
    "function apply(){\n"
    "  const hidden=new Set([...document.querySelectorAll('.filters input')].filter(i=>!i.checked).map(i=>i.value));\n"
    "  const off=new Set();\n"
    "  document.querySelectorAll('.note').forEach(n=>{const h=hidden.has('sev-'+n.dataset.severity)||hidden.has('cat-'+n.dataset.category);n.classList.toggle('off',h);if(h)off.add(n.id);});\n"
    "  document.querySelectorAll('mark').forEach(m=>{m.classList.toggle('off',m.dataset.ids.split(' ').every(id=>off.has(id)));});\n"
    "}\n"
    "document.querySelectorAll('.filters input').forEach(i=>i.addEventListener('change',apply));\n"
    "</script>\n";

typedef struct cut {
    uint32_t col;
} cut;

static int compare_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* The columns of line `line` that finding d covers: [*from, *to), or 0 when none. */
static int covers(const bl_diagnostic *d, uint32_t line, uint32_t chars, uint32_t *from, uint32_t *to)
{
    if (line < d->line || line > d->end_line)
        return 0;
    *from = line == d->line ? d->column : 1;
    *to = line == d->end_line ? d->end_column : chars + 1;
    if (*to > chars + 1)
        *to = chars + 1;
    if (*to <= *from)
        *to = *from + 1 <= chars + 1 ? *from + 1 : *from;
    return *to > *from;
}

static int worst(const bl_report *r, uint32_t line, uint32_t chars, uint32_t col, size_t file, FILE *ids_out)
{
    int sev = -1;
    int first = 1;
    for (size_t i = 0; i < bl_report_diagnostic_count(r); i++) {
        const bl_diagnostic *d = bl_report_diagnostic(r, i);
        uint32_t from, to;
        if (covers(d, line, chars, &from, &to) && from <= col && col < to) {
            if ((int)d->severity > sev)
                sev = (int)d->severity;
            if (ids_out)
                fprintf(ids_out, "%sf%zud%zu", first ? "" : " ", file, i);
            first = 0;
        }
    }
    return sev;
}

static void write_line(FILE *out, const bl_report *r, size_t file, uint32_t line, const char *text, size_t len)
{
    uint32_t chars = (uint32_t)bl_utf8_count(text, len);
    size_t n = bl_report_diagnostic_count(r);
    uint32_t *cuts = malloc((2 * n + 2) * sizeof *cuts);
    size_t ncuts = 0;
    cuts[ncuts++] = 1;
    cuts[ncuts++] = chars + 1;
    for (size_t i = 0; i < n; i++) {
        uint32_t from, to;
        if (covers(bl_report_diagnostic(r, i), line, chars, &from, &to)) {
            cuts[ncuts++] = from;
            cuts[ncuts++] = to;
        }
    }
    qsort(cuts, ncuts, sizeof *cuts, compare_u32);
    size_t pos = 0; /* byte offset of the current column */
    uint32_t col = 1;
    for (size_t k = 0; k + 1 < ncuts; k++) {
        uint32_t a = cuts[k], b = cuts[k + 1];
        if (b <= a || a > chars)
            continue;
        while (col < a && pos < len) {
            bl_utf8_next(text, len, &pos);
            col++;
        }
        size_t start = pos;
        while (col < b && pos < len) {
            bl_utf8_next(text, len, &pos);
            col++;
        }
        int sev = worst(r, line, chars, a, file, NULL);
        if (sev >= 0) {
            fprintf(out, "<mark class=\"%s\" data-line=\"%u\" data-column=\"%u\" data-ids=\"", bl_severity_name((bl_severity)sev), line, a);
            worst(r, line, chars, a, file, out);
            fputs("\">", out);
            esc(out, text + start, pos - start);
            fputs("</mark>", out);
        } else {
            esc(out, text + start, pos - start);
        }
    }
    free(cuts);
}

static void write_file(FILE *out, const bl_report *r, size_t file)
{
    fprintf(out, "<section class=\"file\" id=\"file-%zu\">\n<h2>", file);
    escs(out, bl_report_path(r));
    fputs("</h2>\n", out);
    if (bl_report_error(r)) {
        fputs("<p class=\"problem\">无法读取：", out);
        escs(out, bl_report_error(r));
        fputs("</p>\n</section>\n", out);
        return;
    }
    if (bl_report_diagnostic_count(r) == 0)
        fputs("<p>未发现问题。</p>\n", out);
    for (uint32_t line = 1;; line++) {
        size_t len;
        const char *text = bl_report_source_line(r, line, &len);
        if (!text)
            break;
        int blank = 1;
        for (size_t i = 0; i < len; i++)
            blank &= text[i] == ' ' || text[i] == '\t';
        int has_notes = 0;
        for (size_t i = 0; i < bl_report_diagnostic_count(r); i++)
            has_notes |= bl_report_diagnostic(r, i)->line == line;
        fprintf(out, "<div class=\"row%s\" id=\"f%zu-l%u\"><span class=\"ln\">%u</span><span class=\"text\">",
                blank && !has_notes ? " blank" : "", file, line, line);
        write_line(out, r, file, line, text, len);
        fputs("</span><span class=\"notes\">", out);
        for (size_t i = 0; i < bl_report_diagnostic_count(r); i++) {
            const bl_diagnostic *d = bl_report_diagnostic(r, i);
            if (d->line != line)
                continue;
            fprintf(out, "<div class=\"note %s\" id=\"f%zud%zu\" data-severity=\"%s\" data-category=\"%s\">"
                         "<span class=\"sev\">%s</span>", bl_severity_name(d->severity), file, i,
                    bl_severity_name(d->severity), d->category, severity_name(d->severity));
            escs(out, d->message);
            if (d->suggestion) {
                fputs("<div class=\"fix\">建议：", out);
                escs(out, d->suggestion);
                fputs("</div>", out);
            }
            fprintf(out, "<span class=\"rule\">第%u行第%u列 · %s · ", d->line, d->column, category_name(d->category));
            escs(out, d->rule);
            fputs("</span></div>", out);
        }
        fputs("</span></div>\n", out);
    }
    fputs("</section>\n", out);
}

void html_write(FILE *out, bl_report *const *reports, size_t count)
{
    size_t counts[3] = {0, 0, 0};
    int categories[sizeof category_names / sizeof *category_names] = {0};
    size_t unreadable = 0;
    for (size_t f = 0; f < count; f++)
        unreadable += bl_report_error(reports[f]) != NULL;
    for (size_t f = 0; f < count; f++)
        for (size_t i = 0; i < bl_report_diagnostic_count(reports[f]); i++) {
            const bl_diagnostic *d = bl_report_diagnostic(reports[f], i);
            counts[d->severity]++;
            for (size_t c = 0; c < sizeof category_names / sizeof *category_names; c++)
                categories[c] |= !strcmp(category_names[c][0], d->category);
        }
    fputs("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<title>简报检查报告</title>\n", out);
    fputs(style, out);
    fputs("</head>\n<body>\n<header>\n<h1>简报检查报告</h1>\n<div class=\"summary\">", out);
    fprintf(out, "共检查 %zu 个文件：<span class=\"count error\">%zu 个错误</span><span class=\"count warning\">%zu 个警告</span>"
                 "<span class=\"count info\">%zu 条提示</span>", count - unreadable, counts[BL_SEVERITY_ERROR],
            counts[BL_SEVERITY_WARNING], counts[BL_SEVERITY_INFO]);
    if (unreadable) /* not checked: the summary must not read as clean */
        fprintf(out, "<span class=\"count error\">%zu 个文件无法读取</span>", unreadable);
    fputs("</div>\n<div class=\"filters\">显示：", out);
    static const bl_severity order[] = {BL_SEVERITY_ERROR, BL_SEVERITY_WARNING, BL_SEVERITY_INFO};
    for (size_t k = 0; k < 3; k++)
        fprintf(out, "<label><input type=\"checkbox\" checked value=\"sev-%s\"> %s</label>", bl_severity_name(order[k]),
                severity_name(order[k]));
    fputs(" ｜ ", out);
    for (size_t c = 0; c < sizeof category_names / sizeof *category_names; c++)
        if (categories[c])
            fprintf(out, "<label><input type=\"checkbox\" checked value=\"cat-%s\"> %s</label>", category_names[c][0],
                    category_names[c][1]);
    fputs("</div>\n</header>\n", out);
    if (count > 1) {
        fputs("<nav><strong>目录</strong><ol>\n", out);
        for (size_t f = 0; f < count; f++) {
            fprintf(out, "<li><a href=\"#file-%zu\">", f + 1);
            escs(out, bl_report_path(reports[f]));
            fprintf(out, "</a>：%zu 个问题</li>\n", bl_report_diagnostic_count(reports[f]));
        }
        fputs("</ol></nav>\n", out);
    }
    fputs("<main>\n", out);
    for (size_t f = 0; f < count; f++)
        write_file(out, reports[f], f + 1);
    fputs("</main>\n", out);
    fputs(script, out);
    fputs("</body>\n</html>\n", out);
}

/* ------------------------------------------------------------------ the format */

/* The page needs every report first (its summary comes at the top): kept until the end, when
 * the findings are the output. */
static void *html_format_begin(const format_setup *setup)
{
    return setup->mode == OUTPUT_FINDINGS ? calloc(1, sizeof(kept_reports)) : NULL;
}

static void html_format_file(void *state, const format_setup *setup, bl_report **report)
{
    (void)setup;
    if (state)
        kept_reports_take(state, report);
}

static void html_format_end(void *state, const format_setup *setup, const totals *t)
{
    (void)t;
    kept_reports *kept = state;
    if (!kept)
        return;
    html_write(setup->out, kept->items, kept->count);
    kept_reports_free(kept);
    free(kept);
}

const output_format html_format = {"html", html_format_begin, html_format_file, html_format_end};
