/* qc-exporter.h: the interface every export format implements
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "qc-export.h"

G_BEGIN_DECLS

/**
 * QcReport:
 *
 * What an export holds, read from the store in one go: the articles with
 * their bodies, their claims in text order (numbered 1, 2, … across the
 * report) with speakers, sources and comments, and the annotators. It
 * does not refer back to the store, so it can be written out in another
 * thread while the store goes on being used.
 */
typedef struct _QcReport QcReport;

#define QC_TYPE_REPORT   (qc_report_get_type ())
#define QC_TYPE_EXPORTER (qc_exporter_get_type ())

GType        qc_report_get_type         (void) G_GNUC_CONST;
QcReport    *qc_report_load             (QcStore                *store,
                                         QcExportScope           scope,
                                         gint64                  id,
                                         const QcExportOptions  *options,
                                         GError                **error);
QcReport    *qc_report_ref              (QcReport               *report);
void         qc_report_unref            (QcReport               *report);
const char  *qc_report_get_title        (QcReport               *report);
guint        qc_report_get_n_articles   (QcReport               *report);
guint        qc_report_get_n_claims     (QcReport               *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcReport, qc_report_unref)

G_DECLARE_INTERFACE (QcExporter, qc_exporter, QC, EXPORTER, GObject)

/**
 * QcExporterInterface:
 * @write: appends the file for @report to @out; must not touch any store
 *   (it may run in a worker thread)
 */
struct _QcExporterInterface
{
  GTypeInterface parent_iface;

  QcExportFormat (*get_format) (QcExporter             *self);
  gboolean       (*write)      (QcExporter             *self,
                                QcReport               *report,
                                const QcExportOptions  *options,
                                GByteArray             *out,
                                GError                **error);
};

QcExporter     *qc_exporter_new        (QcExportFormat          format);
QcExportFormat  qc_exporter_get_format (QcExporter             *self);
gboolean        qc_exporter_write      (QcExporter             *self,
                                        QcReport               *report,
                                        const QcExportOptions  *options,
                                        GByteArray             *out,
                                        GError                **error);

G_END_DECLS
