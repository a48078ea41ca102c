/* qc-exporter.c: the interface every export format implements
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-export"

#include "config.h"

#include "qc-export-private.h"

G_DEFINE_INTERFACE (QcExporter, qc_exporter, G_TYPE_OBJECT)

static void
qc_exporter_default_init (QcExporterInterface *iface)
{
}

/**
 * qc_exporter_new:
 * @format: the file format
 *
 * Returns: (transfer full): the exporter that writes @format
 */
QcExporter *
qc_exporter_new (QcExportFormat format)
{
  GType type;

  switch (format)
    {
    case QC_EXPORT_FORMAT_JSON:
      type = _qc_json_exporter_get_type ();
      break;
    case QC_EXPORT_FORMAT_CLAIMREVIEW:
      type = _qc_claim_review_exporter_get_type ();
      break;
    case QC_EXPORT_FORMAT_WEB_ANNOTATION:
      type = _qc_web_annotation_exporter_get_type ();
      break;
    case QC_EXPORT_FORMAT_HTML:
      type = _qc_html_exporter_get_type ();
      break;
    case QC_EXPORT_FORMAT_PDF:
      type = _qc_pdf_exporter_get_type ();
      break;
    case QC_EXPORT_FORMAT_MARKDOWN:
      type = _qc_markdown_exporter_get_type ();
      break;
    case QC_EXPORT_FORMAT_CSV:
      type = _qc_csv_exporter_get_type ();
      break;
    default:
      g_return_val_if_reached (NULL);
    }
  return g_object_new (type, NULL);
}

QcExportFormat
qc_exporter_get_format (QcExporter *self)
{
  g_return_val_if_fail (QC_IS_EXPORTER (self), QC_EXPORT_FORMAT_JSON);

  return QC_EXPORTER_GET_IFACE (self)->get_format (self);
}

/**
 * qc_exporter_write:
 * @report: what to write
 * @options: (nullable): options; %NULL for the defaults
 * @out: the file's bytes are appended here
 *
 * Lays out @report in the exporter's format. Touches no store: safe in a
 * worker thread while the store is used elsewhere.
 *
 * Returns: %FALSE with @error set on failure (then @out holds nothing
 *   usable)
 */
gboolean
qc_exporter_write (QcExporter             *self,
                   QcReport               *report,
                   const QcExportOptions  *options,
                   GByteArray             *out,
                   GError                **error)
{
  QcExportOptions defaults = { 0 };

  g_return_val_if_fail (QC_IS_EXPORTER (self), FALSE);
  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return QC_EXPORTER_GET_IFACE (self)->write (self, report, options ? options : &defaults, out, error);
}
