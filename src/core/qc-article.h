/* qc-article.h: a stored article
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define QC_TYPE_ARTICLE (qc_article_get_type ())

G_DECLARE_FINAL_TYPE (QcArticle, qc_article, QC, ARTICLE, GObject)

gint64       qc_article_get_id             (QcArticle *self);
const char  *qc_article_get_uuid           (QcArticle *self);
const char  *qc_article_get_title          (QcArticle *self);
const char  *qc_article_get_outlet         (QcArticle *self);
const char  *qc_article_get_author         (QcArticle *self);
const char  *qc_article_get_url            (QcArticle *self);
const char  *qc_article_get_published_at   (QcArticle *self);
const char  *qc_article_get_language       (QcArticle *self);
const char  *qc_article_get_body           (QcArticle *self);
const char  *qc_article_get_body_sha256    (QcArticle *self);
const char  *qc_article_get_imported_at    (QcArticle *self);
const char  *qc_article_get_source_name    (QcArticle *self);
const char  *qc_article_get_source_format  (QcArticle *self);
gint64       qc_article_get_annotator_id   (QcArticle *self);
guint        qc_article_get_n_claims       (QcArticle *self);
guint        qc_article_get_n_unassessed   (QcArticle *self);

G_END_DECLS
