/* qc-cli-common.h: what every command file of quotecheck-cli shares
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked into both programs. quotecheck-cli links only the engine, so
 * the one store helper, qc_cli_open_store(), exists only where
 * QC_CLI_HELPER is defined (quotecheck-cli-store).
 */

#pragma once

#include <glib.h>
#include <json-c/json.h>
#include <stdio.h>

#ifdef QC_CLI_HELPER
#include "qc-store.h"
#endif

G_BEGIN_DECLS

/* The name in every message, whichever of the two programs runs */
#define QC_CLI_PROGRAM "quotecheck-cli"

/* Exit statuses */
enum
{
  QC_CLI_STATUS_OK = 0,
  QC_CLI_STATUS_ERROR = 1,  /* unreadable or invalid input, write error */
  QC_CLI_STATUS_USAGE = 2,  /* bad command line */
};

typedef struct
{
  const char *name;
  const char *synopsis;
  const char *summary;
  int       (*run) (const char *synopsis,
                    int         argc,
                    char      **argv);
} QcCliCommand;

int                 qc_cli_fail            (const char          *message);
int                 qc_cli_usage_error     (const char          *synopsis,
                                            const char          *message);
gboolean            qc_cli_parse_options   (const char          *command,
                                            const char          *parameters,
                                            const char          *summary,
                                            GOptionEntry        *entries,
                                            int                 *argc,
                                            char              ***argv,
                                            const char          *synopsis);
int                 qc_cli_write_output    (GString             *out);
int                 qc_cli_write_bytes     (GBytes              *bytes);
void                qc_cli_append_json     (GString             *out,
                                            json_object         *root);
void                qc_cli_append_cell     (GString             *out,
                                            const char          *str,
                                            gsize                length,
                                            guint                width,
                                            gboolean             pad);
char               *qc_cli_read_stdin      (gsize                max_length,
                                            gsize               *length,
                                            GError             **error);
const QcCliCommand *qc_cli_find_command    (const QcCliCommand  *commands,
                                            guint                n_commands,
                                            const char          *name);
void                qc_cli_print_commands  (FILE                *out,
                                            const QcCliCommand  *commands,
                                            guint                n_commands);
int                 qc_cli_run_command     (const QcCliCommand  *commands,
                                            guint                n_commands,
                                            int                  argc,
                                            char               **argv,
                                            const char          *synopsis);

#ifdef QC_CLI_HELPER
QcStore            *qc_cli_open_store      (const char          *db,
                                            GError             **error);
#endif

G_END_DECLS
