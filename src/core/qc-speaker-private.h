/* qc-speaker-private.h: the fields of a QcSpeaker, filled by the store
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-speaker.h"

G_BEGIN_DECLS

struct _QcSpeaker
{
  GObject        parent_instance;

  gint64         id;
  char          *uuid;
  char          *name;
  QcSpeakerKind  kind;
  char          *role;
  GStrv          aliases;
  guint          n_claims;
  gint64         annotator_id;
};

QcSpeaker *_qc_speaker_new (void);

G_END_DECLS
