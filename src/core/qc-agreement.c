/* qc-agreement.c: how far two annotators' claims on the same articles agree
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Claims are compared as sets of characters (the union of their
 * segments). Two claims pair when their intersection over union is at
 * least one half; pairing is one-to-one, best IoU first. Every rule is
 * written down in docs/review.md, with the reasons.
 */

#define G_LOG_DOMAIN "qc-agreement"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "qc-agreement.h"
#include "qc-autocleanups.h"
#include "qc-export-json.h"
#include "qc-store-private.h"

G_DEFINE_QUARK (qc-agreement-error-quark, qc_agreement_error)

/* The result */

static void
agreement_article_free (gpointer data)
{
  QcAgreementArticle *article = data;

  g_free (article->uuid);
  g_free (article->title);
  g_free (article);
}

static QcAgreement *
agreement_new (void)
{
  QcAgreement *agreement = g_new0 (QcAgreement, 1);

  agreement->articles = g_ptr_array_new_with_free_func (agreement_article_free);
  return agreement;
}

QcAgreement *
qc_agreement_copy (const QcAgreement *agreement)
{
  QcAgreement *copy;

  g_return_val_if_fail (agreement != NULL, NULL);

  copy = agreement_new ();
  copy->annotator_a = agreement->annotator_a;
  copy->annotator_b = agreement->annotator_b;
  copy->uuid_a = g_strdup (agreement->uuid_a);
  copy->uuid_b = g_strdup (agreement->uuid_b);
  copy->name_a = g_strdup (agreement->name_a);
  copy->name_b = g_strdup (agreement->name_b);
  copy->total = agreement->total;
  for (guint i = 0; i < agreement->articles->len; i++)
    {
      const QcAgreementArticle *article = g_ptr_array_index (agreement->articles, i);
      QcAgreementArticle *item = g_new0 (QcAgreementArticle, 1);

      item->article_id = article->article_id;
      item->uuid = g_strdup (article->uuid);
      item->title = g_strdup (article->title);
      item->counts = article->counts;
      g_ptr_array_add (copy->articles, item);
    }
  return copy;
}

void
qc_agreement_free (QcAgreement *agreement)
{
  if (agreement == NULL)
    return;
  g_free (agreement->uuid_a);
  g_free (agreement->uuid_b);
  g_free (agreement->name_a);
  g_free (agreement->name_b);
  g_clear_pointer (&agreement->articles, g_ptr_array_unref);
  g_free (agreement);
}

G_DEFINE_BOXED_TYPE (QcAgreement, qc_agreement, qc_agreement_copy, qc_agreement_free)

/* Spans as sorted, disjoint ranges */

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const QcRange *x = a;
  const QcRange *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->end < y->end ? -1 : x->end > y->end;
}

/* The segments sorted and merged where they touch or overlap; empty
 * ranges dropped. */
static GArray *
normalise (const QcAgreementSpan *span)
{
  GArray *ranges = g_array_sized_new (FALSE, FALSE, sizeof (QcRange), span->n_segments);
  guint n = 0;

  for (guint i = 0; i < span->n_segments; i++)
    if (span->segments[i].end > span->segments[i].start)
      g_array_append_val (ranges, span->segments[i]);
  g_array_sort (ranges, compare_ranges);
  for (guint i = 0; i < ranges->len; i++)
    {
      QcRange *range = &g_array_index (ranges, QcRange, i);

      if (n > 0 && range->start <= g_array_index (ranges, QcRange, n - 1).end)
        {
          QcRange *last = &g_array_index (ranges, QcRange, n - 1);

          last->end = MAX (last->end, range->end);
          continue;
        }
      g_array_index (ranges, QcRange, n++) = *range;
    }
  g_array_set_size (ranges, n);
  return ranges;
}

static guint64
ranges_size (GArray *ranges)
{
  guint64 size = 0;

  for (guint i = 0; i < ranges->len; i++)
    {
      QcRange *range = &g_array_index (ranges, QcRange, i);

      size += range->end - range->start;
    }
  return size;
}

/* Both sorted and disjoint: one merge pass. */
static guint64
ranges_intersection (GArray *a,
                     GArray *b)
{
  guint64 size = 0;
  guint i = 0, j = 0;

  while (i < a->len && j < b->len)
    {
      QcRange *x = &g_array_index (a, QcRange, i);
      QcRange *y = &g_array_index (b, QcRange, j);
      gsize start = MAX (x->start, y->start);
      gsize end = MIN (x->end, y->end);

      if (end > start)
        size += end - start;
      if (x->end < y->end)
        i++;
      else
        j++;
    }
  return size;
}

/**
 * qc_agreement_span_size:
 *
 * Returns: the number of characters the span covers (overlapping
 *   segments counted once)
 */
guint64
qc_agreement_span_size (const QcAgreementSpan *span)
{
  g_autoptr(GArray) ranges = NULL;

  g_return_val_if_fail (span != NULL, 0);
  g_return_val_if_fail (span->segments != NULL || span->n_segments == 0, 0);

  ranges = normalise (span);
  return ranges_size (ranges);
}

/**
 * qc_agreement_span_overlap:
 * @intersection: (out): characters both spans cover
 * @union_size: (out): characters either covers
 *
 * The parts of the intersection over union of two spans.
 */
void
qc_agreement_span_overlap (const QcAgreementSpan *a,
                           const QcAgreementSpan *b,
                           guint64               *intersection,
                           guint64               *union_size)
{
  g_autoptr(GArray) x = NULL;
  g_autoptr(GArray) y = NULL;
  guint64 both;

  g_return_if_fail (a != NULL && b != NULL);
  g_return_if_fail (intersection != NULL && union_size != NULL);

  x = normalise (a);
  y = normalise (b);
  both = ranges_intersection (x, y);
  *intersection = both;
  *union_size = ranges_size (x) + ranges_size (y) - both;
}

/* Pairing */

typedef struct
{
  GArray *ranges;
  gsize   first;      /* the hull, for a quick overlap test */
  gsize   last;
  guint64 size;
} Prepared;

static void
prepared_clear (Prepared *prepared)
{
  g_clear_pointer (&prepared->ranges, g_array_unref);
}

static Prepared *
prepare (const QcAgreementSpan *spans,
         guint                  n)
{
  Prepared *prepared = g_new0 (Prepared, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      Prepared *p = &prepared[i];

      p->ranges = normalise (&spans[i]);
      p->size = ranges_size (p->ranges);
      if (p->ranges->len > 0)
        {
          p->first = g_array_index (p->ranges, QcRange, 0).start;
          p->last = g_array_index (p->ranges, QcRange, p->ranges->len - 1).end;
        }
    }
  return prepared;
}

static void
prepared_free (Prepared *prepared,
               guint     n)
{
  for (guint i = 0; i < n; i++)
    prepared_clear (&prepared[i]);
  g_free (prepared);
}

/* Best first: higher IoU (compared exactly, as cross products), then the
 * larger intersection, then A's order, then B's. */
static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const QcAgreementPair *x = a;
  const QcAgreementPair *y = b;
  guint64 left = x->intersection * y->union_size;
  guint64 right = y->intersection * x->union_size;

  if (left != right)
    return left > right ? -1 : 1;
  if (x->intersection != y->intersection)
    return x->intersection > y->intersection ? -1 : 1;
  if (x->a != y->a)
    return x->a < y->a ? -1 : 1;
  return x->b < y->b ? -1 : x->b > y->b;
}

static int
compare_pairs_by_a (gconstpointer a,
                    gconstpointer b)
{
  const QcAgreementPair *x = a;
  const QcAgreementPair *y = b;

  return x->a < y->a ? -1 : x->a > y->a;
}

/**
 * qc_agreement_pair:
 * @a: (array length=n_a): the claims of side A, as spans
 * @b: (array length=n_b): the claims of side B
 *
 * Pairs the claims of A and B one to one: every two claims whose
 * intersection over union of characters is at least 0.5 are candidates;
 * the candidate with the highest IoU is taken first (ties: the larger
 * intersection, then the earlier claim of A, then of B, in the order
 * given), and every candidate sharing a claim with a taken pair is
 * dropped. Deterministic; a claim with no characters pairs with nothing.
 *
 * Returns: (transfer full) (element-type QcAgreementPair): the pairs,
 *   sorted by @a index
 */
GArray *
qc_agreement_pair (const QcAgreementSpan *a,
                   guint                  n_a,
                   const QcAgreementSpan *b,
                   guint                  n_b)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (QcAgreementPair));
  g_autofree gboolean *used_a = g_new0 (gboolean, MAX (n_a, 1));
  g_autofree gboolean *used_b = g_new0 (gboolean, MAX (n_b, 1));
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (QcAgreementPair));
  Prepared *x;
  Prepared *y;

  g_return_val_if_fail (a != NULL || n_a == 0, pairs);
  g_return_val_if_fail (b != NULL || n_b == 0, pairs);

  x = prepare (a, n_a);
  y = prepare (b, n_b);
  for (guint i = 0; i < n_a; i++)
    for (guint j = 0; j < n_b; j++)
      {
        QcAgreementPair candidate = { i, j, 0, 0 };

        if (x[i].size == 0 || y[j].size == 0 || x[i].last <= y[j].first || y[j].last <= x[i].first)
          continue;
        candidate.intersection = ranges_intersection (x[i].ranges, y[j].ranges);
        candidate.union_size = x[i].size + y[j].size - candidate.intersection;
        /* IoU >= NUM / DEN */
        if (candidate.intersection * QC_AGREEMENT_IOU_DEN >= candidate.union_size * QC_AGREEMENT_IOU_NUM)
          g_array_append_val (candidates, candidate);
      }
  prepared_free (x, n_a);
  prepared_free (y, n_b);

  g_array_sort (candidates, compare_candidates);
  for (guint k = 0; k < candidates->len; k++)
    {
      QcAgreementPair *candidate = &g_array_index (candidates, QcAgreementPair, k);

      if (used_a[candidate->a] || used_b[candidate->b])
        continue;
      used_a[candidate->a] = TRUE;
      used_b[candidate->b] = TRUE;
      g_array_append_val (pairs, *candidate);
    }
  g_array_sort (pairs, compare_pairs_by_a);
  return pairs;
}

/* A claim's segments as ranges; the caller frees them. */
static QcRange *
claim_ranges (QcClaim *claim,
              guint   *n)
{
  QcRange *ranges;

  *n = qc_claim_get_n_segments (claim);
  ranges = g_new (QcRange, MAX (*n, 1));
  for (guint i = 0; i < *n; i++)
    {
      const QcClaimSegment *segment = qc_claim_get_segment (claim, i);

      ranges[i].start = segment->start;
      ranges[i].end = segment->end;
    }
  return ranges;
}

static QcAgreementSpan *
claims_to_spans (QcClaim * const *claims,
                 guint            n)
{
  QcAgreementSpan *spans = g_new0 (QcAgreementSpan, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    spans[i].segments = claim_ranges (claims[i], &spans[i].n_segments);
  return spans;
}

static void
spans_free (QcAgreementSpan *spans,
            guint            n)
{
  for (guint i = 0; i < n; i++)
    g_free ((QcRange *) spans[i].segments);
  g_free (spans);
}

/**
 * qc_agreement_pair_claims:
 * @a: (array length=n_a): the claims of A, in text order
 * @b: (array length=n_b): the claims of B, in text order
 *
 * qc_agreement_pair() on the claims' segments (character offsets).
 *
 * Returns: (transfer full) (element-type QcAgreementPair): the pairs
 */
GArray *
qc_agreement_pair_claims (QcClaim * const *a,
                          guint            n_a,
                          QcClaim * const *b,
                          guint            n_b)
{
  QcAgreementSpan *x;
  QcAgreementSpan *y;
  GArray *pairs;

  g_return_val_if_fail (a != NULL || n_a == 0, NULL);
  g_return_val_if_fail (b != NULL || n_b == 0, NULL);

  x = claims_to_spans (a, n_a);
  y = claims_to_spans (b, n_b);
  pairs = qc_agreement_pair (x, n_a, y, n_b);
  spans_free (x, n_a);
  spans_free (y, n_b);
  return pairs;
}

/* Counting */

static GPtrArray *
placed_claims (QcClaim * const *claims,
               guint            n,
               guint           *n_orphaned)
{
  GPtrArray *placed = g_ptr_array_new ();

  *n_orphaned = 0;
  for (guint i = 0; i < n; i++)
    {
      if (qc_claim_get_orphaned (claims[i]))
        (*n_orphaned)++;
      else
        g_ptr_array_add (placed, claims[i]);
    }
  return placed;
}

/**
 * qc_agreement_counts_add_claims:
 * @counts: counts to add to
 * @a: (array length=n_a): the claims of A (the reference) on one article
 * @b: (array length=n_b): the claims of B on the same article
 *
 * Pairs the claims (qc_agreement_pair_claims()) and adds what they give
 * to @counts. Orphaned claims (not found in the text) are only counted in
 * @n_orphaned_a and @n_orphaned_b. Speakers are compared by row id: the
 * same speaker row, or both without one.
 */
void
qc_agreement_counts_add_claims (QcAgreementCounts *counts,
                                QcClaim * const   *a,
                                guint              n_a,
                                QcClaim * const   *b,
                                guint              n_b)
{
  g_autoptr(GPtrArray) x = NULL;
  g_autoptr(GPtrArray) y = NULL;
  g_autoptr(GArray) pairs = NULL;
  guint orphaned_a, orphaned_b;

  g_return_if_fail (counts != NULL);
  g_return_if_fail (a != NULL || n_a == 0);
  g_return_if_fail (b != NULL || n_b == 0);

  x = placed_claims (a, n_a, &orphaned_a);
  y = placed_claims (b, n_b, &orphaned_b);
  pairs = qc_agreement_pair_claims ((QcClaim * const *) x->pdata, x->len, (QcClaim * const *) y->pdata, y->len);

  counts->n_a += x->len;
  counts->n_b += y->len;
  counts->n_orphaned_a += orphaned_a;
  counts->n_orphaned_b += orphaned_b;
  for (guint k = 0; k < pairs->len; k++)
    {
      QcAgreementPair *pair = &g_array_index (pairs, QcAgreementPair, k);
      QcClaim *ca = g_ptr_array_index (x, pair->a);
      QcClaim *cb = g_ptr_array_index (y, pair->b);
      QcEvidence ea = MIN (qc_claim_get_evidence (ca), QC_EVIDENCE_DISPUTED);
      QcEvidence eb = MIN (qc_claim_get_evidence (cb), QC_EVIDENCE_DISPUTED);

      counts->n_pairs++;
      if (pair->intersection == pair->union_size)
        counts->n_exact++;
      if (qc_claim_get_speaker_id (ca) == qc_claim_get_speaker_id (cb))
        counts->n_same_speaker++;
      if (qc_claim_get_kind (ca) == qc_claim_get_kind (cb))
        counts->n_same_kind++;
      counts->evidence[ea][eb]++;
    }
}

/**
 * qc_agreement_counts_add:
 *
 * Adds @other to @counts: figures of the sum are pooled (micro-averaged).
 */
void
qc_agreement_counts_add (QcAgreementCounts       *counts,
                         const QcAgreementCounts *other)
{
  g_return_if_fail (counts != NULL && other != NULL);

  counts->n_a += other->n_a;
  counts->n_b += other->n_b;
  counts->n_orphaned_a += other->n_orphaned_a;
  counts->n_orphaned_b += other->n_orphaned_b;
  counts->n_pairs += other->n_pairs;
  counts->n_exact += other->n_exact;
  counts->n_same_speaker += other->n_same_speaker;
  counts->n_same_kind += other->n_same_kind;
  for (guint i = 0; i < QC_AGREEMENT_N_EVIDENCE; i++)
    for (guint j = 0; j < QC_AGREEMENT_N_EVIDENCE; j++)
      counts->evidence[i][j] += other->evidence[i][j];
}

/* Figures */

static guint
matched (const QcAgreementCounts *counts,
         QcAgreementMatch         match)
{
  return match == QC_AGREEMENT_MATCH_EXACT ? counts->n_exact : counts->n_pairs;
}

static double
ratio (guint numerator,
       guint denominator)
{
  return denominator > 0 ? (double) numerator / (double) denominator : NAN;
}

/**
 * qc_agreement_counts_only_a:
 *
 * Returns: the claims of A with no partner of B (for
 *   %QC_AGREEMENT_MATCH_EXACT: with no partner covering exactly the same
 *   characters)
 */
guint
qc_agreement_counts_only_a (const QcAgreementCounts *counts,
                            QcAgreementMatch         match)
{
  g_return_val_if_fail (counts != NULL, 0);
  return counts->n_a - matched (counts, match);
}

guint
qc_agreement_counts_only_b (const QcAgreementCounts *counts,
                            QcAgreementMatch         match)
{
  g_return_val_if_fail (counts != NULL, 0);
  return counts->n_b - matched (counts, match);
}

/**
 * qc_agreement_counts_precision:
 *
 * A is the reference: the share of B's claims that match one of A's.
 *
 * Returns: matched / n_b, or NAN when B has no claim
 */
double
qc_agreement_counts_precision (const QcAgreementCounts *counts,
                               QcAgreementMatch         match)
{
  g_return_val_if_fail (counts != NULL, NAN);
  return ratio (matched (counts, match), counts->n_b);
}

/**
 * qc_agreement_counts_recall:
 *
 * Returns: matched / n_a, or NAN when A has no claim
 */
double
qc_agreement_counts_recall (const QcAgreementCounts *counts,
                            QcAgreementMatch         match)
{
  g_return_val_if_fail (counts != NULL, NAN);
  return ratio (matched (counts, match), counts->n_a);
}

/**
 * qc_agreement_counts_f1:
 *
 * Symmetric in A and B.
 *
 * Returns: 2 matched / (n_a + n_b), or NAN when neither has a claim
 */
double
qc_agreement_counts_f1 (const QcAgreementCounts *counts,
                        QcAgreementMatch         match)
{
  g_return_val_if_fail (counts != NULL, NAN);
  return ratio (2 * matched (counts, match), counts->n_a + counts->n_b);
}

/**
 * qc_agreement_counts_speaker:
 *
 * Returns: the share of pairs with the same speaker, or NAN without pairs
 */
double
qc_agreement_counts_speaker (const QcAgreementCounts *counts)
{
  g_return_val_if_fail (counts != NULL, NAN);
  return ratio (counts->n_same_speaker, counts->n_pairs);
}

/**
 * qc_agreement_counts_kind:
 *
 * Returns: the share of pairs of the same kind, or NAN without pairs
 */
double
qc_agreement_counts_kind (const QcAgreementCounts *counts)
{
  g_return_val_if_fail (counts != NULL, NAN);
  return ratio (counts->n_same_kind, counts->n_pairs);
}

/**
 * qc_agreement_counts_evidence:
 *
 * Returns: the observed agreement on the evidence state: the share of
 *   pairs with the same state, or NAN without pairs
 */
double
qc_agreement_counts_evidence (const QcAgreementCounts *counts)
{
  guint same = 0;

  g_return_val_if_fail (counts != NULL, NAN);

  for (guint i = 0; i < QC_AGREEMENT_N_EVIDENCE; i++)
    same += counts->evidence[i][i];
  return ratio (same, counts->n_pairs);
}

/**
 * qc_agreement_cohen_kappa:
 * @matrix: (array): an @n_labels × @n_labels confusion matrix, row-major:
 *   matrix[i * n_labels + j] items labelled i by A and j by B
 * @n_labels: labels
 *
 * Cohen's kappa, (p_o − p_e) / (1 − p_e), computed from the integer
 * counts as (n·Σ diagonal − Σ row_k·column_k) / (n² − Σ row_k·column_k),
 * so the degenerate cases are recognised exactly.
 *
 * Returns: kappa, in [−1, 1]; NAN when it is undefined: no items, or
 *   chance agreement p_e = 1 (both annotators gave every item the same
 *   single label: p_o is then 1 as well, but says nothing beyond chance)
 */
double
qc_agreement_cohen_kappa (const guint *matrix,
                          guint        n_labels)
{
  guint64 n = 0;
  guint64 diagonal = 0;
  guint64 chance = 0;

  g_return_val_if_fail (matrix != NULL || n_labels == 0, NAN);

  for (guint i = 0; i < n_labels; i++)
    {
      guint64 row = 0;
      guint64 column = 0;

      for (guint j = 0; j < n_labels; j++)
        {
          row += matrix[i * n_labels + j];
          column += matrix[j * n_labels + i];
        }
      n += row;
      diagonal += matrix[i * n_labels + i];
      chance += row * column;
    }
  if (n == 0 || chance == n * n)
    return NAN;
  return ((double) (n * diagonal) - (double) chance) / ((double) (n * n) - (double) chance);
}

/**
 * qc_agreement_counts_kappa:
 *
 * Cohen's kappa on the evidence state over the pairs (the four states of
 * #QcEvidence, "unassessed" included).
 *
 * Returns: kappa, or NAN when undefined (see qc_agreement_cohen_kappa())
 */
double
qc_agreement_counts_kappa (const QcAgreementCounts *counts)
{
  g_return_val_if_fail (counts != NULL, NAN);
  return qc_agreement_cohen_kappa (&counts->evidence[0][0], QC_AGREEMENT_N_EVIDENCE);
}

/* From a store */

static GPtrArray *
claims_of (QcStore  *store,
           gint64    article_id,
           gint64    annotator_id,
           GError  **error)
{
  g_autoptr(GListModel) model = qc_store_list_claims (store, article_id, annotator_id, error);
  GPtrArray *claims;

  if (model == NULL)
    return NULL;
  claims = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (claims, g_list_model_get_item (model, i));
  return claims;
}

static gboolean
add_article (QcAgreement  *agreement,
             QcStore      *store,
             gint64        article_id,
             GError      **error)
{
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) b = NULL;
  QcAgreementArticle *item;

  {
    g_autoptr(QcStoreStmt) stmt =
      _qc_store_prepare (store, "SELECT uuid, title FROM article WHERE id = ?1 AND deleted = 0", error);
    int rc;

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, article_id);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_DONE)
      {
        g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                     _("There is no article with id %" G_GINT64_FORMAT), article_id);
        return FALSE;
      }
    if (rc != SQLITE_ROW)
      {
        _qc_store_set_error (store, rc, error);
        return FALSE;
      }
    item = g_new0 (QcAgreementArticle, 1);
    item->article_id = article_id;
    item->uuid = _qc_store_column_dup (stmt, 0);
    item->title = _qc_store_column_dup (stmt, 1);
    g_ptr_array_add (agreement->articles, item);
  }

  a = claims_of (store, article_id, agreement->annotator_a, error);
  if (a == NULL)
    return FALSE;
  b = claims_of (store, article_id, agreement->annotator_b, error);
  if (b == NULL)
    return FALSE;
  qc_agreement_counts_add_claims (&item->counts, (QcClaim * const *) a->pdata, a->len,
                                  (QcClaim * const *) b->pdata, b->len);
  qc_agreement_counts_add (&agreement->total, &item->counts);
  return TRUE;
}

static gboolean
load_annotator (QcStore   *store,
                gint64     id,
                char     **uuid,
                char     **name,
                GError   **error)
{
  g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (store, "SELECT uuid, display_name FROM annotator WHERE id = ?1",
                                                   error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *uuid = _qc_store_column_dup (stmt, 0);
      *name = _qc_store_column_dup (stmt, 1);
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                 _("There is no annotator with id %" G_GINT64_FORMAT), id);
  else
    _qc_store_set_error (store, rc, error);
  return FALSE;
}

/**
 * qc_agreement_compute:
 * @store: the database
 * @article_id: one article, or 0 for every article both annotators
 *   annotated (each has at least one claim on it)
 * @annotator_a: the reference annotator's row
 * @annotator_b: the other annotator's row
 *
 * Compares the live claims of two annotators, per article and pooled
 * over the articles (see #QcAgreementCounts and docs/review.md).
 *
 * Returns: (transfer full): the agreement (with no article when @article_id
 *   is 0 and they annotated none in common), or %NULL with @error set
 *   (%QC_AGREEMENT_ERROR_SAME_ANNOTATOR, or a #QC_STORE_ERROR)
 */
QcAgreement *
qc_agreement_compute (QcStore  *store,
                      gint64    article_id,
                      gint64    annotator_a,
                      gint64    annotator_b,
                      GError  **error)
{
  g_autoptr(QcAgreement) agreement = NULL;

  g_return_val_if_fail (QC_IS_STORE (store), NULL);
  g_return_val_if_fail (article_id >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  agreement = agreement_new ();
  agreement->annotator_a = annotator_a;
  agreement->annotator_b = annotator_b;
  if (!load_annotator (store, annotator_a, &agreement->uuid_a, &agreement->name_a, error)
      || !load_annotator (store, annotator_b, &agreement->uuid_b, &agreement->name_b, error))
    return NULL;
  if (annotator_a == annotator_b)
    {
      g_set_error (error, QC_AGREEMENT_ERROR, QC_AGREEMENT_ERROR_SAME_ANNOTATOR,
                   _("Both sides are %s: agreement needs two annotators"), agreement->name_a);
      return NULL;
    }

  if (article_id > 0)
    {
      if (!add_article (agreement, store, article_id, error))
        return NULL;
      return g_steal_pointer (&agreement);
    }

  {
    g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autoptr(QcStoreStmt) stmt =
      _qc_store_prepare (store,
                         "SELECT a.id FROM article a WHERE a.deleted = 0"
                         " AND EXISTS (SELECT 1 FROM claim c WHERE c.article_id = a.id"
                         "             AND c.annotator_id = ?1 AND c.deleted = 0)"
                         " AND EXISTS (SELECT 1 FROM claim c WHERE c.article_id = a.id"
                         "             AND c.annotator_id = ?2 AND c.deleted = 0)"
                         " ORDER BY a.id",
                         error);
    int rc;

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, annotator_a);
    sqlite3_bind_int64 (stmt, 2, annotator_b);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);

        g_array_append_val (ids, id);
      }
    if (rc != SQLITE_DONE)
      {
        _qc_store_set_error (store, rc, error);
        return NULL;
      }
    g_clear_pointer (&stmt, _qc_store_stmt_release);
    for (guint i = 0; i < ids->len; i++)
      if (!add_article (agreement, store, g_array_index (ids, gint64, i), error))
        return NULL;
  }
  return g_steal_pointer (&agreement);
}

/* From two export files */

static json_object *
parse_json (const char *data,
            gsize       length)
{
  g_autoptr(json_tokener) tokener = NULL;
  json_object *root;

  if (length > QC_JSON_MAX_FILE_SIZE || length > G_MAXINT)
    return NULL;
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  tokener = json_tokener_new_ex (QC_JSON_MAX_DEPTH);
  json_tokener_set_flags (tokener, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
  root = json_tokener_parse_ex (tokener, data, (int) length);
  if (root != NULL && json_tokener_get_error (tokener) != json_tokener_success)
    g_clear_pointer (&root, json_object_put);
  return root;
}

static const char *
string_member (json_object *object,
               const char  *key)
{
  json_object *value;

  if (!json_object_is_type (object, json_type_object)
      || !json_object_object_get_ex (object, key, &value)
      || !json_object_is_type (value, json_type_string))
    return NULL;
  return json_object_get_string (value);
}

static json_object *
array_member (json_object *object,
              const char  *key)
{
  json_object *value;

  if (!json_object_is_type (object, json_type_object)
      || !json_object_object_get_ex (object, key, &value)
      || !json_object_is_type (value, json_type_array))
    return NULL;
  return value;
}

typedef struct
{
  GHashTable *taken;         /* UUIDs side A already uses */
  GHashTable *annotators;    /* B's annotator UUID -> new UUID */
  gboolean    changed;
} Rewrite;

/* A fresh UUID for a row of B whose UUID side A already uses. */
static void
renew_uuid (Rewrite     *rewrite,
            json_object *object)
{
  const char *uuid = string_member (object, "uuid");

  if (uuid != NULL && g_hash_table_contains (rewrite->taken, uuid))
    {
      g_autofree char *fresh = g_uuid_string_random ();

      json_object_object_add (object, "uuid", json_object_new_string (fresh));
      rewrite->changed = TRUE;
    }
}

static void
remap_annotator (Rewrite     *rewrite,
                 json_object *object,
                 const char  *key)
{
  const char *uuid = string_member (object, key);
  const char *fresh = uuid ? g_hash_table_lookup (rewrite->annotators, uuid) : NULL;

  if (fresh != NULL)
    json_object_object_add (object, key, json_object_new_string (fresh));
}

static void
rename_annotator (Rewrite     *rewrite,
                  json_object *object,
                  const char  *file)
{
  const char *uuid = string_member (object, "uuid");
  const char *name = string_member (object, "name");
  const char *fresh;

  if (uuid == NULL || !g_hash_table_contains (rewrite->taken, uuid))
    return;
  fresh = g_hash_table_lookup (rewrite->annotators, uuid);
  if (fresh == NULL)
    {
      char *copy = g_uuid_string_random ();

      g_hash_table_insert (rewrite->annotators, g_strdup (uuid), copy);
      fresh = copy;
    }
  json_object_object_add (object, "uuid", json_object_new_string (fresh));
  if (name != NULL)
    {
      g_autofree char *label = g_strdup_printf ("%s (%s)", name, file);

      json_object_object_add (object, "name", json_object_new_string (label));
    }
  rewrite->changed = TRUE;
}

/* Side B must be a layer of its own even when the file shares UUIDs with
 * side A (two exports of one annotator, or B edited A's file): its
 * annotators, claims, sources and comments that A already uses get new
 * UUIDs. Speakers and articles keep theirs, so they are matched. Anything
 * malformed is left for the importer to refuse. */
static char *
separate_side_b (QcStore     *store,
                 const char  *data,
                 gsize        length,
                 const char  *file,
                 gsize       *new_length)
{
  g_autoptr(json_object) root = parse_json (data, length);
  Rewrite rewrite = { 0 };
  json_object *array;
  const char *out;
  char *result = NULL;

  if (root == NULL || !json_object_is_type (root, json_type_object))
    return NULL;

  rewrite.taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  rewrite.annotators = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  {
    g_autoptr(QcStoreStmt) stmt =
      _qc_store_prepare (store,
                         "SELECT uuid FROM annotator UNION ALL SELECT uuid FROM claim"
                         " UNION ALL SELECT uuid FROM evidence_source UNION ALL SELECT uuid FROM comment",
                         NULL);

    while (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
      g_hash_table_add (rewrite.taken, _qc_store_column_dup (stmt, 0));
  }

  {
    json_object *annotator;

    if (json_object_object_get_ex (root, "annotator", &annotator) && json_object_is_type (annotator, json_type_object))
      rename_annotator (&rewrite, annotator, file);
  }
  array = array_member (root, "annotators");
  for (size_t i = 0; array != NULL && i < json_object_array_length (array); i++)
    {
      json_object *item = json_object_array_get_idx (array, i);

      if (json_object_is_type (item, json_type_object))
        rename_annotator (&rewrite, item, file);
    }

  {
    json_object *article;

    if (json_object_object_get_ex (root, "article", &article) && json_object_is_type (article, json_type_object))
      remap_annotator (&rewrite, article, "annotator");
  }
  array = array_member (root, "articles");
  for (size_t i = 0; array != NULL && i < json_object_array_length (array); i++)
    {
      json_object *item = json_object_array_get_idx (array, i);

      if (json_object_is_type (item, json_type_object))
        remap_annotator (&rewrite, item, "annotator");
    }

  array = array_member (root, "claims");
  for (size_t i = 0; array != NULL && i < json_object_array_length (array); i++)
    {
      json_object *claim = json_object_array_get_idx (array, i);
      const char *lists[] = { "sources", "comments" };

      if (!json_object_is_type (claim, json_type_object))
        continue;
      renew_uuid (&rewrite, claim);
      remap_annotator (&rewrite, claim, "annotator");
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          json_object *children = array_member (claim, lists[l]);

          for (size_t k = 0; children != NULL && k < json_object_array_length (children); k++)
            {
              json_object *child = json_object_array_get_idx (children, k);

              if (!json_object_is_type (child, json_type_object))
                continue;
              renew_uuid (&rewrite, child);
              remap_annotator (&rewrite, child, "annotator");
            }
        }
    }

  if (rewrite.changed)
    {
      size_t n = 0;

      out = json_object_to_json_string_length (root, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE, &n);
      result = g_strndup (out, n);
      *new_length = n;
    }
  g_hash_table_unref (rewrite.taken);
  g_hash_table_unref (rewrite.annotators);
  return result;
}

static gboolean
import_side (QcStore              *store,
             const char           *data,
             gsize                 length,
             const char           *name,
             QcAnnotationImport  **result,
             GError              **error)
{
  if (!qc_annotations_import_data (store, data, length, name, result, error))
    return FALSE;
  /* A file without an annotator gives its claims to the (new, empty)
   * local annotator of the scratch database. */
  if ((*result)->annotator_id == qc_store_get_local_annotator (store))
    {
      g_set_error (error, QC_AGREEMENT_ERROR, QC_AGREEMENT_ERROR_NO_ANNOTATOR,
                   _("%s holds the claims of several annotators (an export of everyone's claims); "
                     "compare needs one annotator's export"),
                   name);
      return FALSE;
    }
  return TRUE;
}

/**
 * qc_agreement_compare_data:
 * @data_a: a Quotecheck JSON export: side A, the reference
 * @name_a: (nullable): its name, for messages
 * @data_b: another export: side B
 * @name_b: (nullable): its name
 *
 * The agreement of two export files, without a database: both are read
 * into a scratch database in memory exactly as
 * qc_annotations_import_data() reads them (same checks, articles matched
 * by SHA-256 of their text, then UUID or URL with claims re-anchored,
 * speakers matched by name or alias), then compared on every article
 * they share. When B uses UUIDs that A uses for its annotator, claims,
 * sources or comments (two exports of the same person), B's get new ones
 * so the two stay two layers.
 *
 * Returns: (transfer full): the agreement, or %NULL with @error set: a
 *   #QC_FORMAT_ERROR for a damaged file, %QC_AGREEMENT_ERROR_NO_ANNOTATOR,
 *   %QC_AGREEMENT_ERROR_NO_COMMON_ARTICLE
 */
QcAgreement *
qc_agreement_compare_data (const char  *data_a,
                           gsize        length_a,
                           const char  *name_a,
                           const char  *data_b,
                           gsize        length_b,
                           const char  *name_b,
                           GError     **error)
{
  g_autoptr(QcStore) store = NULL;
  g_autoptr(QcAnnotationImport) a = NULL;
  g_autoptr(QcAnnotationImport) b = NULL;
  g_autoptr(QcAgreement) agreement = NULL;
  g_autofree char *rewritten = NULL;
  gsize rewritten_length = 0;

  g_return_val_if_fail (data_a != NULL || length_a == 0, NULL);
  g_return_val_if_fail (data_b != NULL || length_b == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name_a == NULL)
    name_a = "A";
  if (name_b == NULL)
    name_b = "B";

  store = qc_store_open (":memory:", error);
  if (store == NULL)
    return NULL;
  if (!import_side (store, data_a ? data_a : "", length_a, name_a, &a, error))
    return NULL;
  rewritten = separate_side_b (store, data_b ? data_b : "", length_b, name_b, &rewritten_length);
  if (!import_side (store, rewritten ? rewritten : (data_b ? data_b : ""),
                    rewritten ? rewritten_length : length_b, name_b, &b, error))
    return NULL;

  agreement = agreement_new ();
  agreement->annotator_a = a->annotator_id;
  agreement->annotator_b = b->annotator_id;
  if (!load_annotator (store, a->annotator_id, &agreement->uuid_a, &agreement->name_a, error)
      || !load_annotator (store, b->annotator_id, &agreement->uuid_b, &agreement->name_b, error))
    return NULL;

  for (guint i = 0; i < a->article_ids->len; i++)
    {
      gint64 id = g_array_index (a->article_ids, gint64, i);
      gboolean shared = FALSE;
      gboolean seen = FALSE;

      for (guint k = 0; k < b->article_ids->len && !shared; k++)
        shared = g_array_index (b->article_ids, gint64, k) == id;
      for (guint k = 0; k < agreement->articles->len && !seen; k++)
        seen = ((QcAgreementArticle *) g_ptr_array_index (agreement->articles, k))->article_id == id;
      if (shared && !seen && !add_article (agreement, store, id, error))
        return NULL;
    }
  if (agreement->articles->len == 0)
    {
      g_set_error (error, QC_AGREEMENT_ERROR, QC_AGREEMENT_ERROR_NO_COMMON_ARTICLE,
                   _("%s and %s have no article in common (articles are matched by their text, "
                     "then by UUID or URL)"),
                   name_a, name_b);
      return NULL;
    }
  return g_steal_pointer (&agreement);
}

static GMappedFile *
map_file (const char  *path,
          GError     **error)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autofree char *display = g_filename_display_basename (path);

      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, _("%s is a folder, not a Quotecheck file"), display);
      return NULL;
    }
  return g_mapped_file_new (path, FALSE, error);
}

/**
 * qc_agreement_compare_files:
 * @path_a: side A's Quotecheck JSON file (the reference)
 * @path_b: side B's
 *
 * qc_agreement_compare_data() on the contents of two files.
 *
 * Returns: (transfer full): the agreement, or %NULL with @error set
 */
QcAgreement *
qc_agreement_compare_files (const char  *path_a,
                            const char  *path_b,
                            GError     **error)
{
  g_autoptr(GMappedFile) a = NULL;
  g_autoptr(GMappedFile) b = NULL;
  g_autofree char *name_a = NULL;
  g_autofree char *name_b = NULL;

  g_return_val_if_fail (path_a != NULL && path_b != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  a = map_file (path_a, error);
  if (a == NULL)
    return NULL;
  b = map_file (path_b, error);
  if (b == NULL)
    return NULL;
  name_a = g_filename_display_basename (path_a);
  name_b = g_filename_display_basename (path_b);
  if (strcmp (name_a, name_b) == 0)
    {
      g_free (name_a);
      g_free (name_b);
      name_a = g_filename_display_name (path_a);
      name_b = g_filename_display_name (path_b);
    }
  return qc_agreement_compare_data (g_mapped_file_get_contents (a), g_mapped_file_get_length (a), name_a,
                                    g_mapped_file_get_contents (b), g_mapped_file_get_length (b), name_b,
                                    error);
}

/* Output */

/* NAN is null; numbers are written with six significant digits. */
static json_object *
figure_json (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return NULL;
  g_ascii_formatd (buffer, sizeof buffer, "%.6g", value);
  return json_object_new_double_s (value, buffer);
}

static json_object *
match_json (const QcAgreementCounts *counts,
            QcAgreementMatch         match)
{
  json_object *object = json_object_new_object ();

  json_object_object_add (object, "matched", json_object_new_int64 (matched (counts, match)));
  json_object_object_add (object, "only_a", json_object_new_int64 (qc_agreement_counts_only_a (counts, match)));
  json_object_object_add (object, "only_b", json_object_new_int64 (qc_agreement_counts_only_b (counts, match)));
  json_object_object_add (object, "precision", figure_json (qc_agreement_counts_precision (counts, match)));
  json_object_object_add (object, "recall", figure_json (qc_agreement_counts_recall (counts, match)));
  json_object_object_add (object, "f1", figure_json (qc_agreement_counts_f1 (counts, match)));
  return object;
}

/**
 * qc_agreement_counts_to_json:
 *
 * Returns: (transfer full): the counts and every figure (undefined
 *   figures are null), as docs/review.md describes
 */
json_object *
qc_agreement_counts_to_json (const QcAgreementCounts *counts)
{
  json_object *object;
  json_object *matrix;
  json_object *labels;
  json_object *rows;
  guint same_evidence = 0;

  g_return_val_if_fail (counts != NULL, NULL);

  for (guint i = 0; i < QC_AGREEMENT_N_EVIDENCE; i++)
    same_evidence += counts->evidence[i][i];

  object = json_object_new_object ();
  json_object_object_add (object, "claims_a", json_object_new_int64 (counts->n_a));
  json_object_object_add (object, "claims_b", json_object_new_int64 (counts->n_b));
  json_object_object_add (object, "orphaned_a", json_object_new_int64 (counts->n_orphaned_a));
  json_object_object_add (object, "orphaned_b", json_object_new_int64 (counts->n_orphaned_b));
  json_object_object_add (object, "pairs", json_object_new_int64 (counts->n_pairs));
  json_object_object_add (object, "exact", match_json (counts, QC_AGREEMENT_MATCH_EXACT));
  json_object_object_add (object, "overlap", match_json (counts, QC_AGREEMENT_MATCH_OVERLAP));
  json_object_object_add (object, "speaker_agreed", json_object_new_int64 (counts->n_same_speaker));
  json_object_object_add (object, "speaker_agreement", figure_json (qc_agreement_counts_speaker (counts)));
  json_object_object_add (object, "kind_agreed", json_object_new_int64 (counts->n_same_kind));
  json_object_object_add (object, "kind_agreement", figure_json (qc_agreement_counts_kind (counts)));
  json_object_object_add (object, "evidence_agreed", json_object_new_int64 (same_evidence));
  json_object_object_add (object, "evidence_agreement", figure_json (qc_agreement_counts_evidence (counts)));
  json_object_object_add (object, "evidence_kappa", figure_json (qc_agreement_counts_kappa (counts)));

  matrix = json_object_new_object ();
  labels = json_object_new_array ();
  rows = json_object_new_array ();
  for (guint i = 0; i < QC_AGREEMENT_N_EVIDENCE; i++)
    {
      json_object *row = json_object_new_array ();

      json_object_array_add (labels, json_object_new_string (qc_evidence_to_string ((QcEvidence) i)));
      for (guint j = 0; j < QC_AGREEMENT_N_EVIDENCE; j++)
        json_object_array_add (row, json_object_new_int64 (counts->evidence[i][j]));
      json_object_array_add (rows, row);
    }
  json_object_object_add (matrix, "labels", labels);
  json_object_object_add (matrix, "rows", rows);
  json_object_object_add (object, "evidence_matrix", matrix);
  return object;
}

static json_object *
side_json (gint64      id,
           const char *uuid,
           const char *name)
{
  json_object *object = json_object_new_object ();

  json_object_object_add (object, "id", json_object_new_int64 (id));
  json_object_object_add (object, "uuid", uuid ? json_object_new_string (uuid) : NULL);
  json_object_object_add (object, "name", name ? json_object_new_string (name) : NULL);
  return object;
}

/**
 * qc_agreement_to_json:
 *
 * Returns: (transfer full): `{"a", "b", "pairing", "articles", "total"}`,
 *   as docs/review.md describes
 */
json_object *
qc_agreement_to_json (const QcAgreement *agreement)
{
  json_object *root;
  json_object *pairing;
  json_object *articles;

  g_return_val_if_fail (agreement != NULL, NULL);

  root = json_object_new_object ();
  json_object_object_add (root, "a", side_json (agreement->annotator_a, agreement->uuid_a, agreement->name_a));
  json_object_object_add (root, "b", side_json (agreement->annotator_b, agreement->uuid_b, agreement->name_b));

  pairing = json_object_new_object ();
  json_object_object_add (pairing, "measure", json_object_new_string ("character-iou"));
  json_object_object_add (pairing, "threshold",
                          figure_json ((double) QC_AGREEMENT_IOU_NUM / QC_AGREEMENT_IOU_DEN));
  json_object_object_add (pairing, "matching", json_object_new_string ("greedy-best-iou"));
  json_object_object_add (pairing, "reference", json_object_new_string ("a"));
  json_object_object_add (root, "pairing", pairing);

  articles = json_object_new_array ();
  for (guint i = 0; i < agreement->articles->len; i++)
    {
      const QcAgreementArticle *article = g_ptr_array_index (agreement->articles, i);
      json_object *item = qc_agreement_counts_to_json (&article->counts);

      json_object_object_add (item, "article_id", json_object_new_int64 (article->article_id));
      json_object_object_add (item, "uuid", article->uuid ? json_object_new_string (article->uuid) : NULL);
      json_object_object_add (item, "title", article->title ? json_object_new_string (article->title) : NULL);
      json_object_array_add (articles, item);
    }
  json_object_object_add (root, "articles", articles);
  json_object_object_add (root, "total", qc_agreement_counts_to_json (&agreement->total));
  return root;
}

/* Two columns, exact then overlap: the first padded, the last not. */
static void
append_cell (GString    *out,
             guint       column,
             const char *text)
{
  if (column == 0)
    g_string_append_printf (out, "%-8s", text);
  else
    g_string_append_printf (out, "%s\n", text);
}

static void
append_figure (GString *out,
               guint    column,
               double   value)
{
  char buffer[32];

  if (isnan (value))
    append_cell (out, column, _("n/a"));
  else
    {
      g_snprintf (buffer, sizeof buffer, "%.3f", value);
      append_cell (out, column, buffer);
    }
}

static void
append_count (GString *out,
              guint    column,
              guint    value)
{
  char buffer[32];

  g_snprintf (buffer, sizeof buffer, "%u", value);
  append_cell (out, column, buffer);
}

static void
append_row (GString    *out,
            const char *label)
{
  g_string_append_printf (out, "  %-22s ", label);
}

static void
append_share (GString    *out,
              const char *label,
              double      value,
              guint       agreed,
              guint       pairs)
{
  append_row (out, label);
  if (isnan (value))
    g_string_append_printf (out, "%s\n", _("n/a (no pairs)"));
  else
    g_string_append_printf (out, _("%.3f (%u of %u pairs)\n"), value, agreed, pairs);
}

static void
append_counts (GString                 *out,
               const QcAgreementCounts *counts)
{
  static const QcAgreementMatch matches[] = { QC_AGREEMENT_MATCH_EXACT, QC_AGREEMENT_MATCH_OVERLAP };
  guint same_evidence = 0;
  double kappa;

  for (guint i = 0; i < QC_AGREEMENT_N_EVIDENCE; i++)
    same_evidence += counts->evidence[i][i];

  append_row (out, _("claims"));
  g_string_append_printf (out, _("A %u, B %u\n"), counts->n_a, counts->n_b);
  if (counts->n_orphaned_a > 0 || counts->n_orphaned_b > 0)
    {
      append_row (out, _("not found in the text"));
      g_string_append_printf (out, _("A %u, B %u (not compared)\n"), counts->n_orphaned_a, counts->n_orphaned_b);
    }
  append_row (out, _("spans"));
  append_cell (out, 0, _("exact"));
  append_cell (out, 1, _("overlap"));
  append_row (out, _("  matched"));
  for (guint m = 0; m < G_N_ELEMENTS (matches); m++)
    append_count (out, m, matched (counts, matches[m]));
  append_row (out, _("  only A"));
  for (guint m = 0; m < G_N_ELEMENTS (matches); m++)
    append_count (out, m, qc_agreement_counts_only_a (counts, matches[m]));
  append_row (out, _("  only B"));
  for (guint m = 0; m < G_N_ELEMENTS (matches); m++)
    append_count (out, m, qc_agreement_counts_only_b (counts, matches[m]));
  append_row (out, _("  precision"));
  for (guint m = 0; m < G_N_ELEMENTS (matches); m++)
    append_figure (out, m, qc_agreement_counts_precision (counts, matches[m]));
  append_row (out, _("  recall"));
  for (guint m = 0; m < G_N_ELEMENTS (matches); m++)
    append_figure (out, m, qc_agreement_counts_recall (counts, matches[m]));
  append_row (out, _("  F1"));
  for (guint m = 0; m < G_N_ELEMENTS (matches); m++)
    append_figure (out, m, qc_agreement_counts_f1 (counts, matches[m]));

  append_share (out, _("speaker agreement"), qc_agreement_counts_speaker (counts), counts->n_same_speaker,
                counts->n_pairs);
  append_share (out, _("kind agreement"), qc_agreement_counts_kind (counts), counts->n_same_kind, counts->n_pairs);
  append_share (out, _("evidence agreement"), qc_agreement_counts_evidence (counts), same_evidence,
                counts->n_pairs);
  append_row (out, _("evidence kappa"));
  kappa = qc_agreement_counts_kappa (counts);
  if (!isnan (kappa))
    g_string_append_printf (out, "%.3f\n", kappa);
  else if (counts->n_pairs == 0)
    g_string_append_printf (out, "%s\n", _("n/a (no pairs)"));
  else
    g_string_append_printf (out, "%s\n", _("n/a (both gave every pair the same state: no chance-corrected measure)"));
}

/**
 * qc_agreement_append_text:
 * @out: where to append
 *
 * Appends a plain-text table of the figures: every article, then the
 * pooled total when there are several. Undefined figures read "n/a".
 */
void
qc_agreement_append_text (const QcAgreement *agreement,
                          GString           *out)
{
  g_return_if_fail (agreement != NULL);
  g_return_if_fail (out != NULL);

  g_string_append_printf (out, _("A (reference): %s\nB: %s\n"),
                          agreement->name_a ? agreement->name_a : "?",
                          agreement->name_b ? agreement->name_b : "?");
  g_string_append_printf (out, "%s\n", _("Claims pair when their characters overlap by at least half of their union "
                                         "(IoU ≥ 0.5), one to one, best first."));
  for (guint i = 0; i < agreement->articles->len; i++)
    {
      const QcAgreementArticle *article = g_ptr_array_index (agreement->articles, i);

      g_string_append_c (out, '\n');
      g_string_append_printf (out, _("Article %" G_GINT64_FORMAT " “%s”\n"), article->article_id,
                              article->title ? article->title : _("Untitled"));
      append_counts (out, &article->counts);
    }
  if (agreement->articles->len != 1)
    {
      g_string_append_c (out, '\n');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "All %u article (pooled)\n",
                                                "All %u articles (pooled)\n", agreement->articles->len),
                              agreement->articles->len);
      append_counts (out, &agreement->total);
    }
}
