/* qc-library-sidebar.h: every article in the database, searchable
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "qc-store.h"

G_BEGIN_DECLS

#define QC_TYPE_LIBRARY_SIDEBAR (qc_library_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (QcLibrarySidebar, qc_library_sidebar, QC, LIBRARY_SIDEBAR, GtkWidget)

GtkWidget  *qc_library_sidebar_new                     (QcStore          *store);
QcStore    *qc_library_sidebar_get_store               (QcLibrarySidebar *self);
void        qc_library_sidebar_set_store               (QcLibrarySidebar *self,
                                                        QcStore          *store);
gint64      qc_library_sidebar_get_selected_article_id (QcLibrarySidebar *self);
void        qc_library_sidebar_set_selected_article_id (QcLibrarySidebar *self,
                                                        gint64            article_id);
GListModel *qc_library_sidebar_get_articles            (QcLibrarySidebar *self);
GListModel *qc_library_sidebar_get_visible_articles    (QcLibrarySidebar *self);
void        qc_library_sidebar_set_search_text         (QcLibrarySidebar *self,
                                                        const char       *text);
void        qc_library_sidebar_focus_search            (QcLibrarySidebar *self);
void        qc_library_sidebar_reload                  (QcLibrarySidebar *self);
void        qc_library_sidebar_update_article          (QcLibrarySidebar *self,
                                                        QcArticle        *article);

G_END_DECLS
