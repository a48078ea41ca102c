/* qc-window-private.h: what qc-window.c and qc-window-actions.c share
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-claim-inspector.h"
#include "qc-claim-list.h"
#include "qc-review-panel.h"
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
  GtkStack             *inspector_stack;

  /* Template widgets: review mode (qc-review-mode.c) */
  GtkWidget            *review_button;
  GtkRevealer          *review_revealer;
  GtkDropDown          *colleague_drop_down;
  GtkStringList        *colleague_names;
  GtkLabel             *review_count_label;
  GtkLabel             *review_figures_label;
  GtkLabel             *legend_theirs_label;
  GtkLabel             *legend_only_theirs_label;
  GtkLabel             *legend_disagreement_label;
  QcReviewPanel        *review_panel;

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
  GListModel           *review_pairs;       /* of the article open; NULL outside review mode */
  GArray               *colleague_ids;      /* gint64: the annotators in colleague_names */
  GtkWidget            *colleague_popover;
  GtkNativeDialog      *annotations_chooser;

  /* State */
  gint64                selected_claim_id;
  guint                 inspector_restored : 1;
  guint                 list_restored : 1;
  guint                 store_notifies : 1;   /* QcStore emits "changed" */
  guint                 in_reload : 1;
  guint                 n_imports;            /* qc_window_open_file() running */

  /* State: review mode */
  gint64                review_colleague;   /* their annotator row; 0 outside review mode */
  gint64                last_colleague;     /* the one chosen before, in this session */
  guint                 review_position;    /* the selected pair, G_MAXUINT for none */
  QcReviewField         review_kept_fields; /* "Keep Mine" chosen per field on that pair */
  guint                 in_review_select : 1;
  guint                 in_colleague_update : 1;
};

void _qc_window_class_actions_init (GtkWidgetClass *widget_class);
void _qc_window_actions_init       (QcWindow       *self);
void _qc_window_update_actions     (QcWindow       *self);
void _qc_window_store_changed      (QcWindow       *self);
void _qc_window_show_toast         (QcWindow       *self,
                                    const char     *message);
void _qc_window_open_file_chooser  (QcWindow       *self);

/* Review mode, qc-review-mode.c */
void _qc_window_review_class_init  (GtkWidgetClass *widget_class);
void _qc_window_review_init        (QcWindow       *self);
void _qc_window_review_dispose     (QcWindow       *self);
void _qc_window_review_reload      (QcWindow       *self);
void _qc_window_review_update_actions (QcWindow    *self);
void _qc_window_set_review_mode    (QcWindow       *self,
                                    gboolean        review);

G_END_DECLS
