/* qc-anchor.h: find a quote again in a new version of a text
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-text.h"

G_BEGIN_DECLS

gboolean qc_anchor_find            (QcText      *text,
                                    const char  *quote,
                                    const char  *prefix,
                                    const char  *suffix,
                                    gsize        hint,
                                    QcRange     *found);
void     qc_anchor_make_selector   (QcText      *text,
                                    gsize        start,
                                    gsize        end,
                                    guint        context,
                                    char       **quote,
                                    char       **prefix,
                                    char       **suffix);

G_END_DECLS
