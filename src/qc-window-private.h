/* qc-window-private.h: what qc-window.c and qc-window-actions.c share
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-claim-inspector.h"
#include "qc-claim-list.h"
#include "qc-speakers-page.h"
#include "qc-window.h"

G_BEGIN_DECLS

struct _QcWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *view_stack;
  GtkWidget            *sidebar_button;
  GtkWidget            *new_claim_button;
  GtkWidget            *highlight_menu_button;
  AdwToastOverlay      *toast_overlay;
  GtkPaned             *sidebar_paned;
  GtkPaned             *inspector_paned;
  GtkPaned             *list_paned;
  GtkStack             *content_stack;
  AdwStatusPage        *empty_page;
  QcLibrarySidebar     *library_sidebar;
  QcArticleView        *article_view;
  AdwBin               *claim_list_bin;
  AdwBin               *claim_inspector_bin;
  AdwBin               *speakers_page_bin;

  /* Borrowed references: created with the store, in the bins above */
  QcClaimList          *claim_list;
  QcClaimInspector     *claim_inspector;
  QcSpeakersPage       *speakers_page;

  /* Owned references */
  QcStore              *store;
  GSettings            *settings;
  GtkNativeDialog      *file_chooser;
  GSignalGroup         *buffer_signals;
  AdwToast             *undo_toast;

  /* State */
  gint64                selected_claim_id;
  guint                 inspector_restored : 1;
  guint                 list_restored : 1;
  guint                 store_notifies : 1;   /* QcStore emits "changed" */
  guint                 in_reload : 1;
};

void _qc_window_class_actions_init (GtkWidgetClass *widget_class);
void _qc_window_actions_init       (QcWindow       *self);
void _qc_window_update_actions     (QcWindow       *self);
void _qc_window_store_changed      (QcWindow       *self);
void _qc_window_show_toast         (QcWindow       *self,
                                    const char     *message);
void _qc_window_open_file_chooser  (QcWindow       *self);

G_END_DECLS
