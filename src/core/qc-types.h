/* qc-types.h: types shared by the stages of the detection engine
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _QcText QcText;
typedef struct _QcDetection QcDetection;

/**
 * QcClaimKind:
 * @QC_CLAIM_KIND_DIRECT: a whole utterance in quotation marks
 * @QC_CLAIM_KIND_PARTIAL: quoted words built into the writer's own sentence
 * @QC_CLAIM_KIND_INDIRECT: the content clause of reported speech
 */
typedef enum
{
  QC_CLAIM_KIND_DIRECT,
  QC_CLAIM_KIND_PARTIAL,
  QC_CLAIM_KIND_INDIRECT,
} QcClaimKind;

typedef enum
{
  QC_SPEAKER_KIND_UNKNOWN,
  QC_SPEAKER_KIND_PERSON,
  QC_SPEAKER_KIND_ORGANISATION,
} QcSpeakerKind;

typedef enum
{
  QC_GENDER_UNKNOWN,
  QC_GENDER_MALE,
  QC_GENDER_FEMALE,
  QC_GENDER_NEUTER,   /* it, the ministry */
  QC_GENDER_PLURAL,   /* they, officials */
} QcGender;

/**
 * QcRange:
 * @start: first byte (or character, where the API says so)
 * @end: one past the last, end exclusive
 *
 * Inside the engine every offset is a byte offset into the normalised
 * UTF-8 text of a #QcText; only #QcDetection converts to characters.
 */
typedef struct
{
  gsize start;
  gsize end;
} QcRange;

const char    *qc_claim_kind_to_string     (QcClaimKind    kind);
gboolean       qc_claim_kind_from_string   (const char    *str,
                                            QcClaimKind   *kind);
const char    *qc_speaker_kind_to_string   (QcSpeakerKind  kind);
gboolean       qc_speaker_kind_from_string (const char    *str,
                                            QcSpeakerKind *kind);

G_END_DECLS
