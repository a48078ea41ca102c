/* qc-claim-list.h: the claims of one article in a sortable, filterable table
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qc-claim-table.h"
#include "qc-store.h"

G_BEGIN_DECLS

#define QC_TYPE_CLAIM_LIST (qc_claim_list_get_type ())

G_DECLARE_FINAL_TYPE (QcClaimList, qc_claim_list, QC, CLAIM_LIST, GtkWidget)

GtkWidget  *qc_claim_list_new                   (QcStore     *store);
QcStore    *qc_claim_list_get_store             (QcClaimList *self);
gint64      qc_claim_list_get_article_id        (QcClaimList *self);
void        qc_claim_list_set_article_id        (QcClaimList *self,
                                                 gint64       article_id);
gint64      qc_claim_list_get_selected_claim_id (QcClaimList *self);
void        qc_claim_list_set_selected_claim_id (QcClaimList *self,
                                                 gint64       claim_id);
GListModel *qc_claim_list_get_model             (QcClaimList *self);
QcClaimTable *qc_claim_list_get_table           (QcClaimList *self);
gboolean    qc_claim_list_get_rows_pending      (QcClaimList *self);
void        qc_claim_list_clear_filters         (QcClaimList *self);
void        qc_claim_list_set_model             (QcClaimList *self,
                                                 GListModel  *claims);
void        qc_claim_list_reload                (QcClaimList *self);

G_END_DECLS
