/* qc-speakers-page.h: every speaker across articles: rename, merge, see their claims
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qc-store.h"

G_BEGIN_DECLS

#define QC_TYPE_SPEAKERS_PAGE (qc_speakers_page_get_type ())

G_DECLARE_FINAL_TYPE (QcSpeakersPage, qc_speakers_page, QC, SPEAKERS_PAGE, GtkWidget)

GtkWidget  *qc_speakers_page_new                     (QcStore        *store);
QcStore    *qc_speakers_page_get_store               (QcSpeakersPage *self);
gint64      qc_speakers_page_get_selected_speaker_id (QcSpeakersPage *self);
void        qc_speakers_page_set_selected_speaker_id (QcSpeakersPage *self,
                                                      gint64          speaker_id);
GListModel *qc_speakers_page_get_speakers            (QcSpeakersPage *self);
GListModel *qc_speakers_page_get_claims              (QcSpeakersPage *self);
void        qc_speakers_page_reload                  (QcSpeakersPage *self);

G_END_DECLS
