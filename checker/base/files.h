/* files.h - reading a whole file (rule files, configurations) and listing a directory. */
#ifndef BL_FILES_H
#define BL_FILES_H
#include <stddef.h>

/* The bytes of the file at path, NUL-terminated, malloc'd (the caller's); NULL with errno set, to
 * EFBIG for a file of more than max bytes (read no further). */
char *bl_read_file(const char *path, size_t max, size_t *len);

/* The sorted names of the entries of dir that end with suffix: regular files, or directories
 * when want_dirs (suffix "" takes every name); names starting with '.' are left out. *names (the
 * caller's, freed with bl_free_names) is NULL when there are none or dir cannot be opened.
 * Returns 0, or -1 when memory runs out (with nothing to free). */
int bl_list_dir(const char *dir, const char *suffix, int want_dirs, char ***names, size_t *count);
void bl_free_names(char **names, size_t count);

/* The absolute path of path in buf (PATH_MAX bytes), links resolved, also for a file that does
 * not exist (--stdin-filename names one): its folder resolved, or else the working directory
 * before it. Returns buf, or NULL when even that fails. */
char *bl_absolute_path(const char *path, char *buf);

#endif
