/* qc-reported-speech.h: indirect claims ("X said that ...", "according to X")
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-text.h"

G_BEGIN_DECLS

/**
 * QcReport:
 * @start: first byte of the reported content clause
 * @end: end of the content (exclusive), sentence-final punctuation left out
 * @cue_start: the attribution words ("Mr Putin told", "according to the
 *   Interior Ministry")
 * @cue_end: end of the cue (exclusive)
 * @subject_start: the speaker's words inside the cue ("Mr Putin"), or equal
 *   to @subject_end when the cue names no one
 * @subject_end: end of the subject (exclusive)
 * @confidence: 0.0–1.0
 *
 * Byte offsets into qc_text_get_data(); sorted by @start.
 */
typedef struct
{
  gsize  start;
  gsize  end;
  gsize  cue_start;
  gsize  cue_end;
  gsize  subject_start;
  gsize  subject_end;
  float  confidence;
} QcReport;

GArray        *qc_reported_speech_find   (const QcText  *text,
                                          const GArray  *quotes);

G_END_DECLS
