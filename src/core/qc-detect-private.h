/* qc-detect-private.h: the pipeline with a choice of threads, for tests;
 * the claims' byte offsets, for printing
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-detect.h"

G_BEGIN_DECLS

/* A claim's offsets in bytes into qc_text_get_data(); the cue's are 0
 * when it has none */
typedef struct
{
  guint32 start;
  guint32 end;
  guint32 cue_start;
  guint32 cue_end;
} QcClaimBytes;

QcDetection        *qc_detect_full               (QcText        *text,
                                                  gboolean       in_halves);
const QcClaimBytes *qc_detection_get_claim_bytes (QcDetection   *self,
                                                  guint          index);

G_END_DECLS
