/* qc-claim.h: a stored claim, as loaded from a QcStore
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "qc-types.h"

G_BEGIN_DECLS

/**
 * QcEvidence:
 * @QC_EVIDENCE_UNASSESSED: nobody has looked yet
 * @QC_EVIDENCE_SUPPORTED: the claim comes with evidence that holds
 * @QC_EVIDENCE_UNSUPPORTED: no evidence is given or found
 * @QC_EVIDENCE_DISPUTED: the evidence is contested
 */
typedef enum
{
  QC_EVIDENCE_UNASSESSED,
  QC_EVIDENCE_SUPPORTED,
  QC_EVIDENCE_UNSUPPORTED,
  QC_EVIDENCE_DISPUTED,
} QcEvidence;

typedef enum
{
  QC_REVIEW_STATE_DRAFT,
  QC_REVIEW_STATE_APPROVED,
  QC_REVIEW_STATE_DISPUTED,
} QcReviewState;

typedef enum
{
  QC_CLAIM_ORIGIN_DETECTED,
  QC_CLAIM_ORIGIN_MANUAL,
} QcClaimOrigin;

/**
 * QcStance:
 * @QC_STANCE_SUPPORTS: the source supports the claim
 * @QC_STANCE_REFUTES: the source contradicts it
 * @QC_STANCE_CONTEXT: the source gives background
 */
typedef enum
{
  QC_STANCE_SUPPORTS,
  QC_STANCE_REFUTES,
  QC_STANCE_CONTEXT,
} QcStance;

/**
 * QcClaimSegment:
 * @start: Unicode character offset into the article body
 * @end: character offset one past the last (exclusive)
 * @quote: the text of the segment
 * @prefix: up to 32 characters before it
 * @suffix: up to 32 characters after it
 *
 * One span of a claim; @quote, @prefix and @suffix re-anchor the span
 * when the body changes (a W3C TextQuoteSelector).
 */
typedef struct
{
  gsize  start;
  gsize  end;
  char  *quote;
  char  *prefix;
  char  *suffix;
} QcClaimSegment;

#define QC_TYPE_EVIDENCE     (qc_evidence_get_type ())
#define QC_TYPE_REVIEW_STATE (qc_review_state_get_type ())
#define QC_TYPE_CLAIM_ORIGIN (qc_claim_origin_get_type ())
#define QC_TYPE_STANCE       (qc_stance_get_type ())
#define QC_TYPE_CLAIM_KIND   (qc_claim_kind_get_type ())
#define QC_TYPE_CLAIM        (qc_claim_get_type ())

GType                 qc_evidence_get_type          (void) G_GNUC_CONST;
GType                 qc_review_state_get_type      (void) G_GNUC_CONST;
GType                 qc_claim_origin_get_type      (void) G_GNUC_CONST;
GType                 qc_stance_get_type            (void) G_GNUC_CONST;
GType                 qc_claim_kind_get_type        (void) G_GNUC_CONST;

const char           *qc_evidence_to_string         (QcEvidence      evidence);
gboolean              qc_evidence_from_string       (const char     *str,
                                                     QcEvidence     *evidence);
const char           *qc_review_state_to_string     (QcReviewState   state);
gboolean              qc_review_state_from_string   (const char     *str,
                                                     QcReviewState  *state);
const char           *qc_claim_origin_to_string     (QcClaimOrigin   origin);
gboolean              qc_claim_origin_from_string   (const char     *str,
                                                     QcClaimOrigin  *origin);
const char           *qc_stance_to_string           (QcStance        stance);
gboolean              qc_stance_from_string         (const char     *str,
                                                     QcStance       *stance);

G_DECLARE_FINAL_TYPE (QcClaim, qc_claim, QC, CLAIM, GObject)

gint64                qc_claim_get_id               (QcClaim        *self);
const char           *qc_claim_get_uuid             (QcClaim        *self);
gint64                qc_claim_get_article_id       (QcClaim        *self);
gint64                qc_claim_get_annotator_id     (QcClaim        *self);
QcClaimKind           qc_claim_get_kind             (QcClaim        *self);
gint64                qc_claim_get_speaker_id       (QcClaim        *self);
const char           *qc_claim_get_speaker_name     (QcClaim        *self);
gboolean              qc_claim_get_cue              (QcClaim        *self,
                                                     gsize          *start,
                                                     gsize          *end);
QcClaimOrigin         qc_claim_get_origin           (QcClaim        *self);
double                qc_claim_get_confidence       (QcClaim        *self);
QcEvidence            qc_claim_get_evidence         (QcClaim        *self);
const char           *qc_claim_get_rating           (QcClaim        *self);
const char           *qc_claim_get_note             (QcClaim        *self);
QcReviewState         qc_claim_get_review_state     (QcClaim        *self);
gboolean              qc_claim_get_orphaned         (QcClaim        *self);
const char           *qc_claim_get_created_at       (QcClaim        *self);
const char           *qc_claim_get_updated_at       (QcClaim        *self);
guint                 qc_claim_get_n_segments       (QcClaim        *self);
const QcClaimSegment *qc_claim_get_segment          (QcClaim        *self,
                                                     guint           index);
gsize                 qc_claim_get_start            (QcClaim        *self);
gsize                 qc_claim_get_end              (QcClaim        *self);
char                 *qc_claim_dup_text             (QcClaim        *self);
int                   qc_claim_compare_position     (QcClaim        *a,
                                                     QcClaim        *b);

G_END_DECLS
