/* qc-export.h: reports and exchange files written from a QcStore
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qc-store.h"

G_BEGIN_DECLS

#define QC_EXPORT_ERROR (qc_export_error_quark ())
#define QC_FORMAT_ERROR (qc_format_error_quark ())

/**
 * QcExportError:
 * @QC_EXPORT_ERROR_FAILED: the report could not be laid out
 * @QC_EXPORT_ERROR_EMPTY: there is nothing to export (no article, or a
 *   speaker without claims)
 * @QC_EXPORT_ERROR_BINARY: a binary format (PDF) was asked for as text
 */
typedef enum
{
  QC_EXPORT_ERROR_FAILED,
  QC_EXPORT_ERROR_EMPTY,
  QC_EXPORT_ERROR_BINARY,
} QcExportError;

/**
 * QcFormatError:
 * @QC_FORMAT_ERROR_PARSE: not JSON, or truncated (json-c's message is
 *   included)
 * @QC_FORMAT_ERROR_NOT_QUOTECHECK: JSON, but not a Quotecheck export
 * @QC_FORMAT_ERROR_VERSION: a Quotecheck export of a newer version
 * @QC_FORMAT_ERROR_INVALID: a field is missing, of the wrong type or out
 *   of range (the message names it, as a path like `claims[3].segments`)
 * @QC_FORMAT_ERROR_TOO_LARGE: the file or one of its strings is larger
 *   than Quotecheck accepts
 */
typedef enum
{
  QC_FORMAT_ERROR_PARSE,
  QC_FORMAT_ERROR_NOT_QUOTECHECK,
  QC_FORMAT_ERROR_VERSION,
  QC_FORMAT_ERROR_INVALID,
  QC_FORMAT_ERROR_TOO_LARGE,
} QcFormatError;

/**
 * QcExportFormat:
 * @QC_EXPORT_FORMAT_JSON: Quotecheck JSON, lossless (docs/quotecheck-json.md)
 * @QC_EXPORT_FORMAT_CLAIMREVIEW: schema.org ClaimReview JSON-LD, one per
 *   assessed claim
 * @QC_EXPORT_FORMAT_WEB_ANNOTATION: W3C Web Annotation JSON-LD, one per claim
 * @QC_EXPORT_FORMAT_HTML: a self-contained HTML report
 * @QC_EXPORT_FORMAT_PDF: a paginated PDF report
 * @QC_EXPORT_FORMAT_MARKDOWN: a Markdown report
 * @QC_EXPORT_FORMAT_CSV: one row per claim, RFC 4180
 */
typedef enum
{
  QC_EXPORT_FORMAT_JSON,
  QC_EXPORT_FORMAT_CLAIMREVIEW,
  QC_EXPORT_FORMAT_WEB_ANNOTATION,
  QC_EXPORT_FORMAT_HTML,
  QC_EXPORT_FORMAT_PDF,
  QC_EXPORT_FORMAT_MARKDOWN,
  QC_EXPORT_FORMAT_CSV,
} QcExportFormat;

#define QC_EXPORT_N_FORMATS (QC_EXPORT_FORMAT_CSV + 1)

/**
 * QcExportScope:
 * @QC_EXPORT_SCOPE_ARTICLE: one article and its claims
 * @QC_EXPORT_SCOPE_ALL: every article, in one file
 * @QC_EXPORT_SCOPE_SPEAKER: one speaker's claims across articles
 */
typedef enum
{
  QC_EXPORT_SCOPE_ARTICLE,
  QC_EXPORT_SCOPE_ALL,
  QC_EXPORT_SCOPE_SPEAKER,
} QcExportScope;

/**
 * QcPaperSize:
 * @QC_PAPER_A4: 210 × 297 mm
 * @QC_PAPER_LETTER: 8.5 × 11 in
 */
typedef enum
{
  QC_PAPER_A4,
  QC_PAPER_LETTER,
} QcPaperSize;

/* QcExportOptions.annotator_id: every annotator's claims */
#define QC_EXPORT_ALL_ANNOTATORS ((gint64) -1)

/**
 * QcExportOptions:
 * @annotator_id: whose claims: 0 for the local annotator's (the default),
 *   an annotator's row id, or %QC_EXPORT_ALL_ANNOTATORS
 * @organisation: (nullable): the reviewing organisation, ClaimReview's
 *   `author` and the reports' footer (the app takes it from preferences);
 *   %NULL: the annotator's name
 * @organisation_url: (nullable): its home page
 * @review_url: (nullable): the page that publishes the fact check;
 *   ClaimReview's `url` is this with `#claim-UUID` (without it, the
 *   organisation's URL, else `urn:uuid:` and the claim's UUID)
 * @paper: PDF page size
 * @csv_bom: start CSV with a UTF-8 byte order mark, for spreadsheets that
 *   otherwise guess a legacy encoding
 * @now: (nullable): the time written into the file (ISO 8601 UTC);
 *   %NULL: the current time
 *
 * Zero-initialise and set what differs from the defaults. Strings are
 * borrowed for the duration of the call (copied by the async variant).
 */
typedef struct
{
  gint64       annotator_id;
  const char  *organisation;
  const char  *organisation_url;
  const char  *review_url;
  QcPaperSize  paper;
  gboolean     csv_bom;
  const char  *now;
} QcExportOptions;

GQuark          qc_export_error_quark               (void);
GQuark          qc_format_error_quark               (void);

const char     *qc_export_format_to_string          (QcExportFormat          format);
gboolean        qc_export_format_from_string        (const char             *str,
                                                     QcExportFormat         *format);
gboolean        qc_export_format_guess_for_filename (const char             *filename,
                                                     QcExportFormat         *format);
const char     *qc_export_format_get_label          (QcExportFormat          format);
const char     *qc_export_format_get_extension      (QcExportFormat          format);
const char     *qc_export_format_get_mime_type      (QcExportFormat          format);
gboolean        qc_export_format_is_binary          (QcExportFormat          format);
char           *qc_export_dup_suggested_filename    (QcStore                *store,
                                                     QcExportScope           scope,
                                                     gint64                  id,
                                                     QcExportFormat          format);

GBytes         *qc_export_to_bytes                  (QcStore                *store,
                                                     QcExportScope           scope,
                                                     gint64                  id,
                                                     QcExportFormat          format,
                                                     const QcExportOptions  *options,
                                                     GError                **error);
gboolean        qc_export_to_file                   (QcStore                *store,
                                                     QcExportScope           scope,
                                                     gint64                  id,
                                                     QcExportFormat          format,
                                                     const QcExportOptions  *options,
                                                     GFile                  *file,
                                                     GError                **error);
void            qc_export_to_file_async             (QcStore                *store,
                                                     QcExportScope           scope,
                                                     gint64                  id,
                                                     QcExportFormat          format,
                                                     const QcExportOptions  *options,
                                                     GFile                  *file,
                                                     GCancellable           *cancellable,
                                                     GAsyncReadyCallback     callback,
                                                     gpointer                user_data);
gboolean        qc_export_to_file_finish            (QcStore                *store,
                                                     GAsyncResult           *result,
                                                     GError                **error);

gboolean        qc_export_article                   (QcStore                *store,
                                                     gint64                  article_id,
                                                     QcExportFormat          format,
                                                     const QcExportOptions  *options,
                                                     GFile                  *file,
                                                     GError                **error);
gboolean        qc_export_all                       (QcStore                *store,
                                                     QcExportFormat          format,
                                                     const QcExportOptions  *options,
                                                     GFile                  *file,
                                                     GError                **error);
gboolean        qc_export_speaker                   (QcStore                *store,
                                                     gint64                  speaker_id,
                                                     QcExportFormat          format,
                                                     const QcExportOptions  *options,
                                                     GFile                  *file,
                                                     GError                **error);

gboolean        qc_export_write_atomically          (GFile                  *file,
                                                     GBytes                 *contents,
                                                     GCancellable           *cancellable,
                                                     GError                **error);

G_END_DECLS
