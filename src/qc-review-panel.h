/* qc-review-panel.h: my claim and a colleague's side by side, to resolve
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qc-store-review.h"

G_BEGIN_DECLS

#define QC_TYPE_REVIEW_PANEL (qc_review_panel_get_type ())

G_DECLARE_FINAL_TYPE (QcReviewPanel, qc_review_panel, QC, REVIEW_PANEL, GtkWidget)

GtkWidget     *qc_review_panel_new                (QcStore        *store);
QcStore       *qc_review_panel_get_store          (QcReviewPanel  *self);
void           qc_review_panel_set_store          (QcReviewPanel  *self,
                                                   QcStore        *store);
QcReviewPair  *qc_review_panel_get_pair           (QcReviewPanel  *self);
void           qc_review_panel_set_pair           (QcReviewPanel  *self,
                                                   QcReviewPair   *pair,
                                                   QcReviewField   kept_fields);
const char    *qc_review_panel_get_colleague_name (QcReviewPanel  *self);
void           qc_review_panel_set_colleague_name (QcReviewPanel  *self,
                                                   const char     *name);
GtkWidget     *qc_review_panel_get_field_button   (QcReviewPanel  *self,
                                                   QcReviewField   field,
                                                   gboolean        theirs);
GtkWidget     *qc_review_panel_get_claim_button   (QcReviewPanel  *self,
                                                   gboolean        theirs);

G_END_DECLS
