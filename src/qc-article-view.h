/* qc-article-view.h: a stored article with its claims highlighted
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "qc-store.h"

G_BEGIN_DECLS

/**
 * QcHighlightMode:
 * @QC_HIGHLIGHT_MODE_EVIDENCE: claims coloured by their evidence state
 * @QC_HIGHLIGHT_MODE_SPEAKER: claims coloured by who made them
 */
typedef enum
{
  QC_HIGHLIGHT_MODE_EVIDENCE,
  QC_HIGHLIGHT_MODE_SPEAKER,
} QcHighlightMode;

G_END_DECLS

#include "qc-app-enums.h"

G_BEGIN_DECLS

#define QC_TYPE_ARTICLE_VIEW (qc_article_view_get_type ())

/* Colours used when claims are coloured by speaker */
#define QC_ARTICLE_VIEW_N_SPEAKER_COLOURS 10

G_DECLARE_FINAL_TYPE (QcArticleView, qc_article_view, QC, ARTICLE_VIEW, GtkWidget)

GtkWidget       *qc_article_view_new                   (QcStore         *store);
QcStore         *qc_article_view_get_store             (QcArticleView   *self);
void             qc_article_view_set_store             (QcArticleView   *self,
                                                        QcStore         *store);
gint64           qc_article_view_get_article_id        (QcArticleView   *self);
gboolean         qc_article_view_load_article          (QcArticleView   *self,
                                                        gint64           article_id,
                                                        GError         **error);
void             qc_article_view_reload                (QcArticleView   *self);
QcArticle       *qc_article_view_get_article           (QcArticleView   *self);
GListModel      *qc_article_view_get_claims            (QcArticleView   *self);
QcClaim         *qc_article_view_get_claim             (QcArticleView   *self,
                                                        gint64           claim_id);
gint64           qc_article_view_get_selected_claim_id (QcArticleView   *self);
void             qc_article_view_set_selected_claim_id (QcArticleView   *self,
                                                        gint64           claim_id);
QcHighlightMode  qc_article_view_get_highlight_mode    (QcArticleView   *self);
void             qc_article_view_set_highlight_mode    (QcArticleView   *self,
                                                        QcHighlightMode  mode);
GtkTextView     *qc_article_view_get_text_view         (QcArticleView   *self);
GtkTextTag      *qc_article_view_get_evidence_tag      (QcArticleView   *self,
                                                        QcEvidence       evidence);
GtkTextTag      *qc_article_view_get_speaker_tag       (QcArticleView   *self,
                                                        gint64           speaker_id);
GtkTextTag      *qc_article_view_get_cue_tag           (QcArticleView   *self);
GtkTextTag      *qc_article_view_get_selected_tag      (QcArticleView   *self);
gint64           qc_article_view_get_claim_at          (QcArticleView   *self,
                                                        gsize            char_offset);
gint64           qc_article_view_get_adjacent_claim    (QcArticleView   *self,
                                                        gint64           claim_id,
                                                        gboolean         forward);
char            *qc_article_view_dup_claim_tooltip     (QcArticleView   *self,
                                                        gint64           claim_id);
gboolean         qc_article_view_get_selection         (QcArticleView   *self,
                                                        gsize           *start,
                                                        gsize           *end);
void             qc_article_view_select_range          (QcArticleView   *self,
                                                        gsize            start,
                                                        gsize            end);

G_END_DECLS
