/* qc-attribution.h: the attribution sieve, who said each quote and report
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-text.h"

G_BEGIN_DECLS

/**
 * QcSieveRule:
 * @QC_SIEVE_NONE: no speaker
 * @QC_SIEVE_ADJACENT: a cue right beside the quote (“…,” X said / X said: “…”)
 * @QC_SIEVE_SENTENCE: a speech verb with its subject in the same sentence,
 *   or the reported-speech cue of an indirect claim or of the report around
 *   a partial quote
 * @QC_SIEVE_PRONOUN: the cue's subject is a pronoun (or a definite
 *   description such as "the prime minister") resolved to an earlier mention
 * @QC_SIEVE_CONTINUATION: a quote with no cue of its own continues the
 *   previous quote's speaker (follow-up paragraph, second half of a split
 *   quote, later piece of a quote running over paragraphs)
 * @QC_SIEVE_ACCORDING: "according to X"
 * @QC_SIEVE_SUBJECT: no speech verb; the subject of the sentence whose
 *   object is the quote ("Okafor slates 'watered-down plan'", the headline
 *   "Okafor 'ready to go'"), low confidence
 *
 * Which rule of the sieve decided a claim's speaker, most precise first.
 */
typedef enum
{
  QC_SIEVE_NONE,
  QC_SIEVE_ADJACENT,
  QC_SIEVE_SENTENCE,
  QC_SIEVE_PRONOUN,
  QC_SIEVE_CONTINUATION,
  QC_SIEVE_ACCORDING,
  QC_SIEVE_SUBJECT,
} QcSieveRule;

/**
 * QcDraftClaim:
 * @start: first byte of the claim (a quote with its marks, or a content clause)
 * @end: end (exclusive)
 * @kind: direct, partial or indirect
 * @utterance: pieces of one utterance share it
 * @mention: index into the mentions array naming the speaker, or -1; for
 *   a pronoun cue ("he said") it is the mention the pronoun resolved to, and
 *   the pronoun stays in the cue
 * @cue_start: the cue words ("Ms Marsh told"), equal to @cue_end when none
 * @cue_end: end of the cue (exclusive)
 * @confidence: 0.0–1.0; 0 when there is no speaker
 * @rule: which sieve rule decided (a #QcSieveRule, for debugging and
 *   tests), 0 for none
 *
 * Byte offsets into qc_text_get_data() (32 bits: a #QcText holds at most
 * 1 GiB); sorted by @start.
 */
typedef struct
{
  guint32     start;
  guint32     end;
  QcClaimKind kind;
  guint       utterance;
  gint        mention;
  guint32     cue_start;
  guint32     cue_end;
  float       confidence;
  guint       rule;
} QcDraftClaim;

GArray        *qc_attribute              (const QcText  *text,
                                          const GArray  *quotes,
                                          const GArray  *reports,
                                          GArray        *mentions);

G_END_DECLS
