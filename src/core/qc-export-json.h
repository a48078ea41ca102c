/* qc-export-json.h: reading a Quotecheck JSON export into a QcStore
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "qc-export.h"

G_BEGIN_DECLS

/* The Quotecheck JSON version this Quotecheck writes and the newest it reads. */
#define QC_JSON_FORMAT_VERSION 1

/* Limits on what an import accepts (larger is refused, nothing stored). */
#define QC_JSON_MAX_FILE_SIZE   (256 * 1024 * 1024)   /* the whole file */
#define QC_JSON_MAX_TEXT_SIZE   (32 * 1024 * 1024)    /* an article's text, a quote */
#define QC_JSON_MAX_LONG_SIZE   (1024 * 1024)         /* notes, ratings, comments */
#define QC_JSON_MAX_SHORT_SIZE  (64 * 1024)           /* names, titles, URLs, ids */
#define QC_JSON_MAX_DEPTH       16

/**
 * QcUnplacedClaim:
 * @uuid: the claim's UUID
 * @claim_id: its row, stored with the orphaned flag and the segments of
 *   the file (0 when the claim already existed)
 * @quote: the text of its first segment
 *
 * A claim of an imported file whose quote was not found in the stored
 * text of its article. It is kept (orphaned), never dropped.
 */
typedef struct
{
  char   *uuid;
  gint64  claim_id;
  char   *quote;
} QcUnplacedClaim;

/**
 * QcAnnotationImport:
 * @annotator_id: the row of the file's annotator (matched by UUID, or added)
 * @article_ids: (element-type gint64): the article row of each article of
 *   the file, in file order
 * @n_articles_created: articles not stored before (matched by SHA-256 of
 *   the text, then UUID, then URL)
 * @n_articles_reanchored: articles whose stored text differs from the
 *   file's: their claims were placed by quote, prefix and suffix
 * @n_claims_added: claims not stored before
 * @n_claims_updated: claims stored before and changed later in the file
 *   (its `updated_at` is newer)
 * @n_claims_unchanged: claims already stored as they are (a second
 *   import of the same file only counts here)
 * @n_speakers_created: speakers not matched by UUID, name or alias
 * @n_speakers_matched: speakers matched to stored ones
 * @n_sources_added: evidence sources added
 * @n_comments_added: comments added
 * @unplaced: (element-type QcUnplacedClaim): claims kept as orphans
 *
 * What qc_annotations_import_data() did.
 */
typedef struct
{
  gint64     annotator_id;
  GArray    *article_ids;
  guint      n_articles_created;
  guint      n_articles_reanchored;
  guint      n_claims_added;
  guint      n_claims_updated;
  guint      n_claims_unchanged;
  guint      n_speakers_created;
  guint      n_speakers_matched;
  guint      n_sources_added;
  guint      n_comments_added;
  GPtrArray *unplaced;
} QcAnnotationImport;

#define QC_TYPE_ANNOTATION_IMPORT (qc_annotation_import_get_type ())

GType               qc_annotation_import_get_type  (void) G_GNUC_CONST;
QcAnnotationImport *qc_annotation_import_copy      (const QcAnnotationImport  *result);
void                qc_annotation_import_free      (QcAnnotationImport        *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcAnnotationImport, qc_annotation_import_free)

gboolean            qc_annotations_import_data     (QcStore                   *store,
                                                    const char                *data,
                                                    gsize                      length,
                                                    const char                *name,
                                                    QcAnnotationImport       **result,
                                                    GError                   **error);
gboolean            qc_annotations_import_file     (QcStore                   *store,
                                                    const char                *path,
                                                    QcAnnotationImport       **result,
                                                    GError                   **error);

G_END_DECLS
