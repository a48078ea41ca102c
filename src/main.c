/* main.c: the entry point of the Quotecheck application
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-main"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "qc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(QcApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Quotecheck"));

  app = qc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
