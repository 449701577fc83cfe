/* zip_library.h - libzip, opened when the first .docx is read or written: a text file is checked
 * without it. libzip brings libcrypto, whose 3,000 symbols are bound when it is loaded (it is
 * linked with BIND_NOW): 3.3M instructions, a tenth of what starting the command cost. */
#ifndef BL_ZIP_LIBRARY_H
#define BL_ZIP_LIBRARY_H
#include <zip.h>
#include "bulletin_lint/bulletin_lint.h"

/* The functions of libzip that docx_package.c calls, each through the table below by its name. */
#define BL_ZIP_FUNCTIONS(X)                                                                                  \
    X(zip_close) X(zip_discard) X(zip_error_fini) X(zip_error_init) X(zip_error_strerror) X(zip_fclose)     \
    X(zip_file_add) X(zip_file_replace) X(zip_file_set_mtime) X(zip_file_strerror) X(zip_fopen_index)      \
    X(zip_fread) X(zip_get_name) X(zip_get_num_entries) X(zip_name_locate) X(zip_open_from_source)         \
    X(zip_set_file_compression) X(zip_source_buffer) X(zip_source_buffer_create) X(zip_source_close)       \
    X(zip_source_free) X(zip_source_keep) X(zip_source_open) X(zip_source_read) X(zip_source_stat)         \
    X(zip_stat_index) X(zip_strerror)

typedef struct bl_zip_library {
#define BL_ZIP_POINTER(f) __typeof__(f) *f;
    BL_ZIP_FUNCTIONS(BL_ZIP_POINTER)
#undef BL_ZIP_POINTER
} bl_zip_library;

/* libzip's functions, the library loaded by the first call of the process (any thread; it stays
 * loaded); NULL, with err saying why, when it cannot be loaded. The table is filled once and only
 * read after: it is shared by every engine. */
const bl_zip_library *bl_zip_library_get(bl_error *err);

#endif
