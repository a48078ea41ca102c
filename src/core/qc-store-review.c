/* qc-store-review.c: pairs of my claims and a colleague's, and resolving them
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pairs come from the same pairing as the agreement figures
 * (qc_agreement_pair_claims()), so what the window shows as "different
 * span" is what the figures count. Resolutions are made of the store's own
 * mutations inside one outer action: one transaction, one change-log
 * action, one undo step.
 */

#define G_LOG_DOMAIN "qc-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qc-agreement.h"
#include "qc-claim-private.h"
#include "qc-store-private.h"
#include "qc-store-review.h"

/* QcAnnotator */

QcAnnotator *
qc_annotator_copy (const QcAnnotator *annotator)
{
  QcAnnotator *copy;

  g_return_val_if_fail (annotator != NULL, NULL);

  copy = g_memdup2 (annotator, sizeof *annotator);
  copy->uuid = g_strdup (annotator->uuid);
  copy->name = g_strdup (annotator->name);
  return copy;
}

void
qc_annotator_free (QcAnnotator *annotator)
{
  if (annotator == NULL)
    return;
  g_free (annotator->uuid);
  g_free (annotator->name);
  g_free (annotator);
}

G_DEFINE_BOXED_TYPE (QcAnnotator, qc_annotator, qc_annotator_copy, qc_annotator_free)

/* QcReviewPair */

struct _QcReviewPair
{
  GObject           parent_instance;

  QcReviewPairKind  kind;
  QcClaim          *mine;
  QcClaim          *theirs;
  QcReviewField     differences;
  double            iou;
  gboolean          resolved;
  gsize             start;
};

G_DEFINE_FINAL_TYPE (QcReviewPair, qc_review_pair, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_MINE,
  PROP_THEIRS,
  PROP_DIFFERENCES,
  PROP_IOU,
  PROP_RESOLVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qc_review_pair_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  QcReviewPair *self = QC_REVIEW_PAIR (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_MINE:
      g_value_set_object (value, self->mine);
      break;
    case PROP_THEIRS:
      g_value_set_object (value, self->theirs);
      break;
    case PROP_DIFFERENCES:
      g_value_set_uint (value, self->differences);
      break;
    case PROP_IOU:
      g_value_set_double (value, self->iou);
      break;
    case PROP_RESOLVED:
      g_value_set_boolean (value, self->resolved);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_review_pair_dispose (GObject *object)
{
  QcReviewPair *self = QC_REVIEW_PAIR (object);

  g_clear_object (&self->mine);
  g_clear_object (&self->theirs);

  G_OBJECT_CLASS (qc_review_pair_parent_class)->dispose (object);
}

static void
qc_review_pair_class_init (QcReviewPairClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = qc_review_pair_get_property;
  object_class->dispose = qc_review_pair_dispose;

  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL, 0, QC_REVIEW_PAIR_ONLY_THEIRS, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MINE] =
    g_param_spec_object ("mine", NULL, NULL, QC_TYPE_CLAIM, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_THEIRS] =
    g_param_spec_object ("theirs", NULL, NULL, QC_TYPE_CLAIM, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIFFERENCES] =
    g_param_spec_uint ("differences", NULL, NULL, 0, QC_REVIEW_FIELD_ALL, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_IOU] =
    g_param_spec_double ("iou", NULL, NULL, 0.0, 1.0, 0.0, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESOLVED] =
    g_param_spec_boolean ("resolved", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qc_review_pair_init (QcReviewPair *self)
{
}

/**
 * qc_review_pair_get_kind:
 *
 * Returns: both claims, only mine, or only theirs
 */
QcReviewPairKind
qc_review_pair_get_kind (QcReviewPair *self)
{
  g_return_val_if_fail (QC_IS_REVIEW_PAIR (self), QC_REVIEW_PAIR_BOTH);
  return self->kind;
}

/**
 * qc_review_pair_get_mine:
 *
 * Returns: (transfer none) (nullable): my claim, as it was when the pairs
 *   were listed
 */
QcClaim *
qc_review_pair_get_mine (QcReviewPair *self)
{
  g_return_val_if_fail (QC_IS_REVIEW_PAIR (self), NULL);
  return self->mine;
}

/**
 * qc_review_pair_get_theirs:
 *
 * Returns: (transfer none) (nullable): their claim
 */
QcClaim *
qc_review_pair_get_theirs (QcReviewPair *self)
{
  g_return_val_if_fail (QC_IS_REVIEW_PAIR (self), NULL);
  return self->theirs;
}

/**
 * qc_review_pair_get_differences:
 *
 * Returns: the fields in which the two claims differ; 0 for a claim only
 *   one side has (that it exists is the difference)
 */
QcReviewField
qc_review_pair_get_differences (QcReviewPair *self)
{
  g_return_val_if_fail (QC_IS_REVIEW_PAIR (self), 0);
  return self->differences;
}

/**
 * qc_review_pair_has_differences:
 *
 * Returns: whether the pair is a disagreement: a claim only one side has,
 *   or two claims that differ in some field
 */
gboolean
qc_review_pair_has_differences (QcReviewPair *self)
{
  g_return_val_if_fail (QC_IS_REVIEW_PAIR (self), FALSE);
  return self->kind != QC_REVIEW_PAIR_BOTH || self->differences != 0;
}

/**
 * qc_review_pair_get_iou:
 *
 * Returns: the intersection over union of the two claims' characters
 *   (0.5 to 1), 0 for a claim only one side has
 */
double
qc_review_pair_get_iou (QcReviewPair *self)
{
  g_return_val_if_fail (QC_IS_REVIEW_PAIR (self), 0.0);
  return self->iou;
}

/**
 * qc_review_pair_is_resolved:
 *
 * A pair is resolved when nothing differs, or when it was reviewed: my
 * claim's review state is approved or disputed (keep mine approves it);
 * for a claim only they have, their claim is disputed (qc_store_keep_mine()
 * with no claim of mine). Taking theirs or adopting removes the
 * difference itself.
 *
 * Returns: whether the pair needs no more attention
 */
gboolean
qc_review_pair_is_resolved (QcReviewPair *self)
{
  g_return_val_if_fail (QC_IS_REVIEW_PAIR (self), FALSE);
  return self->resolved;
}

/**
 * qc_review_pair_get_start:
 *
 * Returns: the character offset where the first of the two claims
 *   starts (the order of the list)
 */
gsize
qc_review_pair_get_start (QcReviewPair *self)
{
  g_return_val_if_fail (QC_IS_REVIEW_PAIR (self), 0);
  return self->start;
}

/* Annotators */

/**
 * qc_store_list_annotators:
 *
 * Every annotator of the database: the local one first, then the others
 * by name, with the size of their layer (live claims on live articles).
 *
 * Returns: (transfer full) (element-type QcAnnotator): the annotators, or
 *   %NULL with @error set
 */
GPtrArray *
qc_store_list_annotators (QcStore  *self,
                          GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  g_autoptr(GPtrArray) annotators = NULL;
  int rc;

  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = _qc_store_prepare (self,
                            "SELECT n.id, n.uuid, n.display_name, n.is_local,"
                            " (SELECT count(*) FROM claim c JOIN article a ON a.id = c.article_id"
                            "  WHERE c.annotator_id = n.id AND c.deleted = 0 AND a.deleted = 0),"
                            " (SELECT count(DISTINCT c.article_id) FROM claim c JOIN article a ON a.id = c.article_id"
                            "  WHERE c.annotator_id = n.id AND c.deleted = 0 AND a.deleted = 0)"
                            " FROM annotator n ORDER BY n.is_local DESC, n.display_name COLLATE NOCASE, n.id",
                            error);
  if (stmt == NULL)
    return NULL;
  annotators = g_ptr_array_new_with_free_func ((GDestroyNotify) qc_annotator_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      QcAnnotator *annotator = g_new0 (QcAnnotator, 1);

      annotator->id = sqlite3_column_int64 (stmt, 0);
      annotator->uuid = _qc_store_column_dup (stmt, 1);
      annotator->name = _qc_store_column_dup (stmt, 2);
      annotator->is_local = sqlite3_column_int (stmt, 3) != 0;
      annotator->n_claims = (guint) sqlite3_column_int64 (stmt, 4);
      annotator->n_articles = (guint) sqlite3_column_int64 (stmt, 5);
      g_ptr_array_add (annotators, annotator);
    }
  if (rc != SQLITE_DONE)
    {
      _qc_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&annotators);
}

/**
 * qc_store_find_annotator:
 * @name_or_uuid: an annotator's UUID, row id or display name (matched
 *   case-insensitively); "me" for the local annotator when nobody has
 *   that name
 *
 * Returns: the annotator's row id, or 0 with @error set
 *   (%QC_STORE_ERROR_NOT_FOUND; %QC_STORE_ERROR_INVALID when the name is
 *   shared by several annotators: the message lists their UUIDs)
 */
gint64
qc_store_find_annotator (QcStore     *self,
                         const char  *name_or_uuid,
                         GError     **error)
{
  g_autoptr(GPtrArray) annotators = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GString) ambiguous = NULL;
  guint64 number;
  gint64 found = 0;

  g_return_val_if_fail (QC_IS_STORE (self), 0);
  g_return_val_if_fail (name_or_uuid != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  annotators = qc_store_list_annotators (self, error);
  if (annotators == NULL)
    return 0;
  for (guint i = 0; i < annotators->len; i++)
    {
      QcAnnotator *annotator = g_ptr_array_index (annotators, i);

      if (g_ascii_strcasecmp (annotator->uuid, name_or_uuid) == 0)
        return annotator->id;
    }
  if (g_ascii_string_to_unsigned (name_or_uuid, 10, 1, G_MAXINT64, &number, NULL))
    for (guint i = 0; i < annotators->len; i++)
      {
        QcAnnotator *annotator = g_ptr_array_index (annotators, i);

        if (annotator->id == (gint64) number)
          return annotator->id;
      }

  key = _qc_store_fold (name_or_uuid);
  for (guint i = 0; i < annotators->len; i++)
    {
      QcAnnotator *annotator = g_ptr_array_index (annotators, i);
      g_autofree char *name = _qc_store_fold (annotator->name ? annotator->name : "");

      if (strcmp (name, key) != 0)
        continue;
      if (found != 0)
        {
          if (ambiguous == NULL)
            ambiguous = g_string_new (NULL);
          g_string_append_printf (ambiguous, ", %s", annotator->uuid);
          continue;
        }
      found = annotator->id;
    }
  if (ambiguous != NULL)
    {
      g_autofree char *first = NULL;

      for (guint i = 0; i < annotators->len; i++)
        if (((QcAnnotator *) g_ptr_array_index (annotators, i))->id == found)
          first = g_strdup (((QcAnnotator *) g_ptr_array_index (annotators, i))->uuid);
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("Several annotators are called “%s”; give a UUID instead: %s%s"),
                   name_or_uuid, first, ambiguous->str);
      return 0;
    }
  if (found != 0)
    return found;
  if (g_ascii_strcasecmp (name_or_uuid, "me") == 0 && qc_store_get_local_annotator (self) > 0)
    return qc_store_get_local_annotator (self);

  g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
               _("There is no annotator “%s”"), name_or_uuid);
  return 0;
}

/* Pairs */

static GPtrArray *
list_claims (QcStore  *self,
             gint64    article_id,
             gint64    annotator_id,
             GError  **error)
{
  g_autoptr(GListModel) model = qc_store_list_claims (self, article_id, annotator_id, error);
  GPtrArray *claims;

  if (model == NULL)
    return NULL;
  claims = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (claims, g_list_model_get_item (model, i));
  return claims;
}

static gboolean
text_differs (const char *a,
              const char *b)
{
  if (a != NULL && *a == '\0')
    a = NULL;
  if (b != NULL && *b == '\0')
    b = NULL;
  return g_strcmp0 (a, b) != 0;
}

static gboolean
has_source (GPtrArray        *sources,
            QcEvidenceSource *source)
{
  for (guint i = 0; i < sources->len; i++)
    {
      QcEvidenceSource *other = g_ptr_array_index (sources, i);

      if (!text_differs (other->url, source->url) && !text_differs (other->title, source->title))
        return TRUE;
    }
  return FALSE;
}

/* Their sources that mine lacks (same URL and title). */
static GPtrArray *
missing_sources (QcStore  *self,
                 gint64    my_claim_id,
                 gint64    their_claim_id,
                 GError  **error)
{
  g_autoptr(GPtrArray) mine = qc_store_list_sources (self, my_claim_id, error);
  g_autoptr(GPtrArray) theirs = NULL;
  GPtrArray *missing;

  if (mine == NULL)
    return NULL;
  theirs = qc_store_list_sources (self, their_claim_id, error);
  if (theirs == NULL)
    return NULL;
  missing = g_ptr_array_new_with_free_func ((GDestroyNotify) qc_evidence_source_free);
  for (guint i = 0; i < theirs->len; i++)
    {
      QcEvidenceSource *source = g_ptr_array_index (theirs, i);

      if (!has_source (mine, source) && !has_source (missing, source))
        g_ptr_array_add (missing, qc_evidence_source_copy (source));
    }
  return missing;
}

static QcReviewPair *
pair_new (QcReviewPairKind  kind,
          QcClaim          *mine,
          QcClaim          *theirs)
{
  QcReviewPair *pair = g_object_new (QC_TYPE_REVIEW_PAIR, NULL);

  pair->kind = kind;
  pair->mine = mine ? g_object_ref (mine) : NULL;
  pair->theirs = theirs ? g_object_ref (theirs) : NULL;
  if (mine != NULL && theirs != NULL)
    pair->start = MIN (qc_claim_get_start (mine), qc_claim_get_start (theirs));
  else
    pair->start = qc_claim_get_start (mine ? mine : theirs);
  return pair;
}

static gboolean
compare_pair (QcStore          *self,
              QcReviewPair     *pair,
              QcAgreementPair  *overlap,
              GError          **error)
{
  QcClaim *mine = pair->mine;
  QcClaim *theirs = pair->theirs;
  g_autoptr(GPtrArray) missing = NULL;

  pair->iou = overlap->union_size > 0 ? (double) overlap->intersection / (double) overlap->union_size : 0.0;
  if (overlap->intersection != overlap->union_size)
    pair->differences |= QC_REVIEW_FIELD_SPAN;
  if (qc_claim_get_kind (mine) != qc_claim_get_kind (theirs))
    pair->differences |= QC_REVIEW_FIELD_KIND;
  if (qc_claim_get_speaker_id (mine) != qc_claim_get_speaker_id (theirs))
    pair->differences |= QC_REVIEW_FIELD_SPEAKER;
  if (qc_claim_get_evidence (mine) != qc_claim_get_evidence (theirs))
    pair->differences |= QC_REVIEW_FIELD_EVIDENCE;
  if (text_differs (qc_claim_get_rating (mine), qc_claim_get_rating (theirs)))
    pair->differences |= QC_REVIEW_FIELD_RATING;
  if (text_differs (qc_claim_get_note (mine), qc_claim_get_note (theirs)))
    pair->differences |= QC_REVIEW_FIELD_NOTE;
  missing = missing_sources (self, qc_claim_get_id (mine), qc_claim_get_id (theirs), error);
  if (missing == NULL)
    return FALSE;
  if (missing->len > 0)
    pair->differences |= QC_REVIEW_FIELD_SOURCES;
  pair->resolved = pair->differences == 0 || qc_claim_get_review_state (mine) != QC_REVIEW_STATE_DRAFT;
  return TRUE;
}

static int
compare_review_pairs (gconstpointer a,
                      gconstpointer b)
{
  QcReviewPair *x = *(QcReviewPair **) a;
  QcReviewPair *y = *(QcReviewPair **) b;
  gint64 xm = x->mine ? qc_claim_get_id (x->mine) : 0;
  gint64 ym = y->mine ? qc_claim_get_id (y->mine) : 0;
  gint64 xt = x->theirs ? qc_claim_get_id (x->theirs) : 0;
  gint64 yt = y->theirs ? qc_claim_get_id (y->theirs) : 0;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  if (xm != ym)
    return xm < ym ? -1 : 1;
  return xt < yt ? -1 : xt > yt;
}

static GPtrArray *
placed (GPtrArray *claims)
{
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < claims->len; i++)
    if (!qc_claim_get_orphaned (g_ptr_array_index (claims, i)))
      g_ptr_array_add (result, g_ptr_array_index (claims, i));
  return result;
}

/**
 * qc_store_list_review_pairs:
 * @article_id: the article
 * @mine_annotator: my layer: an annotator row, or 0 for the local annotator
 * @theirs_annotator: the colleague's layer
 *
 * Pairs my live claims on the article with theirs, by span, exactly as
 * the agreement figures do (qc_agreement_pair_claims(): character IoU
 * >= 0.5, one to one, best first), and says what differs in each pair.
 * A claim without a partner is a pair of its own (only mine, only
 * theirs); so is an orphaned claim (not found in the text), which never
 * pairs. Pairs without any difference are listed too, so the list covers
 * both layers; qc_review_pair_has_differences() picks the disagreements.
 *
 * The pairs are a snapshot: list them again on #QcStore::changed.
 *
 * Returns: (transfer full): a #GListModel of #QcReviewPair in text order
 *   (where the first of the two claims starts), or %NULL with @error set
 */
GListModel *
qc_store_list_review_pairs (QcStore  *self,
                            gint64    article_id,
                            gint64    mine_annotator,
                            gint64    theirs_annotator,
                            GError  **error)
{
  g_autoptr(GPtrArray) mine = NULL;
  g_autoptr(GPtrArray) theirs = NULL;
  g_autoptr(GPtrArray) mine_placed = NULL;
  g_autoptr(GPtrArray) theirs_placed = NULL;
  g_autoptr(GArray) overlaps = NULL;
  g_autoptr(GPtrArray) pairs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) paired = g_hash_table_new (NULL, NULL);
  g_autoptr(GError) local_error = NULL;
  GListStore *model;

  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (mine_annotator == 0)
    mine_annotator = qc_store_get_local_annotator (self);
  if (mine_annotator == theirs_annotator)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("A review needs two annotators: both layers are the same"));
      return NULL;
    }
  {
    g_autofree char *name = qc_store_dup_annotator_name (self, theirs_annotator, error);

    if (name == NULL)
      return NULL;
  }
  {
    QcText *body = _qc_store_get_text (self, article_id, error);

    if (body == NULL)
      return NULL;
  }

  mine = list_claims (self, article_id, mine_annotator, error);
  if (mine == NULL)
    return NULL;
  theirs = list_claims (self, article_id, theirs_annotator, error);
  if (theirs == NULL)
    return NULL;
  mine_placed = placed (mine);
  theirs_placed = placed (theirs);
  overlaps = qc_agreement_pair_claims ((QcClaim * const *) mine_placed->pdata, mine_placed->len,
                                       (QcClaim * const *) theirs_placed->pdata, theirs_placed->len);

  for (guint k = 0; k < overlaps->len; k++)
    {
      QcAgreementPair *overlap = &g_array_index (overlaps, QcAgreementPair, k);
      QcClaim *m = g_ptr_array_index (mine_placed, overlap->a);
      QcClaim *t = g_ptr_array_index (theirs_placed, overlap->b);
      QcReviewPair *pair = pair_new (QC_REVIEW_PAIR_BOTH, m, t);

      g_ptr_array_add (pairs, pair);
      g_hash_table_add (paired, m);
      g_hash_table_add (paired, t);
      if (!compare_pair (self, pair, overlap, error))
        return NULL;
    }
  for (guint i = 0; i < mine->len; i++)
    {
      QcClaim *m = g_ptr_array_index (mine, i);
      QcReviewPair *pair;

      if (g_hash_table_contains (paired, m))
        continue;
      pair = pair_new (QC_REVIEW_PAIR_ONLY_MINE, m, NULL);
      pair->resolved = qc_claim_get_review_state (m) != QC_REVIEW_STATE_DRAFT;
      g_ptr_array_add (pairs, pair);
    }
  for (guint i = 0; i < theirs->len; i++)
    {
      QcClaim *t = g_ptr_array_index (theirs, i);
      QcReviewPair *pair;

      if (g_hash_table_contains (paired, t))
        continue;
      pair = pair_new (QC_REVIEW_PAIR_ONLY_THEIRS, NULL, t);
      pair->resolved = qc_claim_get_review_state (t) == QC_REVIEW_STATE_DISPUTED;
      g_ptr_array_add (pairs, pair);
    }

  g_ptr_array_sort (pairs, compare_review_pairs);
  model = g_list_store_new (QC_TYPE_REVIEW_PAIR);
  g_list_store_splice (model, 0, 0, pairs->pdata, pairs->len);
  return G_LIST_MODEL (model);
}

/**
 * qc_review_pairs_next_disagreement:
 * @pairs: a #GListModel of #QcReviewPair
 * @after: the position to search after, or %G_MAXUINT to search from the
 *   start
 * @unresolved_only: skip the pairs already resolved
 *
 * The "next disagreement" shortcut: the first pair after @after that has
 * differences (and, with @unresolved_only, is not resolved). It does not
 * wrap around: search again from %G_MAXUINT for that.
 *
 * Returns: its position, or %G_MAXUINT when there is none
 */
guint
qc_review_pairs_next_disagreement (GListModel *pairs,
                                   guint       after,
                                   gboolean    unresolved_only)
{
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (pairs), G_MAXUINT);

  n = g_list_model_get_n_items (pairs);
  for (guint i = after == G_MAXUINT ? 0 : after + 1; i < n; i++)
    {
      g_autoptr(QcReviewPair) pair = g_list_model_get_item (pairs, i);

      if (!QC_IS_REVIEW_PAIR (pair) || !qc_review_pair_has_differences (pair))
        continue;
      if (unresolved_only && qc_review_pair_is_resolved (pair))
        continue;
      return i;
    }
  return G_MAXUINT;
}

/* Resolutions */

static QcClaim *
get_claim (QcStore  *self,
           gint64    claim_id,
           GError  **error)
{
  return qc_store_get_claim (self, claim_id, error);
}

static QcRange *
claim_spans (QcClaim *claim,
             guint   *n)
{
  QcRange *spans;

  *n = qc_claim_get_n_segments (claim);
  spans = g_new (QcRange, MAX (*n, 1));
  for (guint i = 0; i < *n; i++)
    {
      const QcClaimSegment *segment = qc_claim_get_segment (claim, i);

      spans[i].start = segment->start;
      spans[i].end = segment->end;
    }
  return spans;
}

static gboolean
check_placed (QcClaim  *theirs,
              GError  **error)
{
  if (qc_claim_get_orphaned (theirs))
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("Their claim was not found in this version of the text, so its span cannot be "
                     "taken; place it first"));
      return FALSE;
    }
  return TRUE;
}

/* Copies of their sources that mine lacks, added to my claim; each keeps
 * who found it. */
static gboolean
copy_sources (QcStore  *self,
              gint64    my_claim_id,
              gint64    their_claim_id,
              gint64    article_id,
              GError  **error)
{
  g_autoptr(GPtrArray) missing = missing_sources (self, my_claim_id, their_claim_id, error);

  if (missing == NULL)
    return FALSE;
  for (guint i = 0; i < missing->len; i++)
    {
      QcEvidenceSource *source = g_ptr_array_index (missing, i);
      g_autoptr(QcStoreStmt) stmt = NULL;
      char uuid[37];

      _qc_store_uuid (uuid);
      stmt = _qc_store_prepare (self,
                                "INSERT INTO evidence_source (uuid, claim_id, annotator_id, url, title,"
                                " note, stance, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                error);
      if (stmt == NULL)
        return FALSE;
      _qc_store_bind_text (stmt, 1, uuid);
      sqlite3_bind_int64 (stmt, 2, my_claim_id);
      sqlite3_bind_int64 (stmt, 3, source->annotator_id);
      _qc_store_bind_text (stmt, 4, source->url);
      _qc_store_bind_text (stmt, 5, source->title);
      _qc_store_bind_text (stmt, 6, source->note);
      _qc_store_bind_text (stmt, 7, qc_stance_to_string (source->stance));
      _qc_store_bind_text (stmt, 8, source->created_at ? source->created_at : _qc_store_now (self));
      if (!_qc_store_step_done (self, stmt, error))
        return FALSE;
      if (!_qc_store_log_insert (self, "evidence_source", sqlite3_last_insert_rowid (_qc_store_get_db (self)),
                                 uuid, article_id, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
take_fields (QcStore        *self,
             QcClaim        *mine,
             QcClaim        *theirs,
             QcReviewField   fields,
             GError        **error)
{
  gint64 id = qc_claim_get_id (mine);

  if (qc_claim_get_article_id (mine) != qc_claim_get_article_id (theirs))
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("The two claims are on different articles"));
      return FALSE;
    }
  if (qc_claim_get_annotator_id (mine) == qc_claim_get_annotator_id (theirs))
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("The two claims are in the same annotator's layer"));
      return FALSE;
    }

  if (fields & QC_REVIEW_FIELD_SPAN)
    {
      g_autofree QcRange *spans = NULL;
      guint n;

      if (!check_placed (theirs, error))
        return FALSE;
      spans = claim_spans (theirs, &n);
      if (!qc_store_set_claim_spans (self, id, spans, n, error))
        return FALSE;
    }
  if ((fields & QC_REVIEW_FIELD_KIND)
      && !qc_store_set_claim_kind (self, id, qc_claim_get_kind (theirs), error))
    return FALSE;
  if (fields & QC_REVIEW_FIELD_SPEAKER)
    {
      gsize start = 0, end = 0;

      if (!qc_store_set_claim_speaker (self, id, qc_claim_get_speaker_id (theirs), error))
        return FALSE;
      if (qc_claim_get_orphaned (theirs) || !qc_claim_get_cue (theirs, &start, &end))
        start = end = 0;
      if (!qc_store_set_claim_cue (self, id, start, end, error))
        return FALSE;
    }
  if ((fields & QC_REVIEW_FIELD_EVIDENCE)
      && !qc_store_set_claim_evidence (self, id, qc_claim_get_evidence (theirs), error))
    return FALSE;
  if ((fields & QC_REVIEW_FIELD_RATING)
      && !qc_store_set_claim_rating (self, id, qc_claim_get_rating (theirs), error))
    return FALSE;
  if ((fields & QC_REVIEW_FIELD_NOTE)
      && !qc_store_set_claim_note (self, id, qc_claim_get_note (theirs), error))
    return FALSE;
  if ((fields & QC_REVIEW_FIELD_SOURCES)
      && !copy_sources (self, id, qc_claim_get_id (theirs), qc_claim_get_article_id (mine), error))
    return FALSE;
  return TRUE;
}

static const char *
take_label (QcReviewField fields)
{
  switch (fields)
    {
    case QC_REVIEW_FIELD_SPAN:
      return _("Take their span");
    case QC_REVIEW_FIELD_KIND:
      return _("Take their kind");
    case QC_REVIEW_FIELD_SPEAKER:
      return _("Take their speaker");
    case QC_REVIEW_FIELD_EVIDENCE:
      return _("Take their evidence");
    case QC_REVIEW_FIELD_RATING:
      return _("Take their rating");
    case QC_REVIEW_FIELD_NOTE:
      return _("Take their note");
    case QC_REVIEW_FIELD_SOURCES:
      return _("Take their sources");
    case QC_REVIEW_FIELD_ALL:
    default:
      return _("Take theirs");
    }
}

static gint64
adopt (QcStore  *self,
       gint64    their_claim_id,
       GError  **error)
{
  g_autoptr(QcClaim) theirs = get_claim (self, their_claim_id, error);
  g_autofree QcRange *spans = NULL;
  gint64 article_id;
  gint64 speaker_id;
  gsize cue_start = 0, cue_end = 0;
  QcText *body;
  gint64 id = 0;
  guint n;

  if (theirs == NULL)
    return 0;
  if (qc_claim_get_annotator_id (theirs) == qc_store_get_local_annotator (self))
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("The claim is already in your layer"));
      return 0;
    }
  if (!check_placed (theirs, error))
    return 0;
  article_id = qc_claim_get_article_id (theirs);
  body = _qc_store_get_text (self, article_id, error);
  if (body == NULL)
    return 0;
  spans = claim_spans (theirs, &n);
  for (guint i = 0; i < n; i++)
    if (spans[i].start >= spans[i].end || spans[i].end > qc_text_get_n_chars (body))
      {
        g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                     _("Their claim's span is not inside the article"));
        return 0;
      }

  /* A speaker deleted since is left out rather than refused. */
  speaker_id = qc_claim_get_speaker_id (theirs);
  if (speaker_id > 0)
    {
      g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, "SELECT deleted FROM speaker WHERE id = ?1", error);

      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, speaker_id);
      if (sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_int (stmt, 0) != 0)
        speaker_id = 0;
    }
  if (!qc_claim_get_cue (theirs, &cue_start, &cue_end) || cue_end > qc_text_get_n_chars (body))
    cue_start = cue_end = 0;

  if (!_qc_store_insert_claim (self, article_id, body, qc_claim_get_kind (theirs), spans, n, speaker_id,
                               qc_claim_get_origin (theirs), qc_claim_get_confidence (theirs),
                               cue_start, cue_end, &id, error))
    return 0;
  {
    QcStoreValue evidence = qc_store_value_text (qc_evidence_to_string (qc_claim_get_evidence (theirs)));
    QcStoreValue rating = qc_store_value_text (qc_claim_get_rating (theirs));
    QcStoreValue note = qc_store_value_text (qc_claim_get_note (theirs));

    if (!_qc_store_update_field (self, "claim", id, "evidence", &evidence, error)
        || !_qc_store_update_field (self, "claim", id, "rating", &rating, error)
        || !_qc_store_update_field (self, "claim", id, "note", &note, error))
      return 0;
  }
  if (!copy_sources (self, id, their_claim_id, article_id, error))
    return 0;
  return id;
}

/**
 * qc_store_adopt_claim:
 * @their_claim_id: a claim of a colleague's layer, placed in the text
 *
 * Copies a claim only they have into the local annotator's layer: kind,
 * segments, speaker and cue, origin, confidence, evidence state, rating,
 * note, and their sources (each keeping who found it). The copy is a new
 * claim with its own UUID, review state draft; their claim is unchanged.
 * One action: one undo removes the copy.
 *
 * Returns: the new claim's id, or 0 with @error set
 *   (%QC_STORE_ERROR_INVALID when the claim is already the local
 *   annotator's or is orphaned)
 */
gint64
qc_store_adopt_claim (QcStore  *self,
                      gint64    their_claim_id,
                      GError  **error)
{
  gint64 id;

  g_return_val_if_fail (QC_IS_STORE (self), 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!_qc_store_begin (self, _("Adopt their claim"), error))
    return 0;
  id = adopt (self, their_claim_id, error);
  if (!_qc_store_end (self, id != 0, error))
    return 0;
  return id;
}

/**
 * qc_store_take_theirs:
 * @my_claim_id: my claim, or 0 when only they have one
 * @their_claim_id: their claim, or 0 when only I have one
 * @fields: what to take from their claim; %QC_REVIEW_FIELD_ALL for the
 *   whole claim
 * @claim_id: (out) (optional): my claim afterwards (the new one when
 *   adopted; 0 when mine was deleted)
 *
 * Resolves a pair in their favour, as one action:
 *
 * - both claims: my claim takes their values of @fields (the span takes
 *   their segments and clears my orphaned flag; the speaker takes their
 *   cue too; sources adds copies of theirs that mine lacks);
 * - only theirs: qc_store_adopt_claim() (@fields is ignored);
 * - only mine: my claim is deleted (they did not see a claim there).
 *
 * My claim keeps its UUID and review state; wrap this and
 * qc_store_set_claim_review_state() in qc_store_begin_action() to make
 * them one step.
 *
 * Returns: %FALSE with @error set on failure (nothing changed)
 */
gboolean
qc_store_take_theirs (QcStore        *self,
                      gint64          my_claim_id,
                      gint64          their_claim_id,
                      QcReviewField   fields,
                      gint64         *claim_id,
                      GError        **error)
{
  gint64 result = 0;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (my_claim_id > 0 || their_claim_id > 0, FALSE);
  g_return_val_if_fail ((fields & ~QC_REVIEW_FIELD_ALL) == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (my_claim_id == 0)
    {
      result = qc_store_adopt_claim (self, their_claim_id, error);
      if (result == 0)
        return FALSE;
      if (claim_id != NULL)
        *claim_id = result;
      return TRUE;
    }

  if (!_qc_store_begin (self, their_claim_id == 0 ? _("Take theirs: remove my claim") : take_label (fields),
                        error))
    return FALSE;
  if (their_claim_id == 0)
    ok = _qc_store_delete_row (self, "claim", my_claim_id, error);
  else
    {
      g_autoptr(QcClaim) mine = get_claim (self, my_claim_id, error);
      g_autoptr(QcClaim) theirs = mine ? get_claim (self, their_claim_id, error) : NULL;

      ok = theirs != NULL && take_fields (self, mine, theirs, fields, error);
      result = my_claim_id;
    }
  if (!_qc_store_end (self, ok, error))
    return FALSE;
  if (claim_id != NULL)
    *claim_id = result;
  return TRUE;
}

/* Their claim's review state, without touching its updated_at: my verdict
 * must not make their next export of the claim look older than the copy
 * here (the import keeps the newer one). Logged, so undo works. */
static gboolean
set_review_state_quietly (QcStore        *self,
                          gint64          claim_id,
                          QcReviewState   state,
                          GError        **error)
{
  g_autofree char *old = NULL;
  g_autofree char *uuid = NULL;
  gint64 article_id = 0;
  QcStoreValue old_value;
  QcStoreValue new_value = qc_store_value_text (qc_review_state_to_string (state));

  {
    g_autoptr(QcStoreStmt) stmt =
      _qc_store_prepare (self, "SELECT review_state, uuid, article_id FROM claim WHERE id = ?1 AND deleted = 0",
                         error);
    int rc;

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, claim_id);
    rc = sqlite3_step (stmt);
    if (rc == SQLITE_DONE)
      {
        g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                     _("There is no claim with id %" G_GINT64_FORMAT), claim_id);
        return FALSE;
      }
    if (rc != SQLITE_ROW)
      {
        _qc_store_set_error (self, rc, error);
        return FALSE;
      }
    old = _qc_store_column_dup (stmt, 0);
    uuid = _qc_store_column_dup (stmt, 1);
    article_id = sqlite3_column_int64 (stmt, 2);
  }
  if (g_strcmp0 (old, new_value.s) == 0)
    return TRUE;
  {
    g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, "UPDATE claim SET review_state = ?1 WHERE id = ?2",
                                                     error);

    if (stmt == NULL)
      return FALSE;
    _qc_store_bind_text (stmt, 1, new_value.s);
    sqlite3_bind_int64 (stmt, 2, claim_id);
    if (!_qc_store_step_done (self, stmt, error))
      return FALSE;
  }
  old_value = qc_store_value_text (old);
  return _qc_store_log_change (self, "claim", claim_id, uuid, article_id, "update", "review_state",
                               &old_value, &new_value, error);
}

/**
 * qc_store_keep_mine:
 * @my_claim_id: my claim, or 0 when only they have one
 * @their_claim_id: their claim, or 0
 *
 * Resolves a pair in my favour, as one action: my claim is left as it is
 * and marked reviewed (review state approved). For a claim only they
 * have, their claim is marked disputed instead; its updated_at is kept,
 * so a later export of the claim from them still updates it (and clears
 * the mark). Nothing else changes. Add a comment with
 * qc_store_add_comment() to say why.
 *
 * Returns: %FALSE with @error set on failure (nothing changed)
 */
gboolean
qc_store_keep_mine (QcStore  *self,
                    gint64    my_claim_id,
                    gint64    their_claim_id,
                    GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (my_claim_id > 0 || their_claim_id > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_qc_store_begin (self, _("Keep mine"), error))
    return FALSE;
  if (my_claim_id > 0)
    {
      QcStoreValue approved = qc_store_value_text (qc_review_state_to_string (QC_REVIEW_STATE_APPROVED));
      g_autoptr(QcClaim) theirs = their_claim_id > 0 ? get_claim (self, their_claim_id, error) : NULL;

      ok = their_claim_id == 0 || theirs != NULL;
      ok = ok && _qc_store_update_field (self, "claim", my_claim_id, "review_state", &approved, error);
    }
  else
    ok = set_review_state_quietly (self, their_claim_id, QC_REVIEW_STATE_DISPUTED, error);
  return _qc_store_end (self, ok, error);
}
