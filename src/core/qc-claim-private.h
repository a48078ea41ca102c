/* qc-claim-private.h: the fields of a QcClaim, filled by the store
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-claim.h"

G_BEGIN_DECLS

struct _QcClaim
{
  GObject        parent_instance;

  gint64         id;
  char          *uuid;
  gint64         article_id;
  gint64         annotator_id;
  QcClaimKind    kind;
  gint64         speaker_id;      /* 0 when there is none */
  char          *speaker_name;
  gsize          cue_start;
  gsize          cue_end;         /* equal to cue_start when there is no cue */
  QcClaimOrigin  origin;
  double         confidence;
  QcEvidence     evidence;
  char          *rating;
  char          *note;
  QcReviewState  review_state;
  gboolean       orphaned;
  char          *created_at;
  char          *updated_at;
  GArray        *segments;        /* QcClaimSegment, ordered */
};

QcClaim *_qc_claim_new                (void);
void     _qc_claim_segment_clear      (QcClaimSegment *segment);

G_END_DECLS
