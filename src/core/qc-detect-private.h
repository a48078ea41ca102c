/* qc-detect-private.h: the pipeline with a choice of threads, for tests
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-detect.h"

G_BEGIN_DECLS

QcDetection   *qc_detect_full            (QcText        *text,
                                          gboolean       in_halves);

G_END_DECLS
