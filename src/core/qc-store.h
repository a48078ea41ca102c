/* qc-store.h: the SQLite database of articles, speakers, claims and edits
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "qc-article.h"
#include "qc-claim.h"
#include "qc-speaker.h"
#include "qc-text.h"

G_BEGIN_DECLS

#define QC_STORE_ERROR (qc_store_error_quark ())

/**
 * QcStoreError:
 * @QC_STORE_ERROR_FAILED: any other SQLite failure
 * @QC_STORE_ERROR_CORRUPT: not a Quotecheck database, or damaged
 * @QC_STORE_ERROR_SCHEMA_TOO_NEW: written by a newer Quotecheck
 * @QC_STORE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @QC_STORE_ERROR_DISK_FULL: the disk (or quota) is full
 * @QC_STORE_ERROR_BUSY: another program held the database too long
 * @QC_STORE_ERROR_IO: the operating system failed to read or write
 * @QC_STORE_ERROR_NOT_FOUND: no such article, claim, speaker, ...
 * @QC_STORE_ERROR_INVALID: an argument out of range (offsets past the end
 *   of the body, an empty name, ...)
 * @QC_STORE_ERROR_CONFLICT: undo/redo found the row changed since
 * @QC_STORE_ERROR_NOTHING_TO_UNDO: no action left to undo
 * @QC_STORE_ERROR_NOTHING_TO_REDO: no action left to redo
 */
typedef enum
{
  QC_STORE_ERROR_FAILED,
  QC_STORE_ERROR_CORRUPT,
  QC_STORE_ERROR_SCHEMA_TOO_NEW,
  QC_STORE_ERROR_READ_ONLY,
  QC_STORE_ERROR_DISK_FULL,
  QC_STORE_ERROR_BUSY,
  QC_STORE_ERROR_IO,
  QC_STORE_ERROR_NOT_FOUND,
  QC_STORE_ERROR_INVALID,
  QC_STORE_ERROR_CONFLICT,
  QC_STORE_ERROR_NOTHING_TO_UNDO,
  QC_STORE_ERROR_NOTHING_TO_REDO,
} QcStoreError;

/* The schema version this Quotecheck writes (PRAGMA user_version). */
#define QC_STORE_SCHEMA_VERSION 3

/* Characters of context kept on each side of a claim segment. */
#define QC_STORE_CONTEXT_CHARS 32

/**
 * QcArticleInfo:
 * @title: (nullable): headline
 * @outlet: (nullable): publication
 * @author: (nullable): byline
 * @url: (nullable): where it was published
 * @published_at: (nullable): YYYY-MM-DD (or a full ISO 8601 time)
 * @language: (nullable): BCP 47 tag
 * @source_name: (nullable): the file it came from, or "stdin"
 * @source_format: (nullable): "text", "markdown" or "html"
 *
 * Article metadata; %NULL fields are left unset (or unchanged).
 */
typedef struct
{
  const char *title;
  const char *outlet;
  const char *author;
  const char *url;
  const char *published_at;
  const char *language;
  const char *source_name;
  const char *source_format;
} QcArticleInfo;

/**
 * QcImportStatus:
 * @QC_IMPORT_NEW: a new article
 * @QC_IMPORT_EXISTING: the same body (same SHA-256) was already stored
 * @QC_IMPORT_UPDATED: a new version of an existing article's body; its
 *   claims were re-anchored
 */
typedef enum
{
  QC_IMPORT_NEW,
  QC_IMPORT_EXISTING,
  QC_IMPORT_UPDATED,
} QcImportStatus;

/**
 * QcImportResult:
 * @article_id: the article row
 * @status: what happened
 * @n_claims_added: detected claims stored
 * @n_speakers_created: speakers not seen before
 * @n_reanchored: claims found again in the new body (updates only)
 * @n_orphaned: claims not found in the new body, kept and flagged
 */
typedef struct
{
  gint64         article_id;
  QcImportStatus status;
  guint          n_claims_added;
  guint          n_speakers_created;
  guint          n_reanchored;
  guint          n_orphaned;
} QcImportResult;

/**
 * QcEvidenceSource:
 * @id: row id
 * @uuid: row UUID
 * @claim_id: the claim it supports, refutes or explains
 * @url: (nullable): where the source is
 * @title: (nullable): its title
 * @note: (nullable): what it says
 * @stance: supports, refutes or context
 * @annotator_id: who added it
 * @created_at: ISO 8601 UTC
 */
typedef struct
{
  gint64    id;
  char     *uuid;
  gint64    claim_id;
  char     *url;
  char     *title;
  char     *note;
  QcStance  stance;
  gint64    annotator_id;
  char     *created_at;
} QcEvidenceSource;

/**
 * QcComment:
 * @id: row id
 * @uuid: row UUID
 * @claim_id: the claim discussed
 * @annotator_id: who wrote it
 * @annotator_name: their display name
 * @text: the comment
 * @created_at: ISO 8601 UTC
 */
typedef struct
{
  gint64  id;
  char   *uuid;
  gint64  claim_id;
  gint64  annotator_id;
  char   *annotator_name;
  char   *text;
  char   *created_at;
} QcComment;

/**
 * QcChange:
 * @id: change_log row id
 * @action_id: the user action it belongs to (undo works per action)
 * @action_label: what the user did ("Set evidence", "Import article")
 * @annotator_id: who did it
 * @annotator_name: their display name
 * @changed_at: ISO 8601 UTC
 * @table_name: "claim", "speaker", ...
 * @row_id: the row changed
 * @row_uuid: (nullable): its UUID, for tables that have one
 * @op: "insert", "update" or "delete"
 * @field: the column ("evidence", "note", "segments", ...)
 * @old_value: (nullable): the value before, as text
 * @new_value: (nullable): the value after, as text
 * @undone: the action is currently undone
 * @discarded: the action was undone and then replaced by a new edit (its
 *   redo was given up; the row stays for the record)
 */
typedef struct
{
  gint64    id;
  gint64    action_id;
  char     *action_label;
  gint64    annotator_id;
  char     *annotator_name;
  char     *changed_at;
  char     *table_name;
  gint64    row_id;
  char     *row_uuid;
  char     *op;
  char     *field;
  char     *old_value;
  char     *new_value;
  gboolean  undone;
  gboolean  discarded;
} QcChange;

/**
 * QcStoreChanges:
 * @claims_only: every row the action wrote was a claim (its fields, its
 *   span, added or deleted) or a claim's evidence source or comment, and
 *   no more than a few hundred claims: a view of claims may update just
 *   those in place instead of reading everything again
 * @claim_ids: (element-type gint64): when @claims_only, the claims whose
 *   own row or span changed, sorted, each once (a claim whose sources or
 *   comments alone changed is not listed); empty otherwise
 *
 * What the action that just committed changed: see qc_store_get_changes().
 */
typedef struct
{
  gboolean  claims_only;
  GArray   *claim_ids;
} QcStoreChanges;

#define QC_TYPE_EVIDENCE_SOURCE (qc_evidence_source_get_type ())
#define QC_TYPE_COMMENT         (qc_comment_get_type ())
#define QC_TYPE_CHANGE          (qc_change_get_type ())
#define QC_TYPE_STORE           (qc_store_get_type ())

GType             qc_evidence_source_get_type  (void) G_GNUC_CONST;
QcEvidenceSource *qc_evidence_source_copy      (const QcEvidenceSource *source);
void              qc_evidence_source_free      (QcEvidenceSource       *source);
GType             qc_comment_get_type          (void) G_GNUC_CONST;
QcComment        *qc_comment_copy              (const QcComment        *comment);
void              qc_comment_free              (QcComment              *comment);
GType             qc_change_get_type           (void) G_GNUC_CONST;
QcChange         *qc_change_copy               (const QcChange         *change);
void              qc_change_free               (QcChange               *change);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcEvidenceSource, qc_evidence_source_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcComment, qc_comment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QcChange, qc_change_free)

GQuark            qc_store_error_quark         (void);

G_DECLARE_FINAL_TYPE (QcStore, qc_store, QC, STORE, GObject)

/* Opening */
char             *qc_store_dup_default_path    (void);
QcStore          *qc_store_open                (const char       *path,
                                                GError          **error);
const char       *qc_store_get_path            (QcStore          *self);
gboolean          qc_store_is_read_only        (QcStore          *self);
int               qc_store_get_schema_version  (QcStore          *self);

/* Actions: several mutations as one transaction and one undo step */
gboolean          qc_store_begin_action        (QcStore          *self,
                                                const char       *label,
                                                GError          **error);
gboolean          qc_store_commit_action       (QcStore          *self,
                                                GError          **error);
void              qc_store_rollback_action     (QcStore          *self);
const QcStoreChanges *qc_store_get_changes     (QcStore          *self);

/* Annotators */
gint64            qc_store_get_local_annotator (QcStore          *self);
char             *qc_store_dup_annotator_name  (QcStore          *self,
                                                gint64            annotator_id,
                                                GError          **error);
gboolean          qc_store_set_annotator_name  (QcStore          *self,
                                                gint64            annotator_id,
                                                const char       *name,
                                                GError          **error);
gint64            qc_store_add_annotator       (QcStore          *self,
                                                const char       *uuid,
                                                const char       *name,
                                                GError          **error);

/* Articles */
gboolean          qc_store_import_text         (QcStore          *self,
                                                QcText           *body,
                                                const QcArticleInfo *info,
                                                gint64            replace_id,
                                                QcImportResult   *result,
                                                GError          **error);
gboolean          qc_store_import_file         (QcStore          *self,
                                                const char       *path,
                                                const QcArticleInfo *overrides,
                                                gint64            replace_id,
                                                QcImportResult   *result,
                                                GError          **error);
gboolean          qc_store_import_data         (QcStore          *self,
                                                const char       *data,
                                                gsize             length,
                                                const char       *name,
                                                const QcArticleInfo *overrides,
                                                gint64            replace_id,
                                                QcImportResult   *result,
                                                GError          **error);
void              qc_store_import_file_async   (QcStore          *self,
                                                const char       *path,
                                                const QcArticleInfo *overrides,
                                                gint64            replace_id,
                                                GCancellable     *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer          user_data);
void              qc_store_import_data_async   (QcStore          *self,
                                                GBytes           *data,
                                                const char       *name,
                                                const QcArticleInfo *overrides,
                                                gint64            replace_id,
                                                GCancellable     *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer          user_data);
gboolean          qc_store_import_finish       (QcStore          *self,
                                                GAsyncResult     *result,
                                                QcImportResult   *import_result,
                                                GError          **error);
gint64            qc_store_add_article         (QcStore          *self,
                                                QcText           *body,
                                                const QcArticleInfo *info,
                                                GError          **error);
gboolean          qc_store_replace_body        (QcStore          *self,
                                                gint64            article_id,
                                                QcText           *body,
                                                QcImportResult   *result,
                                                GError          **error);
gboolean          qc_store_update_article      (QcStore          *self,
                                                gint64            article_id,
                                                const QcArticleInfo *info,
                                                GError          **error);
gboolean          qc_store_delete_article      (QcStore          *self,
                                                gint64            article_id,
                                                GError          **error);
gint64            qc_store_find_article        (QcStore          *self,
                                                const char       *id_or_uuid,
                                                GError          **error);
QcArticle        *qc_store_get_article         (QcStore          *self,
                                                gint64            article_id,
                                                GError          **error);
QcArticle        *qc_store_reload_article      (QcStore          *self,
                                                QcArticle        *article,
                                                GError          **error);
GListModel       *qc_store_list_articles       (QcStore          *self,
                                                GError          **error);

/* Claims */
gint64            qc_store_add_claim           (QcStore          *self,
                                                gint64            article_id,
                                                QcClaimKind       kind,
                                                const QcRange    *spans,
                                                guint             n_spans,
                                                gint64            speaker_id,
                                                GError          **error);
gboolean          qc_store_set_claim_spans     (QcStore          *self,
                                                gint64            claim_id,
                                                const QcRange    *spans,
                                                guint             n_spans,
                                                GError          **error);
gboolean          qc_store_set_claim_kind      (QcStore          *self,
                                                gint64            claim_id,
                                                QcClaimKind       kind,
                                                GError          **error);
gboolean          qc_store_set_claim_speaker   (QcStore          *self,
                                                gint64            claim_id,
                                                gint64            speaker_id,
                                                GError          **error);
gboolean          qc_store_set_claim_cue       (QcStore          *self,
                                                gint64            claim_id,
                                                gsize             start,
                                                gsize             end,
                                                GError          **error);
gboolean          qc_store_set_claim_evidence  (QcStore          *self,
                                                gint64            claim_id,
                                                QcEvidence        evidence,
                                                GError          **error);
gboolean          qc_store_set_claim_rating    (QcStore          *self,
                                                gint64            claim_id,
                                                const char       *rating,
                                                GError          **error);
gboolean          qc_store_set_claim_note      (QcStore          *self,
                                                gint64            claim_id,
                                                const char       *note,
                                                GError          **error);
gboolean          qc_store_set_claim_review_state (QcStore       *self,
                                                gint64            claim_id,
                                                QcReviewState     state,
                                                GError          **error);
gboolean          qc_store_delete_claim        (QcStore          *self,
                                                gint64            claim_id,
                                                GError          **error);
gint64            qc_store_find_claim          (QcStore          *self,
                                                const char       *id_or_uuid,
                                                GError          **error);
QcClaim          *qc_store_get_claim           (QcStore          *self,
                                                gint64            claim_id,
                                                GError          **error);
GListModel       *qc_store_list_claims         (QcStore          *self,
                                                gint64            article_id,
                                                gint64            annotator_id,
                                                GError          **error);
GListModel       *qc_store_list_speaker_claims (QcStore          *self,
                                                gint64            speaker_id,
                                                GError          **error);

/* Evidence sources and comments */
gint64            qc_store_add_source          (QcStore          *self,
                                                gint64            claim_id,
                                                const char       *url,
                                                const char       *title,
                                                const char       *note,
                                                QcStance          stance,
                                                GError          **error);
gboolean          qc_store_update_source       (QcStore          *self,
                                                gint64            source_id,
                                                const char       *url,
                                                const char       *title,
                                                const char       *note,
                                                QcStance          stance,
                                                GError          **error);
gboolean          qc_store_delete_source       (QcStore          *self,
                                                gint64            source_id,
                                                GError          **error);
GPtrArray        *qc_store_list_sources        (QcStore          *self,
                                                gint64            claim_id,
                                                GError          **error);
gint64            qc_store_add_comment         (QcStore          *self,
                                                gint64            claim_id,
                                                const char       *text,
                                                GError          **error);
gboolean          qc_store_delete_comment      (QcStore          *self,
                                                gint64            comment_id,
                                                GError          **error);
GPtrArray        *qc_store_list_comments       (QcStore          *self,
                                                gint64            claim_id,
                                                GError          **error);

/* Speakers */
gint64            qc_store_add_speaker         (QcStore          *self,
                                                const char       *name,
                                                QcSpeakerKind     kind,
                                                const char       *role,
                                                GError          **error);
gint64            qc_store_find_speaker        (QcStore          *self,
                                                const char       *name_or_id,
                                                GError          **error);
gboolean          qc_store_rename_speaker      (QcStore          *self,
                                                gint64            speaker_id,
                                                const char       *name,
                                                GError          **error);
gboolean          qc_store_set_speaker_kind    (QcStore          *self,
                                                gint64            speaker_id,
                                                QcSpeakerKind     kind,
                                                GError          **error);
gboolean          qc_store_set_speaker_role    (QcStore          *self,
                                                gint64            speaker_id,
                                                const char       *role,
                                                GError          **error);
gboolean          qc_store_add_speaker_alias   (QcStore          *self,
                                                gint64            speaker_id,
                                                const char       *alias,
                                                GError          **error);
gboolean          qc_store_remove_speaker_alias (QcStore         *self,
                                                gint64            speaker_id,
                                                const char       *alias,
                                                GError          **error);
gboolean          qc_store_merge_speakers      (QcStore          *self,
                                                gint64            into_id,
                                                gint64            from_id,
                                                GError          **error);
QcSpeaker        *qc_store_get_speaker         (QcStore          *self,
                                                gint64            speaker_id,
                                                GError          **error);
GListModel       *qc_store_list_speakers       (QcStore          *self,
                                                GError          **error);

/* Undo, redo and history */
gboolean          qc_store_can_undo            (QcStore          *self);
gboolean          qc_store_can_redo            (QcStore          *self);
gboolean          qc_store_undo                (QcStore          *self,
                                                char            **label,
                                                GError          **error);
gboolean          qc_store_redo                (QcStore          *self,
                                                char            **label,
                                                GError          **error);
GPtrArray        *qc_store_list_history        (QcStore          *self,
                                                gint64            article_id,
                                                GError          **error);

G_END_DECLS
