/* qc-article.c: a stored article
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-article"

#include "config.h"

#include "qc-article-private.h"

G_DEFINE_FINAL_TYPE (QcArticle, qc_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_TITLE,
  PROP_OUTLET,
  PROP_AUTHOR,
  PROP_URL,
  PROP_PUBLISHED_AT,
  PROP_LANGUAGE,
  PROP_BODY,
  PROP_BODY_SHA256,
  PROP_IMPORTED_AT,
  PROP_SOURCE_NAME,
  PROP_SOURCE_FORMAT,
  PROP_N_CLAIMS,
  PROP_N_UNASSESSED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject overrides */

static void
qc_article_finalize (GObject *object)
{
  QcArticle *self = QC_ARTICLE (object);

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->outlet, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->published_at, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->body, g_ref_string_release);
  g_clear_pointer (&self->body_sha256, g_free);
  g_clear_pointer (&self->imported_at, g_free);
  g_clear_pointer (&self->source_name, g_free);
  g_clear_pointer (&self->source_format, g_free);

  G_OBJECT_CLASS (qc_article_parent_class)->finalize (object);
}

static void
qc_article_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  QcArticle *self = QC_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_OUTLET:
      g_value_set_string (value, self->outlet);
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_PUBLISHED_AT:
      g_value_set_string (value, self->published_at);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    case PROP_BODY_SHA256:
      g_value_set_string (value, self->body_sha256);
      break;
    case PROP_IMPORTED_AT:
      g_value_set_string (value, self->imported_at);
      break;
    case PROP_SOURCE_NAME:
      g_value_set_string (value, self->source_name);
      break;
    case PROP_SOURCE_FORMAT:
      g_value_set_string (value, self->source_format);
      break;
    case PROP_N_CLAIMS:
      g_value_set_uint (value, self->n_claims);
      break;
    case PROP_N_UNASSESSED:
      g_value_set_uint (value, self->n_unassessed);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_article_class_init (QcArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = qc_article_finalize;
  object_class->get_property = qc_article_get_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_OUTLET] =
    g_param_spec_string ("outlet", NULL, NULL, NULL, flags);
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL, NULL, flags);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, flags);
  properties[PROP_PUBLISHED_AT] =
    g_param_spec_string ("published-at", NULL, NULL, NULL, flags);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL, flags);
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, NULL, flags);
  properties[PROP_BODY_SHA256] =
    g_param_spec_string ("body-sha256", NULL, NULL, NULL, flags);
  properties[PROP_IMPORTED_AT] =
    g_param_spec_string ("imported-at", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE_NAME] =
    g_param_spec_string ("source-name", NULL, NULL, NULL, flags);
  properties[PROP_SOURCE_FORMAT] =
    g_param_spec_string ("source-format", NULL, NULL, NULL, flags);
  properties[PROP_N_CLAIMS] =
    g_param_spec_uint ("n-claims", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_N_UNASSESSED] =
    g_param_spec_uint ("n-unassessed", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qc_article_init (QcArticle *self)
{
}

QcArticle *
_qc_article_new (void)
{
  return g_object_new (QC_TYPE_ARTICLE, NULL);
}

/* Public API */

gint64
qc_article_get_id (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), 0);
  return self->id;
}

/**
 * qc_article_get_uuid:
 *
 * Returns: (transfer none): the article's UUID
 */
const char *
qc_article_get_uuid (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), NULL);
  return self->uuid;
}

/**
 * qc_article_get_title:
 *
 * Returns: (transfer none) (nullable): the headline
 */
const char *
qc_article_get_title (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), NULL);
  return self->title;
}

/**
 * qc_article_get_outlet:
 *
 * Returns: (transfer none) (nullable): the publication
 */
const char *
qc_article_get_outlet (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), NULL);
  return self->outlet;
}

/**
 * qc_article_get_author:
 *
 * Returns: (transfer none) (nullable): the byline
 */
const char *
qc_article_get_author (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), NULL);
  return self->author;
}

/**
 * qc_article_get_url:
 *
 * Returns: (transfer none) (nullable): where it was published
 */
const char *
qc_article_get_url (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), NULL);
  return self->url;
}

/**
 * qc_article_get_published_at:
 *
 * Returns: (transfer none) (nullable): publication date, YYYY-MM-DD where known
 */
const char *
qc_article_get_published_at (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), NULL);
  return self->published_at;
}

/**
 * qc_article_get_language:
 *
 * Returns: (transfer none) (nullable): a BCP 47 language tag
 */
const char *
qc_article_get_language (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), NULL);
  return self->language;
}

/**
 * qc_article_get_body:
 *
 * Returns: (transfer none) (nullable): the normalised UTF-8 text that claim offsets point into; %NULL in the lists of qc_store_list_articles()
 */
const char *
qc_article_get_body (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), NULL);
  return self->body;
}

/**
 * qc_article_get_body_sha256:
 *
 * Returns: (transfer none): SHA-256 of the body, lower-case hex
 */
const char *
qc_article_get_body_sha256 (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), NULL);
  return self->body_sha256;
}

/**
 * qc_article_get_imported_at:
 *
 * Returns: (transfer none): ISO 8601 UTC time of the import
 */
const char *
qc_article_get_imported_at (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), NULL);
  return self->imported_at;
}

/**
 * qc_article_get_source_name:
 *
 * Returns: (transfer none) (nullable): the file name it was imported from, or "stdin"
 */
const char *
qc_article_get_source_name (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), NULL);
  return self->source_name;
}

/**
 * qc_article_get_source_format:
 *
 * Returns: (transfer none) (nullable): "text", "markdown" or "html"
 */
const char *
qc_article_get_source_format (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), NULL);
  return self->source_format;
}

gint64
qc_article_get_annotator_id (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), 0);
  return self->annotator_id;
}

/**
 * qc_article_get_n_claims:
 *
 * Returns: the number of claims (all annotators) when it was loaded
 */
guint
qc_article_get_n_claims (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), 0);
  return self->n_claims;
}

/**
 * qc_article_get_n_unassessed:
 *
 * Returns: how many of those claims have evidence "unassessed"
 */
guint
qc_article_get_n_unassessed (QcArticle *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE (self), 0);
  return self->n_unassessed;
}
