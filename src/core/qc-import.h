/* qc-import.h: article files (text, Markdown, HTML) to text and metadata
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define QC_IMPORT_ERROR (qc_import_error_quark ())

typedef enum
{
  QC_IMPORT_ERROR_INVALID,
  QC_IMPORT_ERROR_EMPTY,
} QcImportError;

typedef enum
{
  QC_IMPORT_FORMAT_AUTO,
  QC_IMPORT_FORMAT_TEXT,
  QC_IMPORT_FORMAT_MARKDOWN,
  QC_IMPORT_FORMAT_HTML,
} QcImportFormat;

/**
 * QcImportedArticle:
 * @format: the format the text was read as
 * @text: the article's text: paragraphs separated by blank lines, UTF-8
 *   (not yet validated or normalised: pass it to qc_text_new()); it may
 *   hold NUL bytes when the input did
 * @text_length: bytes in @text
 * @title: (nullable): headline from the file's metadata
 * @author: (nullable): byline
 * @published_at: (nullable): YYYY-MM-DD where the file gives a date
 * @url: (nullable): canonical address
 * @outlet: (nullable): site name
 * @language: (nullable): BCP 47 tag
 */
typedef struct
{
  QcImportFormat  format;
  char           *text;
  gsize           text_length;
  char           *title;
  char           *author;
  char           *published_at;
  char           *url;
  char           *outlet;
  char           *language;
} QcImportedArticle;

GQuark             qc_import_error_quark        (void);
const char        *qc_import_format_to_string   (QcImportFormat      format);
QcImportFormat     qc_import_guess_format       (const char         *name,
                                                 const char         *data,
                                                 gsize               length);
QcImportedArticle *qc_import_parse              (const char         *data,
                                                 gsize               length,
                                                 const char         *name,
                                                 QcImportFormat      format,
                                                 GError            **error);
char              *qc_import_markdown_to_text   (const char         *data,
                                                 gsize               length,
                                                 QcImportedArticle  *meta);
char              *qc_import_normalise_date     (const char         *value);
void               qc_imported_article_free     (QcImportedArticle  *article);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcImportedArticle, qc_imported_article_free)

G_END_DECLS
