/* qc-application.c: the Quotecheck application
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-application"

#include "config.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "qc-application.h"
#include "qc-claim-list.h"
#include "qc-window.h"

struct _QcApplication
{
  AdwApplication  parent_instance;

  /* Owned references */
  QcStore        *store;
  GSettings      *settings;
  char           *db_path;          /* --db */
  char           *benchmark_path;   /* --benchmark-open */
  GPtrArray      *pending_files;    /* GFile, waiting for a database */
  GtkWindow      *store_dialog;

  /* Benchmark */
  gint64          main_time;        /* g_get_monotonic_time() at creation */
  gint64          bench_start;
  gint64          bench_article_id;
  gint64          bench_other_id;
  guint           bench_step;
  gulong          bench_paint_id;
  double          bench_shown_ms;   /* article painted */
  double          bench_list_ms;    /* and the claim list (the same frame or the next) */
  gboolean        bench_opening;
  guint           bench_timer_id;   /* watching the import, then the pause before a switch */
  QcWindow       *bench_window;
};

G_DEFINE_FINAL_TYPE (QcApplication, qc_application, ADW_TYPE_APPLICATION)

static void run_pending (QcApplication *self);

/* Helpers */

static char *
dup_database_path (QcApplication *self)
{
  g_autofree char *saved = NULL;

  if (self->db_path != NULL)
    return g_strdup (self->db_path);

  if (self->settings != NULL)
    saved = g_settings_get_string (self->settings, "database-path");
  if (saved != NULL && *saved != '\0')
    return g_steal_pointer (&saved);

  return qc_store_dup_default_path ();
}

static void
remember_database (QcApplication *self,
                   const char    *path)
{
  g_autofree char *default_path = qc_store_dup_default_path ();

  if (self->settings == NULL)
    return;

  g_settings_set_string (self->settings, "database-path",
                         g_strcmp0 (path, default_path) == 0 ? "" : path);
}

static QcWindow *
create_window (QcApplication *self)
{
  QcWindow *window = qc_window_new (GTK_APPLICATION (self), self->store);

  return window;
}

/* A window that shows no article yet is reused for the first file opened. */
static QcWindow *
find_window (QcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (QC_IS_WINDOW (window) && qc_window_get_store (QC_WINDOW (window)) == self->store)
    return QC_WINDOW (window);

  return NULL;
}

/* The database: opened and errors */

static void show_store_error (QcApplication *self,
                              const GError  *error);

static void
on_database_chooser_response_cb (GtkNativeDialog *dialog,
                                 int              response,
                                 QcApplication   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);

  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    {
      /* Back to the question: quit or choose */
      g_set_error_literal (&error, QC_STORE_ERROR, QC_STORE_ERROR_FAILED,
                           _("No database was chosen."));
      show_store_error (self, error);
      g_application_release (G_APPLICATION (self));
      return;
    }

  self->store = qc_store_open (path, &error);
  if (self->store == NULL)
    show_store_error (self, error);
  else
    {
      remember_database (self, path);
      run_pending (self);
    }

  g_application_release (G_APPLICATION (self));
}

static void
choose_database (QcApplication *self)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  native = gtk_file_chooser_native_new (_("Open Database"), NULL,
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (databases, _("Quotecheck Databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_pattern (databases, "*.sqlite");
  gtk_file_filter_add_mime_type (databases, "application/vnd.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), databases);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  /* No window holds the application while the chooser is open */
  g_application_hold (G_APPLICATION (self));
  g_signal_connect_object (native, "response",
                           G_CALLBACK (on_database_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
on_store_dialog_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             QcApplication    *self)
{
  self->store_dialog = NULL;

  if (g_strcmp0 (response, "choose") == 0)
    choose_database (self);
  else
    g_ptr_array_set_size (self->pending_files, 0);
}

/* The file is never touched: the user quits or picks another one. */
static void
show_store_error (QcApplication *self,
                  const GError  *error)
{
  GtkWidget *dialog;

  g_debug ("%s", error->message);

  if (self->benchmark_path != NULL)
    {
      g_printerr ("benchmark: %s\n", error->message);
      g_application_quit (G_APPLICATION (self));
      return;
    }

  dialog = adw_message_dialog_new (NULL, _("Cannot Open the Database"), error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "quit", _("_Quit"),
                                    "choose", _("_Open Another Database…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "choose",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "choose");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "quit");
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_store_dialog_response_cb), self, 0);

  self->store_dialog = GTK_WINDOW (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
ensure_store (QcApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (self->store != NULL)
    return TRUE;

  if (self->store_dialog != NULL)
    {
      gtk_window_present (self->store_dialog);
      return FALSE;
    }

  path = dup_database_path (self);
  self->store = qc_store_open (path, &error);
  if (self->store == NULL)
    {
      show_store_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* Benchmark */

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Milliseconds since the kernel started the process (10 ms resolution) */
static double
ms_since_process_start (void)
{
  g_autofree char *stat = NULL;
  unsigned long long start_ticks = 0;
  struct timespec now;
  const char *p;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL)
      || (p = strrchr (stat, ')')) == NULL
      || sscanf (p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
                 &start_ticks) != 1
      || clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return -1.0;

  return (now.tv_sec * 1000.0 + now.tv_nsec / 1e6) - start_ticks * 1000.0 / sysconf (_SC_CLK_TCK);
}

static char *
dup_peak_memory (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (line = strstr (status, "VmHWM:")) == NULL)
    return g_strdup ("unknown");

  line += strlen ("VmHWM:");
  while (*line == ' ' || *line == '\t')
    line++;
  return g_strndup (line, strcspn (line, "\n"));
}

static void bench_next (QcApplication *self);

static void bench_wait_for_paint (QcApplication *self);

/* After an article opens, one frame shows it and the next its claim list
 * (see qc-claim-list.c): both times are printed. */
static void
on_bench_after_paint_cb (GdkFrameClock *clock,
                         QcApplication *self)
{
  QcClaimList *list = QC_CLAIM_LIST (qc_window_get_claim_list (self->bench_window));

  g_clear_signal_handler (&self->bench_paint_id, clock);
  if (self->bench_opening)
    {
      self->bench_opening = FALSE;
      self->bench_shown_ms = ms_since (self->bench_start);
      /* Rows of an article not seen lately come in after this frame.
       * Not from an idle: the text view lays out the rest of a long
       * article in idles of higher priority, between frames */
      if (qc_claim_list_get_rows_pending (list))
        {
          bench_wait_for_paint (self);
          return;
        }
    }
  self->bench_list_ms = ms_since (self->bench_start);
  bench_next (self);
}

static void
bench_wait_for_paint (QcApplication *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->bench_window));

  self->bench_paint_id = g_signal_connect (clock, "after-paint",
                                           G_CALLBACK (on_bench_after_paint_cb), self);
  gtk_widget_queue_draw (GTK_WIDGET (self->bench_window));
}

/* @fraction of the way down, or one page further when negative */
static void
bench_scroll (QcApplication *self,
              double         fraction)
{
  GtkTextView *text_view = qc_article_view_get_text_view (qc_window_get_article_view (self->bench_window));
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (text_view));
  double value = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment);

  if (fraction >= 0)
    value = gtk_adjustment_get_lower (adjustment)
            + fraction * (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_lower (adjustment));
  gtk_adjustment_set_value (adjustment, value);
  bench_wait_for_paint (self);
}

/* Frame times depend on it: software OpenGL (llvmpipe, under Xvfb) takes
 * tens of ms to draw the window that the Cairo renderer draws in a few. */
static const char *
bench_renderer_name (QcApplication *self)
{
  GtkNative *native = GTK_NATIVE (self->bench_window);
  GskRenderer *renderer = gtk_native_get_renderer (native);

  return renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none";
}

static gint64
find_other_article (QcApplication *self)
{
  g_autoptr(GListModel) articles = qc_store_list_articles (self->store, NULL);

  for (guint i = 0; articles != NULL && i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(QcArticle) article = g_list_model_get_item (articles, i);

      if (qc_article_get_id (article) != self->bench_article_id)
        return qc_article_get_id (article);
    }

  return 0;
}

static void
bench_open (QcApplication *self,
            gint64         article_id)
{
  g_autoptr(GError) error = NULL;

  self->bench_start = g_get_monotonic_time ();
  if (!qc_window_open_article (self->bench_window, article_id, &error))
    {
      g_printerr ("benchmark: %s\n", error->message);
      g_application_quit (G_APPLICATION (self));
      return;
    }
  self->bench_opening = TRUE;
  bench_wait_for_paint (self);
}

static void
on_bench_idle_done_cb (gpointer user_data)
{
  QcApplication *self = user_data;

  self->bench_timer_id = 0;
  bench_open (self, self->bench_other_id);
}

static void
bench_next (QcApplication *self)
{
  g_autofree char *peak = NULL;
  QcArticleView *view;
  GListModel *claims;
  double before_main;

  switch (self->bench_step++)
    {
    case 0:
      claims = qc_article_view_get_claims (qc_window_get_article_view (self->bench_window));
      peak = dup_peak_memory ();
      before_main = ms_since_process_start () - ms_since (self->main_time);
      g_print ("benchmark: %s opened as article %" G_GINT64_FORMAT ", shown with %u claims highlighted: "
               "%.0f ms after process start (%.0f ms after main); claim list filled %.0f ms after process start\n",
               self->benchmark_path, self->bench_article_id,
               claims != NULL ? g_list_model_get_n_items (claims) : 0,
               before_main + self->bench_shown_ms, self->bench_shown_ms, before_main + self->bench_list_ms);
      g_print ("benchmark: renderer %s\n", bench_renderer_name (self));
      g_print ("benchmark: peak memory (VmHWM) %s\n", peak);

      self->bench_other_id = find_other_article (self);
      if (self->bench_other_id == 0)
        {
          g_print ("benchmark: switch: no other article in the database to switch to\n");
          g_application_quit (G_APPLICATION (self));
          return;
        }
      /* As a reader would: the window is idle a moment before the switch */
      self->bench_timer_id = g_timeout_add_once (1000, on_bench_idle_done_cb, self);
      break;

    case 1:
      g_print ("benchmark: switch to article %" G_GINT64_FORMAT " (1 s after): %.1f ms (claim list filled %.1f ms)\n",
               self->bench_other_id, self->bench_shown_ms, self->bench_list_ms);
      bench_open (self, self->bench_article_id);
      break;

    case 2:
      g_print ("benchmark: switch back to article %" G_GINT64_FORMAT ": %.1f ms (claim list filled %.1f ms)\n",
               self->bench_article_id, self->bench_shown_ms, self->bench_list_ms);

      /* An edit: the evidence of the first claim, as key 2 does */
      view = qc_window_get_article_view (self->bench_window);
      qc_window_set_selected_claim_id (self->bench_window,
                                       qc_article_view_get_adjacent_claim (view, 0, TRUE));
      self->bench_start = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (self->bench_window), "claim.set-evidence", "s", "supported");
      bench_wait_for_paint (self);
      break;

    case 3:
      g_print ("benchmark: set evidence: %.1f ms\n", ms_since (self->bench_start));
      self->bench_start = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (self->bench_window), "win.undo", NULL);
      bench_wait_for_paint (self);
      break;

    case 4:
      g_print ("benchmark: undo: %.1f ms\n", ms_since (self->bench_start));
      self->bench_start = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (self->bench_window), "win.next-claim", NULL);
      bench_wait_for_paint (self);
      break;

    case 5:
      g_print ("benchmark: next claim: %.1f ms\n", ms_since (self->bench_start));
      /* Scrolling: a jump to the middle, then a page down from there */
      self->bench_start = g_get_monotonic_time ();
      bench_scroll (self, 0.5);
      break;

    case 6:
      g_print ("benchmark: scroll to the middle: %.1f ms\n", ms_since (self->bench_start));
      self->bench_start = g_get_monotonic_time ();
      bench_scroll (self, -1.0);
      break;

    case 7:
    default:
      g_print ("benchmark: page down: %.1f ms\n", ms_since (self->bench_start));
      peak = dup_peak_memory ();
      g_application_quit (G_APPLICATION (self));
      break;
    }
}

static gboolean
on_bench_import_check_cb (gpointer user_data)
{
  QcApplication *self = user_data;

  if (qc_window_is_importing (self->bench_window) || qc_window_get_article_id (self->bench_window) != 0)
    return G_SOURCE_CONTINUE;

  /* The window shows why in a toast */
  self->bench_timer_id = 0;
  g_printerr ("benchmark: %s could not be opened\n", self->benchmark_path);
  g_application_quit (G_APPLICATION (self));
  return G_SOURCE_REMOVE;
}

static void
on_bench_window_notify_article_id_cb (QcApplication *self,
                                      GParamSpec    *pspec,
                                      QcWindow      *window)
{
  if (qc_window_get_article_id (window) == 0)
    return;

  g_signal_handlers_disconnect_by_func (window, on_bench_window_notify_article_id_cb, self);
  g_clear_handle_id (&self->bench_timer_id, g_source_remove);
  self->bench_article_id = qc_window_get_article_id (window);
  self->bench_opening = TRUE;
  bench_wait_for_paint (self);
}

/* As `quotecheck FILE` opens it: read in a thread while the window is
 * built, opened when read */
static void
run_benchmark (QcApplication *self)
{
  g_autoptr(GFile) file = g_file_new_for_path (self->benchmark_path);
  QcFileOpening *opening;

  self->bench_start = self->main_time;
  opening = qc_window_begin_open_file (self->store, file);
  self->bench_window = create_window (self);
  g_signal_connect_object (self->bench_window, "notify::article-id",
                           G_CALLBACK (on_bench_window_notify_article_id_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self->bench_window));
  qc_window_finish_open_file (self->bench_window, opening);
  self->bench_timer_id = g_timeout_add (50, on_bench_import_check_cb, self);
}

/* Files and windows once the database is open */
static void
run_pending (QcApplication *self)
{
  g_autoptr(GPtrArray) files = g_steal_pointer (&self->pending_files);
  QcWindow *window;

  self->pending_files = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->benchmark_path != NULL)
    {
      run_benchmark (self);
      return;
    }

  window = find_window (self);
  if (window == NULL)
    {
      /* Files are read while the window is built: a long article takes
       * as long to read as the window to build, and there are two cores */
      g_autoptr(GPtrArray) openings = g_ptr_array_new ();

      for (guint i = 0; i < files->len; i++)
        g_ptr_array_add (openings, qc_window_begin_open_file (self->store, g_ptr_array_index (files, i)));
      window = create_window (self);
      if (files->len == 0)
        qc_window_restore_last_article (window);
      for (guint i = 0; i < openings->len; i++)
        qc_window_finish_open_file (window, g_ptr_array_index (openings, i));
    }
  else
    for (guint i = 0; i < files->len; i++)
      qc_window_open_file (window, g_ptr_array_index (files, i));

  /* Keyboard first: j, k and 1-4 work at once */
  if (qc_window_get_article_id (window) != 0)
    gtk_widget_grab_focus (GTK_WIDGET (qc_window_get_article_view (window)));
  gtk_window_present (GTK_WINDOW (window));
}

/* Actions */

static void
qc_application_quit_action (GSimpleAction *action,
                            GVariant      *param,
                            gpointer       user_data)
{
  QcApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  g_assert (QC_IS_APPLICATION (self));

  /* Closing (not destroying) lets each window save its size */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *iter = windows; iter != NULL; iter = iter->next)
    gtk_window_close (iter->data);
}

static void
qc_application_about_action (GSimpleAction *action,
                             GVariant      *param,
                             gpointer       user_data)
{
  static const char *developers[] = { "The Quotecheck developers", NULL };
  QcApplication *self = user_data;

  g_assert (QC_IS_APPLICATION (self));

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("Quotecheck"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Quotecheck developers"),
                         "developers", developers,
                         "version", PACKAGE_VERSION,
                         "website", "https://github.com/quotecheck/quotecheck",
                         "issue-url", "https://github.com/quotecheck/quotecheck/issues",
                         "copyright", _("© 2026 The Quotecheck developers"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: your name, one translator per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "quit", qc_application_quit_action },
  { "about", qc_application_about_action },
};

/* GApplication overrides */

static int
qc_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  QcApplication *self = QC_APPLICATION (application);
  const char *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", g_get_application_name (), PACKAGE_VERSION);
      return 0;
    }

  /* Another database or a benchmark is a separate instance: a running
   * Quotecheck must not take the files into its own database. */
  if (g_variant_dict_lookup (options, "db", "^&ay", &path))
    {
      self->db_path = g_canonicalize_filename (path, NULL);
      g_application_set_flags (application, g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }
  if (g_variant_dict_lookup (options, "benchmark-open", "^&ay", &path))
    {
      self->benchmark_path = g_canonicalize_filename (path, NULL);
      g_application_set_flags (application, g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
    }

  return -1;
}

static void
qc_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  QcApplication *self = QC_APPLICATION (application);

  G_APPLICATION_CLASS (qc_application_parent_class)->startup (application);

  self->settings = qc_application_create_settings ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
}

static void
qc_application_activate (GApplication *application)
{
  QcApplication *self = QC_APPLICATION (application);

  if (ensure_store (self))
    run_pending (self);
}

static void
qc_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  QcApplication *self = QC_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    g_ptr_array_add (self->pending_files, g_object_ref (files[i]));

  if (ensure_store (self))
    run_pending (self);
}

static void
qc_application_shutdown (GApplication *application)
{
  QcApplication *self = QC_APPLICATION (application);

  G_APPLICATION_CLASS (qc_application_parent_class)->shutdown (application);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
}

/* GObject overrides */

static void
qc_application_finalize (GObject *object)
{
  QcApplication *self = QC_APPLICATION (object);

  g_clear_handle_id (&self->bench_timer_id, g_source_remove);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->pending_files, g_ptr_array_unref);
  g_free (self->db_path);
  g_free (self->benchmark_path);

  G_OBJECT_CLASS (qc_application_parent_class)->finalize (object);
}

static void
qc_application_class_init (QcApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = qc_application_finalize;

  application_class->handle_local_options = qc_application_handle_local_options;
  application_class->startup = qc_application_startup;
  application_class->activate = qc_application_activate;
  application_class->open = qc_application_open;
  application_class->shutdown = qc_application_shutdown;
}

static void
qc_application_init (QcApplication *self)
{
  static const GOptionEntry options[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Use the database at PATH instead of the usual one"), N_("PATH") },
    { "benchmark-open", 0, 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Import and show FILE, print how long it took and the peak memory, then quit"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };

  self->main_time = g_get_monotonic_time ();
  self->pending_files = g_ptr_array_new_with_free_func (g_object_unref);

  g_application_add_main_option_entries (G_APPLICATION (self), options);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Import the articles in FILE… and check their claims"));
}

/* Public API */

QcApplication *
qc_application_new (void)
{
  return g_object_new (QC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/quotecheck/Quotecheck",
                       NULL);
}

/**
 * qc_application_get_store:
 *
 * Returns: (transfer none) (nullable): the database, %NULL before it is
 *   open
 */
QcStore *
qc_application_get_store (QcApplication *self)
{
  g_return_val_if_fail (QC_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * qc_application_open_database:
 * @path: a Quotecheck database file (created when missing)
 * @error: return location for a #GError
 *
 * Opens @path and, when that worked, replaces every window with one over
 * the new database, which is remembered for the next start. On failure
 * nothing changes.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_application_open_database (QcApplication  *self,
                              const char     *path,
                              GError        **error)
{
  g_autoptr(QcStore) store = NULL;
  g_autoptr(GList) windows = NULL;
  QcWindow *window;

  g_return_val_if_fail (QC_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  store = qc_store_open (path, error);
  if (store == NULL)
    return FALSE;

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  g_set_object (&self->store, store);
  remember_database (self, path);

  /* The new window first, so the application never runs out of windows */
  window = create_window (self);
  gtk_window_present (GTK_WINDOW (window));
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  return TRUE;
}

/**
 * qc_application_create_settings:
 *
 * Run uninstalled without GSETTINGS_SCHEMA_DIR, the application still
 * works; it only forgets its state.
 *
 * Returns: (transfer full) (nullable): the application's settings, or
 *   %NULL when the schema is not installed
 */
GSettings *
qc_application_create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    {
      g_debug ("GSettings schema %s not installed; settings are not saved", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}
