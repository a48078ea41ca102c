/* qc-store-review.h: reviewing a colleague's annotation layer in a QcStore
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bringing a colleague's layer in (from their Quotecheck database), the
 * pairs of my claims and theirs with what differs, and the resolutions:
 * take theirs (per field or whole), adopt a claim, keep mine. Every
 * resolution is one action in the change log (one undo step) and changes
 * only what is then exported with the claim. See docs/review.md.
 */

#pragma once

#include "qc-export-json.h"
#include "qc-store.h"

G_BEGIN_DECLS

/**
 * QcAnnotator:
 * @id: row id
 * @uuid: the annotator's UUID (the same in every database)
 * @name: display name
 * @is_local: the user of this database
 * @n_claims: live claims in their layer
 * @n_articles: articles on which they have live claims
 */
typedef struct
{
  gint64    id;
  char     *uuid;
  char     *name;
  gboolean  is_local;
  guint     n_claims;
  guint     n_articles;
} QcAnnotator;

/**
 * QcReviewField:
 * @QC_REVIEW_FIELD_SPAN: the characters the claim covers (its segments)
 * @QC_REVIEW_FIELD_KIND: direct, partial or indirect
 * @QC_REVIEW_FIELD_SPEAKER: the speaker (taking it takes the speaker cue
 *   too)
 * @QC_REVIEW_FIELD_EVIDENCE: the evidence state
 * @QC_REVIEW_FIELD_RATING: the verdict text
 * @QC_REVIEW_FIELD_NOTE: the note
 * @QC_REVIEW_FIELD_SOURCES: the evidence sources: they differ when theirs
 *   has one (same URL and title) that mine lacks; taking them adds those
 * @QC_REVIEW_FIELD_ALL: every field: the whole claim
 *
 * The parts of a claim that can differ between two layers, and that
 * qc_store_take_theirs() can take.
 */
typedef enum
{
  QC_REVIEW_FIELD_SPAN     = 1 << 0,
  QC_REVIEW_FIELD_KIND     = 1 << 1,
  QC_REVIEW_FIELD_SPEAKER  = 1 << 2,
  QC_REVIEW_FIELD_EVIDENCE = 1 << 3,
  QC_REVIEW_FIELD_RATING   = 1 << 4,
  QC_REVIEW_FIELD_NOTE     = 1 << 5,
  QC_REVIEW_FIELD_SOURCES  = 1 << 6,
  QC_REVIEW_FIELD_ALL      = (1 << 7) - 1,
} QcReviewField;

/**
 * QcReviewPairKind:
 * @QC_REVIEW_PAIR_BOTH: my claim and theirs, paired by span
 * @QC_REVIEW_PAIR_ONLY_MINE: a claim only I have
 * @QC_REVIEW_PAIR_ONLY_THEIRS: a claim only they have
 */
typedef enum
{
  QC_REVIEW_PAIR_BOTH,
  QC_REVIEW_PAIR_ONLY_MINE,
  QC_REVIEW_PAIR_ONLY_THEIRS,
} QcReviewPairKind;

#define QC_TYPE_ANNOTATOR   (qc_annotator_get_type ())
#define QC_TYPE_REVIEW_PAIR (qc_review_pair_get_type ())

GType             qc_annotator_get_type               (void) G_GNUC_CONST;
QcAnnotator      *qc_annotator_copy                   (const QcAnnotator   *annotator);
void              qc_annotator_free                   (QcAnnotator         *annotator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcAnnotator, qc_annotator_free)

G_DECLARE_FINAL_TYPE (QcReviewPair, qc_review_pair, QC, REVIEW_PAIR, GObject)

QcReviewPairKind  qc_review_pair_get_kind             (QcReviewPair        *self);
QcClaim          *qc_review_pair_get_mine             (QcReviewPair        *self);
QcClaim          *qc_review_pair_get_theirs           (QcReviewPair        *self);
QcReviewField     qc_review_pair_get_differences      (QcReviewPair        *self);
gboolean          qc_review_pair_has_differences      (QcReviewPair        *self);
double            qc_review_pair_get_iou              (QcReviewPair        *self);
gboolean          qc_review_pair_is_resolved          (QcReviewPair        *self);
gsize             qc_review_pair_get_start            (QcReviewPair        *self);

/* Annotators */
GPtrArray        *qc_store_list_annotators            (QcStore             *self,
                                                       GError             **error);
gint64            qc_store_find_annotator             (QcStore             *self,
                                                       const char          *name_or_uuid,
                                                       GError             **error);

/* Bringing a colleague's layer in */
gboolean          qc_annotations_is_database_file     (const char          *path);
GPtrArray        *qc_annotations_list_database        (const char          *path,
                                                       GError             **error);
GPtrArray        *qc_annotations_import_database      (QcStore             *store,
                                                       const char          *path,
                                                       const char * const  *annotators,
                                                       GError             **error);

/* Pairs and differences */
GListModel       *qc_store_list_review_pairs          (QcStore             *self,
                                                       gint64               article_id,
                                                       gint64               mine_annotator,
                                                       gint64               theirs_annotator,
                                                       GError             **error);
guint             qc_review_pairs_next_disagreement   (GListModel          *pairs,
                                                       guint                after,
                                                       gboolean             unresolved_only);

/* Resolutions: each one action, one undo step */
gboolean          qc_store_take_theirs                (QcStore             *self,
                                                       gint64               my_claim_id,
                                                       gint64               their_claim_id,
                                                       QcReviewField        fields,
                                                       gint64              *claim_id,
                                                       GError             **error);
gint64            qc_store_adopt_claim                (QcStore             *self,
                                                       gint64               their_claim_id,
                                                       GError             **error);
gboolean          qc_store_keep_mine                  (QcStore             *self,
                                                       gint64               my_claim_id,
                                                       gint64               their_claim_id,
                                                       GError             **error);

G_END_DECLS
