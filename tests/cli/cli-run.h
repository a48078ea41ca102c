/* cli-run.h: running quotecheck-cli ($QC_CLI) from a test, and checking
 * what it printed
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qc-autocleanups.h"

G_BEGIN_DECLS

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

void         run_clear             (Run         *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

void         run_set_lsan_options  (const char  *options);
void         run_argv              (Run         *run,
                                    const char **args);

#define RUN(run, ...) run_argv ((run), (const char *[]) { __VA_ARGS__, NULL })

void         assert_one_line_error (Run         *run,
                                    const char  *what);
void         assert_usage          (Run         *run);
json_object *parse                 (const char  *text);
void         remove_tree           (const char  *path);

G_END_DECLS
