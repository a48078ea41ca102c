/* qc-application.c: the Quotecheck application
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-application"

#include "config.h"

#include <glib/gi18n.h>

#include "qc-application.h"
#include "qc-window.h"

struct _QcApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (QcApplication, qc_application, ADW_TYPE_APPLICATION)

/* Helpers */

/* A window that shows nothing yet is reused for the first file opened. */
static QcWindow *
find_empty_window (QcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (QC_IS_WINDOW (window) && qc_window_get_file (QC_WINDOW (window)) == NULL)
    return QC_WINDOW (window);

  return NULL;
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
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", g_get_application_name (), PACKAGE_VERSION);
      return 0;
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

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
}

static void
qc_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (qc_window_new (GTK_APPLICATION (application)));

  gtk_window_present (window);
}

static void
qc_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  QcApplication *self = QC_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      QcWindow *window = find_empty_window (self);

      if (window == NULL)
        window = qc_window_new (GTK_APPLICATION (self));

      qc_window_open_file (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
    }
}

/* GObject overrides */

static void
qc_application_class_init (QcApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->handle_local_options = qc_application_handle_local_options;
  application_class->startup = qc_application_startup;
  application_class->activate = qc_application_activate;
  application_class->open = qc_application_open;
}

static void
qc_application_init (QcApplication *self)
{
  static const GOptionEntry options[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    G_OPTION_ENTRY_NULL
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
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
