/* qc-reported-speech.h: indirect claims ("X said that ...", "according to X")
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-text.h"

G_BEGIN_DECLS

/**
 * QcReportForm:
 * @QC_REPORT_FORM_VERB: a speech verb before its clause ("X said (that) …",
 *   "was quoted as saying", a gerund ", saying …", "but said …")
 * @QC_REPORT_FORM_POSTPOSED: the attribution follows the clause ("…, X
 *   said", "…, said X")
 * @QC_REPORT_FORM_ACCORDING: "according to X" or "as X has reported"
 * @QC_REPORT_FORM_NOUN: a speech noun ("his claim that …")
 * @QC_REPORT_FORM_HEADLINE: a headline "X: …"
 * @QC_REPORT_FORM_PASSIVE: "was termed by X as …"
 *
 * Which pattern found a report.
 */
typedef enum
{
  QC_REPORT_FORM_VERB,
  QC_REPORT_FORM_POSTPOSED,
  QC_REPORT_FORM_ACCORDING,
  QC_REPORT_FORM_NOUN,
  QC_REPORT_FORM_HEADLINE,
  QC_REPORT_FORM_PASSIVE,
} QcReportForm;

/**
 * QcReport:
 * @start: first byte of the reported content clause
 * @end: end of the content (exclusive), sentence-final punctuation left out
 * @cue_start: the attribution words ("Ms Marsh told", "according to the
 *   Transport Ministry")
 * @cue_end: end of the cue (exclusive)
 * @subject_start: the speaker's words inside the cue ("Ms Marsh"), or equal
 *   to @subject_end when the cue names no one. For a gerund (", saying …")
 *   or a coordinated verb ("… but said …") it is the subject of the main
 *   clause, which may lie outside the cue.
 * @subject_end: end of the subject (exclusive)
 * @confidence: 0.0–1.0
 * @form: the #QcReportForm that found it
 *
 * Byte offsets into qc_text_get_data() (32 bits: a #QcText holds at most
 * 1 GiB); sorted by @start.
 */
typedef struct
{
  guint32      start;
  guint32      end;
  guint32      cue_start;
  guint32      cue_end;
  guint32      subject_start;
  guint32      subject_end;
  float        confidence;
  QcReportForm form;
} QcReport;

GArray        *qc_reported_speech_find   (const QcText  *text,
                                          const GArray  *quotes);

G_END_DECLS
