/* zip_library.c - libzip, loaded on first use (dlopen). */
#include "zip_library.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

#ifndef BL_LIBZIP_SONAME
#define BL_LIBZIP_SONAME "libzip.so.4"
#endif

typedef struct loaded {
    bl_zip_library functions;
    int ok;
    char error[256];
} loaded;

/* Written once, under pthread_once, before any engine reads it. */
static loaded library;
static pthread_once_t library_once = PTHREAD_ONCE_INIT;

static void load_library(void)
{
    void *handle = dlopen(BL_LIBZIP_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = dlerror();
        snprintf(library.error, sizeof library.error, "cannot load %s to read .docx files: %s", BL_LIBZIP_SONAME,
                 why ? why : "unknown error");
        return;
    }
    const char *missing = NULL;
#define BL_ZIP_LOOKUP(f)                                   \
    *(void **)&library.functions.f = dlsym(handle, #f);    \
    if (!library.functions.f && !missing)                  \
        missing = #f;
    BL_ZIP_FUNCTIONS(BL_ZIP_LOOKUP)
#undef BL_ZIP_LOOKUP
    if (missing) {
        snprintf(library.error, sizeof library.error, "%s has no %s: cannot read .docx files", BL_LIBZIP_SONAME,
                 missing);
        return;
    }
    library.ok = 1;
}

const bl_zip_library *bl_zip_library_get(bl_error *err)
{
    pthread_once(&library_once, load_library);
    if (library.ok)
        return &library.functions;
    snprintf(err->message, sizeof err->message, "%s", library.error);
    return NULL;
}
