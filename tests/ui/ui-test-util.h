/* ui-test-util.h: helpers the UI test programs share
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qc-claim.h"

G_BEGIN_DECLS

void     ui_test_remove_dir      (const char *path);
void     ui_test_wait_for_frames (GtkWidget  *widget,
                                  guint       n_frames);
void     ui_test_save_png        (GtkWidget  *widget,
                                  const char *name);
QcClaim *ui_test_dup_row_claim   (GListModel *rows,
                                  guint       position);
void     ui_test_no_display      (void);

G_END_DECLS
