/* check.c - checking the inputs, on one thread or on several (--jobs), with the results handed
 * back in input order so that the output does not depend on the thread schedule. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int has_fixes(const bl_report *report)
{
    for (size_t i = 0; i < bl_report_diagnostic_count(report); i++)
        if (bl_report_diagnostic(report, i)->fix_count)
            return 1;
    return 0;
}

void check_file(bl_engine *engine, config_cache *configs, const check_setup *setup, const char *path,
                file_result *out)
{
    memset(out, 0, sizeof *out);
    const char *shown = strcmp(path, "-") == 0 ? (setup->stdin_filename ? setup->stdin_filename : "<stdin>") : path;
    bl_check_options co = *setup->check;
    char *config_error = NULL;
    /* standard input named with --stdin-filename gets the configuration of that file */
    const char *config_of = strcmp(path, "-") == 0 && setup->stdin_filename ? setup->stdin_filename : path;
    co.config = config_for(engine, configs, setup->config_path, config_of, &config_error);
    if (config_error) {
        out->problem = config_error;
        out->config_failed = 1;
        return;
    }
    size_t len = 0;
    const char *why = NULL;
    char *bytes = read_input(path, &len, &why, &out->read_as, setup->fix == 1);
    if (!bytes) { /* a report that carries why, so that every output format lists the file */
        if (bl_report_new_unreadable(&out->report, shown, why) == BL_OK)
            return;
        size_t n = strlen(shown) + strlen(why) + 4;
        out->problem = malloc(n);
        if (out->problem)
            snprintf(out->problem, n, "%s: %s", shown, why);
        return;
    }
    bl_engine_check(engine, shown, bytes, len, &co, &out->report);
    free(bytes);
    if (out->report && setup->fix && has_fixes(out->report) &&
        (setup->fix == 2 || fix_writable(path, &out->fix_error) == 0))
        fix_to_fixed_point(engine, shown, &co, setup->fix == 2, &out->report, out);
    if (out->report)
        out->accepted = accepted_filter(co.config, out->report, config_of, out);
    if (!out->report) {
        size_t n = strlen(shown) + 32;
        out->problem = malloc(n);
        if (out->problem)
            snprintf(out->problem, n, "%s: out of memory", shown);
    }
}

void file_result_release(file_result *r)
{
    bl_report_free(r->report);
    free(r->problem);
    for (size_t i = 0; i < r->note_count; i++)
        free(r->notes[i]);
    free(r->notes);
    free(r->fixed);
    free(r->fix_error);
    free(r->original);
    memset(r, 0, sizeof *r);
}

/* ------------------------------------------------------------------ workers */

typedef struct shared {
    const check_setup *setup;
    const input_list *inputs;
    file_result *results;
    unsigned char *done;
    size_t next;                 /* the next input to take */
    pthread_mutex_t lock;
    pthread_cond_t finished;     /* signalled when a result is done */
} shared;

static void *worker(void *arg)
{
    shared *sh = arg;
    bl_engine *engine = NULL;
    bl_error err = {{0}};
    int engine_ok = bl_engine_new(&engine, sh->setup->engine, &err) == BL_OK;
    config_cache configs = {{0}, {0}, {0}, 0};
    for (;;) {
        pthread_mutex_lock(&sh->lock);
        size_t i = sh->next++;
        pthread_mutex_unlock(&sh->lock);
        if (i >= sh->inputs->count)
            break;
        file_result r;
        if (engine_ok) {
            check_file(engine, &configs, sh->setup, sh->inputs->paths[i], &r);
        } else {
            memset(&r, 0, sizeof r);
            r.problem = strdup(err.message);
        }
        pthread_mutex_lock(&sh->lock);
        sh->results[i] = r;
        sh->done[i] = 1;
        pthread_cond_broadcast(&sh->finished);
        pthread_mutex_unlock(&sh->lock);
    }
    configs_free(engine, &configs);
    if (engine_ok && sh->setup->worker_stats) { /* hand this engine's statistics to the total */
        pthread_mutex_lock(&sh->lock);
        for (size_t i = 0; i < sh->setup->rule_count && i < bl_engine_rule_count(engine); i++) {
            bl_rule_stats st;
            bl_engine_rule_stats(engine, i, &st);
            sh->setup->worker_stats[i].nanoseconds += st.nanoseconds;
            sh->setup->worker_stats[i].findings += st.findings;
            sh->setup->worker_stats[i].documents += st.documents;
        }
        pthread_mutex_unlock(&sh->lock);
    }
    bl_engine_free(engine);
    return NULL;
}

void check_all(bl_engine *engine, const check_setup *setup, const input_list *inputs, int jobs,
               void (*emit)(size_t index, file_result *result, void *ctx), void *ctx)
{
    if (jobs > (int)inputs->count)
        jobs = (int)inputs->count;
    if (jobs <= 1) {
        config_cache configs = {{0}, {0}, {0}, 0};
        for (size_t i = 0; i < inputs->count; i++) {
            file_result r;
            check_file(engine, &configs, setup, inputs->paths[i], &r);
            emit(i, &r, ctx);
            file_result_release(&r);
        }
        configs_free(engine, &configs);
        return;
    }
    shared sh = {setup, inputs, calloc(inputs->count, sizeof(file_result)), calloc(inputs->count, 1), 0,
                 PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER};
    pthread_t *threads = calloc((size_t)jobs, sizeof *threads);
    if (!sh.results || !sh.done || !threads) {
        free(sh.results);
        free(sh.done);
        free(threads);
        check_all(engine, setup, inputs, 1, emit, ctx);
        return;
    }
    int started = 0;
    for (int k = 0; k < jobs; k++)
        started += pthread_create(&threads[started], NULL, worker, &sh) == 0;
    if (started == 0) { /* no thread: do it here */
        free(sh.results);
        free(sh.done);
        free(threads);
        check_all(engine, setup, inputs, 1, emit, ctx);
        return;
    }
    for (size_t i = 0; i < inputs->count; i++) {
        pthread_mutex_lock(&sh.lock);
        while (!sh.done[i])
            pthread_cond_wait(&sh.finished, &sh.lock);
        pthread_mutex_unlock(&sh.lock);
        emit(i, &sh.results[i], ctx);
        file_result_release(&sh.results[i]);
    }
    for (int k = 0; k < started; k++)
        pthread_join(threads[k], NULL);
    free(sh.results);
    free(sh.done);
    free(threads);
}
