/* qc-window.h: the main window, one article at a time
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qc-article-view.h"
#include "qc-detect.h"

G_BEGIN_DECLS

#define QC_TYPE_WINDOW (qc_window_get_type ())

G_DECLARE_FINAL_TYPE (QcWindow, qc_window, QC, WINDOW, AdwApplicationWindow)

QcWindow      *qc_window_new              (GtkApplication  *application);
GFile         *qc_window_get_file         (QcWindow        *self);
QcDetection   *qc_window_get_detection    (QcWindow        *self);
QcArticleView *qc_window_get_article_view (QcWindow        *self);
gboolean       qc_window_load_file        (QcWindow        *self,
                                           GFile           *file,
                                           GError         **error);
void           qc_window_open_file        (QcWindow        *self,
                                           GFile           *file);
void           qc_window_show_error       (QcWindow        *self,
                                           const GError    *error);

G_END_DECLS
