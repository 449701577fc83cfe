/* claims.c - finding the quantities of a bulletin and reading each into a claim. */
#include "claims.h"

#include <stdlib.h>
#include <string.h>

#include "array.h"
#include "numeral.h"
#include "utf8.h"

typedef struct unit_def {
    const char *text;
    bl_claim_kind kind;
    const char *canonical;
    uint8_t chinese_ok;  /* also after Chinese numerals (三个, 五位); 元, 平方米 … only after digits */
} unit_def;

static const unit_def units[] = {
    {"个百分点", BL_CLAIM_POINTS, "个百分点", 1}, {"百分点", BL_CLAIM_POINTS, "个百分点", 1},
    {"％", BL_CLAIM_PERCENT, "%", 0}, {"%", BL_CLAIM_PERCENT, "%", 0},
    {"平方公里", BL_CLAIM_AREA, "平方公里", 0}, {"平方千米", BL_CLAIM_AREA, "平方公里", 0},
    {"平方米", BL_CLAIM_AREA, "平方米", 0}, {"公顷", BL_CLAIM_AREA, "公顷", 0}, {"亩", BL_CLAIM_AREA, "亩", 0},
    {"元", BL_CLAIM_MONEY, "元", 0}, {"倍", BL_CLAIM_MULTIPLE, "倍", 1},
    {"个月", BL_CLAIM_MEASURE, "个月", 1}, {"岁", BL_CLAIM_MEASURE, "岁", 1}, {"天", BL_CLAIM_MEASURE, "天", 1},
    {"小时", BL_CLAIM_MEASURE, "小时", 1}, {"分钟", BL_CLAIM_MEASURE, "分钟", 1},
    {"公里", BL_CLAIM_MEASURE, "公里", 0}, {"吨", BL_CLAIM_MEASURE, "吨", 0},
    {"大类", BL_CLAIM_COUNT, "大类", 1}, {"人次", BL_CLAIM_COUNT, "人次", 1}, {"家次", BL_CLAIM_COUNT, "家次", 1}, {"户次", BL_CLAIM_COUNT, "户次", 1},
    {"件次", BL_CLAIM_COUNT, "件次", 1},
    {"个", BL_CLAIM_COUNT, "个", 1}, {"家", BL_CLAIM_COUNT, "家", 1}, {"项", BL_CLAIM_COUNT, "项", 1},
    {"条", BL_CLAIM_COUNT, "条", 1}, {"名", BL_CLAIM_COUNT, "名", 1}, {"人", BL_CLAIM_COUNT, "人", 1},
    {"次", BL_CLAIM_COUNT, "次", 1}, {"场", BL_CLAIM_COUNT, "场", 1}, {"张", BL_CLAIM_COUNT, "张", 1},
    {"份", BL_CLAIM_COUNT, "份", 1}, {"期", BL_CLAIM_COUNT, "期", 0}, {"件", BL_CLAIM_COUNT, "件", 1},
    {"所", BL_CLAIM_COUNT, "所", 0}, {"处", BL_CLAIM_COUNT, "处", 1}, {"座", BL_CLAIM_COUNT, "座", 1},
    {"户", BL_CLAIM_COUNT, "户", 1}, {"位", BL_CLAIM_COUNT, "位", 1}, {"批", BL_CLAIM_COUNT, "批", 1},
    {"类", BL_CLAIM_COUNT, "类", 1}, {"种", BL_CLAIM_COUNT, "种", 1}, {"支", BL_CLAIM_COUNT, "支", 1},
    {"组", BL_CLAIM_COUNT, "组", 1}, {"队", BL_CLAIM_COUNT, "队", 1}, {"辆", BL_CLAIM_COUNT, "辆", 0},
    {"台", BL_CLAIM_COUNT, "台", 0}, {"套", BL_CLAIM_COUNT, "套", 1}, {"篇", BL_CLAIM_COUNT, "篇", 1},
    {"册", BL_CLAIM_COUNT, "册", 0}, {"床", BL_CLAIM_COUNT, "床", 0}, {"间", BL_CLAIM_COUNT, "间", 0},
    {"栋", BL_CLAIM_COUNT, "栋", 0}, {"笔", BL_CLAIM_COUNT, "笔", 1}, {"轮", BL_CLAIM_COUNT, "轮", 1},
    {"起", BL_CLAIM_COUNT, "起", 0}, {"宗", BL_CLAIM_COUNT, "宗", 0}, {"例", BL_CLAIM_COUNT, "例", 0},
    {"届", BL_CLAIM_ORDINAL, "届", 1},
};

/* After these, a unit character starts another word: 条例, 项目, 人大, 场所 … */
static const char *const unit_word_exceptions[] = {
    "条例", "项目", "人大", "人民", "人员", "场所", "场景", "次会", "期间", "份额", "所有", "所在",
    "处理", "处置", "台账", "组成", "组织", "支持", "间隔", "类型", "种类", "名单", "名称", "家庭",
    "家门", "个人", "位于", "批示", "批复", "件事", "套餐", "元旦", "起来", "起草", "起步", "起点", "起始",
    "起诉", "起到", "宗旨", "例如", "例外"};

static const char *const before_qualifiers[] = {"大约", "将近", "超过", "不到", "不足", "至少", "最多",
                                                "多达", "约", "近", "逾"};
static const char *const total_markers[] = {"共计", "总计", "合计", "累计", "总共", "共"};
static const char *const after_qualifiers[] = {"以上", "以下", "以内", "左右", "上下", "开外", "多", "余"};
static const char *const date_qualifiers[] = {"上旬", "中旬", "下旬", "年底", "年初", "年中", "底", "初",
                                              "中", "末", "份", "度"};

/* A Chinese numeral right after these belongs to a word: 统一, 之一, 进一步, 星期一 … */
static const char *const numeral_word_prefixes[] = {
    "统", "唯", "之", "万", "同", "单", "专", "不", "划", "归", "合", "逐", "纯", "均", "惟", "如", "始",
    "终", "任", "进", "期", "周", "初", "其", "某", "另", "这", "那", "哪", "几", "每", "星", "二",
    "三", "双", "独", "择", "千", "百", "数", "头", "首", "级"};

typedef struct scan {
    const bl_document *doc;
    const bl_paragraph *para;
    uint32_t paragraph;
    const char *s;
    uint32_t len;
} scan;

static int starts_with(const scan *sc, uint32_t pos, const char *word)
{
    if (!word[0])
        return 1;
    /* most words fail at their first two bytes (a Han character's lead byte is one of a few): no strlen */
    if (pos >= sc->len || sc->s[pos] != word[0] || (word[1] && (pos + 1 >= sc->len || sc->s[pos + 1] != word[1])))
        return 0;
    size_t n = strlen(word);
    return pos + n <= sc->len && memcmp(sc->s + pos, word, n) == 0;
}

static int ends_with_at(const scan *sc, uint32_t end, const char *word)
{
    size_t n = strlen(word);
    /* the last byte first: a continuation byte, one of 64 */
    return n == 0 || (end >= n && sc->s[end - 1] == word[n - 1] && memcmp(sc->s + end - n, word, n) == 0);
}

static uint32_t cp_at(const scan *sc, uint32_t pos)
{
    size_t p = pos;
    return pos < sc->len ? bl_utf8_next(sc->s, sc->len, &p) : 0;
}

static uint32_t cp_before(const scan *sc, uint32_t pos)
{
    size_t p = pos;
    return pos > 0 ? bl_utf8_prev(sc->s, &p) : 0;
}

static uint32_t next_pos(const scan *sc, uint32_t pos)
{
    size_t p = pos;
    bl_utf8_next(sc->s, sc->len, &p);
    return (uint32_t)p;
}

static const char *match_word(const scan *sc, uint32_t pos, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (starts_with(sc, pos, words[i]))
            return words[i];
    return NULL;
}

static const unit_def *match_unit(const scan *sc, uint32_t pos, int chinese)
{
    const unit_def *best = NULL;
    for (size_t i = 0; i < sizeof units / sizeof *units; i++)
        if ((!chinese || units[i].chinese_ok) && starts_with(sc, pos, units[i].text) &&
            (!best || strlen(units[i].text) > strlen(best->text)))
            best = &units[i];
    if (best && strlen(best->text) == 3)
        for (size_t i = 0; i < sizeof unit_word_exceptions / sizeof *unit_word_exceptions; i++)
            if (starts_with(sc, pos, unit_word_exceptions[i]))
                return NULL;
    return best;
}

static int is_stop_char(uint32_t cp)
{
    static const char stops[] = "的和与及或等在对把将向为了是有中以从由已均都被并且而其共约近达";
    if (!bl_is_cjk(cp))
        return 1;
    for (size_t p = 0; p < sizeof stops - 1;) {
        uint32_t c = bl_utf8_next(stops, sizeof stops - 1, &p);
        if (c == cp)
            return 1;
    }
    return 0;
}

/* ------------------------------------------------------------------ nouns */

/* Words that end a noun read backwards from the number: 常委会由|２－３人, 养老服务的|… */
static int is_preposition(uint32_t cp)
{
    static const char words[] = "的由和与及对把向为从在将被让给";
    for (size_t p = 0; p < sizeof words - 1;)
        if (bl_utf8_next(words, sizeof words - 1, &p) == cp)
            return 1;
    return 0;
}

static const char *const noun_verbs[] = {
    "实地查看", "查找", "查看", "走访", "召开", "提出", "形成", "发现", "建成", "投入", "新增", "达到",
    "反馈", "组织", "梳理", "撬动", "征集", "发放", "开展", "建立", "出台", "制定", "印发", "完成",
    "整改", "交办", "落实", "推动", "参与", "深入", "覆盖", "配建", "设立", "签约", "培训", "收集",
    "办理", "审议", "听取", "建设", "改造", "实施", "发布", "举办", "邀请", "成立", "组成", "分包",
    "细化为", "细化成", "实化为", "梳理成", "精选了", "查阅", "涉及", "报道", "解决", "排查", "督办",
    "聚焦", "压实", "明确", "其中", "累计", "合计", "共有", "共", "各类", "各级", "全部", "所有",
    "新建", "新设立", "新设", "移交", "上升", "提高", "提升", "增长", "增加", "下降", "降低", "减少"};

/* Verbs and adverbs that end a noun read after the unit: 乡镇敬老院|成功转型, 人大代表|深度参与. */
static const char *const noun_breaks[] = {
    "成功", "转型", "进行", "用于", "实施", "分组", "组成", "开展", "正在", "全面", "深度", "深入", "参与",
    "未查", "系统", "集中", "分别", "完成", "实现", "推动", "得到", "获得", "达到", "已", "均", "共同",
    "建立", "直面", "坦诚", "围绕", "提出", "纳入", "列入", "参加", "覆盖", "涉及", "提升", "提高",
    "增加", "增长", "上升", "下降", "降低", "减少"};

/* The counted noun: the words right after the unit (６５０余名一线代表), or else right before the
 * number (查找各类问题１００余条), without the verb that introduces it. */
static void find_noun(const scan *sc, bl_claim *c, uint32_t prev_claim_end)
{
    c->noun_from = c->noun_to = 0;
    if (c->kind == BL_CLAIM_DATE || c->kind == BL_CLAIM_YEAR || c->kind == BL_CLAIM_ORDINAL)
        return;
    uint32_t pos = c->to, chars = 0;
    if (c->unit && c->kind != BL_CLAIM_PERCENT && c->kind != BL_CLAIM_POINTS) {
        while (pos < sc->len && chars < 8 && !is_stop_char(cp_at(sc, pos)) &&
               !match_word(sc, pos, noun_breaks, sizeof noun_breaks / sizeof *noun_breaks)) {
            pos = next_pos(sc, pos);
            chars++;
        }
        uint32_t noun_from = c->to;
        /* 双证齐全的医养结合机构: the head noun follows 的, unless the words before 的 already end
         * in a head noun (２２家部门的履职汇报 counts 部门) */
        static const char *const heads[] = {"部门", "单位", "机构", "企业", "代表", "委员", "问题", "项目",
                                            "群众", "老人", "社区", "乡镇", "县区", "中心", "人员"};
        int ends_in_head = 0;
        for (size_t h = 0; h < sizeof heads / sizeof *heads; h++)
            ends_in_head |= ends_with_at(sc, pos, heads[h]);
        if (chars >= 1 && starts_with(sc, pos, "的") && chars <= 6 && !ends_in_head) {
            uint32_t after = pos + BL_UTF8_BYTES("的"), end = after, more = 0;
            while (end < sc->len && more < 8 && !is_stop_char(cp_at(sc, end)) &&
                   !match_word(sc, end, noun_breaks, sizeof noun_breaks / sizeof *noun_breaks)) {
                end = next_pos(sc, end);
                more++;
            }
            if (more >= 2) {
                noun_from = after;
                pos = end;
                chars = more;
            }
        }
        if (chars >= 2 && !starts_with(sc, c->to, "以") && !starts_with(sc, c->to, "左右")) {
            c->noun_from = noun_from;
            c->noun_to = pos;
            return;
        }
    }
    /* before the number: back to punctuation, a digit or the previous claim; past a verb of
     * reaching (社会资本投入将达３亿多元) */
    uint32_t start = c->from;
    static const char *const reach[] = {"将达到", "将达", "达到", "可达", "约达", "达"};
    for (size_t i = 0; i < sizeof reach / sizeof *reach; i++)
        if (ends_with_at(sc, start, reach[i]) && start - strlen(reach[i]) >= prev_claim_end) {
            start -= (uint32_t)strlen(reach[i]);
            break;
        }
    /* 提出的问题，共２５条: a total names its noun at the end of the clause before */
    if (c->marker && ends_with_at(sc, start, c->marker)) {
        uint32_t before = start - (uint32_t)strlen(c->marker);
        uint32_t comma = cp_before(sc, before);
        if ((comma == ',' || comma == 0xFF0C) && before > prev_claim_end + 1)
            start = before - (comma == ',' ? 1 : 3);
    }
    size_t p = start;
    chars = 0;
    while (p > prev_claim_end && chars < 12) {
        size_t here = p;
        uint32_t cp = bl_utf8_prev(sc->s, &p);
        if (!bl_is_cjk(cp) || is_preposition(cp)) {
            p = here;
            break;
        }
        chars++;
    }
    uint32_t from = (uint32_t)p, to = start;
    /* 养老服务设施新增４１２２平方米: a verb right before the number; the noun stands before it */
    int quantity = c->kind == BL_CLAIM_COUNT || c->kind == BL_CLAIM_MONEY || c->kind == BL_CLAIM_AREA;
    for (size_t i = 0; quantity && i < sizeof noun_verbs / sizeof *noun_verbs; i++) {
        uint32_t n = (uint32_t)strlen(noun_verbs[i]);
        if (to >= from + n && ends_with_at(sc, to, noun_verbs[i]) && n >= 2 * BL_UTF8_HAN_BYTES) {
            to -= n;
            break;
        }
    }
    /* after the last verb of the run */
    for (uint32_t q = from; q < to; q = next_pos(sc, q))
        for (size_t i = 0; i < sizeof noun_verbs / sizeof *noun_verbs; i++)
            if (starts_with(sc, q, noun_verbs[i]) && q + strlen(noun_verbs[i]) <= to)
                from = q + (uint32_t)strlen(noun_verbs[i]);
    /* without a place in front: 三门峡市常住人口 → 常住人口 */
    for (uint32_t q = from; q < to; q = next_pos(sc, q)) {
        uint32_t cp = cp_at(sc, q);
        if ((cp == 0x5E02 || cp == 0x7701 || cp == 0x53BF) && next_pos(sc, q) < to && q - from <= 12)
            from = next_pos(sc, q);
    }
    if (to > from && bl_utf8_count(sc->s + from, to - from) >= 2) {
        c->noun_from = from;
        c->noun_to = to;
    }
}

/* ------------------------------------------------------------------ reading one claim */

static void set_interval(bl_claim *c, int64_t step)
{
    c->lo = c->hi = c->value;
    c->has_hi = 1;
    const char *q = c->qualifier;
    if (!q)
        return;
    if (!strcmp(q, "余") || !strcmp(q, "多")) {
        c->hi = c->value + step;
    } else if (!strcmp(q, "以上") || !strcmp(q, "超过") || !strcmp(q, "逾") || !strcmp(q, "至少") ||
               !strcmp(q, "多达") || !strcmp(q, "开外")) {
        c->has_hi = 0;
    } else if (!strcmp(q, "近") || !strcmp(q, "将近")) {
        c->lo = c->value - step > 0 ? c->value - step : 0;
    } else if (!strcmp(q, "不到") || !strcmp(q, "不足") || !strcmp(q, "以下") || !strcmp(q, "以内") ||
               !strcmp(q, "最多")) {
        c->lo = 0;
    } else if (!strcmp(q, "约") || !strcmp(q, "大约") || !strcmp(q, "左右") || !strcmp(q, "上下")) {
        c->lo = c->value - step / 2;
        c->hi = c->value + step / 2;
    }
}

/* Months, days and years after a number: 2023年底, ３月２１日, ２０２５年６月, 8月份. */
static int read_date(const scan *sc, bl_claim *c, const bl_number *n, uint32_t pos)
{
    int64_t v = n->value / BL_SCALE;
    int whole = n->decimals == 0 && !n->multiplier && n->value % BL_SCALE == 0;
    if (!whole)
        return 0;
    uint32_t digits = bl_utf8_count(sc->s + c->number_from, c->number_to - c->number_from);
    if (starts_with(sc, pos, "年") && v >= 1900 && v <= 2100 && digits == 4) {
        c->kind = BL_CLAIM_YEAR;
        c->year = (int)v;
        pos += (uint32_t)strlen("年");
        const char *q = match_word(sc, pos, date_qualifiers, sizeof date_qualifiers / sizeof *date_qualifiers);
        if (q && strcmp(q, "份") != 0 && strcmp(q, "中") != 0) {
            c->qualifier = q;
            pos += (uint32_t)strlen(q);
        }
        bl_number m;
        if (!c->qualifier && bl_number_parse(sc->s + pos, sc->len - pos, &m) && !m.chinese &&
            m.value % BL_SCALE == 0 && starts_with(sc, pos + m.len, "月")) {
            c->kind = BL_CLAIM_DATE;
            c->month = (int)(m.value / BL_SCALE);
            pos += m.len + (uint32_t)strlen("月");
            goto day;
        }
        c->to = pos;
        return 1;
    }
    if (starts_with(sc, pos, "月") && v >= 1 && v <= 99 && !n->chinese) {
        c->kind = BL_CLAIM_DATE;
        c->month = (int)v;
        pos += (uint32_t)strlen("月");
    day:;
        bl_number d;
        if (bl_number_parse(sc->s + pos, sc->len - pos, &d) && !d.chinese && d.value % BL_SCALE == 0 &&
            d.value / BL_SCALE <= 99 && (starts_with(sc, pos + d.len, "日") || starts_with(sc, pos + d.len, "号"))) {
            c->day = (int)(d.value / BL_SCALE);
            pos += d.len + BL_UTF8_BYTES("日"); /* or 号 */
        } else {
            const char *q = match_word(sc, pos, date_qualifiers, sizeof date_qualifiers / sizeof *date_qualifiers);
            if (q && (!strcmp(q, "份") || !strcmp(q, "上旬") || !strcmp(q, "中旬") || !strcmp(q, "下旬") ||
                      !strcmp(q, "底") || !strcmp(q, "初") || !strcmp(q, "末"))) {
                if (strcmp(q, "份") != 0)
                    c->qualifier = q;
                pos += (uint32_t)strlen(q);
            }
        }
        c->to = pos;
        return 1;
    }
    if ((starts_with(sc, pos, "日") || starts_with(sc, pos, "号")) && v >= 1 && v <= 99 && !n->chinese &&
        !starts_with(sc, pos, "日间") && !starts_with(sc, pos, "日常") && !starts_with(sc, pos, "号召")) {
        c->kind = BL_CLAIM_DATE;
        c->day = (int)v;
        c->to = pos + BL_UTF8_BYTES("日"); /* or 号 */
        return 1;
    }
    return 0;
}

static int range_connector(const scan *sc, uint32_t pos, uint32_t *after)
{
    static const char *const dashes[] = {"－", "-", "—", "–", "～", "~", "〜", "至", "到"};
    const char *d = match_word(sc, pos, dashes, sizeof dashes / sizeof *dashes);
    if (!d)
        return 0;
    *after = pos + (uint32_t)strlen(d);
    return bl_is_digit(cp_at(sc, *after)) || bl_is_chinese_numeral_char(cp_at(sc, *after));
}

/* Arabic digits that are not a quantity: a footnote marker (［12］, [5]), a band or generation name
 * (1000M, 5G), a formula (1+N). */
static int is_label_number(const scan *sc, uint32_t pos, const bl_number *n)
{
    if (n->chinese)
        return 0;
    uint32_t before = cp_before(sc, pos), after = cp_at(sc, pos + n->len);
    if ((before == '[' || before == 0xFF3B) && (after == ']' || after == 0xFF3D))
        return 1;
    /* 2.8：1, 3.7：43.1：53.2, 2.9∶1 (U+2236 RATIO): the terms of a ratio */
    if ((after == ':' || after == 0xFF1A || after == 0x2236) && bl_is_digit(cp_at(sc, next_pos(sc, pos + n->len))))
        return 1;
    if ((before == ':' || before == 0xFF1A || before == 0x2236) && pos >= 4) {
        size_t p = pos;
        bl_utf8_prev(sc->s, &p);
        if (p > 0 && bl_is_digit(cp_before(sc, (uint32_t)p)))
            return 1;
    }
    if ((after >= 'A' && after <= 'Z') || (after >= 'a' && after <= 'z'))
        return 1;
    if ((after == '+' || after == 0xFF0B) && pos + n->len + 1 < sc->len) {
        size_t p = pos + n->len;
        bl_utf8_next(sc->s, sc->len, &p);
        uint32_t next = cp_at(sc, (uint32_t)p);
        if ((next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z'))
            return 1;
    }
    return (before == '+' || before == 0xFF0B) && pos >= 2 &&
           ((sc->s[pos - 2] >= 'A' && sc->s[pos - 2] <= 'Z') || (sc->s[pos - 2] >= 'a' && sc->s[pos - 2] <= 'z'));
}

/* 第N次, 第N届 …: an ordinal, with its unit. */
static int read_ordinal(const scan *sc, bl_claim *c, uint32_t at)
{
    static const char *const ordinal_units[] = {"次", "届", "个", "批", "期", "条", "项", "名", "轮",
                                                "季度", "阶段", "部分", "步", "章", "节", "款", "号"};
    const char *u = match_word(sc, at, ordinal_units, sizeof ordinal_units / sizeof *ordinal_units);
    if (!u)
        return 0;
    c->kind = BL_CLAIM_ORDINAL;
    c->unit = u;
    c->to = at + (uint32_t)strlen(u);
    c->lo = c->hi = c->value;
    c->has_hi = 1;
    return 1;
}

/* 三成, 七成: tenths as a percentage (not 成立, 成为 …). */
static int read_tenths(const scan *sc, bl_claim *c, const bl_number *n, uint32_t pos, uint32_t prev_end, uint32_t at)
{
    static const char *const cheng_words[] = {"成立", "成为", "成效", "成果", "成员", "成绩", "成本",
                                              "成功", "成熟", "成就", "成长", "成型", "成风"};
    if (match_word(sc, at, cheng_words, sizeof cheng_words / sizeof *cheng_words) || n->value > 10 * BL_SCALE)
        return 0;
    c->kind = BL_CLAIM_PERCENT;
    c->unit = "%";
    c->value *= 10;
    c->to = at + BL_UTF8_BYTES("成");
    /* 约三成左右: the qualifiers of a share in 成, before and after it */
    const char *after = match_word(sc, c->to, after_qualifiers, sizeof after_qualifiers / sizeof *after_qualifiers);
    if (after && strcmp(after, "多") != 0 && strcmp(after, "余") != 0) {
        c->qualifier = after;
        c->to += (uint32_t)strlen(after);
    }
    for (size_t i = 0; i < sizeof before_qualifiers / sizeof *before_qualifiers; i++)
        if (ends_with_at(sc, pos, before_qualifiers[i]) && pos - strlen(before_qualifiers[i]) >= prev_end) {
            c->qualifier = before_qualifiers[i];
            c->from = pos - (uint32_t)strlen(before_qualifiers[i]);
            break;
        }
    set_interval(c, n->step * 10);
    return 1;
}

/* A range whose first number c holds: ２－３人, １至２个, 63%～68%; unit is the first number's, if any.
 * Returns 1 and fills c when the text at `after_first` goes on with a dash and a second number. */
static int read_range(const scan *sc, bl_claim *c, const bl_number *n, const unit_def *unit, uint32_t after_first)
{
    uint32_t after_dash;
    bl_number second;
    if (c->qualifier || !range_connector(sc, after_first, &after_dash) ||
        !bl_number_parse(sc->s + after_dash, sc->len - after_dash, &second) || second.chinese != n->chinese)
        return 0;
    const unit_def *u2 = match_unit(sc, after_dash + second.len, n->chinese);
    if (!u2 || (unit && unit->kind != u2->kind))
        return 0;
    c->kind = BL_CLAIM_RANGE;
    c->range_of = u2->kind;
    c->unit = u2->canonical;
    c->lo = n->value;
    c->hi = second.value;
    c->has_hi = 1;
    c->to = after_dash + second.len + (uint32_t)strlen(u2->text);
    return 1;
}

/* Qualifiers and total markers before the number at pos (after the previous claim, prev_end). */
static void read_before_number(const scan *sc, bl_claim *c, uint32_t pos, uint32_t prev_end)
{
    const char *before = NULL;
    for (size_t i = 0; i < sizeof before_qualifiers / sizeof *before_qualifiers && !before; i++)
        if (ends_with_at(sc, pos, before_qualifiers[i]) && pos - strlen(before_qualifiers[i]) >= prev_end)
            before = before_qualifiers[i];
    if (before && !(strcmp(before, "近") == 0 && ends_with_at(sc, pos, "最近"))) {
        c->qualifier = before; /* 约…左右: the text keeps both; the interval follows the first */
        c->from = pos - (uint32_t)strlen(before);
    }
    for (size_t i = 0; i < sizeof total_markers / sizeof *total_markers; i++)
        if (ends_with_at(sc, c->from, total_markers[i])) {
            c->marker = total_markers[i];
            break;
        }
}

/* Whether the quoted words from `at` (Han characters only, at most six) close with ” and go on with
 * the items they announce: “三统一”：…, “五必访”，即…. */
static int announces_items(const scan *sc, uint32_t quote, uint32_t at)
{
    uint32_t pos = at;
    for (int chars = 0; chars < 7; chars++) {
        uint32_t cp = cp_at(sc, pos);
        if (cp == 0x201D) {
            if (chars == 0)
                return 0;
            uint32_t after = next_pos(sc, pos);
            /* or the items stand right before it, ending in the same word: 工业源、移动源…生活源“五源” */
            uint32_t key = pos - at, before = quote >= key ? quote - key : 0;
            int listed_before = quote >= key && memcmp(sc->s + before, sc->s + at, key) == 0;
            return listed_before || starts_with(sc, after, "：") || starts_with(sc, after, "，即") ||
                   starts_with(sc, after, "即");
        }
        if (!bl_is_cjk(cp) || bl_is_chinese_numeral_char(cp))
            return 0;
        pos = next_pos(sc, pos);
    }
    return 0;
}

/* A quantity: the number n at pos, then qualifiers, a unit or a range from `at` on. */
static int read_quantity(const scan *sc, bl_claim *c, const bl_number *n, uint32_t pos, uint32_t prev_end,
                         uint32_t at)
{
    const char *q = match_word(sc, at, after_qualifiers, sizeof after_qualifiers / sizeof *after_qualifiers);
    if (q && (!strcmp(q, "多") || !strcmp(q, "余"))) {
        c->qualifier = q;
        at += BL_UTF8_HAN_BYTES; /* 多 or 余 */
    }
    const unit_def *unit = match_unit(sc, at, n->chinese);
    if (read_range(sc, c, n, unit, unit ? at + (uint32_t)strlen(unit->text) : at))
        return 1;
    if (unit) {
        c->kind = unit->kind;
        c->unit = unit->canonical;
        at += (uint32_t)strlen(unit->text);
    } else if (n->chinese) {
        /* 大 only in a named count: “五大政策体系”; other words only in a named count whose items
         * follow it: “五必访”：…必访，…必访 */
        int in_quote = cp_before(sc, c->from) == 0x201C;
        if (in_quote && cp_at(sc, at) == 0x5927) {
            c->kind = BL_CLAIM_COUNT;
            c->unit = "大";
            at += BL_UTF8_BYTES("大");
        } else if (in_quote && announces_items(sc, c->from - BL_UTF8_BYTES("“"), at)) {
            c->kind = BL_CLAIM_COUNT;
        } else {
            return 0;
        }
    } else {
        c->kind = BL_CLAIM_COUNT;
    }
    if (n->chinese && c->value == BL_SCALE && c->kind != BL_CLAIM_ORDINAL)
        return 0; /* 一个意见, 一项制度: "one", not a figure anyone checks */
    if (!c->qualifier) {
        q = match_word(sc, at, after_qualifiers, sizeof after_qualifiers / sizeof *after_qualifiers);
        if (q && !(!strcmp(q, "多") && starts_with(sc, at, "多元")) && !starts_with(sc, at, "以上率") &&
            !(!strcmp(q, "多") && !c->unit)) {
            c->qualifier = q;
            at += (uint32_t)strlen(q);
        }
    }
    if (c->unit && !strcmp(c->unit, "元") && c->qualifier == NULL && starts_with(sc, at, "多"))
        at += BL_UTF8_BYTES("多");
    c->to = at;
    if (c->from == pos)
        read_before_number(sc, c, pos, prev_end);
    set_interval(c, n->step);
    return 1;
}

/* Reads the claim whose number starts at pos. Returns 1 and fills c. */
static int read_claim(const scan *sc, uint32_t pos, uint32_t prev_end, bl_claim *c)
{
    memset(c, 0, sizeof *c);
    uint32_t start = pos;
    int ordinal = 0, percent_words = 0;
    if (ends_with_at(sc, pos, "第")) {
        ordinal = 1;
        start = pos - BL_UTF8_BYTES("第");
    } else if (ends_with_at(sc, pos, "百分之")) {
        percent_words = 1;
        start = pos - BL_UTF8_BYTES("百分之");
    }
    bl_number n;
    if (!bl_number_parse(sc->s + pos, sc->len - pos, &n) || is_label_number(sc, pos, &n))
        return 0;
    c->number_from = pos;
    c->number_to = pos + n.len;
    c->value = n.value;
    c->decimals = n.decimals;
    c->chinese = n.chinese;
    c->from = start;
    uint32_t at = c->number_to;
    if (ordinal)
        return read_ordinal(sc, c, at);
    if (percent_words) {
        c->kind = BL_CLAIM_PERCENT;
        c->unit = "%";
        c->to = at;
        set_interval(c, n.step);
        return 1;
    }
    if (n.chinese && cp_at(sc, at) == 0x6210 /* 成 */)
        return read_tenths(sc, c, &n, pos, prev_end, at);
    if (!n.chinese && read_date(sc, c, &n, at)) {
        c->lo = c->hi = c->value;
        c->has_hi = 1;
        return 1;
    }
    return read_quantity(sc, c, &n, pos, prev_end, at);
}

/* Whether a Chinese numeral at pos can start a quantity (not 统一, 之一, 进一步 …). */
static int chinese_start_ok(const scan *sc, uint32_t pos)
{
    uint32_t prev = cp_before(sc, pos);
    if (bl_is_chinese_numeral_char(prev) && prev != 0x5341)
        return 0;
    if (ends_with_at(sc, pos, "第") || ends_with_at(sc, pos, "百分之"))
        return 1;
    for (size_t i = 0; i < sizeof numeral_word_prefixes / sizeof *numeral_word_prefixes; i++)
        if (ends_with_at(sc, pos, numeral_word_prefixes[i]))
            return 0;
    uint32_t cp = cp_at(sc, pos);
    return cp != 0x96F6 && cp != 0x3007 && cp != 0x4E07 && cp != 0x4EBF && cp != 0x767E && cp != 0x5343;
}

/* ------------------------------------------------------------------ the claim list */

typedef struct claim_list {
    bl_claim *items;
    uint32_t count;
    size_t cap;
} claim_list;

static int push(claim_list *list, const bl_claim *c)
{
    if (BL_ARRAY_RESERVE(list->items, (size_t)list->count + 1, list->cap, 64))
        return BL_ERR_NOMEM;
    list->items[list->count++] = *c;
    return 0;
}

static uint32_t sentence_of(const bl_paragraph *p, uint32_t pos)
{
    for (uint32_t s = 0; s < p->sentence_count; s++)
        if (pos < p->sentences[s].to)
            return s;
    return p->sentence_count ? p->sentence_count - 1 : 0;
}

static int scan_paragraph(const bl_document *doc, uint32_t index, claim_list *list)
{
    const bl_paragraph *para = &doc->paragraphs[index];
    scan sc = {doc, para, index, para->text.s, para->text.len};
    uint32_t pos = para->heading_end, prev_end = 0;
    uint32_t first_of_paragraph = list->count;
    if (para->heading_end) /* the run-in heading's own marker is not a quantity */
        pos = para->heading_end;
    uint32_t prev = cp_before(&sc, pos); /* the character before pos, carried along */
    while (pos < sc.len) {
        size_t after = pos;
        uint32_t cp = bl_utf8_next(sc.s, sc.len, &after);
        int candidate = 0;
        if (bl_is_digit(cp)) {
            /* not the digits after a decimal point (a '.' after a digit), nor part of a name (G20) */
            size_t back = pos;
            int after_point = 0;
            if (prev == '.' || prev == 0xFF0E) {
                bl_utf8_prev(sc.s, &back);
                after_point = back > 0 && bl_is_digit(cp_before(&sc, (uint32_t)back));
            }
            candidate = !bl_is_digit(prev) && !after_point && !((prev | 0x20) >= 'a' && (prev | 0x20) <= 'z');
        }
        else if (bl_is_chinese_numeral_char(cp))
            candidate = chinese_start_ok(&sc, pos);
        bl_claim c;
        if (candidate && read_claim(&sc, pos, prev_end, &c)) {
            c.paragraph = index;
            c.sentence = sentence_of(para, c.number_from);
            find_noun(&sc, &c, prev_end);
            if (push(list, &c))
                return BL_ERR_NOMEM;
            prev_end = c.to;
            pos = c.to > pos ? c.to : (uint32_t)after;
            prev = cp_before(&sc, pos);
            continue;
        }
        if (candidate) { /* skip the rest of the digits of a number that is not a claim */
            bl_number n;
            if (bl_number_parse(sc.s + pos, sc.len - pos, &n)) {
                pos += n.len;
                prev = cp_before(&sc, pos);
                continue;
            }
        }
        pos = (uint32_t)after;
        prev = cp;
    }
    /* ２５８和１４８个百分点: a number without unit takes the unit of the next one after 和/、
     * (right to left, so that A、B和C个 passes C's unit to B and then to A) */
    static const char *const joins[] = {"和", "、", "与", "及", "或", ",", "，"};
    for (uint32_t i = list->count; i > first_of_paragraph + 1; i--) {
        bl_claim *a = &list->items[i - 2], *b = &list->items[i - 1];
        /* 4.7个和13.5个百分点: 个 alone before a change in points is the first half of 个百分点 */
        int half_points = a->unit && strcmp(a->unit, "个") == 0 && b->kind == BL_CLAIM_POINTS;
        if ((a->unit && !half_points) || a->kind != BL_CLAIM_COUNT || !b->unit || b->kind == BL_CLAIM_DATE)
            continue;
        for (size_t j = 0; j < sizeof joins / sizeof *joins; j++)
            if (a->to + strlen(joins[j]) == b->from && memcmp(sc.s + a->to, joins[j], strlen(joins[j])) == 0) {
                a->kind = b->kind;
                a->range_of = b->range_of;
                a->unit = b->unit;
                a->unit_inherited = 1;
                a->noun_from = b->noun_from;
                a->noun_to = b->noun_to;
                break;
            }
    }
    return 0;
}

/* The bulletin's own date: a full date (2024年11月20日) on the masthead or title lines. */
static void bulletin_date(const bl_document *doc, bl_claim_set *set)
{
    for (uint32_t b = 0; b < doc->page.block_count; b++) {
        const bl_block *block = &doc->page.blocks[b];
        if (block->part != BL_PART_MASTHEAD && block->part != BL_PART_TITLE)
            continue;
        scan sc = {doc, NULL, 0, block->text.s, block->text.len};
        for (uint32_t pos = 0; pos < sc.len; pos = next_pos(&sc, pos)) {
            if (!bl_is_digit(cp_at(&sc, pos)) || bl_is_digit(cp_before(&sc, pos)))
                continue;
            bl_claim c;
            if (read_claim(&sc, pos, 0, &c) && c.kind == BL_CLAIM_DATE && c.year && c.month && c.day) {
                set->bulletin_year = c.year;
                set->bulletin_month = c.month;
                set->bulletin_day = c.day;
                return;
            }
        }
    }
}

int bl_claims_extract(const bl_document *doc, bl_arena *arena, bl_claim_set *set)
{
    memset(set, 0, sizeof *set);
    claim_list list = {0};
    for (uint32_t i = 0; i < doc->paragraph_count; i++)
        if (scan_paragraph(doc, i, &list)) {
            free(list.items);
            return BL_ERR_NOMEM;
        }
    bulletin_date(doc, set);
    for (uint32_t i = 0; i < list.count && set->bulletin_year; i++) {
        bl_claim *c = &list.items[i];
        const bl_paragraph *p = &doc->paragraphs[c->paragraph];
        if (c->kind == BL_CLAIM_DATE && !c->year && c->from >= BL_UTF8_BYTES("今年") &&
            memcmp(p->text.s + c->from - BL_UTF8_BYTES("今年"), "今年", BL_UTF8_BYTES("今年")) == 0) {
            c->year = set->bulletin_year;
            c->year_resolved = 1;
        }
    }
    set->claims = bl_arena_alloc(arena, (list.count ? list.count : 1) * sizeof *set->claims);
    if (!set->claims) {
        free(list.items);
        return BL_ERR_NOMEM;
    }
    if (list.count)
        memcpy(set->claims, list.items, list.count * sizeof *list.items);
    set->claim_count = list.count;
    free(list.items);
    return BL_OK;
}

const char *bl_claim_kind_name(bl_claim_kind kind)
{
    static const char *const names[] = {"count", "money", "area", "percent", "points", "date",
                                        "year", "ordinal", "range", "multiple", "measure"};
    return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : "count";
}
