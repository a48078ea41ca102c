/* qc-claim-inspector.h: the selected claim's speaker, evidence and notes, editable
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qc-store.h"

G_BEGIN_DECLS

#define QC_TYPE_CLAIM_INSPECTOR (qc_claim_inspector_get_type ())

G_DECLARE_FINAL_TYPE (QcClaimInspector, qc_claim_inspector, QC, CLAIM_INSPECTOR, GtkWidget)

GtkWidget *qc_claim_inspector_new          (QcStore          *store);
QcStore   *qc_claim_inspector_get_store    (QcClaimInspector *self);
gint64     qc_claim_inspector_get_claim_id (QcClaimInspector *self);
void       qc_claim_inspector_set_claim_id (QcClaimInspector *self,
                                            gint64            claim_id);
void       qc_claim_inspector_reload       (QcClaimInspector *self);
void       qc_claim_inspector_save_pending (QcClaimInspector *self);

G_END_DECLS
