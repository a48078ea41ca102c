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

/**
 * QcReviewMark:
 * @QC_REVIEW_MARK_THEIRS: a colleague's claim paired with one of mine,
 *   with nothing left to resolve (double underline)
 * @QC_REVIEW_MARK_ONLY_THEIRS: a claim only the colleague has (tinted)
 * @QC_REVIEW_MARK_DISAGREEMENT: an unresolved disagreement: both claims of
 *   a pair that differs, or a claim only one side has (wavy underline)
 * @QC_REVIEW_MARK_SELECTED: the selected pair when only they have a claim
 *   (framed like a selected claim of mine)
 *
 * The marks of the review layer, see qc_article_view_set_review_pairs().
 */
typedef enum
{
  QC_REVIEW_MARK_THEIRS,
  QC_REVIEW_MARK_ONLY_THEIRS,
  QC_REVIEW_MARK_DISAGREEMENT,
  QC_REVIEW_MARK_SELECTED,
} QcReviewMark;

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
gboolean         qc_article_view_update_claims         (QcArticleView   *self,
                                                        GArray          *claim_ids);
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

/* The review layer: a colleague's claims drawn over mine */
void             qc_article_view_set_review_pairs      (QcArticleView   *self,
                                                        GListModel      *pairs);
GListModel      *qc_article_view_get_review_pairs      (QcArticleView   *self);
void             qc_article_view_select_review_pair    (QcArticleView   *self,
                                                        guint            position);
guint            qc_article_view_get_review_pair_at    (QcArticleView   *self,
                                                        gsize            char_offset);
GtkTextTag      *qc_article_view_get_review_tag        (QcArticleView   *self,
                                                        QcReviewMark     mark);

G_END_DECLS
