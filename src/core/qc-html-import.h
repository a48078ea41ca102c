/* qc-html-import.h: the article in an HTML page, with libxml2
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-import.h"

G_BEGIN_DECLS

QcImportedArticle *qc_html_import (const char  *data,
                                   gsize        length,
                                   GError     **error);

G_END_DECLS
