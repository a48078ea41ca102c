/* qc-cli-review.h: the agreement and compare commands of quotecheck-cli
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdio.h>

G_BEGIN_DECLS

gboolean qc_cli_review_handles    (const char *command);
void     qc_cli_review_print_help (FILE       *out);
int      qc_cli_review_run        (int         argc,
                                   char      **argv);

G_END_DECLS
