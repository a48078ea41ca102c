/* qc-application.h: the Quotecheck application
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qc-store.h"

G_BEGIN_DECLS

#define QC_TYPE_APPLICATION (qc_application_get_type ())

G_DECLARE_FINAL_TYPE (QcApplication, qc_application, QC, APPLICATION, AdwApplication)

QcApplication *qc_application_new             (void);
QcStore       *qc_application_get_store       (QcApplication  *self);
gboolean       qc_application_open_database   (QcApplication  *self,
                                               const char     *path,
                                               GError        **error);
GSettings     *qc_application_create_settings (void);

G_END_DECLS
