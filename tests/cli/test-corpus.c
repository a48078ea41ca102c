/* test-corpus.c: detection quality on the shared corpus and our dev articles
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <glib.h>
#include <string.h>

#include "qc-eval.h"

/* Quality floors; the run fails below any of them.
 *
 * They are the targets. Direct and partial spans are bounded by
 * quotation marks, so a correct scanner reproduces gold exactly: exact
 * matching with a high floor (0.95) leaves room only for the corpus's
 * documented source oddities (a closing mark typed as an opening one, a
 * stray ‘, NBSPs, tweet markup). Indirect spans have subjective
 * boundaries (the corpus README asks for overlap scoring), so they are
 * matched by IoU >= 0.5 with a lower floor (0.80). Speaker accuracy
 * (0.90) is over matched pairs with a gold speaker, names compared
 * leniently (aliases, last name), because DESIGN.md says a wrong guess is
 * worse than none and the workbench shows the speaker for the analyst to
 * trust.
 *
 * While the engine stages are being written these floors fail; lower them
 * here only with a note in the issue, never to make a red run green. */
#define MIN_QUOTED_EXACT_F1      0.95   /* direct+partial, exact spans */
#define MIN_INDIRECT_OVERLAP_F1  0.80   /* indirect, IoU >= 0.5 */
#define MIN_SPEAKER_ACCURACY     0.90   /* overlap-matched pairs, gold speaker not null */

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Scores every articles/<stem>.txt that has a gold/<stem>.json, printing
 * a line per document and the total table to the test log. Returns the
 * number of documents scored. */
static guint
score_set (const char   *articles_dir,
           const char   *gold_dir,
           QcEvalScores *total)
{
  g_autoptr(GDir) dir = g_dir_open (articles_dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) table = g_string_new (NULL);
  const char *name;

  if (dir == NULL || !g_file_test (gold_dir, G_FILE_TEST_IS_DIR))
    return 0;
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strndup (name, strlen (name) - 4));
  g_ptr_array_sort (names, compare_strings);

  g_string_append_printf (table, "%-34s %5s %5s %8s %5s %5s %8s  %s\n", "document",
                          "d+p", "pred", "exact F1", "ind", "pred", "ovl F1", "speaker");
  for (guint i = 0; i < names->len; i++)
    {
      const char *stem = g_ptr_array_index (names, i);
      g_autofree char *file = g_strconcat (stem, ".txt", NULL);
      g_autofree char *gold_file = g_strconcat (stem, ".json", NULL);
      g_autofree char *article = g_build_filename (articles_dir, file, NULL);
      g_autofree char *gold = g_build_filename (gold_dir, gold_file, NULL);
      g_autoptr(GError) error = NULL;
      QcEvalScores scores = { 0, };
      const QcEvalCounts *quoted = &scores.counts[QC_EVAL_CATEGORY_QUOTED];
      const QcEvalCounts *indirect = &scores.counts[QC_EVAL_CATEGORY_INDIRECT];
      guint correct, all;
      double accuracy;

      if (!g_file_test (gold, G_FILE_TEST_EXISTS))
        {
          g_string_append_printf (table, "%-34s (no gold, skipped)\n", stem);
          continue;
        }
      /* A gold file that does not load is a broken fixture: fail loudly. */
      qc_eval_scores_add_files (&scores, article, gold, &error);
      g_assert_no_error (error);
      qc_eval_scores_add (total, &scores);

      accuracy = qc_eval_scores_speaker_accuracy (&scores, QC_EVAL_MATCH_OVERLAP, &correct, &all);
      g_string_append_printf (table, "%-34s %5u %5u %8.3f %5u %5u %8.3f  %.3f (%u/%u)\n", stem,
                              quoted->n_gold, quoted->n_predicted,
                              qc_eval_counts_f1 (quoted, QC_EVAL_MATCH_EXACT),
                              indirect->n_gold, indirect->n_predicted,
                              qc_eval_counts_f1 (indirect, QC_EVAL_MATCH_OVERLAP),
                              accuracy, correct, all);
    }
  g_string_append_c (table, '\n');
  qc_eval_scores_append_table (total, table);
  g_test_message ("%s and %s:\n%s", articles_dir, gold_dir, table->str);
  return total->n_documents;
}

static void
check_thresholds (const char         *set,
                  const QcEvalScores *scores)
{
  double quoted = qc_eval_scores_f1 (scores, QC_EVAL_CATEGORY_QUOTED, QC_EVAL_MATCH_EXACT);
  double indirect = qc_eval_scores_f1 (scores, QC_EVAL_CATEGORY_INDIRECT, QC_EVAL_MATCH_OVERLAP);
  double speaker = qc_eval_scores_speaker_accuracy (scores, QC_EVAL_MATCH_OVERLAP, NULL, NULL);

  g_test_message ("%s: direct+partial exact F1 %.3f (floor %.2f), indirect overlap F1 %.3f "
                  "(floor %.2f), speaker accuracy %.3f (floor %.2f)", set,
                  quoted, MIN_QUOTED_EXACT_F1, indirect, MIN_INDIRECT_OVERLAP_F1,
                  speaker, MIN_SPEAKER_ACCURACY);
  /* Every shortfall is reported, not only the first. */
  g_autoptr(GString) failures = g_string_new (NULL);

  if (quoted < MIN_QUOTED_EXACT_F1)
    g_string_append_printf (failures, "; direct+partial exact F1 %.3f < %.2f",
                            quoted, MIN_QUOTED_EXACT_F1);
  if (indirect < MIN_INDIRECT_OVERLAP_F1)
    g_string_append_printf (failures, "; indirect overlap F1 %.3f < %.2f",
                            indirect, MIN_INDIRECT_OVERLAP_F1);
  if (speaker < MIN_SPEAKER_ACCURACY)
    g_string_append_printf (failures, "; speaker accuracy %.3f < %.2f",
                            speaker, MIN_SPEAKER_ACCURACY);
  if (failures->len > 0)
    g_test_fail_printf ("%s: %s", set, failures->str + 2);
}

static void
test_shared_corpus (void)
{
  const char *shared = g_getenv ("QC_SHARED_DIR");
  g_autofree char *articles = NULL;
  g_autofree char *gold = NULL;
  QcEvalScores scores = { 0, };

  if (shared == NULL || !g_file_test (shared, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("QC_SHARED_DIR is not set or not a folder");
      return;
    }
  articles = g_build_filename (shared, "corpus", "articles", NULL);
  gold = g_build_filename (shared, "corpus", "gold", NULL);
  if (score_set (articles, gold, &scores) == 0)
    {
      g_test_skip ("the shared corpus has no article with gold");
      return;
    }
  check_thresholds ("shared corpus", &scores);
}

static void
test_dev_articles (void)
{
  g_autofree char *articles = g_test_build_filename (G_TEST_DIST, "data", "articles", NULL);
  g_autofree char *gold = g_test_build_filename (G_TEST_DIST, "data", "gold", NULL);
  QcEvalScores scores = { 0, };

  if (score_set (articles, gold, &scores) == 0)
    {
      g_test_skip ("tests/data has no article with gold");
      return;
    }
  check_thresholds ("tests/data", &scores);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/qc/corpus/shared", test_shared_corpus);
  g_test_add_func ("/qc/corpus/dev", test_dev_articles);

  return g_test_run ();
}
