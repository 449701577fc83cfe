/* files.h - reading a whole file (rule files, configurations). */
#ifndef BL_FILES_H
#define BL_FILES_H
#include <stddef.h>

/* The bytes of the file at path, NUL-terminated, malloc'd (the caller's); NULL with errno set. */
char *bl_read_file(const char *path, size_t *len);

#endif
