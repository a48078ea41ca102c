/* qc-store-private.h: what the files of QcStore share
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "qc-store.h"

G_BEGIN_DECLS

/* PRAGMA application_id of a Quotecheck database: "QCHK" */
#define QC_STORE_APPLICATION_ID 1363363915 /* 0x5143484B */

/* Statements run once or more per inserted claim, kept in fields so the
 * bulk paths skip hashing their SQL text on every call. */
typedef enum
{
  QC_STORE_HOT_BEGIN,
  QC_STORE_HOT_COMMIT,
  QC_STORE_HOT_DISCARD_REDO,
  QC_STORE_HOT_INSERT_ACTION,
  QC_STORE_HOT_INSERT_CHANGE,
  QC_STORE_HOT_INSERT_CLAIM,
  QC_STORE_HOT_INSERT_SEGMENT,
  QC_STORE_HOT_CHECK_BODY,
  QC_STORE_HOT_CHECK_SPEAKER,
  QC_STORE_N_HOT
} QcStoreHot;

struct _QcStore
{
  GObject      parent_instance;

  sqlite3     *db;
  char        *path;
  char        *display_path;
  GHashTable  *statements;      /* SQL text -> sqlite3_stmt, owned */
  sqlite3_stmt *hot[QC_STORE_N_HOT]; /* the per-claim ones, owned by statements */
  gboolean     read_only;
  int          schema_version;
  gint64       local_annotator;
  int          busy_timeout_ms;

  /* The open write transaction, if any */
  guint        depth;           /* 0: none; 1: BEGIN; > 1: nested calls */
  gint64       action_id;       /* 0 until the first change is logged */
  char        *action_label;
  char        *now;             /* one timestamp per transaction */
  GArray      *change_stack;    /* gint64 total_changes at each nested begin */
  gboolean     spoiled;         /* a nested call failed after writing */
  gboolean     replaying;       /* undo/redo: apply without logging */
  QcStoreChanges changes;      /* what the open action changed, for "changed" */
  gboolean     checked;         /* opened as a second connection: file already checked */

  /* The body of the article last used, for offsets and quotes; checked
   * against the stored SHA-256 before each use */
  gint64       text_article_id;
  char        *text_sha256;
  QcText      *text;
  gboolean     text_checked;    /* checked in the open transaction */
};

/* A statement from the cache; released (reset, bindings cleared) when the
 * g_autoptr goes out of scope. */
typedef sqlite3_stmt QcStoreStmt;
void _qc_store_stmt_release (QcStoreStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcStoreStmt, _qc_store_stmt_release)

/**
 * QcStoreValue:
 *
 * A value for a column: SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT or
 * SQLITE_TEXT. Text is borrowed.
 */
typedef struct
{
  int          type;
  gint64       i;
  double       d;
  const char  *s;
} QcStoreValue;

static inline QcStoreValue
qc_store_value_text (const char *s)
{
  QcStoreValue v = { s ? SQLITE_TEXT : SQLITE_NULL, 0, 0.0, s };
  return v;
}

static inline QcStoreValue
qc_store_value_int (gint64 i)
{
  QcStoreValue v = { SQLITE_INTEGER, i, 0.0, NULL };
  return v;
}

static inline QcStoreValue
qc_store_value_null (void)
{
  QcStoreValue v = { SQLITE_NULL, 0, 0.0, NULL };
  return v;
}

/* qc-store.c
 *
 * _qc_store_log_change() and _qc_store_log_insert() take the row's UUID
 * for their callers' convenience; the log does not store it (the row's
 * table has it, qc_store_list_history() looks it up). */
QcStoreStmt *_qc_store_prepare          (QcStore            *self,
                                         const char         *sql,
                                         GError            **error);

/* Like _qc_store_prepare(), for a statement with a slot in self->hot: @sql
 * must always be the same text for the same @slot. */
static inline QcStoreStmt *
_qc_store_prepare_hot (QcStore     *self,
                       QcStoreHot   slot,
                       const char  *sql,
                       GError     **error)
{
  if (G_LIKELY (self->hot[slot] != NULL))
    return self->hot[slot];
  return self->hot[slot] = _qc_store_prepare (self, sql, error);
}

gboolean     _qc_store_exec             (QcStore            *self,
                                         const char         *sql,
                                         GError            **error);
gboolean     _qc_store_step_done        (QcStore            *self,
                                         QcStoreStmt        *stmt,
                                         GError            **error);
void         _qc_store_set_error        (QcStore            *self,
                                         int                 rc,
                                         GError            **error);
void         _qc_store_bind_value       (QcStoreStmt        *stmt,
                                         int                 index,
                                         const QcStoreValue *value);
void         _qc_store_bind_text        (QcStoreStmt        *stmt,
                                         int                 index,
                                         const char         *text);
char        *_qc_store_column_dup       (QcStoreStmt        *stmt,
                                         int                 column);
gboolean     _qc_store_begin            (QcStore            *self,
                                         const char         *label,
                                         GError            **error);
gboolean     _qc_store_end              (QcStore            *self,
                                         gboolean            ok,
                                         GError            **error);
const char  *_qc_store_now              (QcStore            *self);
char        *_qc_store_fold             (const char         *name);
void         _qc_store_uuid             (char                out[37]);
gboolean     _qc_store_log_insert       (QcStore            *self,
                                         const char         *table,
                                         gint64              row_id,
                                         const char         *row_uuid,
                                         gint64              article_id,
                                         GError            **error);
gboolean     _qc_store_log_change       (QcStore            *self,
                                         const char         *table,
                                         gint64              row_id,
                                         const char         *row_uuid,
                                         gint64              article_id,
                                         const char         *op,
                                         const char         *field,
                                         const QcStoreValue *old_value,
                                         const QcStoreValue *new_value,
                                         GError            **error);
gboolean     _qc_store_update_field     (QcStore            *self,
                                         const char         *table,
                                         gint64              row_id,
                                         const char         *field,
                                         const QcStoreValue *value,
                                         GError            **error);
gboolean     _qc_store_delete_row       (QcStore            *self,
                                         const char         *table,
                                         gint64              row_id,
                                         GError            **error);
gboolean     _qc_store_check_writable   (QcStore            *self,
                                         GError            **error);
gint64       _qc_store_find_row         (QcStore            *self,
                                         const char         *table,
                                         const char         *id_or_uuid,
                                         const char         *what,
                                         GError            **error);
sqlite3     *_qc_store_get_db           (QcStore            *self);
void         _qc_store_set_busy_timeout (QcStore            *self,
                                         int                 ms);

/* qc-store-schema.c */
gboolean     _qc_store_migrate          (QcStore            *self,
                                         GError            **error);

/* qc-store-claims.c */

/**
 * QcStoreSegment:
 *
 * One segment of a claim to write. The texts are borrowed slices of
 * @quote_len, @prefix_len and @suffix_len bytes, not nul-terminated.
 */
typedef struct
{
  gsize        start;
  gsize        end;
  const char  *quote;
  int          quote_len;
  const char  *prefix;
  int          prefix_len;
  const char  *suffix;
  int          suffix_len;
} QcStoreSegment;

QcText      *_qc_store_get_text         (QcStore            *self,
                                         gint64              article_id,
                                         GError            **error);
char        *_qc_store_dup_segments_json (QcStore           *self,
                                         gint64              claim_id,
                                         GError            **error);
gboolean     _qc_store_write_segments   (QcStore            *self,
                                         gint64              claim_id,
                                         const char         *json,
                                         GError            **error);
gboolean     _qc_store_clear_segments   (QcStore            *self,
                                         gint64              claim_id,
                                         GError            **error);
gboolean     _qc_store_put_segment      (QcStore            *self,
                                         gint64              claim_id,
                                         guint               ordinal,
                                         const QcStoreSegment *segment,
                                         GError            **error);
gboolean     _qc_store_insert_claim     (QcStore            *self,
                                         gint64              article_id,
                                         QcText             *body,
                                         QcClaimKind         kind,
                                         const QcRange      *spans,
                                         guint               n_spans,
                                         gint64              speaker_id,
                                         QcClaimOrigin       origin,
                                         double              confidence,
                                         gsize               cue_start,
                                         gsize               cue_end,
                                         gint64             *claim_id,
                                         GError            **error);

/* qc-store-speakers.c */
gint64       _qc_store_match_speaker    (QcStore            *self,
                                         const char         *name,
                                         const char * const *aliases,
                                         GError            **error);
gint64       _qc_store_insert_speaker   (QcStore            *self,
                                         const char         *name,
                                         QcSpeakerKind       kind,
                                         const char         *role,
                                         const char * const *aliases,
                                         GError            **error);

G_END_DECLS
