/* qc-article-view.h: an article with its detected claims highlighted
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "qc-detect.h"

G_BEGIN_DECLS

#define QC_TYPE_ARTICLE_VIEW (qc_article_view_get_type ())

G_DECLARE_FINAL_TYPE (QcArticleView, qc_article_view, QC, ARTICLE_VIEW, GtkWidget)

GtkWidget     *qc_article_view_new               (void);
QcDetection   *qc_article_view_get_detection     (QcArticleView *self);
void           qc_article_view_set_detection     (QcArticleView *self,
                                                  QcDetection   *detection);
GtkTextView   *qc_article_view_get_text_view     (QcArticleView *self);
GtkTextTag    *qc_article_view_get_claim_tag     (QcArticleView *self,
                                                  QcClaimKind    kind);
GtkTextTag    *qc_article_view_get_cue_tag       (QcArticleView *self);
int            qc_article_view_get_claim_at      (QcArticleView *self,
                                                  gsize          char_offset);
char          *qc_article_view_dup_claim_tooltip (QcArticleView *self,
                                                  guint          index);

G_END_DECLS
