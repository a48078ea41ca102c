/* qc-export-private.h: what the export formats share
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-c/json.h>

#include "qc-exporter.h"
#include "qc-text.h"

G_BEGIN_DECLS

typedef struct
{
  gint64  id;
  char   *uuid;
  char   *name;
} QcReportAnnotator;

/* One claim of the report; offsets are characters into the article body. */
typedef struct
{
  QcClaim           *claim;
  guint              number;      /* 1, 2, … across the whole report */
  QcSpeaker         *speaker;     /* (nullable), owned by the report */
  QcReportAnnotator *annotator;   /* owned by the report */
  GPtrArray         *sources;     /* QcEvidenceSource */
  GPtrArray         *comments;    /* QcComment */
  char              *text;        /* the segments joined with " … " */
} QcReportClaim;

typedef struct
{
  QcArticle         *article;     /* with its body */
  QcText            *text;        /* the body, for offsets */
  QcReportAnnotator *annotator;   /* who imported it */
  GPtrArray         *claims;      /* QcReportClaim, text order */
} QcReportArticle;

/* One highlighted stretch of an article: a claim segment in byte offsets. */
typedef struct
{
  gsize          start;     /* bytes into the body */
  gsize          end;
  QcReportClaim *claim;
  gboolean       first;     /* the claim's first segment: carries its number */
} QcReportSpan;

struct _QcReport
{
  gatomicrefcount     ref_count;

  QcExportScope       scope;
  char               *title;
  QcSpeaker          *subject;        /* SCOPE_SPEAKER: whose claims */
  QcReportAnnotator  *owner;          /* whose claims; NULL: everyone's */
  gboolean            include_text;   /* the article bodies are shown */

  GPtrArray          *articles;       /* QcReportArticle */
  GPtrArray          *speakers;       /* QcSpeaker referred to, by name */
  GHashTable         *speakers_by_id; /* gint64 * -> QcSpeaker */
  GHashTable         *speaker_times;  /* gint64 * -> char *, created_at */
  GPtrArray          *annotators;     /* QcReportAnnotator referred to */
  GHashTable         *annotators_by_id;

  char               *generated_at;   /* ISO 8601 UTC */
  char               *generator;      /* "Quotecheck 0.1.0" */
  guint               n_claims;
  guint               n_by_evidence[QC_EVIDENCE_DISPUTED + 1];
};

/* Shared words and helpers (qc-export-report.c) */
const char         *_qc_export_kind_label          (QcClaimKind     kind);
const char         *_qc_export_evidence_label      (QcEvidence      evidence);
const char         *_qc_export_review_state_label  (QcReviewState   state);
const char         *_qc_export_stance_label        (QcStance        stance);
char               *_qc_export_format_date         (const char     *iso);
char               *_qc_export_format_time         (const char     *iso);
char               *_qc_export_date_only           (const char     *iso);
gboolean            _qc_export_is_safe_url         (const char     *url);
GPtrArray          *_qc_report_article_dup_spans   (QcReportArticle *article);
int                 _qc_report_compare_offsets     (gconstpointer   a,
                                                    gconstpointer   b);
const char         *_qc_export_organisation        (QcReport       *report,
                                                    const QcExportOptions *options);
char               *_qc_export_byline              (QcArticle      *article);
const char         *_qc_export_article_title       (QcArticle      *article);
char               *_qc_export_speaker_label       (QcReportClaim  *claim);
void                _qc_export_append_json         (GByteArray     *out,
                                                    struct json_object *root);

/* The formats */
typedef struct _QcJsonExporter          QcJsonExporter;
typedef struct _QcClaimReviewExporter   QcClaimReviewExporter;
typedef struct _QcWebAnnotationExporter QcWebAnnotationExporter;
typedef struct _QcHtmlExporter          QcHtmlExporter;
typedef struct _QcPdfExporter           QcPdfExporter;
typedef struct _QcMarkdownExporter      QcMarkdownExporter;
typedef struct _QcCsvExporter           QcCsvExporter;

GType _qc_json_exporter_get_type           (void) G_GNUC_CONST;
GType _qc_claim_review_exporter_get_type   (void) G_GNUC_CONST;
GType _qc_web_annotation_exporter_get_type (void) G_GNUC_CONST;
GType _qc_html_exporter_get_type           (void) G_GNUC_CONST;
GType _qc_pdf_exporter_get_type            (void) G_GNUC_CONST;
GType _qc_markdown_exporter_get_type       (void) G_GNUC_CONST;
GType _qc_csv_exporter_get_type            (void) G_GNUC_CONST;

/* Defines a final exporter class with no state: TypeName, type_name, the
 * format and the write function. */
#define QC_DEFINE_EXPORTER(TypeName, type_name, FORMAT, write_func)                  \
  struct _##TypeName { GObject parent_instance; };                                   \
  typedef struct { GObjectClass parent_class; } TypeName##Class;                     \
  static QcExportFormat                                                              \
  type_name##_get_format (QcExporter *self)                                          \
  {                                                                                  \
    return FORMAT;                                                                   \
  }                                                                                  \
  static void                                                                        \
  type_name##_iface_init (QcExporterInterface *iface)                                \
  {                                                                                  \
    iface->get_format = type_name##_get_format;                                      \
    iface->write = write_func;                                                       \
  }                                                                                  \
  G_DEFINE_FINAL_TYPE_WITH_CODE (TypeName, type_name, G_TYPE_OBJECT,                 \
                                 G_IMPLEMENT_INTERFACE (QC_TYPE_EXPORTER,            \
                                                        type_name##_iface_init))     \
  static void type_name##_class_init (TypeName##Class *klass) { }                    \
  static void type_name##_init (TypeName *self) { }

G_END_DECLS
