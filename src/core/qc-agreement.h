/* qc-agreement.h: how far two annotators' claims on the same articles agree
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules (pairing, threshold, every figure and its undefined cases) are
 * documented in docs/review.md.
 */

#pragma once

#include <json-c/json.h>

#include "qc-store.h"

G_BEGIN_DECLS

#define QC_AGREEMENT_ERROR (qc_agreement_error_quark ())

/**
 * QcAgreementError:
 * @QC_AGREEMENT_ERROR_NO_ANNOTATOR: an export file names no single
 *   annotator (an export of every annotator's claims), so it has no side
 *   to compare
 * @QC_AGREEMENT_ERROR_NO_COMMON_ARTICLE: the two sides share no article
 * @QC_AGREEMENT_ERROR_SAME_ANNOTATOR: both sides are the same annotator
 */
typedef enum
{
  QC_AGREEMENT_ERROR_NO_ANNOTATOR,
  QC_AGREEMENT_ERROR_NO_COMMON_ARTICLE,
  QC_AGREEMENT_ERROR_SAME_ANNOTATOR,
} QcAgreementError;

/* Two claims pair when the intersection over union of their characters is
 * at least QC_AGREEMENT_IOU_NUM / QC_AGREEMENT_IOU_DEN (one half). */
#define QC_AGREEMENT_IOU_NUM 1
#define QC_AGREEMENT_IOU_DEN 2

/* The evidence states, in the order of QcAgreementCounts.evidence */
#define QC_AGREEMENT_N_EVIDENCE (QC_EVIDENCE_DISPUTED + 1)

/**
 * QcAgreementMatch:
 * @QC_AGREEMENT_MATCH_EXACT: the two claims cover exactly the same
 *   characters
 * @QC_AGREEMENT_MATCH_OVERLAP: paired: intersection over union >= 0.5
 */
typedef enum
{
  QC_AGREEMENT_MATCH_EXACT,
  QC_AGREEMENT_MATCH_OVERLAP,
} QcAgreementMatch;

/**
 * QcAgreementSpan:
 * @segments: (array length=n_segments): character offsets into the
 *   article body, end exclusive, in any order, possibly overlapping
 * @n_segments: how many
 *
 * The characters one claim covers: the union of its segments.
 */
typedef struct
{
  const QcRange *segments;
  guint          n_segments;
} QcAgreementSpan;

/**
 * QcAgreementPair:
 * @a: index of the claim of side A
 * @b: index of the claim of side B
 * @intersection: characters both cover
 * @union_size: characters either covers
 *
 * One pair of qc_agreement_pair(); the IoU is @intersection / @union_size,
 * exact when they are equal.
 */
typedef struct
{
  guint   a;
  guint   b;
  guint64 intersection;
  guint64 union_size;
} QcAgreementPair;

/**
 * QcAgreementCounts:
 * @n_a: claims of A (the reference) placed in the text
 * @n_b: claims of B placed in the text
 * @n_orphaned_a: claims of A not found in the text (kept aside, not
 *   compared)
 * @n_orphaned_b: the same for B
 * @n_pairs: pairs (IoU >= 0.5, one-to-one)
 * @n_exact: pairs covering exactly the same characters
 * @n_same_speaker: pairs with the same speaker (or both without one)
 * @n_same_kind: pairs of the same kind
 * @evidence: the confusion matrix of the evidence state over the pairs:
 *   evidence[state of A][state of B], indexed by #QcEvidence
 *
 * Plain counts, so several articles add up (pooled, micro-averaged
 * figures). Zero-initialise before use.
 */
typedef struct
{
  guint n_a;
  guint n_b;
  guint n_orphaned_a;
  guint n_orphaned_b;
  guint n_pairs;
  guint n_exact;
  guint n_same_speaker;
  guint n_same_kind;
  guint evidence[QC_AGREEMENT_N_EVIDENCE][QC_AGREEMENT_N_EVIDENCE];
} QcAgreementCounts;

/**
 * QcAgreementArticle:
 * @article_id: the article row
 * @uuid: its UUID
 * @title: (nullable): its title
 * @counts: the counts on this article
 */
typedef struct
{
  gint64             article_id;
  char              *uuid;
  char              *title;
  QcAgreementCounts  counts;
} QcAgreementArticle;

/**
 * QcAgreement:
 * @annotator_a: the reference annotator's row
 * @annotator_b: the other annotator's row
 * @uuid_a: A's UUID
 * @uuid_b: B's UUID
 * @name_a: A's display name
 * @name_b: B's display name
 * @articles: (element-type QcAgreementArticle): the articles compared, in
 *   article id order
 * @total: the counts of every article added up
 *
 * The agreement of two annotators, per article and pooled.
 */
typedef struct
{
  gint64             annotator_a;
  gint64             annotator_b;
  char              *uuid_a;
  char              *uuid_b;
  char              *name_a;
  char              *name_b;
  GPtrArray         *articles;
  QcAgreementCounts  total;
} QcAgreement;

#define QC_TYPE_AGREEMENT (qc_agreement_get_type ())

GQuark        qc_agreement_error_quark          (void);
GType         qc_agreement_get_type             (void) G_GNUC_CONST;
QcAgreement  *qc_agreement_copy                 (const QcAgreement        *agreement);
void          qc_agreement_free                 (QcAgreement              *agreement);

/* Pairing */
guint64       qc_agreement_span_size            (const QcAgreementSpan    *span);
void          qc_agreement_span_overlap         (const QcAgreementSpan    *a,
                                                 const QcAgreementSpan    *b,
                                                 guint64                  *intersection,
                                                 guint64                  *union_size);
GArray       *qc_agreement_pair                 (const QcAgreementSpan    *a,
                                                 guint                     n_a,
                                                 const QcAgreementSpan    *b,
                                                 guint                     n_b);
GArray       *qc_agreement_pair_claims          (QcClaim * const          *a,
                                                 guint                     n_a,
                                                 QcClaim * const          *b,
                                                 guint                     n_b);

/* Counting */
void          qc_agreement_counts_add_claims    (QcAgreementCounts        *counts,
                                                 QcClaim * const          *a,
                                                 guint                     n_a,
                                                 QcClaim * const          *b,
                                                 guint                     n_b);
void          qc_agreement_counts_add           (QcAgreementCounts        *counts,
                                                 const QcAgreementCounts  *other);

/* Figures; each is NAN where it is undefined (see docs/review.md) */
guint         qc_agreement_counts_only_a        (const QcAgreementCounts  *counts,
                                                 QcAgreementMatch          match);
guint         qc_agreement_counts_only_b        (const QcAgreementCounts  *counts,
                                                 QcAgreementMatch          match);
double        qc_agreement_counts_precision     (const QcAgreementCounts  *counts,
                                                 QcAgreementMatch          match);
double        qc_agreement_counts_recall        (const QcAgreementCounts  *counts,
                                                 QcAgreementMatch          match);
double        qc_agreement_counts_f1            (const QcAgreementCounts  *counts,
                                                 QcAgreementMatch          match);
double        qc_agreement_counts_speaker       (const QcAgreementCounts  *counts);
double        qc_agreement_counts_kind          (const QcAgreementCounts  *counts);
double        qc_agreement_counts_evidence      (const QcAgreementCounts  *counts);
double        qc_agreement_counts_kappa         (const QcAgreementCounts  *counts);
double        qc_agreement_cohen_kappa          (const guint              *matrix,
                                                 guint                     n_labels);

/* From a store, from two export files */
QcAgreement  *qc_agreement_compute              (QcStore                  *store,
                                                 gint64                    article_id,
                                                 gint64                    annotator_a,
                                                 gint64                    annotator_b,
                                                 GError                  **error);
QcAgreement  *qc_agreement_compare_data         (const char               *data_a,
                                                 gsize                     length_a,
                                                 const char               *name_a,
                                                 const char               *data_b,
                                                 gsize                     length_b,
                                                 const char               *name_b,
                                                 GError                  **error);
QcAgreement  *qc_agreement_compare_files        (const char               *path_a,
                                                 const char               *path_b,
                                                 GError                  **error);

/* Output */
json_object  *qc_agreement_counts_to_json       (const QcAgreementCounts  *counts);
json_object  *qc_agreement_to_json              (const QcAgreement        *agreement);
void          qc_agreement_append_text          (const QcAgreement        *agreement,
                                                 GString                  *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcAgreement, qc_agreement_free)

G_END_DECLS
