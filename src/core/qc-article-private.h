/* qc-article-private.h: the fields of a QcArticle, filled by the store
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-article.h"

G_BEGIN_DECLS

struct _QcArticle
{
  GObject  parent_instance;

  gint64   id;
  char    *uuid;
  char    *title;
  char    *outlet;
  char    *author;
  char    *url;
  char    *published_at;
  char    *language;
  char    *body;          /* a GRefString, shared by reloads; NULL in article lists */
  char    *body_sha256;
  char    *imported_at;
  char    *source_name;
  char    *source_format;
  gint64   annotator_id;
  guint    n_claims;
  guint    n_unassessed;
};

QcArticle *_qc_article_new (void);

G_END_DECLS
