/* markup.c - escaping text for XML and HTML. */
#include "cli.h"

void markup_escape(FILE *out, const char *s, size_t len, int drop_controls)
{
    for (size_t i = 0; i < len; i++) {
        switch (s[i]) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        default:
            if (!drop_controls || (unsigned char)s[i] >= 0x20 || s[i] == '\n' || s[i] == '\t')
                fputc(s[i], out);
        }
    }
}
