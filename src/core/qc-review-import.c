/* qc-review-import.c: a colleague's layer from their Quotecheck database
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The colleague's file is never opened for writing: SQLite's online
 * backup copies it, read-only, into a scratch file, which is opened as a
 * store (so the usual checks run: not SQLite, another program's database,
 * a newer schema, damage). Each chosen annotator's layer is then exported
 * from the copy as Quotecheck JSON and read in by
 * qc_annotations_import_data(): a database import follows exactly the
 * rules of a JSON import (annotator row, UUIDs, speakers by name or alias,
 * articles by SHA-256 with re-anchoring, unplaced claims kept, importing
 * twice changes nothing, newer claims update).
 */

#define G_LOG_DOMAIN "qc-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "qc-autocleanups.h"
#include "qc-export.h"
#include "qc-store-private.h"
#include "qc-store-review.h"

static const char sqlite_magic[16] = "SQLite format 3";

/**
 * qc_annotations_is_database_file:
 * @path: a file name
 *
 * Returns: whether the file starts like an SQLite database (a Quotecheck
 *   database, or some other program's); %FALSE for a JSON export
 */
gboolean
qc_annotations_is_database_file (const char *path)
{
  char header[16];
  FILE *file;
  size_t n;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return FALSE;
  file = g_fopen (path, "rb");
  if (file == NULL)
    return FALSE;
  n = fread (header, 1, sizeof header, file);
  fclose (file);
  return n == sizeof header && memcmp (header, sqlite_magic, sizeof header) == 0;
}

/* The scratch copy */

typedef struct
{
  char    *dir;
  char    *path;
  QcStore *store;
} Snapshot;

static void
snapshot_free (Snapshot *snapshot)
{
  g_clear_object (&snapshot->store);
  if (snapshot->path != NULL)
    {
      static const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *file = g_strconcat (snapshot->path, suffixes[i], NULL);

          g_unlink (file);
        }
    }
  if (snapshot->dir != NULL)
    g_rmdir (snapshot->dir);
  g_free (snapshot->path);
  g_free (snapshot->dir);
  g_free (snapshot);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Snapshot, snapshot_free)

static void
set_sqlite_error (GError     **error,
                  const char  *display,
                  sqlite3     *db,
                  int          rc)
{
  const char *message = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CORRUPT,
                   _("%s is damaged or is not a Quotecheck database (%s)"), display, message);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_BUSY,
                   _("%s is locked by another program; try again"), display);
      break;
    case SQLITE_FULL:
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_DISK_FULL,
                   _("The disk is full: %s could not be copied for reading"), display);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_IOERR:
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_IO, _("Could not read %s: %s"), display, message);
      break;
    default:
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_FAILED, _("Could not read %s: %s"), display, message);
    }
}

static sqlite3 *
open_read_only (const char  *path,
                gboolean     immutable,
                GError     **error)
{
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *uri = g_strconcat ("file:", escaped, immutable ? "?immutable=1" : "?mode=ro", NULL);
  sqlite3 *db = NULL;
  int rc;

  rc = sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *display = g_filename_display_basename (path);

      set_sqlite_error (error, display, db, rc);
      sqlite3_close (db);
      return NULL;
    }
  return db;
}

/* A consistent copy of @path, opened as a store. */
static Snapshot *
snapshot_open (const char  *path,
               GError     **error)
{
  g_autoptr(Snapshot) snapshot = g_new0 (Snapshot, 1);
  g_autofree char *display = g_filename_display_basename (path);
  g_autoptr(GError) local_error = NULL;
  sqlite3 *source;
  sqlite3 *target = NULL;
  sqlite3_backup *backup;
  GStatBuf st;
  int rc;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not open %s: %s"), display, g_strerror (saved_errno));
      return NULL;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, _("%s is a folder, not a Quotecheck database"), display);
      return NULL;
    }
  if (g_access (path, R_OK) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not read %s: %s"), display, g_strerror (saved_errno));
      return NULL;
    }
  if (!qc_annotations_is_database_file (path))
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_CORRUPT,
                   _("%s is not a Quotecheck database (not an SQLite file)"), display);
      return NULL;
    }

  /* A WAL database in a folder we may not write has no shared-memory
   * index to read through: read the file as it is then. */
  source = open_read_only (path, FALSE, &local_error);
  if (source == NULL)
    {
      source = open_read_only (path, TRUE, NULL);
      if (source == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }

  snapshot->dir = g_dir_make_tmp ("quotecheck-import-XXXXXX", error);
  if (snapshot->dir == NULL)
    {
      sqlite3_close (source);
      return NULL;
    }
  snapshot->path = g_build_filename (snapshot->dir, "colleague.db", NULL);

  rc = sqlite3_open_v2 (snapshot->path, &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (target, "main", source, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (target);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? sqlite3_errcode (target) : rc;
        }
    }
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (error, display, rc == sqlite3_errcode (target) ? target : source, rc);
      sqlite3_close (target);
      sqlite3_close (source);
      return NULL;
    }
  sqlite3_close (target);
  sqlite3_close (source);

  snapshot->store = qc_store_open (snapshot->path, &local_error);
  if (snapshot->store == NULL)
    {
      /* The messages name the scratch copy: name the colleague's file. */
      g_autofree char *scratch = g_filename_display_name (snapshot->path);
      g_autoptr(GString) message = g_string_new (local_error->message);

      g_string_replace (message, scratch, display, 0);
      g_set_error_literal (error, local_error->domain, local_error->code, message->str);
      return NULL;
    }
  return g_steal_pointer (&snapshot);
}

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf x, y;

  if (a == NULL || b == NULL || strcmp (a, ":memory:") == 0)
    return FALSE;
  return g_stat (a, &x) == 0 && g_stat (b, &y) == 0 && x.st_dev == y.st_dev && x.st_ino == y.st_ino;
}

/**
 * qc_annotations_list_database:
 * @path: another Quotecheck database
 *
 * The annotators of another database, to choose whose layer to import:
 * its own user first (%is_local), then the colleagues it imported.
 * The file is only read.
 *
 * Returns: (transfer full) (element-type QcAnnotator): the annotators, or
 *   %NULL with @error set (a #QC_STORE_ERROR or #G_FILE_ERROR saying why
 *   the file cannot be read as a Quotecheck database)
 */
GPtrArray *
qc_annotations_list_database (const char  *path,
                              GError     **error)
{
  g_autoptr(Snapshot) snapshot = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  snapshot = snapshot_open (path, error);
  if (snapshot == NULL)
    return NULL;
  return qc_store_list_annotators (snapshot->store, error);
}

/* An annotator with no claims has no layer to import: say whose there are. */
static gboolean
check_layer (GPtrArray   *annotators,
             gint64       id,
             const char  *name,
             const char  *display,
             GError     **error)
{
  g_autoptr(GString) layers = g_string_new (NULL);

  for (guint i = 0; i < annotators->len; i++)
    {
      QcAnnotator *annotator = g_ptr_array_index (annotators, i);

      if (annotator->id == id && annotator->n_claims > 0)
        return TRUE;
      if (annotator->n_claims > 0)
        g_string_append_printf (layers, "%s%s (%u)", layers->len ? ", " : "", annotator->name, annotator->n_claims);
    }
  if (layers->len > 0)
    g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                 _("%s has no claims in %s; choose another annotator: %s"), name, display, layers->str);
  else
    g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND, _("%s has no claims in %s"), name, display);
  return FALSE;
}

/* The export of one annotator's layer, without the articles they have no
 * claim on (an export of everything lists every article). */
static char *
export_layer (QcStore      *other,
              gint64        annotator_id,
              const char   *display,
              const char   *name,
              gsize        *length,
              GError      **error)
{
  QcExportOptions options = { 0 };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(json_object) root = NULL;
  g_autoptr(json_tokener) tokener = NULL;
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  json_object *claims = NULL;
  json_object *articles = NULL;
  json_object *kept;
  const char *data;
  gsize size = 0;
  size_t n = 0;

  options.annotator_id = annotator_id;
  bytes = qc_export_to_bytes (other, QC_EXPORT_SCOPE_ALL, 0, QC_EXPORT_FORMAT_JSON, &options, error);
  if (bytes == NULL)
    {
      g_prefix_error (error, _("Could not read the annotations of %s in %s: "), name, display);
      return NULL;
    }
  data = g_bytes_get_data (bytes, &size);
  if (size > G_MAXINT)
    {
      g_set_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_TOO_LARGE,
                   _("The annotations of %s in %s are too large to import"), name, display);
      return NULL;
    }
  tokener = json_tokener_new_ex (QC_JSON_MAX_DEPTH);
  root = json_tokener_parse_ex (tokener, data, (int) size);
  if (root == NULL
      || !json_object_object_get_ex (root, "claims", &claims)
      || !json_object_object_get_ex (root, "articles", &articles)
      || !json_object_is_type (claims, json_type_array)
      || !json_object_is_type (articles, json_type_array))
    {
      g_set_error (error, QC_FORMAT_ERROR, QC_FORMAT_ERROR_INVALID,
                   _("The annotations of %s in %s could not be read"), name, display);
      return NULL;
    }
  if (json_object_array_length (claims) == 0)
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND,
                   _("%s has no claims in %s"), name, display);
      return NULL;
    }
  for (size_t i = 0; i < json_object_array_length (claims); i++)
    {
      json_object *article;

      if (json_object_object_get_ex (json_object_array_get_idx (claims, i), "article", &article))
        g_hash_table_add (used, (gpointer) json_object_get_string (article));
    }
  kept = json_object_new_array ();
  for (size_t i = 0; i < json_object_array_length (articles); i++)
    {
      json_object *article = json_object_array_get_idx (articles, i);
      json_object *uuid;

      if (json_object_object_get_ex (article, "uuid", &uuid)
          && g_hash_table_contains (used, json_object_get_string (uuid)))
        json_object_array_add (kept, json_object_get (article));
    }
  json_object_object_add (root, "articles", kept);

  data = json_object_to_json_string_length (root, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE, &n);
  *length = n;
  return g_strndup (data, n);
}

/**
 * qc_annotations_import_database:
 * @store: my database
 * @path: a colleague's Quotecheck database file (only read, never
 *   written)
 * @annotators: (nullable) (array zero-terminated=1): whose layers to
 *   import, each a name, UUID or row id in @path (see
 *   qc_store_find_annotator()); %NULL or empty: the user of @path (its
 *   local annotator)
 *
 * Imports annotators' layers from another Quotecheck database. Each layer
 * is exported from (a read-only copy of) @path as Quotecheck JSON and read
 * in by qc_annotations_import_data(), so the rules are those of a JSON
 * import: the annotator keeps their UUID and becomes (or is matched to)
 * an annotator row here; claims, sources and comments keep their UUIDs;
 * speakers are matched by UUID, name or alias, or created; articles are
 * matched by the SHA-256 of their text, else by UUID or URL with the
 * claims re-anchored; claims that cannot be placed are kept as orphans and
 * listed; importing the same database again changes nothing; claims
 * changed there since are updated, each change in the change log.
 * Articles on which a layer has no claim are not imported.
 *
 * Everything is one action (one undo step), written after every layer was
 * read: on any error nothing is changed.
 *
 * Returns: (transfer full) (element-type QcAnnotationImport): one result
 *   per layer, in the order of @annotators, or %NULL with @error set: a
 *   #G_FILE_ERROR, a #QC_STORE_ERROR (%QC_STORE_ERROR_CORRUPT for a file
 *   that is not a Quotecheck database or is damaged,
 *   %QC_STORE_ERROR_SCHEMA_TOO_NEW, %QC_STORE_ERROR_NOT_FOUND for an
 *   unknown annotator or an empty layer, %QC_STORE_ERROR_INVALID for my
 *   own database), or a #QC_FORMAT_ERROR
 */
GPtrArray *
qc_annotations_import_database (QcStore             *store,
                                const char          *path,
                                const char * const  *annotators,
                                GError             **error)
{
  g_autoptr(Snapshot) snapshot = NULL;
  g_autoptr(GPtrArray) layers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) lengths = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) qc_annotation_import_free);
  g_autoptr(GPtrArray) listed = NULL;
  g_autofree char *display = NULL;
  g_autofree char *label = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (QC_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display = g_filename_display_basename (path);
  if (same_file (qc_store_get_path (store), path))
    {
      g_set_error (error, QC_STORE_ERROR, QC_STORE_ERROR_INVALID,
                   _("%s is this database: there is nothing to import from it"), display);
      return NULL;
    }
  snapshot = snapshot_open (path, error);
  if (snapshot == NULL)
    return NULL;

  if (annotators == NULL || annotators[0] == NULL)
    {
      gint64 id = qc_store_get_local_annotator (snapshot->store);

      g_array_append_val (ids, id);
    }
  else
    for (guint i = 0; annotators[i] != NULL; i++)
      {
        g_autoptr(GError) local_error = NULL;
        gint64 id = qc_store_find_annotator (snapshot->store, annotators[i], &local_error);

        if (id == 0)
          {
            g_set_error (error, local_error->domain, local_error->code, "%s: %s", display, local_error->message);
            return NULL;
          }
        g_array_append_val (ids, id);
      }

  listed = qc_store_list_annotators (snapshot->store, error);
  if (listed == NULL)
    return NULL;

  /* Everything is read before anything is written. */
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autofree char *name = qc_store_dup_annotator_name (snapshot->store, id, error);
      gsize length = 0;
      char *layer;

      if (name == NULL)
        return NULL;
      if (!check_layer (listed, id, name, display, error))
        return NULL;
      layer = export_layer (snapshot->store, id, display, name, &length, error);
      if (layer == NULL)
        return NULL;
      g_ptr_array_add (layers, layer);
      g_array_append_val (lengths, length);
      g_ptr_array_add (names, g_strdup_printf (_("%s (%s)"), display, name));
    }

  label = g_strdup_printf (_("Import annotations from %s"), display);
  if (!_qc_store_begin (store, label, error))
    return NULL;
  for (guint i = 0; i < layers->len && ok; i++)
    {
      QcAnnotationImport *result = NULL;

      ok = qc_annotations_import_data (store, g_ptr_array_index (layers, i), g_array_index (lengths, gsize, i),
                                       g_ptr_array_index (names, i), &result, error);
      if (ok)
        g_ptr_array_add (results, result);
    }
  if (!_qc_store_end (store, ok, ok ? error : NULL))
    return NULL;
  return g_steal_pointer (&results);
}
