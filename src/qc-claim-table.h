/* qc-claim-table.h: one article's claims in a sortable, filterable column view
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qc-store.h"

G_BEGIN_DECLS

typedef enum
{
  QC_CLAIM_COLUMN_NONE = -1,
  QC_CLAIM_COLUMN_QUOTE,
  QC_CLAIM_COLUMN_SPEAKER,
  QC_CLAIM_COLUMN_KIND,
  QC_CLAIM_COLUMN_EVIDENCE,
  QC_CLAIM_COLUMN_ANNOTATOR,
  QC_CLAIM_N_COLUMNS
} QcClaimColumn;

/* Speaker filter values that are not a speaker id */
#define QC_CLAIM_FILTER_ANY_SPEAKER 0
#define QC_CLAIM_FILTER_NO_SPEAKER  (-1)

/**
 * QcClaimFilter:
 * @speaker_id: a speaker, %QC_CLAIM_FILTER_ANY_SPEAKER or %QC_CLAIM_FILTER_NO_SPEAKER
 * @evidence: a #QcEvidence, or -1 for any
 * @kind: a #QcClaimKind, or -1 for any
 */
typedef struct
{
  gint64 speaker_id;
  int    evidence;
  int    kind;
} QcClaimFilter;

#define QC_CLAIM_FILTER_INIT { QC_CLAIM_FILTER_ANY_SPEAKER, -1, -1 }

#define QC_TYPE_CLAIM_TABLE (qc_claim_table_get_type ())

G_DECLARE_FINAL_TYPE (QcClaimTable, qc_claim_table, QC, CLAIM_TABLE, GtkWidget)

GtkWidget           *qc_claim_table_new                (QcStore             *store);
gint64               qc_claim_table_get_article_id     (QcClaimTable        *self);
gboolean             qc_claim_table_set_claims         (QcClaimTable        *self,
                                                        gint64               article_id,
                                                        GListModel          *claims);
void                 qc_claim_table_copy_rows          (QcClaimTable        *self,
                                                        QcClaimTable        *from);
GtkSingleSelection  *qc_claim_table_get_selection      (QcClaimTable        *self);
guint                qc_claim_table_get_n_claims       (QcClaimTable        *self);
guint                qc_claim_table_get_n_shown        (QcClaimTable        *self);
void                 qc_claim_table_set_filter         (QcClaimTable        *self,
                                                        const QcClaimFilter *filter);
GArray              *qc_claim_table_get_speaker_ids    (QcClaimTable        *self);
const char * const  *qc_claim_table_get_speaker_names  (QcClaimTable        *self);
gboolean             qc_claim_table_has_unattributed   (QcClaimTable        *self);
void                 qc_claim_table_select_claim       (QcClaimTable        *self,
                                                        gint64               claim_id,
                                                        gboolean             scroll);
QcClaimColumn        qc_claim_table_get_sort           (QcClaimTable        *self,
                                                        GtkSortType         *order);
void                 qc_claim_table_set_sort           (QcClaimTable        *self,
                                                        QcClaimColumn        column,
                                                        GtkSortType          order);
void                 qc_claim_table_copy_layout        (QcClaimTable        *self,
                                                        QcClaimTable        *from);
GtkColumnView       *qc_claim_table_get_column_view    (QcClaimTable        *self);
GtkColumnViewColumn *qc_claim_table_get_column         (QcClaimTable        *self,
                                                        QcClaimColumn        column);

G_END_DECLS
