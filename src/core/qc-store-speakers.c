/* qc-store-speakers.c: speakers shared by all articles, aliases, merging
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qc-speaker-private.h"
#include "qc-store-private.h"

static gboolean
check_name (const char  *name,
            GError     **error)
{
  g_autofree char *key = _qc_store_fold (name);

  if (*key == '\0')
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("A speaker needs a name that is not empty"));
      return FALSE;
    }
  return TRUE;
}

/* Collects the distinct live speakers whose name (@names) or alias
 * (@aliases) has @key, at most two: enough to tell unique from ambiguous. */
static gboolean
speakers_with_key (QcStore     *self,
                   const char  *key,
                   gboolean     names,
                   gboolean     aliases,
                   gint64      *found,
                   guint       *n_found,
                   GError     **error)
{
  static const char *queries[2] = {
    "SELECT id FROM speaker WHERE name_key = ?1 AND deleted = 0 ORDER BY id",
    "SELECT DISTINCT a.speaker_id FROM speaker_alias a JOIN speaker s ON s.id = a.speaker_id"
    " WHERE a.alias_key = ?1 AND a.deleted = 0 AND s.deleted = 0 ORDER BY a.speaker_id",
  };

  *n_found = 0;
  for (guint q = 0; q < 2 && *n_found < 2; q++)
    {
      g_autoptr(QcStoreStmt) stmt = NULL;
      int rc = SQLITE_DONE;

      if ((q == 0 && !names) || (q == 1 && !aliases))
        continue;
      stmt = _qc_store_prepare (self, queries[q], error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
      while (*n_found < 2 && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);

          if (*n_found == 0 || found[0] != id)
            found[(*n_found)++] = id;
        }
      if (*n_found < 2 && rc != SQLITE_DONE)
        {
          _qc_store_set_error (self, rc, error);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * _qc_store_match_speaker:
 * @aliases: (nullable): other names the engine saw
 *
 * Finds the stored speaker a detected one is: first a speaker whose name
 * or alias is @name (case-insensitive); failing that, the one speaker
 * (if exactly one) whose name or alias is one of @aliases.
 *
 * Returns: the speaker's id, 0 when none matches (or on error, with
 *   @error set)
 */
gint64
_qc_store_match_speaker (QcStore             *self,
                         const char          *name,
                         const char * const  *aliases,
                         GError             **error)
{
  g_autofree char *key = _qc_store_fold (name);
  gint64 found[2];
  guint n_found;

  if (*key == '\0')
    return 0;
  if (!speakers_with_key (self, key, TRUE, FALSE, found, &n_found, error))
    return 0;
  if (n_found > 0)
    return found[0];
  if (!speakers_with_key (self, key, FALSE, TRUE, found, &n_found, error))
    return 0;
  if (n_found > 0)
    return found[0];

  for (guint i = 0; aliases && aliases[i]; i++)
    {
      g_autofree char *alias_key = _qc_store_fold (aliases[i]);

      if (*alias_key == '\0')
        continue;
      if (!speakers_with_key (self, alias_key, TRUE, TRUE, found, &n_found, error))
        return 0;
      if (n_found == 1)
        return found[0];
    }
  return 0;
}

static gboolean
has_name_or_alias (QcStore     *self,
                   gint64       speaker_id,
                   const char  *key,
                   gint64      *alias_id,
                   GError     **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  int rc;

  *alias_id = 0;
  stmt = _qc_store_prepare (self,
                            "SELECT 0 FROM speaker WHERE id = ?1 AND name_key = ?2"
                            " UNION ALL SELECT id FROM speaker_alias"
                            " WHERE speaker_id = ?1 AND alias_key = ?2 AND deleted = 0",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, speaker_id);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *alias_id = sqlite3_column_int64 (stmt, 0);
      if (*alias_id == 0)
        *alias_id = -1;
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    _qc_store_set_error (self, rc, error);
  return FALSE;
}

static gboolean
insert_alias (QcStore     *self,
              gint64       speaker_id,
              const char  *alias,
              GError     **error)
{
  g_autofree char *key = _qc_store_fold (alias);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(QcStoreStmt) stmt = NULL;
  gint64 existing;

  if (*key == '\0')
    return TRUE;
  if (has_name_or_alias (self, speaker_id, key, &existing, &local_error))
    return TRUE;
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  stmt = _qc_store_prepare (self,
                            "INSERT INTO speaker_alias (speaker_id, annotator_id, alias, alias_key)"
                            " VALUES (?1, ?2, ?3, ?4)",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, speaker_id);
  sqlite3_bind_int64 (stmt, 2, self->local_annotator);
  _qc_store_bind_text (stmt, 3, alias);
  sqlite3_bind_text (stmt, 4, key, -1, SQLITE_STATIC);
  if (!_qc_store_step_done (self, stmt, error))
    return FALSE;
  return _qc_store_log_insert (self, "speaker_alias", sqlite3_last_insert_rowid (self->db),
                               NULL, 0, error);
}

/**
 * _qc_store_insert_speaker:
 *
 * Inserts a speaker with its aliases (duplicates of the name or of each
 * other are skipped) and logs it.
 *
 * Returns: the new id, or 0 with @error set
 */
gint64
_qc_store_insert_speaker (QcStore             *self,
                          const char          *name,
                          QcSpeakerKind        kind,
                          const char          *role,
                          const char * const  *aliases,
                          GError             **error)
{
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *key = _qc_store_fold (name);
  g_autoptr(QcStoreStmt) stmt = NULL;
  gint64 id;

  stmt = _qc_store_prepare (self,
                            "INSERT INTO speaker (uuid, annotator_id, name, name_key, kind, role, created_at)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                            error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, self->local_annotator);
  _qc_store_bind_text (stmt, 3, name);
  sqlite3_bind_text (stmt, 4, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, qc_speaker_kind_to_string (kind), -1, SQLITE_STATIC);
  _qc_store_bind_text (stmt, 6, role && *role ? role : NULL);
  sqlite3_bind_text (stmt, 7, _qc_store_now (self), -1, SQLITE_STATIC);
  if (!_qc_store_step_done (self, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (self->db);
  g_clear_pointer (&stmt, _qc_store_stmt_release);

  if (!_qc_store_log_insert (self, "speaker", id, uuid, 0, error))
    return 0;
  for (guint i = 0; aliases && aliases[i]; i++)
    if (!insert_alias (self, id, aliases[i], error))
      return 0;
  return id;
}

/**
 * qc_store_add_speaker:
 * @name: the canonical name, not empty
 * @role: (nullable): "President of Kazakhstan"
 *
 * Returns: the new speaker's id, or 0 with @error set
 */
gint64
qc_store_add_speaker (QcStore        *self,
                      const char     *name,
                      QcSpeakerKind   kind,
                      const char     *role,
                      GError        **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), 0);
  g_return_val_if_fail (name != NULL, 0);
  g_return_val_if_fail (kind <= QC_SPEAKER_KIND_ORGANISATION, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!check_name (name, error))
    return 0;
  if (!_qc_store_begin (self, _("Add speaker"), error))
    return 0;
  ok = (id = _qc_store_insert_speaker (self, name, kind, role, NULL, error)) != 0;
  if (!_qc_store_end (self, ok, error))
    return 0;
  return id;
}

/**
 * qc_store_find_speaker:
 * @name_or_id: a row id, a UUID, a name or an alias (case-insensitive)
 *
 * Returns: the live speaker's id, or 0 with @error set
 *   (%QC_STORE_ERROR_NOT_FOUND, or %QC_STORE_ERROR_INVALID when an alias
 *   names several speakers)
 */
gint64
qc_store_find_speaker (QcStore     *self,
                       const char  *name_or_id,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *key = NULL;
  gint64 found[2];
  guint n_found;
  gint64 id;

  g_return_val_if_fail (QC_IS_STORE (self), 0);
  g_return_val_if_fail (name_or_id != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  id = _qc_store_find_row (self, "speaker", name_or_id, _("speaker"), &local_error);
  if (id != 0)
    return id;
  if (!g_error_matches (local_error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }

  key = _qc_store_fold (name_or_id);
  if (!speakers_with_key (self, key, TRUE, FALSE, found, &n_found, error))
    return 0;
  if (n_found == 0 && !speakers_with_key (self, key, FALSE, TRUE, found, &n_found, error))
    return 0;
  if (n_found == 1)
    return found[0];
  if (n_found > 1)
    g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                 _("“%s” names several speakers; use the speaker's id"), name_or_id);
  else
    g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                 _("There is no speaker “%s”"), name_or_id);
  return 0;
}

gboolean
qc_store_rename_speaker (QcStore     *self,
                         gint64       speaker_id,
                         const char  *name,
                         GError     **error)
{
  g_autofree char *key = NULL;
  QcStoreValue name_value = qc_store_value_text (name);
  QcStoreValue key_value;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_name (name, error))
    return FALSE;
  key = _qc_store_fold (name);
  key_value = qc_store_value_text (key);
  if (!_qc_store_begin (self, _("Rename speaker"), error))
    return FALSE;
  ok = _qc_store_update_field (self, "speaker", speaker_id, "name", &name_value, error)
       && _qc_store_update_field (self, "speaker", speaker_id, "name_key", &key_value, error);
  return _qc_store_end (self, ok, error);
}

gboolean
qc_store_set_speaker_kind (QcStore        *self,
                           gint64          speaker_id,
                           QcSpeakerKind   kind,
                           GError        **error)
{
  QcStoreValue value;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind <= QC_SPEAKER_KIND_ORGANISATION, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  value = qc_store_value_text (qc_speaker_kind_to_string (kind));
  if (!_qc_store_begin (self, _("Set speaker kind"), error))
    return FALSE;
  ok = _qc_store_update_field (self, "speaker", speaker_id, "kind", &value, error);
  return _qc_store_end (self, ok, error);
}

/**
 * qc_store_set_speaker_role:
 * @role: (nullable): the role, %NULL or empty to remove
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_set_speaker_role (QcStore     *self,
                           gint64       speaker_id,
                           const char  *role,
                           GError     **error)
{
  QcStoreValue value = qc_store_value_text (role && *role ? role : NULL);
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_qc_store_begin (self, _("Set speaker role"), error))
    return FALSE;
  ok = _qc_store_update_field (self, "speaker", speaker_id, "role", &value, error);
  return _qc_store_end (self, ok, error);
}

static gboolean
check_live_speaker (QcStore  *self,
                    gint64    speaker_id,
                    GError  **error)
{
  g_autoptr(QcStoreStmt) stmt = NULL;
  int rc;

  stmt = _qc_store_prepare (self, "SELECT 1 FROM speaker WHERE id = ?1 AND deleted = 0", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, speaker_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc == SQLITE_DONE)
    g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                 _("There is no speaker with id %" G_GINT64_FORMAT), speaker_id);
  else
    _qc_store_set_error (self, rc, error);
  return FALSE;
}

/**
 * qc_store_add_speaker_alias:
 * @alias: another name of the speaker
 *
 * Adding the name itself or an alias it already has changes nothing.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_add_speaker_alias (QcStore     *self,
                            gint64       speaker_id,
                            const char  *alias,
                            GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_name (alias, error))
    return FALSE;
  if (!_qc_store_begin (self, _("Add alias"), error))
    return FALSE;
  ok = check_live_speaker (self, speaker_id, error)
       && insert_alias (self, speaker_id, alias, error);
  return _qc_store_end (self, ok, error);
}

gboolean
qc_store_remove_speaker_alias (QcStore     *self,
                               gint64       speaker_id,
                               const char  *alias,
                               GError     **error)
{
  g_autofree char *key = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 alias_id = 0;
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (alias != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = _qc_store_fold (alias);
  if (!_qc_store_begin (self, _("Remove alias"), error))
    return FALSE;
  ok = check_live_speaker (self, speaker_id, error);
  if (ok && !has_name_or_alias (self, speaker_id, key, &alias_id, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                     _("The speaker has no alias “%s”"), alias);
      ok = FALSE;
    }
  if (ok && alias_id < 0)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("“%s” is the speaker's name, not an alias"), alias);
      ok = FALSE;
    }
  ok = ok && _qc_store_delete_row (self, "speaker_alias", alias_id, error);
  return _qc_store_end (self, ok, error);
}

static GArray *
select_ids (QcStore     *self,
            const char  *sql,
            gint64       key,
            GError     **error)
{
  g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, sql, error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, key);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      _qc_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static gboolean
merge (QcStore  *self,
       gint64    into_id,
       gint64    from_id,
       GError  **error)
{
  g_autoptr(QcSpeaker) into = NULL;
  g_autoptr(QcSpeaker) from = NULL;
  g_autoptr(GArray) claims = NULL;
  g_autoptr(GArray) aliases = NULL;
  QcStoreValue into_value = qc_store_value_int (into_id);

  if (into_id == from_id)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("Cannot merge a speaker with itself"));
      return FALSE;
    }
  into = qc_store_get_speaker (self, into_id, error);
  if (into == NULL)
    return FALSE;
  from = qc_store_get_speaker (self, from_id, error);
  if (from == NULL)
    return FALSE;

  claims = select_ids (self, "SELECT id FROM claim WHERE speaker_id = ?1 AND deleted = 0 ORDER BY id",
                       from_id, error);
  if (claims == NULL)
    return FALSE;
  for (guint i = 0; i < claims->len; i++)
    if (!_qc_store_update_field (self, "claim", g_array_index (claims, gint64, i), "speaker_id",
                                 &into_value, error))
      return FALSE;

  aliases = select_ids (self, "SELECT id FROM speaker_alias WHERE speaker_id = ?1 AND deleted = 0 ORDER BY id",
                        from_id, error);
  if (aliases == NULL)
    return FALSE;
  for (guint i = 0; i < aliases->len; i++)
    {
      gint64 alias_id = g_array_index (aliases, gint64, i);
      g_autofree char *key = NULL;
      g_autoptr(GError) local_error = NULL;
      gint64 existing;

      {
        g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, "SELECT alias_key FROM speaker_alias WHERE id = ?1", error);

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, alias_id);
        if (sqlite3_step (stmt) == SQLITE_ROW)
          key = _qc_store_column_dup (stmt, 0);
      }
      if (key != NULL && has_name_or_alias (self, into_id, key, &existing, &local_error))
        {
          if (!_qc_store_delete_row (self, "speaker_alias", alias_id, error))
            return FALSE;
        }
      else if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      else if (!_qc_store_update_field (self, "speaker_alias", alias_id, "speaker_id", &into_value, error))
        return FALSE;
    }

  if (!insert_alias (self, into_id, qc_speaker_get_name (from), error))
    return FALSE;

  if (qc_speaker_get_role (into) == NULL && qc_speaker_get_role (from) != NULL)
    {
      QcStoreValue role = qc_store_value_text (qc_speaker_get_role (from));

      if (!_qc_store_update_field (self, "speaker", into_id, "role", &role, error))
        return FALSE;
    }
  if (qc_speaker_get_kind (into) == QC_SPEAKER_KIND_UNKNOWN
      && qc_speaker_get_kind (from) != QC_SPEAKER_KIND_UNKNOWN)
    {
      QcStoreValue kind = qc_store_value_text (qc_speaker_kind_to_string (qc_speaker_get_kind (from)));

      if (!_qc_store_update_field (self, "speaker", into_id, "kind", &kind, error))
        return FALSE;
    }

  return _qc_store_update_field (self, "speaker", from_id, "merged_into", &into_value, error)
         && _qc_store_delete_row (self, "speaker", from_id, error);
}

/**
 * qc_store_merge_speakers:
 * @into_id: the speaker that stays
 * @from_id: the speaker merged into it
 *
 * Moves every claim of @from_id to @into_id, gives @into_id its aliases
 * and name (as an alias), its role and kind where @into_id has none, and
 * retires @from_id (kept, flagged merged; undo splits them again).
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_store_merge_speakers (QcStore  *self,
                         gint64    into_id,
                         gint64    from_id,
                         GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (QC_IS_STORE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_qc_store_begin (self, _("Merge speakers"), error))
    return FALSE;
  ok = merge (self, into_id, from_id, error);
  return _qc_store_end (self, ok, error);
}

/* Loading */

#define SPEAKER_SELECT \
  "SELECT s.id, s.uuid, s.name, s.kind, s.role, s.annotator_id," \
  " (SELECT count(*) FROM claim c WHERE c.speaker_id = s.id AND c.deleted = 0)" \
  " FROM speaker s"

static GListModel *
load_speakers (QcStore     *self,
               const char  *speakers_sql,
               const char  *aliases_sql,
               gint64       key,
               GError     **error)
{
  g_autoptr(GPtrArray) speakers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                       (GDestroyNotify) g_ptr_array_unref);
  GListStore *store;
  int rc;

  {
    g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, speakers_sql, error);

    if (stmt == NULL)
      return NULL;
    if (sqlite3_bind_parameter_count (stmt) > 0)
      sqlite3_bind_int64 (stmt, 1, key);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        QcSpeaker *speaker = _qc_speaker_new ();
        const char *kind = (const char *) sqlite3_column_text (stmt, 3);

        speaker->id = sqlite3_column_int64 (stmt, 0);
        speaker->uuid = _qc_store_column_dup (stmt, 1);
        speaker->name = _qc_store_column_dup (stmt, 2);
        if (kind == NULL || !qc_speaker_kind_from_string (kind, &speaker->kind))
          speaker->kind = QC_SPEAKER_KIND_UNKNOWN;
        speaker->role = _qc_store_column_dup (stmt, 4);
        speaker->annotator_id = sqlite3_column_int64 (stmt, 5);
        speaker->n_claims = (guint) sqlite3_column_int64 (stmt, 6);
        g_ptr_array_add (speakers, speaker);
        g_hash_table_insert (by_id, &speaker->id, g_ptr_array_new_with_free_func (g_free));
      }
    if (rc != SQLITE_DONE)
      {
        _qc_store_set_error (self, rc, error);
        return NULL;
      }
  }

  {
    g_autoptr(QcStoreStmt) stmt = _qc_store_prepare (self, aliases_sql, error);

    if (stmt == NULL)
      return NULL;
    if (sqlite3_bind_parameter_count (stmt) > 0)
      sqlite3_bind_int64 (stmt, 1, key);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        gint64 speaker_id = sqlite3_column_int64 (stmt, 0);
        GPtrArray *aliases = g_hash_table_lookup (by_id, &speaker_id);

        if (aliases != NULL)
          g_ptr_array_add (aliases, _qc_store_column_dup (stmt, 1));
      }
    if (rc != SQLITE_DONE)
      {
        _qc_store_set_error (self, rc, error);
        return NULL;
      }
  }

  for (guint i = 0; i < speakers->len; i++)
    {
      QcSpeaker *speaker = g_ptr_array_index (speakers, i);
      GPtrArray *aliases = g_hash_table_lookup (by_id, &speaker->id);

      g_ptr_array_add (aliases, NULL);
      speaker->aliases = (GStrv) g_ptr_array_steal (aliases, NULL);
    }

  store = g_list_store_new (QC_TYPE_SPEAKER);
  g_list_store_splice (store, 0, 0, speakers->pdata, speakers->len);
  return G_LIST_MODEL (store);
}

/**
 * qc_store_get_speaker:
 *
 * Returns: (transfer full): the live speaker, or %NULL with @error set
 */
QcSpeaker *
qc_store_get_speaker (QcStore  *self,
                      gint64    speaker_id,
                      GError  **error)
{
  g_autoptr(GListModel) model = NULL;

  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  model = load_speakers (self,
                         SPEAKER_SELECT " WHERE s.id = ?1 AND s.deleted = 0",
                         "SELECT speaker_id, alias FROM speaker_alias"
                         " WHERE speaker_id = ?1 AND deleted = 0 ORDER BY alias_key, id",
                         speaker_id, error);
  if (model == NULL)
    return NULL;
  if (g_list_model_get_n_items (model) == 0)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                   _("There is no speaker with id %" G_GINT64_FORMAT), speaker_id);
      return NULL;
    }
  return g_list_model_get_item (model, 0);
}

/**
 * qc_store_list_speakers:
 *
 * Returns: (transfer full): a #GListModel of every live #QcSpeaker, by
 *   name, or %NULL with @error set
 */
GListModel *
qc_store_list_speakers (QcStore  *self,
                        GError  **error)
{
  g_return_val_if_fail (QC_IS_STORE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_speakers (self,
                        SPEAKER_SELECT " WHERE s.deleted = 0 ORDER BY s.name_key, s.id",
                        "SELECT speaker_id, alias FROM speaker_alias"
                        " WHERE deleted = 0 ORDER BY speaker_id, alias_key, id",
                        0, error);
}
