/* qc-detect.h: the whole detection pipeline, text to claims and speakers
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-c/json.h>

#include "qc-text.h"

G_BEGIN_DECLS

/**
 * QcDetectedClaim:
 * @start: Unicode character offset of the first character
 * @end: character offset one past the last (exclusive)
 * @kind: direct, partial or indirect
 * @speaker: index into the detection's speakers, or -1 when unknown
 * @cue_start: character offset of the speaker cue; equal to @cue_end when
 *   there is none
 * @cue_end: end of the cue (exclusive)
 * @confidence: 0.0–1.0
 * @utterance: pieces of one utterance share this number
 *
 * Character offsets (what GtkTextBuffer uses) into the normalised text.
 */
typedef struct
{
  gsize       start;
  gsize       end;
  QcClaimKind kind;
  gint        speaker;
  gsize       cue_start;
  gsize       cue_end;
  double      confidence;
  guint       utterance;
} QcDetectedClaim;

typedef struct
{
  char          *name;
  QcSpeakerKind  kind;
  char          *role;     /* nullable */
  GStrv          aliases;
} QcDetectedSpeaker;

#define QC_TYPE_DETECTION (qc_detection_get_type ())

GType                    qc_detection_get_type        (void) G_GNUC_CONST;
QcDetection             *qc_detect                    (QcText             *text);
QcDetection             *qc_detection_ref             (QcDetection        *self);
void                     qc_detection_unref           (QcDetection        *self);
QcText                  *qc_detection_get_text        (QcDetection        *self);
guint                    qc_detection_get_n_claims    (QcDetection        *self);
const QcDetectedClaim   *qc_detection_get_claim       (QcDetection        *self,
                                                       guint               index);
guint                    qc_detection_get_n_speakers  (QcDetection        *self);
const QcDetectedSpeaker *qc_detection_get_speaker     (QcDetection        *self,
                                                       guint               index);
char                    *qc_detection_dup_claim_text  (QcDetection        *self,
                                                       guint               index);
json_object             *qc_detection_to_json         (QcDetection        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcDetection, qc_detection_unref)

G_END_DECLS
