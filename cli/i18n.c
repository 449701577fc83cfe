/* i18n.c - the program's own messages in the user's language: English, or Chinese from the
 * gettext catalogue po/zh_CN.po (compiled with msgfmt at build time, installed, and built into the
 * binary).
 *
 * The language is --lang, else the first of LC_ALL, LC_MESSAGES and LANG that is set: one starting
 * with "zh" gives Chinese. It is read from the variables themselves, not through setlocale, so
 * that Chinese is given whether or not that locale is installed on the machine (a CI runner or a
 * container seldom has it); for the same reason the catalogue is read here (the GNU .mo format)
 * rather than by the C library. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "files.h"

extern const unsigned char bl_embedded_zh_cn_mo[]; /* generated from po/zh_CN.po */
extern const size_t bl_embedded_zh_cn_mo_size;

/* The catalogue in use: the bytes of a .mo file, or none (English); and the built-in Chinese one,
 * for what is Chinese whatever the language (the HTML report). Set once, before any thread starts,
 * and only read afterwards. */
typedef struct catalogue {
    const unsigned char *bytes;
    size_t size;
    uint32_t count, originals, translations;
    int swapped;
    char *owned;          /* a catalogue read from a file */
    int chinese;
} catalogue;
static catalogue current, builtin_chinese;

static uint32_t word_at(const catalogue *c, size_t offset)
{
    if (offset + 4 > c->size)
        return 0;
    const unsigned char *p = c->bytes + offset;
    uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    return c->swapped ? (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24) : v;
}

/* The string of table entry i (its length in *len), or NULL when the entry lies outside the file. */
static const char *entry(const catalogue *c, uint32_t table, uint32_t i, uint32_t *len)
{
    uint32_t n = word_at(c, (size_t)table + 8u * i), at = word_at(c, (size_t)table + 8u * i + 4);
    if ((size_t)at + n + 1 > c->size || c->bytes[(size_t)at + n] != '\0')
        return NULL;
    *len = n;
    return (const char *)c->bytes + at;
}

static int use_catalogue(catalogue *c, const unsigned char *bytes, size_t size)
{
    c->bytes = bytes;
    c->size = size;
    uint32_t magic = size >= 28 ? (uint32_t)bytes[0] | (uint32_t)bytes[1] << 8 | (uint32_t)bytes[2] << 16 |
                                      (uint32_t)bytes[3] << 24
                                : 0;
    if (magic != 0x950412deu && magic != 0xde120495u) {
        c->bytes = NULL;
        return -1;
    }
    c->swapped = magic == 0xde120495u;
    c->count = word_at(c, 8);
    c->originals = word_at(c, 12);
    c->translations = word_at(c, 16);
    return 0;
}

/* The catalogue's translation of msgid (the first form for a plural entry), or NULL. The
 * originals are sorted (msgfmt writes them so): a binary search. */
static const char *lookup(const catalogue *cat, const char *msgid)
{
    if (!cat->bytes)
        return NULL;
    uint32_t lo = 0, hi = cat->count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2, len;
        const char *original = entry(cat, cat->originals, mid, &len);
        if (!original)
            return NULL;
        int c = strcmp(msgid, original); /* a plural entry's key ends at its first NUL */
        if (c == 0) {
            const char *t = entry(cat, cat->translations, mid, &len);
            return t && *t ? t : NULL;
        }
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

const char *bl_tr(const char *msgid)
{
    const char *t = lookup(&current, msgid);
    return t ? t : msgid;
}

const char *bl_tr_chinese(const char *msgid)
{
    const char *t = lookup(current.chinese ? &current : &builtin_chinese, msgid);
    return t ? t : msgid;
}

const char *bl_ntr(const char *one, const char *many, unsigned long n)
{
    const char *t = lookup(&current, one); /* Chinese has one form (nplurals=1) */
    return t ? t : n == 1 ? one : many;
}

int i18n_chinese(void)
{
    return current.chinese;
}

/* The --lang value among the arguments, read before the options are parsed so that their own
 * errors are in the chosen language. */
static const char *lang_argument(int argc, char **argv)
{
    const char *lang = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (strncmp(argv[i], "--lang=", 7) == 0)
            lang = argv[i] + 7;
        else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            lang = argv[i + 1];
    }
    return lang;
}

static int wants_chinese(const char *lang)
{
    if (lang)
        return strncmp(lang, "zh", 2) == 0;
    static const char *const variables[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < 3; i++) {
        const char *v = getenv(variables[i]);
        if (v && *v)
            return strncmp(v, "zh", 2) == 0;
    }
    return 0;
}

/* An installed catalogue: $BULLETIN_LINT_LOCALEDIR, or the one installed with the binary
 * (BIN/../share/locale). Otherwise the one built into the binary: the same text. */
static int load_installed(void)
{
    char dirs[2][PATH_MAX];
    size_t n = 0;
    const char *env = getenv("BULLETIN_LINT_LOCALEDIR");
    if (env && *env)
        snprintf(dirs[n++], PATH_MAX, "%s", env);
    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len > 0) {
        exe[len] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            snprintf(dirs[n++], PATH_MAX, "%.*s/../share/locale", PATH_MAX - 32, exe);
        }
    }
    for (size_t i = 0; i < n; i++) {
        char path[PATH_MAX + 64];
        snprintf(path, sizeof path, "%.*s/zh_CN/LC_MESSAGES/bulletin-lint.mo", PATH_MAX - 1, dirs[i]);
        size_t size;
        char *bytes = bl_read_file(path, 16u << 20, &size); /* a catalogue is a few hundred KiB */
        if (bytes && use_catalogue(&current, (const unsigned char *)bytes, size) == 0) {
            current.owned = bytes;
            return 0;
        }
        free(bytes);
    }
    return -1;
}

void i18n_init(int argc, char **argv)
{
    const char *lang = lang_argument(argc, argv);
    use_catalogue(&builtin_chinese, bl_embedded_zh_cn_mo, bl_embedded_zh_cn_mo_size);
    current.chinese = wants_chinese(lang);
    if (!current.chinese)
        return;
    if (load_installed() != 0)
        use_catalogue(&current, bl_embedded_zh_cn_mo, bl_embedded_zh_cn_mo_size);
}

void i18n_free(void)
{
    free(current.owned);
    memset(&current, 0, sizeof current);
    memset(&builtin_chinese, 0, sizeof builtin_chinese);
}
