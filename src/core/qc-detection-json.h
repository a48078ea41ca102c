/* qc-detection-json.h: print a detection as JSON without building a tree
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>

#include "qc-detect.h"

G_BEGIN_DECLS

void           qc_detection_append_json  (QcDetection   *self,
                                          GString       *out);
gboolean       qc_detection_write_json   (QcDetection   *self,
                                          FILE          *stream,
                                          GError       **error);
void           qc_json_append_string     (GString       *out,
                                          const char    *str,
                                          gsize          length);

G_END_DECLS
