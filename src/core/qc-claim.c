/* qc-claim.c: a stored claim, as loaded from a QcStore
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-claim"

#include "config.h"

#include <string.h>

#include "qc-claim-private.h"

G_DEFINE_FINAL_TYPE (QcClaim, qc_claim, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (QcEvidence, qc_evidence,
  G_DEFINE_ENUM_VALUE (QC_EVIDENCE_UNASSESSED, "unassessed"),
  G_DEFINE_ENUM_VALUE (QC_EVIDENCE_SUPPORTED, "supported"),
  G_DEFINE_ENUM_VALUE (QC_EVIDENCE_UNSUPPORTED, "unsupported"),
  G_DEFINE_ENUM_VALUE (QC_EVIDENCE_DISPUTED, "disputed"))

G_DEFINE_ENUM_TYPE (QcReviewState, qc_review_state,
  G_DEFINE_ENUM_VALUE (QC_REVIEW_STATE_DRAFT, "draft"),
  G_DEFINE_ENUM_VALUE (QC_REVIEW_STATE_APPROVED, "approved"),
  G_DEFINE_ENUM_VALUE (QC_REVIEW_STATE_DISPUTED, "disputed"))

G_DEFINE_ENUM_TYPE (QcClaimOrigin, qc_claim_origin,
  G_DEFINE_ENUM_VALUE (QC_CLAIM_ORIGIN_DETECTED, "detected"),
  G_DEFINE_ENUM_VALUE (QC_CLAIM_ORIGIN_MANUAL, "manual"))

G_DEFINE_ENUM_TYPE (QcStance, qc_stance,
  G_DEFINE_ENUM_VALUE (QC_STANCE_SUPPORTS, "supports"),
  G_DEFINE_ENUM_VALUE (QC_STANCE_REFUTES, "refutes"),
  G_DEFINE_ENUM_VALUE (QC_STANCE_CONTEXT, "context"))

G_DEFINE_ENUM_TYPE (QcClaimKind, qc_claim_kind,
  G_DEFINE_ENUM_VALUE (QC_CLAIM_KIND_DIRECT, "direct"),
  G_DEFINE_ENUM_VALUE (QC_CLAIM_KIND_PARTIAL, "partial"),
  G_DEFINE_ENUM_VALUE (QC_CLAIM_KIND_INDIRECT, "indirect"))

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_ARTICLE_ID,
  PROP_ANNOTATOR_ID,
  PROP_KIND,
  PROP_SPEAKER_ID,
  PROP_SPEAKER_NAME,
  PROP_ORIGIN,
  PROP_CONFIDENCE,
  PROP_EVIDENCE,
  PROP_RATING,
  PROP_NOTE,
  PROP_REVIEW_STATE,
  PROP_ORPHANED,
  PROP_START,
  PROP_END,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *evidence_names[] = { "unassessed", "supported", "unsupported", "disputed" };
static const char *review_state_names[] = { "draft", "approved", "disputed" };
static const char *origin_names[] = { "detected", "manual" };
static const char *stance_names[] = { "supports", "refutes", "context" };

static gboolean
lookup_name (const char  *str,
             const char **names,
             guint        n_names,
             int         *value)
{
  for (guint i = 0; i < n_names; i++)
    if (strcmp (str, names[i]) == 0)
      {
        if (value)
          *value = (int) i;
        return TRUE;
      }
  return FALSE;
}

const char *
qc_evidence_to_string (QcEvidence evidence)
{
  g_return_val_if_fail (evidence <= QC_EVIDENCE_DISPUTED, NULL);
  return evidence_names[evidence];
}

gboolean
qc_evidence_from_string (const char *str,
                         QcEvidence *evidence)
{
  int value;

  g_return_val_if_fail (str != NULL, FALSE);
  if (!lookup_name (str, evidence_names, G_N_ELEMENTS (evidence_names), &value))
    return FALSE;
  if (evidence)
    *evidence = (QcEvidence) value;
  return TRUE;
}

const char *
qc_review_state_to_string (QcReviewState state)
{
  g_return_val_if_fail (state <= QC_REVIEW_STATE_DISPUTED, NULL);
  return review_state_names[state];
}

gboolean
qc_review_state_from_string (const char    *str,
                             QcReviewState *state)
{
  int value;

  g_return_val_if_fail (str != NULL, FALSE);
  if (!lookup_name (str, review_state_names, G_N_ELEMENTS (review_state_names), &value))
    return FALSE;
  if (state)
    *state = (QcReviewState) value;
  return TRUE;
}

const char *
qc_claim_origin_to_string (QcClaimOrigin origin)
{
  g_return_val_if_fail (origin <= QC_CLAIM_ORIGIN_MANUAL, NULL);
  return origin_names[origin];
}

gboolean
qc_claim_origin_from_string (const char    *str,
                             QcClaimOrigin *origin)
{
  int value;

  g_return_val_if_fail (str != NULL, FALSE);
  if (!lookup_name (str, origin_names, G_N_ELEMENTS (origin_names), &value))
    return FALSE;
  if (origin)
    *origin = (QcClaimOrigin) value;
  return TRUE;
}

const char *
qc_stance_to_string (QcStance stance)
{
  g_return_val_if_fail (stance <= QC_STANCE_CONTEXT, NULL);
  return stance_names[stance];
}

gboolean
qc_stance_from_string (const char *str,
                       QcStance   *stance)
{
  int value;

  g_return_val_if_fail (str != NULL, FALSE);
  if (!lookup_name (str, stance_names, G_N_ELEMENTS (stance_names), &value))
    return FALSE;
  if (stance)
    *stance = (QcStance) value;
  return TRUE;
}

void
_qc_claim_segment_clear (QcClaimSegment *segment)
{
  g_clear_pointer (&segment->quote, g_free);
  g_clear_pointer (&segment->prefix, g_free);
  g_clear_pointer (&segment->suffix, g_free);
}

/* GObject overrides */

static void
qc_claim_finalize (GObject *object)
{
  QcClaim *self = QC_CLAIM (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->speaker_name, g_free);
  g_clear_pointer (&self->rating, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->created_at, g_free);
  g_clear_pointer (&self->updated_at, g_free);
  g_clear_pointer (&self->segments, g_array_unref);

  G_OBJECT_CLASS (qc_claim_parent_class)->finalize (object);
}

static void
qc_claim_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  QcClaim *self = QC_CLAIM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_ARTICLE_ID:
      g_value_set_int64 (value, self->article_id);
      break;
    case PROP_ANNOTATOR_ID:
      g_value_set_int64 (value, self->annotator_id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_SPEAKER_ID:
      g_value_set_int64 (value, self->speaker_id);
      break;
    case PROP_SPEAKER_NAME:
      g_value_set_string (value, self->speaker_name);
      break;
    case PROP_ORIGIN:
      g_value_set_enum (value, self->origin);
      break;
    case PROP_CONFIDENCE:
      g_value_set_double (value, self->confidence);
      break;
    case PROP_EVIDENCE:
      g_value_set_enum (value, self->evidence);
      break;
    case PROP_RATING:
      g_value_set_string (value, self->rating);
      break;
    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;
    case PROP_REVIEW_STATE:
      g_value_set_enum (value, self->review_state);
      break;
    case PROP_ORPHANED:
      g_value_set_boolean (value, self->orphaned);
      break;
    case PROP_START:
      g_value_set_uint64 (value, qc_claim_get_start (self));
      break;
    case PROP_END:
      g_value_set_uint64 (value, qc_claim_get_end (self));
      break;
    case PROP_CREATED_AT:
      g_value_set_string (value, self->created_at);
      break;
    case PROP_UPDATED_AT:
      g_value_set_string (value, self->updated_at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_claim_class_init (QcClaimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = qc_claim_finalize;
  object_class->get_property = qc_claim_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_ARTICLE_ID] =
    g_param_spec_int64 ("article-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_ANNOTATOR_ID] =
    g_param_spec_int64 ("annotator-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, QC_TYPE_CLAIM_KIND, QC_CLAIM_KIND_DIRECT, flags);
  properties[PROP_SPEAKER_ID] =
    g_param_spec_int64 ("speaker-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SPEAKER_NAME] =
    g_param_spec_string ("speaker-name", NULL, NULL, NULL, flags);
  properties[PROP_ORIGIN] =
    g_param_spec_enum ("origin", NULL, NULL, QC_TYPE_CLAIM_ORIGIN, QC_CLAIM_ORIGIN_MANUAL, flags);
  properties[PROP_CONFIDENCE] =
    g_param_spec_double ("confidence", NULL, NULL, 0.0, 1.0, 0.0, flags);
  properties[PROP_EVIDENCE] =
    g_param_spec_enum ("evidence", NULL, NULL, QC_TYPE_EVIDENCE, QC_EVIDENCE_UNASSESSED, flags);
  properties[PROP_RATING] =
    g_param_spec_string ("rating", NULL, NULL, NULL, flags);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_REVIEW_STATE] =
    g_param_spec_enum ("review-state", NULL, NULL, QC_TYPE_REVIEW_STATE, QC_REVIEW_STATE_DRAFT, flags);
  properties[PROP_ORPHANED] =
    g_param_spec_boolean ("orphaned", NULL, NULL, FALSE, flags);
  properties[PROP_START] =
    g_param_spec_uint64 ("start", NULL, NULL, 0, G_MAXUINT64, 0, flags);
  properties[PROP_END] =
    g_param_spec_uint64 ("end", NULL, NULL, 0, G_MAXUINT64, 0, flags);
  properties[PROP_CREATED_AT] =
    g_param_spec_string ("created-at", NULL, NULL, NULL, flags);
  properties[PROP_UPDATED_AT] =
    g_param_spec_string ("updated-at", NULL, NULL, NULL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qc_claim_init (QcClaim *self)
{
  self->segments = g_array_new (FALSE, TRUE, sizeof (QcClaimSegment));
  g_array_set_clear_func (self->segments, (GDestroyNotify) _qc_claim_segment_clear);
}

QcClaim *
_qc_claim_new (void)
{
  return g_object_new (QC_TYPE_CLAIM, NULL);
}

/* Public API */

gint64
qc_claim_get_id (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), 0);
  return self->id;
}

const char *
qc_claim_get_uuid (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), NULL);
  return self->uuid;
}

gint64
qc_claim_get_article_id (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), 0);
  return self->article_id;
}

gint64
qc_claim_get_annotator_id (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), 0);
  return self->annotator_id;
}

QcClaimKind
qc_claim_get_kind (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), QC_CLAIM_KIND_DIRECT);
  return self->kind;
}

/**
 * qc_claim_get_speaker_id:
 *
 * Returns: the speaker's row id, or 0 when the claim has no speaker
 */
gint64
qc_claim_get_speaker_id (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), 0);
  return self->speaker_id;
}

/**
 * qc_claim_get_speaker_name:
 *
 * Returns: (transfer none) (nullable): the speaker's canonical name
 */
const char *
qc_claim_get_speaker_name (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), NULL);
  return self->speaker_name;
}

/**
 * qc_claim_get_cue:
 * @start: (out) (optional): character offset of the speaker cue
 * @end: (out) (optional): character offset one past it
 *
 * Returns: %TRUE when the claim has a cue
 */
gboolean
qc_claim_get_cue (QcClaim *self,
                  gsize   *start,
                  gsize   *end)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), FALSE);
  if (start)
    *start = self->cue_start;
  if (end)
    *end = self->cue_end;
  return self->cue_end > self->cue_start;
}

QcClaimOrigin
qc_claim_get_origin (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), QC_CLAIM_ORIGIN_MANUAL);
  return self->origin;
}

double
qc_claim_get_confidence (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), 0.0);
  return self->confidence;
}

QcEvidence
qc_claim_get_evidence (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), QC_EVIDENCE_UNASSESSED);
  return self->evidence;
}

/**
 * qc_claim_get_rating:
 *
 * Returns: (transfer none) (nullable): the verdict text
 */
const char *
qc_claim_get_rating (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), NULL);
  return self->rating;
}

/**
 * qc_claim_get_note:
 *
 * Returns: (transfer none) (nullable): the analyst's note
 */
const char *
qc_claim_get_note (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), NULL);
  return self->note;
}

QcReviewState
qc_claim_get_review_state (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), QC_REVIEW_STATE_DRAFT);
  return self->review_state;
}

/**
 * qc_claim_get_orphaned:
 *
 * A claim is orphaned when a new version of the article's body no longer
 * contains its quote; its segments then keep their old offsets and texts.
 *
 * Returns: %TRUE when the claim could not be re-anchored
 */
gboolean
qc_claim_get_orphaned (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), FALSE);
  return self->orphaned;
}

/**
 * qc_claim_get_created_at:
 *
 * Returns: (transfer none): ISO 8601 UTC time
 */
const char *
qc_claim_get_created_at (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), NULL);
  return self->created_at;
}

/**
 * qc_claim_get_updated_at:
 *
 * Returns: (transfer none): ISO 8601 UTC time
 */
const char *
qc_claim_get_updated_at (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), NULL);
  return self->updated_at;
}

guint
qc_claim_get_n_segments (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), 0);
  return self->segments->len;
}

/**
 * qc_claim_get_segment:
 *
 * Returns: (transfer none): segment @index, character offsets
 */
const QcClaimSegment *
qc_claim_get_segment (QcClaim *self,
                      guint    index)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), NULL);
  g_return_val_if_fail (index < self->segments->len, NULL);
  return &g_array_index (self->segments, QcClaimSegment, index);
}

/**
 * qc_claim_get_start:
 *
 * Returns: the character offset where the first segment starts
 */
gsize
qc_claim_get_start (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), 0);
  if (self->segments->len == 0)
    return 0;
  return g_array_index (self->segments, QcClaimSegment, 0).start;
}

/**
 * qc_claim_compare_position:
 *
 * The order claims are listed in: by where they start in the text, then
 * the older first.
 *
 * Returns: negative, 0 or positive as @a comes before, with or after @b
 */
int
qc_claim_compare_position (QcClaim *a,
                           QcClaim *b)
{
  gsize a_start = qc_claim_get_start (a);
  gsize b_start = qc_claim_get_start (b);

  if (a_start != b_start)
    return a_start < b_start ? -1 : 1;
  return a->id < b->id ? -1 : a->id > b->id;
}

/**
 * qc_claim_get_end:
 *
 * Returns: the character offset one past the end of the last segment
 */
gsize
qc_claim_get_end (QcClaim *self)
{
  g_return_val_if_fail (QC_IS_CLAIM (self), 0);
  if (self->segments->len == 0)
    return 0;
  return g_array_index (self->segments, QcClaimSegment, self->segments->len - 1).end;
}

/**
 * qc_claim_dup_text:
 *
 * Returns: (transfer full): the quotes of all segments joined by " … "
 */
char *
qc_claim_dup_text (QcClaim *self)
{
  GString *text;

  g_return_val_if_fail (QC_IS_CLAIM (self), NULL);

  text = g_string_new (NULL);
  for (guint i = 0; i < self->segments->len; i++)
    {
      if (i > 0)
        g_string_append (text, " … ");
      g_string_append (text, g_array_index (self->segments, QcClaimSegment, i).quote);
    }
  return g_string_free (text, FALSE);
}
