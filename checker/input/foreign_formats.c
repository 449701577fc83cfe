/* foreign_formats.c - files that are neither text nor .docx, recognised by their first bytes: each
 * is refused with a message in Chinese (the editors' language) that names its format and says how
 * to convert it. */
#include <stdio.h>
#include <string.h>

#include "reader.h"

/* memmem is not POSIX */
static const void *find_bytes(const char *hay, size_t len, const char *needle, size_t n)
{
    for (size_t i = 0; n && i + n <= len; i++)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, n) == 0)
            return hay + i;
    return NULL;
}

#define CONVERT "soffice --headless --convert-to docx 文件名"

static int starts(const char *bytes, size_t len, const char *magic, size_t n)
{
    return len >= n && memcmp(bytes, magic, n) == 0;
}

/* An OLE2 compound file (legacy Word, WPS, an encrypted .docx) names its streams in UTF-16LE. */
static int has_stream(const char *bytes, size_t len, const char *ascii)
{
    char name[64];
    size_t n = strlen(ascii);
    for (size_t i = 0; i < n; i++) {
        name[2 * i] = ascii[i];
        name[2 * i + 1] = '\0';
    }
    return find_bytes(bytes, len, name, 2 * n) != NULL;
}

static const char *format_of(const char *bytes, size_t len)
{
    if (starts(bytes, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
        if (has_stream(bytes, len, "EncryptionInfo") || has_stream(bytes, len, "EncryptedPackage"))
            return "这是设有打开密码的加密 Word 文档，无法读取：请在 Word 或 WPS 中打开，取消密码"
                   "（Word：文件→信息→保护文档→用密码进行加密，清空密码）后另存为 .docx 再检查";
        return "这是旧版 Word 文档（.doc）或 WPS 文字文档（.wps，OLE2 复合文档格式），bulletin-lint 只读取 .docx 和纯文本："
               "请在 Word 或 WPS 中另存为 Word 文档（.docx），或运行 " CONVERT;
    }
    if (starts(bytes, len, "%PDF-", 5))
        return "这是 PDF 文件，bulletin-lint 只读取 .docx 和纯文本：请用原稿（Word/WPS）检查，"
               "或把 PDF 的文字提取为纯文本（pdftotext -layout 文件.pdf 文件.txt）后检查";
    if (starts(bytes, len, "{\\rtf", 5))
        return "这是 RTF 文件，bulletin-lint 只读取 .docx 和纯文本：请在 Word 或 WPS 中另存为 .docx，或运行 " CONVERT;
    if (starts(bytes, len, "\xFF\xFE", 2) || starts(bytes, len, "\xFE\xFF", 2))
        return "这是 UTF-16 编码的文本（文件开头有字节顺序标记），bulletin-lint 读取 UTF-8 和 GB18030 文本：请在记事本等编辑器中"
               "另存为 UTF-8，或运行 iconv -f UTF-16 -t UTF-8 文件.txt > 新文件.txt；也可运行 " CONVERT;
    return NULL;
}

static int accepts(const char *bytes, size_t len)
{
    return format_of(bytes, len) != NULL;
}

static int refuse(bl_source *out, const char *bytes, size_t len, bl_encoding requested, bl_error *err)
{
    (void)out;
    (void)requested;
    if (err)
        snprintf(err->message, sizeof err->message, "%s", format_of(bytes, len));
    return BL_ERR_INPUT;
}

const bl_input_reader bl_foreign_reader = {"foreign", accepts, refuse};
