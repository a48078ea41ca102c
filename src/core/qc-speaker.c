/* qc-speaker.c: a stored speaker, shared by every article
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-speaker"

#include "config.h"

#include "qc-speaker-private.h"

G_DEFINE_FINAL_TYPE (QcSpeaker, qc_speaker, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (QcSpeakerKind, qc_speaker_kind,
  G_DEFINE_ENUM_VALUE (QC_SPEAKER_KIND_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (QC_SPEAKER_KIND_PERSON, "person"),
  G_DEFINE_ENUM_VALUE (QC_SPEAKER_KIND_ORGANISATION, "organisation"))

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_KIND,
  PROP_ROLE,
  PROP_ALIASES,
  PROP_N_CLAIMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
qc_speaker_finalize (GObject *object)
{
  QcSpeaker *self = QC_SPEAKER (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->aliases, g_strfreev);

  G_OBJECT_CLASS (qc_speaker_parent_class)->finalize (object);
}

static void
qc_speaker_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  QcSpeaker *self = QC_SPEAKER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;
    case PROP_ALIASES:
      g_value_set_boxed (value, self->aliases);
      break;
    case PROP_N_CLAIMS:
      g_value_set_uint (value, self->n_claims);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_speaker_class_init (QcSpeakerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = qc_speaker_finalize;
  object_class->get_property = qc_speaker_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, QC_TYPE_SPEAKER_KIND, QC_SPEAKER_KIND_UNKNOWN, flags);
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL, NULL, flags);
  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_N_CLAIMS] =
    g_param_spec_uint ("n-claims", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qc_speaker_init (QcSpeaker *self)
{
}

QcSpeaker *
_qc_speaker_new (void)
{
  return g_object_new (QC_TYPE_SPEAKER, NULL);
}

/* Public API */

gint64
qc_speaker_get_id (QcSpeaker *self)
{
  g_return_val_if_fail (QC_IS_SPEAKER (self), 0);
  return self->id;
}

const char *
qc_speaker_get_uuid (QcSpeaker *self)
{
  g_return_val_if_fail (QC_IS_SPEAKER (self), NULL);
  return self->uuid;
}

/**
 * qc_speaker_get_name:
 *
 * Returns: (transfer none): the canonical name
 */
const char *
qc_speaker_get_name (QcSpeaker *self)
{
  g_return_val_if_fail (QC_IS_SPEAKER (self), NULL);
  return self->name;
}

QcSpeakerKind
qc_speaker_get_kind (QcSpeaker *self)
{
  g_return_val_if_fail (QC_IS_SPEAKER (self), QC_SPEAKER_KIND_UNKNOWN);
  return self->kind;
}

/**
 * qc_speaker_get_role:
 *
 * Returns: (transfer none) (nullable): "President of Kazakhstan"
 */
const char *
qc_speaker_get_role (QcSpeaker *self)
{
  g_return_val_if_fail (QC_IS_SPEAKER (self), NULL);
  return self->role;
}

/**
 * qc_speaker_get_aliases:
 *
 * Returns: (transfer none) (array zero-terminated=1): the other names,
 *   sorted
 */
const char * const *
qc_speaker_get_aliases (QcSpeaker *self)
{
  static const char *none[] = { NULL };

  g_return_val_if_fail (QC_IS_SPEAKER (self), NULL);
  return self->aliases ? (const char * const *) self->aliases : none;
}

/**
 * qc_speaker_get_n_claims:
 *
 * Returns: the number of claims attributed to the speaker when it was
 *   loaded, across all articles
 */
guint
qc_speaker_get_n_claims (QcSpeaker *self)
{
  g_return_val_if_fail (QC_IS_SPEAKER (self), 0);
  return self->n_claims;
}

gint64
qc_speaker_get_annotator_id (QcSpeaker *self)
{
  g_return_val_if_fail (QC_IS_SPEAKER (self), 0);
  return self->annotator_id;
}
