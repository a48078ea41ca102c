/* qc-quote-scanner-private.h: the scanner with a choice of threads, for tests
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-quote-scanner.h"

G_BEGIN_DECLS

GArray        *qc_quote_scan_full        (const QcText  *text,
                                          gboolean       in_halves);

G_END_DECLS
