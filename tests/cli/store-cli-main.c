/* store-cli-main.c: quotecheck-store-cli, the database commands alone,
 * for the tests until quotecheck-cli dispatches to them
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "qc-cli-store.h"

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("quotecheck-cli");

  if (argc < 2)
    {
      qc_cli_store_print_help (stderr);
      return 2;
    }
  return qc_cli_store_run (argc - 1, argv + 1);
}
