/* qc-eval.h: score detection against gold annotations
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-detect.h"

G_BEGIN_DECLS

#define QC_EVAL_ERROR (qc_eval_error_quark ())

/**
 * QcEvalError:
 * @QC_EVAL_ERROR_READ: the gold file could not be read
 * @QC_EVAL_ERROR_PARSE: the gold file is not JSON
 * @QC_EVAL_ERROR_INVALID: a field is missing or has the wrong type or value
 * @QC_EVAL_ERROR_OFFSETS: a quote's offsets lie outside the text or the text
 *   between them differs from the quote's "text"
 */
typedef enum
{
  QC_EVAL_ERROR_READ,
  QC_EVAL_ERROR_PARSE,
  QC_EVAL_ERROR_INVALID,
  QC_EVAL_ERROR_OFFSETS,
} QcEvalError;

/**
 * QcEvalSpan:
 * @start: Unicode character offset of the first character
 * @end: character offset one past the last (exclusive)
 * @kind: direct, partial or indirect
 * @utterance: pieces of one utterance share it (predictions only)
 * @speaker: (nullable): the speaker's name, %NULL when unknown
 * @aliases: (nullable): other names of the speaker (gold only)
 *
 * One span to compare, predicted or gold. The strings are borrowed from
 * whatever owns the span (a #QcGold, a #QcDetection or the caller).
 */
typedef struct
{
  gsize               start;
  gsize               end;
  QcClaimKind         kind;
  guint               utterance;
  const char         *speaker;
  const char * const *aliases;
} QcEvalSpan;

/**
 * QcEvalCategory:
 * @QC_EVAL_CATEGORY_DIRECT: direct quotes only
 * @QC_EVAL_CATEGORY_PARTIAL: partial quotes only
 * @QC_EVAL_CATEGORY_INDIRECT: indirect claims only
 * @QC_EVAL_CATEGORY_QUOTED: direct and partial together; a direct quote
 *   predicted as partial (or the reverse) still matches here
 *
 * The first three equal the #QcClaimKind values.
 */
typedef enum
{
  QC_EVAL_CATEGORY_DIRECT = QC_CLAIM_KIND_DIRECT,
  QC_EVAL_CATEGORY_PARTIAL = QC_CLAIM_KIND_PARTIAL,
  QC_EVAL_CATEGORY_INDIRECT = QC_CLAIM_KIND_INDIRECT,
  QC_EVAL_CATEGORY_QUOTED,
  QC_EVAL_N_CATEGORIES
} QcEvalCategory;

/**
 * QcEvalMatch:
 * @QC_EVAL_MATCH_EXACT: same start and same end
 * @QC_EVAL_MATCH_OVERLAP: intersection over union >= 0.5, one-to-one,
 *   greedy by best intersection over union
 */
typedef enum
{
  QC_EVAL_MATCH_EXACT,
  QC_EVAL_MATCH_OVERLAP,
  QC_EVAL_N_MATCHES
} QcEvalMatch;

/**
 * QcEvalCounts:
 * @n_gold: gold spans
 * @n_predicted: predicted spans (after merging utterance pieces)
 * @matched: matched pairs, per #QcEvalMatch
 * @speaker_total: matched pairs whose gold speaker is not %NULL
 * @speaker_correct: those of them whose predicted speaker names the gold one
 */
typedef struct
{
  guint n_gold;
  guint n_predicted;
  guint matched[QC_EVAL_N_MATCHES];
  guint speaker_total[QC_EVAL_N_MATCHES];
  guint speaker_correct[QC_EVAL_N_MATCHES];
} QcEvalCounts;

/**
 * QcEvalScores:
 * @n_documents: documents scored
 * @counts: counts per #QcEvalCategory
 *
 * Plain counts, so scores of many documents add up to micro-averages.
 * Zero-initialise before use.
 */
typedef struct
{
  guint        n_documents;
  QcEvalCounts counts[QC_EVAL_N_CATEGORIES];
} QcEvalScores;

typedef struct _QcGold QcGold;

GQuark             qc_eval_error_quark           (void);

QcGold            *qc_gold_new_from_data         (const char          *data,
                                                  gssize               length,
                                                  const char          *name,
                                                  QcText              *text,
                                                  GError             **error);
QcGold            *qc_gold_new_from_file         (const char          *path,
                                                  QcText              *text,
                                                  GError             **error);
void               qc_gold_free                  (QcGold              *self);
guint              qc_gold_get_n_spans           (const QcGold        *self);
const QcEvalSpan  *qc_gold_get_span              (const QcGold        *self,
                                                  guint                index);

GArray            *qc_eval_spans_from_detection  (QcDetection         *detection);
GArray            *qc_eval_merge_utterances      (QcText              *text,
                                                  const QcEvalSpan    *predicted,
                                                  guint                n_predicted);
gboolean           qc_eval_speaker_matches       (const char          *predicted,
                                                  const char          *gold,
                                                  const char * const  *gold_aliases);

void               qc_eval_scores_add_spans      (QcEvalScores        *scores,
                                                  const QcEvalSpan    *predicted,
                                                  guint                n_predicted,
                                                  const QcEvalSpan    *gold,
                                                  guint                n_gold);
void               qc_eval_scores_add_detection  (QcEvalScores        *scores,
                                                  QcDetection         *detection,
                                                  const QcGold        *gold);
gboolean           qc_eval_scores_add_files      (QcEvalScores        *scores,
                                                  const char          *article_path,
                                                  const char          *gold_path,
                                                  GError             **error);
void               qc_eval_scores_add            (QcEvalScores        *scores,
                                                  const QcEvalScores  *other);

double             qc_eval_counts_precision      (const QcEvalCounts  *counts,
                                                  QcEvalMatch          match);
double             qc_eval_counts_recall         (const QcEvalCounts  *counts,
                                                  QcEvalMatch          match);
double             qc_eval_counts_f1             (const QcEvalCounts  *counts,
                                                  QcEvalMatch          match);
double             qc_eval_scores_f1             (const QcEvalScores  *scores,
                                                  QcEvalCategory       category,
                                                  QcEvalMatch          match);
double             qc_eval_scores_speaker_accuracy (const QcEvalScores *scores,
                                                    QcEvalMatch         match,
                                                    guint              *correct,
                                                    guint              *total);

const char        *qc_eval_category_to_string    (QcEvalCategory       category);
void               qc_eval_scores_append_table   (const QcEvalScores  *scores,
                                                  GString             *out);
json_object       *qc_eval_scores_to_json        (const QcEvalScores  *scores);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcGold, qc_gold_free)

G_END_DECLS
