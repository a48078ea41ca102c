/* qc-export-dialog.h: the export dialog: a format, a scope, a file
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qc-export.h"
#include "qc-store.h"

G_BEGIN_DECLS

#define QC_TYPE_EXPORT_DIALOG (qc_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QcExportDialog, qc_export_dialog, QC, EXPORT_DIALOG, AdwWindow)

GtkWidget      *qc_export_dialog_new        (QcStore         *store,
                                             gint64           article_id,
                                             gint64           speaker_id);
QcExportFormat  qc_export_dialog_get_format (QcExportDialog  *self);
void            qc_export_dialog_set_format (QcExportDialog  *self,
                                             QcExportFormat   format);
QcExportScope   qc_export_dialog_get_scope  (QcExportDialog  *self);
gboolean        qc_export_dialog_set_scope  (QcExportDialog  *self,
                                             QcExportScope    scope);
char           *qc_export_dialog_dup_suggested_filename (QcExportDialog *self);
gboolean        qc_export_dialog_get_busy   (QcExportDialog  *self);
void            qc_export_dialog_export_to  (QcExportDialog  *self,
                                             GFile           *file,
                                             QcExportFormat   format,
                                             QcExportScope    scope);

G_END_DECLS
