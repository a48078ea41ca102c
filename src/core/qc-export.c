/* qc-export.c: reports and exchange files written from a QcStore
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-export"

/* fsync, fchmod, O_CLOEXEC under -std=c11 */
#define _POSIX_C_SOURCE 200809L

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "qc-export-private.h"

G_DEFINE_QUARK (qc-export-error-quark, qc_export_error)
G_DEFINE_QUARK (qc-format-error-quark, qc_format_error)

typedef struct
{
  const char *name;
  const char *aliases[3];
  const char *label;
  const char *extension;
  const char *extra_extension;
  const char *mime_type;
  gboolean    binary;
} FormatInfo;

static const FormatInfo formats[QC_EXPORT_N_FORMATS] = {
  [QC_EXPORT_FORMAT_JSON] =
    { "json", { "quotecheck", NULL }, N_("Quotecheck JSON"), "json", NULL,
      "application/json", FALSE },
  [QC_EXPORT_FORMAT_CLAIMREVIEW] =
    { "claimreview", { "claim-review", NULL }, N_("ClaimReview (schema.org JSON-LD)"), "jsonld", NULL,
      "application/ld+json", FALSE },
  [QC_EXPORT_FORMAT_WEB_ANNOTATION] =
    { "webannotation", { "web-annotation", "annotation", NULL }, N_("W3C Web Annotations (JSON-LD)"),
      "jsonld", NULL, "application/ld+json", FALSE },
  [QC_EXPORT_FORMAT_HTML] =
    { "html", { "htm", NULL }, N_("HTML report"), "html", "htm", "text/html", FALSE },
  [QC_EXPORT_FORMAT_PDF] =
    { "pdf", { NULL }, N_("PDF report"), "pdf", NULL, "application/pdf", TRUE },
  [QC_EXPORT_FORMAT_MARKDOWN] =
    { "md", { "markdown", NULL }, N_("Markdown report"), "md", "markdown", "text/markdown", FALSE },
  [QC_EXPORT_FORMAT_CSV] =
    { "csv", { NULL }, N_("CSV table"), "csv", NULL, "text/csv", FALSE },
};

/**
 * qc_export_format_to_string:
 *
 * Returns: the format's name on the command line: "json", "claimreview",
 *   "webannotation", "html", "pdf", "md" or "csv"
 */
const char *
qc_export_format_to_string (QcExportFormat format)
{
  g_return_val_if_fail (format < QC_EXPORT_N_FORMATS, NULL);
  return formats[format].name;
}

/**
 * qc_export_format_from_string:
 * @str: a name from qc_export_format_to_string() or an alias ("markdown",
 *   "web-annotation", …), case-insensitive
 *
 * Returns: whether @str names a format
 */
gboolean
qc_export_format_from_string (const char     *str,
                              QcExportFormat *format)
{
  g_return_val_if_fail (str != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; i < QC_EXPORT_N_FORMATS; i++)
    {
      gboolean match = g_ascii_strcasecmp (str, formats[i].name) == 0;

      for (guint k = 0; !match && formats[i].aliases[k] != NULL; k++)
        match = g_ascii_strcasecmp (str, formats[i].aliases[k]) == 0;
      if (match)
        {
          *format = (QcExportFormat) i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * qc_export_format_guess_for_filename:
 * @filename: a file name or path
 *
 * Guesses the format from the extension: .json is Quotecheck JSON, .jsonld
 * is ambiguous (FALSE), .html/.htm, .pdf, .md/.markdown, .csv.
 *
 * Returns: whether a format was recognised
 */
gboolean
qc_export_format_guess_for_filename (const char     *filename,
                                     QcExportFormat *format)
{
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  dot = strrchr (filename, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  dot++;
  for (guint i = 0; i < QC_EXPORT_N_FORMATS; i++)
    {
      if (i == QC_EXPORT_FORMAT_CLAIMREVIEW || i == QC_EXPORT_FORMAT_WEB_ANNOTATION)
        continue;
      if (g_ascii_strcasecmp (dot, formats[i].extension) == 0
          || (formats[i].extra_extension && g_ascii_strcasecmp (dot, formats[i].extra_extension) == 0))
        {
          *format = (QcExportFormat) i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * qc_export_format_get_label:
 *
 * Returns: a translated name for a format chooser ("HTML report")
 */
const char *
qc_export_format_get_label (QcExportFormat format)
{
  g_return_val_if_fail (format < QC_EXPORT_N_FORMATS, NULL);
  return _(formats[format].label);
}

/**
 * qc_export_format_get_extension:
 *
 * Returns: the file name extension, without the dot ("html")
 */
const char *
qc_export_format_get_extension (QcExportFormat format)
{
  g_return_val_if_fail (format < QC_EXPORT_N_FORMATS, NULL);
  return formats[format].extension;
}

const char *
qc_export_format_get_mime_type (QcExportFormat format)
{
  g_return_val_if_fail (format < QC_EXPORT_N_FORMATS, NULL);
  return formats[format].mime_type;
}

/**
 * qc_export_format_is_binary:
 *
 * Returns: whether the format is not text (PDF), so not for a terminal
 */
gboolean
qc_export_format_is_binary (QcExportFormat format)
{
  g_return_val_if_fail (format < QC_EXPORT_N_FORMATS, FALSE);
  return formats[format].binary;
}

/* "council-approves-budget", at most @max characters */
static char *
slug (const char *title,
      guint       max)
{
  GString *out = g_string_new (NULL);
  gboolean dash = FALSE;
  guint n = 0;

  for (const char *p = title; p != NULL && *p && n < max; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (dash && out->len > 0)
            {
              g_string_append_c (out, '-');
              n++;
            }
          g_string_append_unichar (out, g_unichar_tolower (c));
          n++;
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  return g_string_free (out, FALSE);
}

/**
 * qc_export_dup_suggested_filename:
 * @store: the database
 * @scope: what is exported
 * @id: the article's or the speaker's row id
 * @format: the file format
 *
 * A file name for the save dialog, from the article's title or the
 * speaker's name: "council-approves-budget.html".
 *
 * Returns: (transfer full): the name, never %NULL
 */
char *
qc_export_dup_suggested_filename (QcStore        *store,
                                  QcExportScope   scope,
                                  gint64          id,
                                  QcExportFormat  format)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (QC_IS_STORE (store), NULL);
  g_return_val_if_fail (format < QC_EXPORT_N_FORMATS, NULL);

  if (scope == QC_EXPORT_SCOPE_ARTICLE)
    {
      g_autoptr(QcArticle) article = qc_store_get_article (store, id, NULL);

      if (article != NULL)
        name = slug (qc_article_get_title (article), 60);
    }
  else if (scope == QC_EXPORT_SCOPE_SPEAKER)
    {
      g_autoptr(QcSpeaker) speaker = qc_store_get_speaker (store, id, NULL);

      if (speaker != NULL)
        {
          g_autofree char *title = g_strdup_printf (_("Claims by %s"), qc_speaker_get_name (speaker));

          name = slug (title, 60);
        }
    }
  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = slug (_("Fact-check report"), 60);
    }
  if (format == QC_EXPORT_FORMAT_CLAIMREVIEW || format == QC_EXPORT_FORMAT_WEB_ANNOTATION)
    return g_strdup_printf ("%s-%s.%s", name, formats[format].name, formats[format].extension);
  return g_strdup_printf ("%s.%s", name, formats[format].extension);
}

/* Writing */

static GBytes *
render (QcReport               *report,
        QcExportFormat          format,
        const QcExportOptions  *options,
        GError                **error)
{
  g_autoptr(QcExporter) exporter = qc_exporter_new (format);
  g_autoptr(GByteArray) out = g_byte_array_new ();

  if (!qc_exporter_write (exporter, report, options, out, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/**
 * qc_export_to_bytes:
 * @store: the database
 * @scope: one article, every article, or one speaker's claims
 * @id: the article's or the speaker's row id (ignored for
 *   %QC_EXPORT_SCOPE_ALL)
 * @format: the file format
 * @options: (nullable): options, %NULL for the defaults
 *
 * Returns: (transfer full): the file's contents, or %NULL with @error set
 */
GBytes *
qc_export_to_bytes (QcStore                *store,
                    QcExportScope           scope,
                    gint64                  id,
                    QcExportFormat          format,
                    const QcExportOptions  *options,
                    GError                **error)
{
  g_autoptr(QcReport) report = NULL;

  g_return_val_if_fail (QC_IS_STORE (store), NULL);
  g_return_val_if_fail (format < QC_EXPORT_N_FORMATS, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  report = qc_report_load (store, scope, id, options, error);
  if (report == NULL)
    return NULL;
  return render (report, format, options, error);
}

static gboolean
write_all (int            fd,
           const guint8  *data,
           gsize          length)
{
  while (length > 0)
    {
      gssize n = write (fd, data, MIN (length, (gsize) G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          return FALSE;
        }
      data += n;
      length -= (gsize) n;
    }
  return TRUE;
}

static void
set_write_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  switch (saved_errno)
    {
    case ENOENT:
    case ENOTDIR:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write %s: its folder does not exist"), display);
      break;
    case EISDIR:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Cannot write %s: it is a folder"), display);
      break;
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write %s: permission denied (choose another folder)"), display);
      break;
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("Cannot write %s: the disk is full (nothing was changed)"), display);
      break;
    default:
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Cannot write %s: %s"), display, g_strerror (saved_errno));
    }
}

/* A temporary file beside @path, then rename(2): readers see the old file
 * or the new one, never half of one, and a failure leaves the old one. */
static gboolean
write_path_atomically (const char    *path,
                       const guint8  *data,
                       gsize          length,
                       GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp_name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp_path = g_build_filename (dir, tmp_name, NULL);
  GStatBuf st;
  int saved_errno;
  int fd;

  if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    {
      set_write_error (error, EISDIR, path);
      return FALSE;
    }

  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_write_error (error, errno, path);
      return FALSE;
    }

  /* g_mkstemp_full() creates it 0666 & ~umask, as any new file; a
   * replaced file keeps its mode. */
  if (g_stat (path, &st) == 0)
    fchmod (fd, st.st_mode & 07777);

  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      saved_errno = errno;
      close (fd);
      g_unlink (tmp_path);
      set_write_error (error, saved_errno, path);
      return FALSE;
    }
  if (close (fd) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      set_write_error (error, saved_errno, path);
      return FALSE;
    }
  if (g_rename (tmp_path, path) != 0)
    {
      saved_errno = errno;
      g_unlink (tmp_path);
      set_write_error (error, saved_errno, path);
      return FALSE;
    }
  return TRUE;
}

/**
 * qc_export_write_atomically:
 * @file: the destination
 * @contents: what to write
 *
 * Writes @contents to a temporary file in @file's folder and renames it
 * over @file: an interrupted or failed write never leaves half a file
 * over an old one. Files without a local path go through
 * g_file_replace_contents(), which works the same way.
 *
 * Returns: %FALSE with a #G_IO_ERROR set that names the file and says why
 */
gboolean
qc_export_write_atomically (GFile         *file,
                            GBytes        *contents,
                            GCancellable  *cancellable,
                            GError       **error)
{
  const char *path;
  gsize length = 0;
  const guint8 *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  data = g_bytes_get_data (contents, &length);
  path = g_file_peek_path (file);
  if (path != NULL)
    return write_path_atomically (path, data ? data : (const guint8 *) "", length, error);

  if (!g_file_replace_contents (file, (const char *) data, length, NULL, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_prefix_error (error, _("Cannot write %s: "), name);
      return FALSE;
    }
  return TRUE;
}

/**
 * qc_export_to_file:
 * @store: the database
 * @scope: one article, every article, or one speaker's claims
 * @id: the article's or the speaker's row id (ignored for
 *   %QC_EXPORT_SCOPE_ALL)
 * @format: the file format
 * @options: (nullable): options, %NULL for the defaults
 * @file: the destination, replaced atomically
 *
 * Returns: %FALSE with @error set; then @file is as it was
 */
gboolean
qc_export_to_file (QcStore                *store,
                   QcExportScope           scope,
                   gint64                  id,
                   QcExportFormat          format,
                   const QcExportOptions  *options,
                   GFile                  *file,
                   GError                **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (QC_IS_STORE (store), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = qc_export_to_bytes (store, scope, id, format, options, error);
  if (bytes == NULL)
    return FALSE;
  return qc_export_write_atomically (file, bytes, NULL, error);
}

/**
 * qc_export_article:
 *
 * qc_export_to_file() of one article and its claims.
 */
gboolean
qc_export_article (QcStore                *store,
                   gint64                  article_id,
                   QcExportFormat          format,
                   const QcExportOptions  *options,
                   GFile                  *file,
                   GError                **error)
{
  return qc_export_to_file (store, QC_EXPORT_SCOPE_ARTICLE, article_id, format, options, file, error);
}

/**
 * qc_export_all:
 *
 * qc_export_to_file() of every article, in one file.
 */
gboolean
qc_export_all (QcStore                *store,
               QcExportFormat          format,
               const QcExportOptions  *options,
               GFile                  *file,
               GError                **error)
{
  return qc_export_to_file (store, QC_EXPORT_SCOPE_ALL, 0, format, options, file, error);
}

/**
 * qc_export_speaker:
 *
 * qc_export_to_file() of one speaker's claims across articles.
 */
gboolean
qc_export_speaker (QcStore                *store,
                   gint64                  speaker_id,
                   QcExportFormat          format,
                   const QcExportOptions  *options,
                   GFile                  *file,
                   GError                **error)
{
  return qc_export_to_file (store, QC_EXPORT_SCOPE_SPEAKER, speaker_id, format, options, file, error);
}

/* Async: the report is read from the store in the caller's thread (a
 * store is used by one thread at a time); laying it out and writing run
 * in a worker thread. */

typedef struct
{
  QcReport        *report;
  QcExportFormat   format;
  QcExportOptions  options;
  char            *strings[4];
  GFile           *file;
} ExportTask;

static void
export_task_free (gpointer data)
{
  ExportTask *task = data;

  g_clear_pointer (&task->report, qc_report_unref);
  for (guint i = 0; i < G_N_ELEMENTS (task->strings); i++)
    g_free (task->strings[i]);
  g_clear_object (&task->file);
  g_free (task);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportTask *data = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = render (data->report, data->format, &data->options, &error);
  if (bytes == NULL || !qc_export_write_atomically (data->file, bytes, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * qc_export_to_file_async:
 * @cancellable: (nullable): cancels before the file is renamed into place
 *
 * qc_export_to_file() without blocking: the store is read now, in the
 * calling thread; the layout and the write happen in a worker thread.
 */
void
qc_export_to_file_async (QcStore                *store,
                         QcExportScope           scope,
                         gint64                  id,
                         QcExportFormat          format,
                         const QcExportOptions  *options,
                         GFile                  *file,
                         GCancellable           *cancellable,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  QcExportOptions defaults = { 0 };
  ExportTask *data;

  g_return_if_fail (QC_IS_STORE (store));
  g_return_if_fail (format < QC_EXPORT_N_FORMATS);
  g_return_if_fail (G_IS_FILE (file));

  if (options == NULL)
    options = &defaults;
  task = g_task_new (store, cancellable, callback, user_data);
  g_task_set_source_tag (task, qc_export_to_file_async);

  data = g_new0 (ExportTask, 1);
  data->format = format;
  data->options = *options;
  data->options.organisation = data->strings[0] = g_strdup (options->organisation);
  data->options.organisation_url = data->strings[1] = g_strdup (options->organisation_url);
  data->options.review_url = data->strings[2] = g_strdup (options->review_url);
  data->options.now = data->strings[3] = g_strdup (options->now);
  data->file = g_object_ref (file);
  g_task_set_task_data (task, data, export_task_free);

  data->report = qc_report_load (store, scope, id, options, &error);
  if (data->report == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_run_in_thread (task, export_thread);
}

gboolean
qc_export_to_file_finish (QcStore       *store,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (QC_IS_STORE (store), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  g_return_val_if_fail (g_async_result_is_tagged (result, qc_export_to_file_async), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
