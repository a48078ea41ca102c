/* qc-reported-speech-private.h: reported speech, a part of a text at a time
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-reported-speech.h"

G_BEGIN_DECLS

GArray        *qc_reported_speech_scan   (const QcText  *text,
                                          const GArray  *quotes,
                                          guint          first_sentence,
                                          guint          end_sentence);
void           qc_reported_speech_finish (GArray        *reports);

G_END_DECLS
