/* test-eval.c
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "qc-autocleanups.h"
#include "qc-eval.h"

static QcText *
new_text (const char *data)
{
  g_autoptr(GError) error = NULL;
  QcText *text = qc_text_new (data, -1, "test", &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

static QcEvalSpan
span (gsize        start,
      gsize        end,
      QcClaimKind  kind,
      const char  *speaker)
{
  QcEvalSpan s = { start, end, kind, 0, speaker, NULL };

  return s;
}

static const QcEvalCounts *
counts (const QcEvalScores *scores,
        QcEvalCategory      category)
{
  return &scores->counts[category];
}

/* Matching */

static void
test_exact_vs_overlap (void)
{
  QcEvalSpan gold[] = { span (0, 10, QC_CLAIM_KIND_DIRECT, "A") };
  QcEvalSpan predicted[] = { span (0, 9, QC_CLAIM_KIND_DIRECT, "A") };
  QcEvalScores scores = { 0, };
  const QcEvalCounts *direct;

  qc_eval_scores_add_spans (&scores, predicted, 1, gold, 1);
  direct = counts (&scores, QC_EVAL_CATEGORY_DIRECT);
  g_assert_cmpuint (scores.n_documents, ==, 1);
  g_assert_cmpuint (direct->n_gold, ==, 1);
  g_assert_cmpuint (direct->n_predicted, ==, 1);
  g_assert_cmpuint (direct->matched[QC_EVAL_MATCH_EXACT], ==, 0);
  g_assert_cmpuint (direct->matched[QC_EVAL_MATCH_OVERLAP], ==, 1);
  g_assert_cmpfloat (qc_eval_counts_f1 (direct, QC_EVAL_MATCH_EXACT), ==, 0.0);
  g_assert_cmpfloat (qc_eval_counts_f1 (direct, QC_EVAL_MATCH_OVERLAP), ==, 1.0);
}

static void
test_exact_match (void)
{
  QcEvalSpan gold[] = {
    span (5, 20, QC_CLAIM_KIND_PARTIAL, NULL),
    span (30, 40, QC_CLAIM_KIND_PARTIAL, NULL),
  };
  QcEvalSpan predicted[] = {
    span (30, 40, QC_CLAIM_KIND_PARTIAL, NULL),
    span (5, 20, QC_CLAIM_KIND_PARTIAL, NULL),
    span (5, 19, QC_CLAIM_KIND_PARTIAL, NULL),
  };
  QcEvalScores scores = { 0, };
  const QcEvalCounts *partial;

  qc_eval_scores_add_spans (&scores, predicted, 3, gold, 2);
  partial = counts (&scores, QC_EVAL_CATEGORY_PARTIAL);
  g_assert_cmpuint (partial->matched[QC_EVAL_MATCH_EXACT], ==, 2);
  g_assert_cmpuint (partial->matched[QC_EVAL_MATCH_OVERLAP], ==, 2);
  g_assert_cmpfloat_with_epsilon (qc_eval_counts_precision (partial, QC_EVAL_MATCH_EXACT),
                                  2.0 / 3.0, 1e-9);
  g_assert_cmpfloat (qc_eval_counts_recall (partial, QC_EVAL_MATCH_EXACT), ==, 1.0);
}

typedef struct
{
  gsize    gold_start, gold_end;
  gsize    predicted_start, predicted_end;
  gboolean matches;
} OverlapCase;

static void
test_overlap_threshold (void)
{
  static const OverlapCase cases[] = {
    { 0, 10, 0, 5, TRUE },      /* IoU 0.5 exactly */
    { 0, 10, 0, 4, FALSE },     /* 0.4 */
    { 0, 10, 5, 15, FALSE },    /* 5 / 15 */
    { 0, 10, 0, 20, TRUE },     /* 10 / 20 */
    { 0, 10, 0, 21, FALSE },    /* 10 / 21 */
    { 10, 20, 0, 20, TRUE },    /* a prediction starting long before */
    { 10, 20, 0, 21, FALSE },
    { 0, 10, 10, 20, FALSE },   /* touching, no overlap */
    { 100, 110, 101, 110, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      QcEvalSpan gold = span (cases[i].gold_start, cases[i].gold_end, QC_CLAIM_KIND_INDIRECT, NULL);
      QcEvalSpan predicted = span (cases[i].predicted_start, cases[i].predicted_end,
                                   QC_CLAIM_KIND_INDIRECT, NULL);
      QcEvalScores scores = { 0, };

      qc_eval_scores_add_spans (&scores, &predicted, 1, &gold, 1);
      g_test_message ("case %u", i);
      g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_INDIRECT)->matched[QC_EVAL_MATCH_OVERLAP],
                        ==, cases[i].matches ? 1 : 0);
    }
}

static void
test_one_to_one (void)
{
  QcEvalSpan gold[] = { span (0, 10, QC_CLAIM_KIND_DIRECT, NULL) };
  QcEvalSpan predicted[] = {
    span (0, 10, QC_CLAIM_KIND_DIRECT, NULL),
    span (0, 10, QC_CLAIM_KIND_DIRECT, NULL),
    span (0, 9, QC_CLAIM_KIND_DIRECT, NULL),
  };
  QcEvalScores scores = { 0, };
  const QcEvalCounts *direct;

  qc_eval_scores_add_spans (&scores, predicted, 3, gold, 1);
  direct = counts (&scores, QC_EVAL_CATEGORY_DIRECT);
  g_assert_cmpuint (direct->matched[QC_EVAL_MATCH_EXACT], ==, 1);
  g_assert_cmpuint (direct->matched[QC_EVAL_MATCH_OVERLAP], ==, 1);
  g_assert_cmpfloat_with_epsilon (qc_eval_counts_precision (direct, QC_EVAL_MATCH_OVERLAP),
                                  1.0 / 3.0, 1e-9);
}

/* Gold [0,10) by A and [1,11) by B; predicted [1,11) by B and [0,12) by A.
 * Taking the best IoU first pairs [1,11) with [1,11) (IoU 1), and leaves
 * [0,12) for [0,10) (IoU 0.83), so both speakers are right. Pairing in
 * gold order with the first candidate would swap them. */
static void
test_greedy_best_iou (void)
{
  QcEvalSpan gold[] = {
    span (0, 10, QC_CLAIM_KIND_INDIRECT, "Alice Adams"),
    span (1, 11, QC_CLAIM_KIND_INDIRECT, "Bob Bramley"),
  };
  QcEvalSpan predicted[] = {
    span (0, 12, QC_CLAIM_KIND_INDIRECT, "Alice Adams"),
    span (1, 11, QC_CLAIM_KIND_INDIRECT, "Bob Bramley"),
  };
  QcEvalScores scores = { 0, };
  const QcEvalCounts *indirect;

  qc_eval_scores_add_spans (&scores, predicted, 2, gold, 2);
  indirect = counts (&scores, QC_EVAL_CATEGORY_INDIRECT);
  g_assert_cmpuint (indirect->matched[QC_EVAL_MATCH_OVERLAP], ==, 2);
  g_assert_cmpuint (indirect->speaker_total[QC_EVAL_MATCH_OVERLAP], ==, 2);
  g_assert_cmpuint (indirect->speaker_correct[QC_EVAL_MATCH_OVERLAP], ==, 2);
  g_assert_cmpuint (indirect->matched[QC_EVAL_MATCH_EXACT], ==, 1);
}

static void
test_kind_matters (void)
{
  QcEvalSpan gold[] = {
    span (0, 10, QC_CLAIM_KIND_DIRECT, "A"),
    span (20, 30, QC_CLAIM_KIND_PARTIAL, "A"),
    span (40, 60, QC_CLAIM_KIND_INDIRECT, "A"),
  };
  QcEvalSpan predicted[] = {
    span (0, 10, QC_CLAIM_KIND_PARTIAL, "A"),
    span (20, 30, QC_CLAIM_KIND_DIRECT, "A"),
    span (40, 60, QC_CLAIM_KIND_DIRECT, "A"),
  };
  QcEvalScores scores = { 0, };

  qc_eval_scores_add_spans (&scores, predicted, 3, gold, 3);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_DIRECT)->n_gold, ==, 1);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_DIRECT)->n_predicted, ==, 2);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_DIRECT)->matched[QC_EVAL_MATCH_EXACT], ==, 0);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_PARTIAL)->matched[QC_EVAL_MATCH_EXACT], ==, 0);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_INDIRECT)->matched[QC_EVAL_MATCH_OVERLAP], ==, 0);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_INDIRECT)->n_predicted, ==, 0);

  /* direct for partial and partial for direct still count together */
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_QUOTED)->n_gold, ==, 2);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_QUOTED)->n_predicted, ==, 3);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_QUOTED)->matched[QC_EVAL_MATCH_EXACT], ==, 2);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_QUOTED)->matched[QC_EVAL_MATCH_OVERLAP], ==, 2);
}

static void
test_empty (void)
{
  QcEvalScores scores = { 0, };
  QcEvalSpan gold = span (0, 5, QC_CLAIM_KIND_DIRECT, NULL);

  qc_eval_scores_add_spans (&scores, NULL, 0, NULL, 0);
  g_assert_cmpuint (scores.n_documents, ==, 1);
  for (guint c = 0; c < QC_EVAL_N_CATEGORIES; c++)
    for (guint m = 0; m < QC_EVAL_N_MATCHES; m++)
      g_assert_cmpfloat (qc_eval_scores_f1 (&scores, c, m), ==, 1.0);

  qc_eval_scores_add_spans (&scores, NULL, 0, &gold, 1);
  g_assert_cmpfloat (qc_eval_scores_f1 (&scores, QC_EVAL_CATEGORY_DIRECT, QC_EVAL_MATCH_EXACT), ==, 0.0);
  g_assert_cmpfloat (qc_eval_scores_speaker_accuracy (&scores, QC_EVAL_MATCH_EXACT, NULL, NULL), ==, 0.0);
}

/* Two documents add up to micro-averages: counts, not averaged ratios. */
static void
test_accumulate (void)
{
  QcEvalSpan gold_a[] = { span (0, 10, QC_CLAIM_KIND_DIRECT, "A"), span (20, 30, QC_CLAIM_KIND_DIRECT, "A") };
  QcEvalSpan pred_a[] = { span (0, 10, QC_CLAIM_KIND_DIRECT, "A"), span (20, 30, QC_CLAIM_KIND_DIRECT, "A") };
  QcEvalSpan gold_b[] = { span (0, 10, QC_CLAIM_KIND_DIRECT, "B"), span (20, 30, QC_CLAIM_KIND_DIRECT, "B") };
  QcEvalSpan pred_b[] = { span (0, 10, QC_CLAIM_KIND_DIRECT, "C") };
  QcEvalScores a = { 0, }, b = { 0, }, total = { 0, };
  guint correct, all;

  qc_eval_scores_add_spans (&a, pred_a, 2, gold_a, 2);
  qc_eval_scores_add_spans (&b, pred_b, 1, gold_b, 2);
  qc_eval_scores_add (&total, &a);
  qc_eval_scores_add (&total, &b);

  g_assert_cmpuint (total.n_documents, ==, 2);
  g_assert_cmpuint (counts (&total, QC_EVAL_CATEGORY_DIRECT)->n_gold, ==, 4);
  g_assert_cmpuint (counts (&total, QC_EVAL_CATEGORY_DIRECT)->n_predicted, ==, 3);
  g_assert_cmpuint (counts (&total, QC_EVAL_CATEGORY_DIRECT)->matched[QC_EVAL_MATCH_EXACT], ==, 3);
  g_assert_cmpfloat (qc_eval_counts_precision (counts (&total, QC_EVAL_CATEGORY_DIRECT),
                                               QC_EVAL_MATCH_EXACT), ==, 1.0);
  g_assert_cmpfloat (qc_eval_counts_recall (counts (&total, QC_EVAL_CATEGORY_DIRECT),
                                            QC_EVAL_MATCH_EXACT), ==, 0.75);
  g_assert_cmpfloat_with_epsilon (qc_eval_scores_f1 (&total, QC_EVAL_CATEGORY_DIRECT, QC_EVAL_MATCH_EXACT),
                                  2 * 0.75 / 1.75, 1e-9);

  /* direct+partial and indirect pairs both count; each pair once */
  g_assert_cmpfloat_with_epsilon (qc_eval_scores_speaker_accuracy (&total, QC_EVAL_MATCH_OVERLAP,
                                                                   &correct, &all),
                                  2.0 / 3.0, 1e-9);
  g_assert_cmpuint (correct, ==, 2);
  g_assert_cmpuint (all, ==, 3);
}

/* Speakers */

typedef struct
{
  const char *predicted;
  const char *gold;
  const char *aliases[4];
  gboolean    matches;
} SpeakerCase;

static void
test_speaker_matching (void)
{
  static const SpeakerCase cases[] = {
    { "Tomas Varnholt", "Tomas Varnholt", { NULL }, TRUE },
    { "tomas VARNHOLT", "Tomas Varnholt", { NULL }, TRUE },
    { "  Tomas \n Varnholt ", "Tomas Varnholt", { NULL }, TRUE },
    { "Mr. Varnholt", "Tomas Varnholt", { NULL }, TRUE },         /* last words */
    { "Varnholt", "Tomas Varnholt", { NULL }, TRUE },
    { "Edwin K. Quillane", "Edwin Quillane", { NULL }, TRUE },
    { "the prime minister", "Tomas Varnholt", { "Varnholt", "The prime minister", NULL }, TRUE },
    { "The Prime Minister.", "Tomas Varnholt", { "The prime minister", NULL }, TRUE },
    { "U.S. State Department", "US State Department", { NULL }, TRUE },
    { "Gregor Pelham", "Tomas Varnholt", { "Varnholt", "Mr Varnholt", NULL }, FALSE },
    { "Mr Pelham", "Tomas Varnholt", { NULL }, FALSE },
    { "the minister", "Tomas Varnholt", { "The prime minister", NULL }, FALSE },
    { "", "Tomas Varnholt", { NULL }, FALSE },
    { ".", "Tomas Varnholt", { NULL }, FALSE },
    { NULL, "Tomas Varnholt", { "Varnholt", NULL }, FALSE },
    { "Ministère", "ministère", { NULL }, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("case %u: %s / %s", i, cases[i].predicted, cases[i].gold);
      g_assert_cmpint (qc_eval_speaker_matches (cases[i].predicted, cases[i].gold,
                                                cases[i].aliases),
                       ==, cases[i].matches);
    }
}

static void
test_speaker_accuracy (void)
{
  static const char *aliases[] = { "Mr Dosmaganov", "the president", NULL };
  QcEvalSpan gold[] = {
    { 0, 10, QC_CLAIM_KIND_DIRECT, 0, "Kairat-Ermek Dosmaganov", aliases },
    { 20, 30, QC_CLAIM_KIND_PARTIAL, 0, NULL, NULL },          /* a scare quote */
    { 40, 60, QC_CLAIM_KIND_INDIRECT, 0, "Kairat-Ermek Dosmaganov", aliases },
    { 70, 80, QC_CLAIM_KIND_DIRECT, 0, "Anselm Brekke", NULL },
    { 90, 99, QC_CLAIM_KIND_DIRECT, 0, "Anselm Brekke", NULL },
  };
  QcEvalSpan predicted[] = {
    span (0, 10, QC_CLAIM_KIND_DIRECT, "The President"),
    span (20, 30, QC_CLAIM_KIND_PARTIAL, "Someone"),
    span (40, 59, QC_CLAIM_KIND_INDIRECT, "Dosmaganov"),
    span (70, 80, QC_CLAIM_KIND_DIRECT, NULL),                 /* no speaker: wrong */
    /* gold 90-99 missed: not a matched pair, not counted */
  };
  QcEvalScores scores = { 0, };
  guint correct, total;

  qc_eval_scores_add_spans (&scores, predicted, G_N_ELEMENTS (predicted), gold, G_N_ELEMENTS (gold));
  g_assert_cmpfloat_with_epsilon (qc_eval_scores_speaker_accuracy (&scores, QC_EVAL_MATCH_OVERLAP,
                                                                   &correct, &total),
                                  2.0 / 3.0, 1e-9);
  g_assert_cmpuint (correct, ==, 2);
  g_assert_cmpuint (total, ==, 3);
  qc_eval_scores_speaker_accuracy (&scores, QC_EVAL_MATCH_EXACT, &correct, &total);
  g_assert_cmpuint (correct, ==, 1);
  g_assert_cmpuint (total, ==, 2);
}

/* Utterances */

static void
test_merge_paragraphs (void)
{
  /* A quote running over a paragraph break: one utterance, two pieces
   * separated only by white space (NBSP included). */
  g_autoptr(QcText) text = new_text ("“First part.\n\n“Second part.” “Third\u00a0” x");
  gsize second = g_utf8_strlen ("“First part.\n\n", -1);
  gsize second_end = g_utf8_strlen ("“First part.\n\n“Second part.”", -1);
  gsize third = second_end + 1;
  gsize third_end = g_utf8_strlen ("“First part.\n\n“Second part.” “Third\u00a0”", -1);
  QcEvalSpan predicted[] = {
    { third, third_end, QC_CLAIM_KIND_DIRECT, 7, "Ann Lee", NULL },
    { 0, 12, QC_CLAIM_KIND_DIRECT, 7, "Ann Lee", NULL },
    { second, second_end, QC_CLAIM_KIND_DIRECT, 7, "Ann Lee", NULL },
  };
  g_autoptr(GArray) merged = qc_eval_merge_utterances (text, predicted, G_N_ELEMENTS (predicted));
  const QcEvalSpan *m;

  g_assert_cmpuint (merged->len, ==, 1);
  m = &g_array_index (merged, QcEvalSpan, 0);
  g_assert_cmpuint (m->start, ==, 0);
  g_assert_cmpuint (m->end, ==, third_end);
  g_assert_cmpint (m->kind, ==, QC_CLAIM_KIND_DIRECT);
  g_assert_cmpstr (m->speaker, ==, "Ann Lee");
}

static void
test_merge_keeps_split_quotes (void)
{
  /* “A,” he said, “b.”: the pieces share an utterance but text lies
   * between them, so gold has two spans and so do we. */
  g_autoptr(QcText) text = new_text ("“We won,” he said, “and we stay.” “Next.”");
  QcEvalSpan predicted[] = {
    { 0, 9, QC_CLAIM_KIND_DIRECT, 1, "He", NULL },
    { 19, 33, QC_CLAIM_KIND_DIRECT, 1, "He", NULL },
    { 34, 41, QC_CLAIM_KIND_DIRECT, 2, "He", NULL },   /* next utterance */
  };
  g_autoptr(GArray) merged = qc_eval_merge_utterances (text, predicted, G_N_ELEMENTS (predicted));

  g_assert_cmpuint (merged->len, ==, 3);
  g_assert_cmpuint (g_array_index (merged, QcEvalSpan, 0).end, ==, 9);
  g_assert_cmpuint (g_array_index (merged, QcEvalSpan, 1).start, ==, 19);
  g_assert_cmpuint (g_array_index (merged, QcEvalSpan, 2).start, ==, 34);
}

static void
test_merge_then_score (void)
{
  g_autoptr(QcText) text = new_text ("“One.\n\n“Two.”");
  QcEvalSpan predicted[] = {
    { 0, 5, QC_CLAIM_KIND_DIRECT, 3, NULL, NULL },
    { 7, 13, QC_CLAIM_KIND_DIRECT, 3, NULL, NULL },
  };
  QcEvalSpan gold[] = { span (0, 13, QC_CLAIM_KIND_DIRECT, NULL) };
  g_autoptr(GArray) merged = qc_eval_merge_utterances (text, predicted, 2);
  QcEvalScores scores = { 0, };

  qc_eval_scores_add_spans (&scores, (const QcEvalSpan *) (gpointer) merged->data, merged->len, gold, 1);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_DIRECT)->matched[QC_EVAL_MATCH_EXACT], ==, 1);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_DIRECT)->n_predicted, ==, 1);
}

/* Gold files */

#define GOLD_TEXT "Ms Okafor said the bridge “will open in May”. “Résumé ready,” she added.\n"

static void
test_gold_load (void)
{
  g_autoptr(QcText) text = new_text (GOLD_TEXT);
  g_autoptr(GError) error = NULL;
  g_autoptr(QcGold) gold = NULL;
  const char *json =
    "{\"speakers\":[{\"name\":\"Ada Okafor\",\"kind\":\"person\",\"role\":null,"
    "                \"aliases\":[\"Ms Okafor\"]}],"
    " \"quotes\":["
    "  {\"start\":46,\"end\":61,\"text\":\"“Résumé ready,”\",\"kind\":\"direct\","
    "   \"speaker\":\"Ada Okafor\",\"speaker_mention\":\"she\"},"
    "  {\"start\":15,\"end\":44,\"text\":\"the bridge “will open in May”\",\"kind\":\"indirect\","
    "   \"speaker\":\"Ada Okafor\",\"speaker_mention\":\"Ms Okafor\"},"
    "  {\"start\":26,\"end\":44,\"text\":\"“will open in May”\",\"kind\":\"partial\","
    "   \"speaker\":null,\"note\":\"scare\"}]}\n";
  const QcEvalSpan *s;

  gold = qc_gold_new_from_data (json, -1, "okafor.json", text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (gold);
  g_assert_cmpuint (qc_gold_get_n_spans (gold), ==, 3);

  /* sorted by start */
  s = qc_gold_get_span (gold, 0);
  g_assert_cmpuint (s->start, ==, 15);
  g_assert_cmpint (s->kind, ==, QC_CLAIM_KIND_INDIRECT);
  g_assert_cmpstr (s->speaker, ==, "Ada Okafor");
  g_assert_nonnull (s->aliases);
  g_assert_cmpstr (s->aliases[0], ==, "Ms Okafor");
  g_assert_null (s->aliases[1]);

  s = qc_gold_get_span (gold, 1);
  g_assert_cmpuint (s->start, ==, 26);
  g_assert_null (s->speaker);

  s = qc_gold_get_span (gold, 2);
  g_assert_cmpuint (s->start, ==, 46);
  g_assert_cmpuint (s->end, ==, 61);
}

typedef struct
{
  const char *name;
  const char *json;
  QcEvalError code;
  const char *message_part;
} GoldErrorCase;

static void
test_gold_errors (void)
{
  static const GoldErrorCase cases[] = {
    { "not-json", "quotes", QC_EVAL_ERROR_PARSE, "invalid JSON" },
    { "truncated", "{\"quotes\":[", QC_EVAL_ERROR_PARSE, "end of JSON" },
    { "empty", "", QC_EVAL_ERROR_PARSE, "end of JSON" },
    { "trailing", "{\"quotes\":[]} x", QC_EVAL_ERROR_PARSE, "after the JSON" },
    { "array", "[]", QC_EVAL_ERROR_INVALID, "top level" },
    { "no-quotes", "{\"speakers\":[]}", QC_EVAL_ERROR_INVALID, "\"quotes\"" },
    { "quotes-object", "{\"quotes\":{}}", QC_EVAL_ERROR_INVALID, "\"quotes\"" },
    { "quote-not-object", "{\"quotes\":[1]}", QC_EVAL_ERROR_INVALID, "quotes[0]" },
    { "start-string",
      "{\"quotes\":[{\"start\":\"0\",\"end\":2,\"text\":\"Ms\",\"kind\":\"direct\",\"speaker\":null}]}",
      QC_EVAL_ERROR_INVALID, "quotes[0].start" },
    { "end-missing",
      "{\"quotes\":[{\"start\":0,\"text\":\"Ms\",\"kind\":\"direct\",\"speaker\":null}]}",
      QC_EVAL_ERROR_INVALID, "quotes[0].end" },
    { "start-negative",
      "{\"quotes\":[{\"start\":-1,\"end\":2,\"text\":\"Ms\",\"kind\":\"direct\",\"speaker\":null}]}",
      QC_EVAL_ERROR_INVALID, "quotes[0].start" },
    { "start-float",
      "{\"quotes\":[{\"start\":0.5,\"end\":2,\"text\":\"Ms\",\"kind\":\"direct\",\"speaker\":null}]}",
      QC_EVAL_ERROR_INVALID, "quotes[0].start" },
    { "bad-kind",
      "{\"quotes\":[{\"start\":0,\"end\":2,\"text\":\"Ms\",\"kind\":\"quote\",\"speaker\":null}]}",
      QC_EVAL_ERROR_INVALID, "quotes[0].kind" },
    { "no-speaker",
      "{\"quotes\":[{\"start\":0,\"end\":2,\"text\":\"Ms\",\"kind\":\"direct\"}]}",
      QC_EVAL_ERROR_INVALID, "quotes[0].speaker" },
    { "speaker-number",
      "{\"quotes\":[{\"start\":0,\"end\":2,\"text\":\"Ms\",\"kind\":\"direct\",\"speaker\":3}]}",
      QC_EVAL_ERROR_INVALID, "quotes[0].speaker" },
    { "no-text",
      "{\"quotes\":[{\"start\":0,\"end\":2,\"kind\":\"direct\",\"speaker\":null}]}",
      QC_EVAL_ERROR_INVALID, "quotes[0].text" },
    { "speakers-object", "{\"speakers\":{},\"quotes\":[]}", QC_EVAL_ERROR_INVALID, "\"speakers\"" },
    { "speaker-no-name", "{\"speakers\":[{\"kind\":\"person\"}],\"quotes\":[]}",
      QC_EVAL_ERROR_INVALID, "speakers[0]" },
    { "aliases-string", "{\"speakers\":[{\"name\":\"A\",\"aliases\":\"A\"}],\"quotes\":[]}",
      QC_EVAL_ERROR_INVALID, "speakers[0].aliases" },
    { "alias-number", "{\"speakers\":[{\"name\":\"A\",\"aliases\":[\"A\",1]}],\"quotes\":[]}",
      QC_EVAL_ERROR_INVALID, "speakers[0].aliases[1]" },
    { "end-past-text",
      "{\"quotes\":[{\"start\":0,\"end\":9999,\"text\":\"Ms\",\"kind\":\"direct\",\"speaker\":null}]}",
      QC_EVAL_ERROR_OFFSETS, "do not lie inside" },
    { "empty-span",
      "{\"quotes\":[{\"start\":2,\"end\":2,\"text\":\"\",\"kind\":\"direct\",\"speaker\":null}]}",
      QC_EVAL_ERROR_OFFSETS, "do not lie inside" },
    { "text-differs",
      "{\"quotes\":[{\"start\":0,\"end\":2,\"text\":\"Mr\",\"kind\":\"direct\",\"speaker\":null}]}",
      QC_EVAL_ERROR_OFFSETS, "not “Mr”" },
    /* UTF-8 byte offsets instead of code points: “will open in May” */
    { "byte-offsets",
      "{\"quotes\":[{\"start\":26,\"end\":48,\"text\":\"“will open in May”\",\"kind\":\"partial\","
      "\"speaker\":null}]}",
      QC_EVAL_ERROR_OFFSETS, "quotes[0]" },
    { "second-quote",
      "{\"quotes\":[{\"start\":0,\"end\":2,\"text\":\"Ms\",\"kind\":\"direct\",\"speaker\":null},"
      "{\"start\":0,\"end\":3,\"text\":\"Ms\",\"kind\":\"direct\",\"speaker\":null}]}",
      QC_EVAL_ERROR_OFFSETS, "quotes[1]" },
  };
  g_autoptr(QcText) text = new_text (GOLD_TEXT);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(QcGold) gold = NULL;

      g_test_message ("case %s", cases[i].name);
      gold = qc_gold_new_from_data (cases[i].json, -1, "bad.json", text, &error);
      g_assert_null (gold);
      g_assert_error (error, QC_EVAL_ERROR, (gint) cases[i].code);
      g_test_message ("  %s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "bad.json: "));
      g_assert_nonnull (strstr (error->message, cases[i].message_part));
    }
}

static void
test_gold_file_errors (void)
{
  g_autoptr(QcText) text = new_text (GOLD_TEXT);
  g_autoptr(GError) error = NULL;
  g_autoptr(QcGold) gold = NULL;
  QcEvalScores scores = { 0, };

  gold = qc_gold_new_from_file ("/nonexistent/gold.json", text, &error);
  g_assert_null (gold);
  g_assert_error (error, QC_EVAL_ERROR, QC_EVAL_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "/nonexistent/gold.json"));
  g_clear_error (&error);

  g_assert_false (qc_eval_scores_add_files (&scores, "/nonexistent/a.txt", "/nonexistent/a.json", &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (scores.n_documents, ==, 0);
}

static void
test_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qc-eval-XXXXXX", &error);
  g_autofree char *article = NULL;
  g_autofree char *gold = NULL;
  QcEvalScores scores = { 0, };

  g_assert_no_error (error);
  article = g_build_filename (dir, "a.txt", NULL);
  gold = g_build_filename (dir, "a.json", NULL);
  g_file_set_contents (article, GOLD_TEXT, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (gold,
                       "{\"quotes\":[{\"start\":46,\"end\":61,\"text\":\"“Résumé ready,”\","
                       "\"kind\":\"direct\",\"speaker\":\"Ada Okafor\"}]}", -1, &error);
  g_assert_no_error (error);

  g_assert_true (qc_eval_scores_add_files (&scores, article, gold, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (scores.n_documents, ==, 1);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_DIRECT)->n_gold, ==, 1);

  g_unlink (article);
  g_unlink (gold);
  g_rmdir (dir);
}

/* Output */

static void
test_json (void)
{
  QcEvalSpan gold[] = { span (0, 10, QC_CLAIM_KIND_DIRECT, "A"), span (20, 40, QC_CLAIM_KIND_INDIRECT, "A") };
  QcEvalSpan predicted[] = { span (0, 10, QC_CLAIM_KIND_DIRECT, "A") };
  QcEvalScores scores = { 0, };
  g_autoptr(json_object) root = NULL;
  json_object *categories, *direct, *exact, *value;

  qc_eval_scores_add_spans (&scores, predicted, 1, gold, 2);
  root = qc_eval_scores_to_json (&scores);
  g_assert_true (json_object_object_get_ex (root, "documents", &value));
  g_assert_cmpint (json_object_get_int (value), ==, 1);
  g_assert_true (json_object_object_get_ex (root, "categories", &categories));
  for (guint c = 0; c < QC_EVAL_N_CATEGORIES; c++)
    g_assert_true (json_object_object_get_ex (categories, qc_eval_category_to_string (c), NULL));
  g_assert_true (json_object_object_get_ex (categories, "direct", &direct));
  g_assert_true (json_object_object_get_ex (direct, "gold", &value));
  g_assert_cmpint (json_object_get_int (value), ==, 1);
  g_assert_true (json_object_object_get_ex (direct, "exact", &exact));
  g_assert_true (json_object_object_get_ex (exact, "f1", &value));
  g_assert_cmpfloat (json_object_get_double (value), ==, 1.0);
  g_assert_true (json_object_object_get_ex (exact, "speaker_correct", &value));
  g_assert_cmpint (json_object_get_int (value), ==, 1);
  g_assert_true (json_object_object_get_ex (root, "speaker_accuracy", &value));
  g_assert_true (json_object_object_get_ex (value, "overlap", &value));
  g_assert_cmpfloat (json_object_get_double (value), ==, 1.0);
}

static void
test_table (void)
{
  QcEvalSpan gold[] = { span (0, 10, QC_CLAIM_KIND_DIRECT, "A") };
  QcEvalScores scores = { 0, };
  g_autoptr(GString) out = g_string_new (NULL);

  qc_eval_scores_add_spans (&scores, gold, 1, gold, 1);
  qc_eval_scores_append_table (&scores, out);
  g_test_message ("%s", out->str);
  g_assert_nonnull (strstr (out->str, "direct+partial"));
  g_assert_nonnull (strstr (out->str, "indirect"));
  g_assert_nonnull (strstr (out->str, "speaker accuracy"));
  g_assert_nonnull (strstr (out->str, "1.000 (1/1)"));
}

static void
test_detection (void)
{
  g_autoptr(QcText) text = new_text (GOLD_TEXT);
  g_autoptr(QcDetection) detection = qc_detect (text);
  g_autoptr(GArray) spans = qc_eval_spans_from_detection (detection);
  QcEvalScores scores = { 0, };
  g_autoptr(QcGold) gold = NULL;
  g_autoptr(GError) error = NULL;

  gold = qc_gold_new_from_data ("{\"quotes\":[]}", -1, "none.json", text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (spans->len, <=, qc_detection_get_n_claims (detection));
  qc_eval_scores_add_detection (&scores, detection, gold);
  g_assert_cmpuint (scores.n_documents, ==, 1);
  g_assert_cmpuint (counts (&scores, QC_EVAL_CATEGORY_QUOTED)->n_predicted +
                    counts (&scores, QC_EVAL_CATEGORY_INDIRECT)->n_predicted, ==, spans->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/eval/exact-vs-overlap", test_exact_vs_overlap);
  g_test_add_func ("/qc/eval/exact-match", test_exact_match);
  g_test_add_func ("/qc/eval/overlap-threshold", test_overlap_threshold);
  g_test_add_func ("/qc/eval/one-to-one", test_one_to_one);
  g_test_add_func ("/qc/eval/greedy-best-iou", test_greedy_best_iou);
  g_test_add_func ("/qc/eval/kind-matters", test_kind_matters);
  g_test_add_func ("/qc/eval/empty", test_empty);
  g_test_add_func ("/qc/eval/accumulate", test_accumulate);
  g_test_add_func ("/qc/eval/speaker/matching", test_speaker_matching);
  g_test_add_func ("/qc/eval/speaker/accuracy", test_speaker_accuracy);
  g_test_add_func ("/qc/eval/utterance/merge-paragraphs", test_merge_paragraphs);
  g_test_add_func ("/qc/eval/utterance/keep-split-quotes", test_merge_keeps_split_quotes);
  g_test_add_func ("/qc/eval/utterance/merge-then-score", test_merge_then_score);
  g_test_add_func ("/qc/eval/gold/load", test_gold_load);
  g_test_add_func ("/qc/eval/gold/errors", test_gold_errors);
  g_test_add_func ("/qc/eval/gold/file-errors", test_gold_file_errors);
  g_test_add_func ("/qc/eval/files", test_files);
  g_test_add_func ("/qc/eval/json", test_json);
  g_test_add_func ("/qc/eval/table", test_table);
  g_test_add_func ("/qc/eval/detection", test_detection);

  return g_test_run ();
}
