/* qc-window.h: the main window, the workbench over a QcStore
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qc-article-view.h"
#include "qc-library-sidebar.h"
#include "qc-store.h"

G_BEGIN_DECLS

#define QC_TYPE_WINDOW (qc_window_get_type ())

G_DECLARE_FINAL_TYPE (QcWindow, qc_window, QC, WINDOW, AdwApplicationWindow)

typedef struct _QcFileOpening QcFileOpening;

QcWindow         *qc_window_new                   (GtkApplication  *application,
                                                   QcStore         *store);
QcStore          *qc_window_get_store             (QcWindow        *self);
QcArticleView    *qc_window_get_article_view      (QcWindow        *self);
QcLibrarySidebar *qc_window_get_library_sidebar   (QcWindow        *self);
GtkWidget        *qc_window_get_claim_list        (QcWindow        *self);
GtkWidget        *qc_window_get_claim_inspector   (QcWindow        *self);
GtkWidget        *qc_window_get_speakers_page     (QcWindow        *self);
gint64            qc_window_get_article_id        (QcWindow        *self);
gboolean          qc_window_open_article          (QcWindow        *self,
                                                   gint64           article_id,
                                                   GError         **error);
gint64            qc_window_get_selected_claim_id (QcWindow        *self);
void              qc_window_set_selected_claim_id (QcWindow        *self,
                                                   gint64           claim_id);
void              qc_window_show_page             (QcWindow        *self,
                                                   const char      *name);
gboolean          qc_window_import_file           (QcWindow        *self,
                                                   GFile           *file,
                                                   GError         **error);
void              qc_window_open_file             (QcWindow        *self,
                                                   GFile           *file);
QcFileOpening    *qc_window_begin_open_file       (QcStore         *store,
                                                   GFile           *file);
void              qc_window_finish_open_file      (QcWindow        *self,
                                                   QcFileOpening   *opening);
gboolean          qc_window_is_importing          (QcWindow        *self);
gboolean          qc_window_import_text           (QcWindow        *self,
                                                   const char      *text,
                                                   gssize           length,
                                                   const char      *title,
                                                   GError         **error);
void              qc_window_restore_last_article  (QcWindow        *self);
void              qc_window_reload                (QcWindow        *self);
void              qc_window_show_error            (QcWindow        *self,
                                                   const GError    *error);

/* Review mode */
gboolean          qc_window_import_annotations    (QcWindow            *self,
                                                   GFile               *file,
                                                   const char * const  *annotators,
                                                   GPtrArray          **results,
                                                   GError             **error);
void              qc_window_open_annotations_file (QcWindow            *self,
                                                   GFile               *file);
gint64            qc_window_get_review_colleague  (QcWindow            *self);
void              qc_window_set_review_colleague  (QcWindow            *self,
                                                   gint64               annotator_id);
GListModel       *qc_window_get_review_pairs      (QcWindow            *self);
guint             qc_window_get_review_position   (QcWindow            *self);
void              qc_window_select_review_pair    (QcWindow            *self,
                                                   guint                position);
GtkWidget        *qc_window_get_review_panel      (QcWindow            *self);
const char       *qc_window_get_review_summary    (QcWindow            *self);

G_END_DECLS
