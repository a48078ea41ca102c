/* qc-cli-store.h: the database commands of quotecheck-cli
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

gboolean qc_cli_store_handles    (const char *command);
void     qc_cli_store_print_help (FILE       *out);
int      qc_cli_store_run        (int         argc,
                                  char      **argv);

G_END_DECLS
