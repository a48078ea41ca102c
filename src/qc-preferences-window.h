/* qc-preferences-window.h: annotator name, highlights, database file
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "qc-store.h"

G_BEGIN_DECLS

#define QC_TYPE_PREFERENCES_WINDOW (qc_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (QcPreferencesWindow, qc_preferences_window, QC, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *qc_preferences_window_new           (QcStore             *store);
QcStore   *qc_preferences_window_get_store     (QcPreferencesWindow *self);
gboolean   qc_preferences_window_save_name     (QcPreferencesWindow *self,
                                                const char          *name,
                                                GError             **error);

G_END_DECLS
