/* qc-claim-row.h: one row of a claim table, pointing at a claim
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "qc-claim.h"

G_BEGIN_DECLS

#define QC_TYPE_CLAIM_ROW (qc_claim_row_get_type ())

G_DECLARE_FINAL_TYPE (QcClaimRow, qc_claim_row, QC, CLAIM_ROW, GObject)

QcClaimRow *qc_claim_row_new       (QcClaim    *claim);
QcClaim    *qc_claim_row_get_claim (QcClaimRow *self);
void        qc_claim_row_set_claim (QcClaimRow *self,
                                    QcClaim    *claim);

G_END_DECLS
