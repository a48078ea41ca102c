/* qc-cli-export.h: the export and import-annotations commands of quotecheck-cli
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

gboolean qc_cli_export_handles    (const char *command);
void     qc_cli_export_print_help (FILE       *out);
int      qc_cli_export_run        (int         argc,
                                   char      **argv);

G_END_DECLS
