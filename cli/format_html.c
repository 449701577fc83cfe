/* format_html.c - the editor's report: one self-contained page (no network), the bulletin as it
 * reads with every finding highlighted in place and explained beside its line, filters by
 * severity and category, a summary at the top and a table of contents for several files. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

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
    "body{margin:0;font:15px/1.7 'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','Source Han Sans CN','PingFang SC',"
    "'Hiragino Sans GB','Microsoft YaHei','WenQuanYi Micro Hei','Noto Sans CJK JP',sans-serif;color:var(--ink);background:#f6f7f9}\n"
    "header{background:#fff;border-bottom:1px solid var(--line);padding:16px 28px;position:sticky;top:0;z-index:2}\n"
    "h1{font-size:20px;margin:0 0 6px} h2{font-size:17px;margin:0 0 10px}\n"
    ".summary{font-size:15px} .count{font-weight:600;margin-right:14px}\n"
    ".meta{font-size:12.5px;color:var(--muted);margin-top:2px}\n"
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
    ".note .places{color:var(--muted);font-size:12.5px}\n"
    /* on paper: the text and its notes only, one file from a new page, no blank lines of the
     * extracted layout, no filters or contents to click, colours kept */
    "@media print{\n"
    "  @page{size:A4;margin:15mm 12mm}\n"
    "  body{background:#fff;font-size:10.5pt;line-height:1.55}\n"
    "  header{position:static;border:none;padding:0 0 6pt}\n"
    "  .filters,nav,script{display:none}\n"
    "  section.file{margin:0;padding:0;border:none;border-radius:0;break-before:page}\n"
    "  main>section.file:first-child{break-before:auto}\n"
    "  h2{break-after:avoid}\n"
    "  .row{grid-template-columns:2.4em minmax(0,1fr) 36%;column-gap:8pt;break-inside:avoid}\n"
    "  .row.blank{display:none}\n"
    "  .note{break-inside:avoid}\n"
    "  mark,.note{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
    "}\n"
    "</style>\n";

static const char script[] =
    "<script>\n"
    "function apply(){\n"
    "  const hidden=new Set([...document.querySelectorAll('.filters input')].filter(i=>!i.checked).map(i=>i.value));\n"
    "  const off=new Set();\n"
    "  document.querySelectorAll('.note').forEach(n=>{const h=hidden.has('sev-'+n.dataset.severity)||hidden.has('cat-'+n.dataset.category);n.classList.toggle('off',h);if(h)off.add(n.id);});\n"
    "  document.querySelectorAll('mark').forEach(m=>{const ids=((m.dataset.ids||'')+' '+(m.dataset.places||'')).split(' ').filter(x=>x);"
    "m.classList.toggle('off',ids.every(id=>off.has(id)));});\n"
    "}\n"
    "document.querySelectorAll('.filters input').forEach(i=>i.addEventListener('change',apply));\n"
    "</script>\n";

/* A stretch of one line that a finding marks: its own place (primary), or one of the other places
 * a summary finding counts ("全文有38处…"), which are those of its fixes. */
typedef struct span {
    uint32_t line, from, to; /* columns [from, to) */
    size_t diag;
    int primary;
} span;

typedef struct spans {
    span *items;
    size_t count, cap;
} spans;

/* The lines of a file, as offsets into its decoded text, for finding the line of a fix. */
typedef struct line_map {
    const char *text;
    uint32_t count;
    size_t *start, *len;
} line_map;

static int compare_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int compare_spans(const void *a, const void *b)
{
    const span *x = a, *y = b;
    return x->line != y->line ? (x->line < y->line ? -1 : 1) : x->from < y->from ? -1 : x->from > y->from;
}

static void add_span(spans *out, uint32_t line, uint32_t from, uint32_t to, size_t diag, int primary)
{
    if (out->count == out->cap) {
        size_t cap = out->cap ? 2 * out->cap : 64;
        span *grown = realloc(out->items, cap * sizeof *grown);
        if (!grown)
            return; /* a place unmarked; the note still says it */
        out->items = grown;
        out->cap = cap;
    }
    out->items[out->count++] = (span){line, from, to, diag, primary};
}

static void map_lines(line_map *m, const bl_report *r)
{
    size_t text_len;
    memset(m, 0, sizeof *m);
    m->text = bl_report_text(r, &text_len);
    size_t len;
    while (bl_report_source_line(r, m->count + 1, &len))
        m->count++;
    m->start = malloc((m->count + 1) * sizeof *m->start);
    m->len = malloc((m->count + 1) * sizeof *m->len);
    if (!m->start || !m->len || !m->text) {
        m->count = 0;
        return;
    }
    for (uint32_t l = 1; l <= m->count; l++) {
        const char *p = bl_report_source_line(r, l, &m->len[l - 1]);
        m->start[l - 1] = (size_t)(p - m->text);
    }
}

/* The line and columns [*from, *to) of the bytes [start, end) of the text; 0 when outside it. */
static uint32_t locate(const line_map *m, uint32_t start, uint32_t end, uint32_t *from, uint32_t *to)
{
    uint32_t lo = 0, hi = m->count; /* the last line starting at or before start */
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo + 1) / 2;
        if (m->start[mid - 1] <= start)
            lo = mid;
        else
            hi = mid - 1;
    }
    if (lo == 0 || start > m->start[lo - 1] + m->len[lo - 1])
        return 0;
    size_t at = m->start[lo - 1], line_end = at + m->len[lo - 1];
    *from = 1 + (uint32_t)bl_utf8_count(m->text + at, start - at);
    *to = 1 + (uint32_t)bl_utf8_count(m->text + at, (end < line_end ? end : line_end) - at);
    if (*to <= *from)
        *to = *from + 1;
    return lo;
}

/* The columns of line `line` (chars characters) that finding d covers: [*from, *to), or 0. */
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

/* Every place the findings of r mark, sorted by line and column. */
static void collect_spans(spans *out, const bl_report *r, const line_map *m)
{
    for (size_t i = 0; i < bl_report_diagnostic_count(r); i++) {
        const bl_diagnostic *d = bl_report_diagnostic(r, i);
        for (uint32_t line = d->line; line <= d->end_line && line <= m->count; line++) {
            uint32_t from, to;
            if (covers(d, line, (uint32_t)bl_utf8_count(m->text + m->start[line - 1], m->len[line - 1]), &from, &to))
                add_span(out, line, from, to, i, 1);
        }
        for (size_t k = 0; d->fix_count > 1 && k < d->fix_count; k++) {
            uint32_t from, to, line = locate(m, d->fixes[k].start, d->fixes[k].end, &from, &to);
            if (line && !(line == d->line && from == d->column))
                add_span(out, line, from, to, i, 0);
        }
        for (size_t k = 0; d->fix_count <= 1 && d->place_count > 1 && k < d->place_count; k++) {
            uint32_t from, to, line = locate(m, d->places[k].start, d->places[k].end, &from, &to);
            if (line && !(line == d->line && from == d->column))
                add_span(out, line, from, to, i, 0);
        }
    }
    if (out->count > 1)
        qsort(out->items, out->count, sizeof *out->items, compare_spans);
}

/* The worst severity of the spans of one line (at, n of them) covering column col; with ids_out,
 * writes attribute `attr` with the ids of the findings whose own place (primary) or counted
 * place (not primary) it is. */
static int worst(const bl_report *r, const span *at, size_t n, uint32_t col, size_t file, FILE *ids_out, int primary)
{
    int sev = -1, first = 1;
    for (size_t i = 0; i < n; i++) {
        const span *sp = &at[i];
        if (sp->from <= col && col < sp->to) {
            const bl_diagnostic *d = bl_report_diagnostic(r, sp->diag);
            if ((int)d->severity > sev)
                sev = (int)d->severity;
            if (ids_out && sp->primary == primary) {
                fprintf(ids_out, "%sf%zud%zu", first ? (primary ? " data-ids=\"" : " data-places=\"") : " ", file,
                        sp->diag);
                first = 0;
            }
        }
    }
    if (ids_out && !first)
        fputc('"', ids_out);
    return sev;
}

/* One line's text, with a <mark> for every stretch that spans (at, n of them) cover. */
static void write_line(FILE *out, const bl_report *r, size_t file, uint32_t line, const char *text, size_t len,
                       const span *at, size_t n)
{
    uint32_t chars = (uint32_t)bl_utf8_count(text, len);
    uint32_t *cuts = malloc((2 * n + 2) * sizeof *cuts);
    if (!cuts) {
        esc(out, text, len);
        return;
    }
    size_t ncuts = 0;
    cuts[ncuts++] = 1;
    cuts[ncuts++] = chars + 1;
    for (size_t i = 0; i < n; i++) {
        cuts[ncuts++] = at[i].from;
        cuts[ncuts++] = at[i].to;
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
        int sev = worst(r, at, n, a, file, NULL, 0);
        if (sev >= 0) {
            fprintf(out, "<mark class=\"%s\" data-line=\"%u\" data-column=\"%u\"", bl_severity_name((bl_severity)sev),
                    line, a);
            worst(r, at, n, a, file, out, 0);
            worst(r, at, n, a, file, out, 1);
            fputs(">", out);
            esc(out, text + start, pos - start);
            fputs("</mark>", out);
        } else {
            esc(out, text + start, pos - start);
        }
    }
    free(cuts);
}

/* The suggestion in the editor's terms: what to change, not the command that changes it. */
static void write_suggestion(FILE *out, const bl_diagnostic *d, size_t marked)
{
    static const char command[] = "，可用 --fix 自动改正";
    const char *cut = strstr(d->suggestion, command);
    fputs("<div class=\"fix\">建议：", out);
    esc(out, d->suggestion, cut ? (size_t)(cut - d->suggestion) : strlen(d->suggestion));
    if (cut) {
        fputs("，请逐处改正", out);
        escs(out, cut + strlen(command));
    }
    fputs("</div>", out);
    if (marked > 1)
        fprintf(out, "<div class=\"places\">文中已用底色标出全部 %zu 处</div>", marked);
}

/* The findings' notes beside line `line`. */
static void write_notes(FILE *out, const bl_report *r, size_t file, uint32_t line, const spans *marks)
{
    for (size_t i = 0; i < bl_report_diagnostic_count(r); i++) {
        const bl_diagnostic *d = bl_report_diagnostic(r, i);
        if (d->line != line)
            continue;
        size_t marked = 0;
        for (size_t k = 0; k < marks->count; k++)
            marked += marks->items[k].diag == i && (!marks->items[k].primary || marks->items[k].line == d->line);
        fprintf(out, "<div class=\"note %s\" id=\"f%zud%zu\" data-severity=\"%s\" data-category=\"%s\">"
                     "<span class=\"sev\">%s</span>", bl_severity_name(d->severity), file, i,
                bl_severity_name(d->severity), d->category, severity_name(d->severity));
        escs(out, d->message);
        if (d->suggestion)
            write_suggestion(out, d, marked);
        fprintf(out, "<span class=\"rule\">第%u行第%u列 · %s · ", d->line, d->column, category_name(d->category));
        escs(out, d->rule);
        fputs("</span></div>", out);
    }
}

static void write_file(FILE *out, const bl_report *r, size_t file)
{
    fprintf(out, "<section class=\"file\" id=\"file-%zu\">\n<h2>", file);
    escs(out, bl_report_path(r));
    fputs("</h2>\n", out);
    if (bl_report_error(r)) {
        char why[1024];
        fputs("<p class=\"problem\">无法读取：", out);
        escs(out, read_error_chinese(bl_report_error(r), why, sizeof why));
        fputs("</p>\n</section>\n", out);
        return;
    }
    if (bl_report_diagnostic_count(r) == 0)
        fputs("<p>未发现问题。</p>\n", out);
    line_map m;
    map_lines(&m, r);
    spans marks = {NULL, 0, 0};
    collect_spans(&marks, r, &m);
    size_t next = 0; /* the first span of the line being written */
    for (uint32_t line = 1; line <= m.count; line++) {
        const char *text = m.text + m.start[line - 1];
        size_t len = m.len[line - 1];
        int blank = 1;
        for (size_t i = 0; i < len; i++)
            blank &= text[i] == ' ' || text[i] == '\t';
        int has_notes = 0;
        for (size_t i = 0; i < bl_report_diagnostic_count(r); i++)
            has_notes |= bl_report_diagnostic(r, i)->line == line;
        while (next < marks.count && marks.items[next].line < line)
            next++;
        size_t n = 0;
        while (next + n < marks.count && marks.items[next + n].line == line)
            n++;
        fprintf(out, "<div class=\"row%s\" id=\"f%zu-l%u\"><span class=\"ln\">%u</span><span class=\"text\">",
                blank && !has_notes ? " blank" : "", file, line, line);
        write_line(out, r, file, line, text, len, marks.items + next, n);
        fputs("</span><span class=\"notes\">", out);
        write_notes(out, r, file, line, &marks);
        fputs("</span></div>\n", out);
    }
    free(marks.items);
    free(m.start);
    free(m.len);
    fputs("</section>\n", out);
}

/* The tool's version and the date of the run (SOURCE_DATE_EPOCH, in UTC, when set: a report
 * made again from the same files is then the same page). */
static void write_meta(FILE *out)
{
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    time_t now = epoch && *epoch ? (time_t)strtoll(epoch, NULL, 10) : time(NULL);
    struct tm tm;
    int have_date = epoch && *epoch ? gmtime_r(&now, &tm) != NULL : localtime_r(&now, &tm) != NULL;
    fprintf(out, "<div class=\"meta\">由 bulletin-lint <span class=\"version\">%s</span> 检查", bl_version());
    if (have_date)
        fprintf(out, " · <time datetime=\"%04d-%02d-%02d\">%d年%d月%d日</time>", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    fputs("</div>\n", out);
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
    fputs("</div>\n", out);
    write_meta(out);
    fputs("<div class=\"filters\">显示：", out);
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
