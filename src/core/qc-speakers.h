/* qc-speakers.h: cluster speaker mentions into speakers
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-text.h"

G_BEGIN_DECLS

/**
 * QcSpeakerCluster:
 * @name: (owned): canonical name, the fullest form without honorifics
 *   ("Elena Marsh")
 * @kind: person, organisation or unknown
 * @role: (owned) (nullable): from an apposition or title
 * @aliases: (owned) (element-type utf8): every other form seen
 */
typedef struct
{
  char          *name;
  QcSpeakerKind  kind;
  char          *role;
  GPtrArray     *aliases;
} QcSpeakerCluster;

/* Returns a GPtrArray of QcSpeakerCluster (freed with the array) and fills
 * @mention_speaker (one gint per mention, -1 for mentions that name no
 * speaker, such as unresolved pronouns) with the cluster index. Only
 * mentions in @used (TRUE entries) need become speakers. */
GPtrArray     *qc_speakers_cluster       (const QcText  *text,
                                          const GArray  *mentions,
                                          const gboolean *used,
                                          gint          *mention_speaker);
void           qc_speaker_cluster_free   (QcSpeakerCluster *cluster);

G_END_DECLS
