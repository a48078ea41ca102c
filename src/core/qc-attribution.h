/* qc-attribution.h: the attribution sieve, who said each quote and report
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-text.h"

G_BEGIN_DECLS

/**
 * QcDraftClaim:
 * @start: first byte of the claim (a quote with its marks, or a content clause)
 * @end: end (exclusive)
 * @kind: direct, partial or indirect
 * @utterance: pieces of one utterance share it
 * @mention: index into the mentions array naming the speaker, or -1
 * @cue_start: the cue words ("Mr Putin told"), equal to @cue_end when none
 * @cue_end: end of the cue (exclusive)
 * @confidence: 0.0–1.0; 0 when there is no speaker
 * @rule: which sieve rule decided (for debugging and tests), 0 for none
 *
 * Byte offsets into qc_text_get_data(); sorted by @start.
 */
typedef struct
{
  gsize       start;
  gsize       end;
  QcClaimKind kind;
  guint       utterance;
  gint        mention;
  gsize       cue_start;
  gsize       cue_end;
  float       confidence;
  guint       rule;
} QcDraftClaim;

GArray        *qc_attribute              (const QcText  *text,
                                          const GArray  *quotes,
                                          const GArray  *reports,
                                          GArray        *mentions);

G_END_DECLS
