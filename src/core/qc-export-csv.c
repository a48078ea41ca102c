/* qc-export-csv.c: one row per claim, RFC 4180
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * UTF-8, CRLF between records, a header row of stable English column
 * names, fields quoted when they hold a comma, a double quote, CR or LF
 * (quotes doubled). A cell that starts with = + - @ TAB or CR gets a
 * leading apostrophe, so a spreadsheet shows it as text instead of
 * running it as a formula (CSV injection).
 */

#define G_LOG_DOMAIN "qc-export"

#include "config.h"

#include <string.h>

#include "qc-export-private.h"

static const char *columns[] = {
  "number", "article_uuid", "article_title", "article_url", "claim_uuid", "kind",
  "speaker", "speaker_role", "speaker_kind", "text", "start", "end", "evidence",
  "rating", "note", "review_state", "origin", "confidence", "annotator",
  "sources", "comments", "orphaned", "created_at", "updated_at",
};

typedef struct
{
  GString *out;
  guint    column;
} Row;

static void
cell (Row        *row,
      const char *value)
{
  gboolean quote;

  if (row->column++ > 0)
    g_string_append_c (row->out, ',');
  if (value == NULL || *value == '\0')
    return;

  quote = strpbrk (value, ",\"\r\n") != NULL;
  if (quote)
    g_string_append_c (row->out, '"');
  if (strchr ("=+-@\t\r", value[0]) != NULL)
    g_string_append_c (row->out, '\'');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (row->out, '"');
      g_string_append_c (row->out, *p);
    }
  if (quote)
    g_string_append_c (row->out, '"');
}

static void
cell_take (Row  *row,
           char *value)
{
  cell (row, value);
  g_free (value);
}

static void
end_row (Row *row)
{
  g_string_append (row->out, "\r\n");
  row->column = 0;
}

static char *
sources_cell (GPtrArray *sources)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < sources->len; i++)
    {
      QcEvidenceSource *source = g_ptr_array_index (sources, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "[%s]", qc_stance_to_string (source->stance));
      if (source->title != NULL && *source->title != '\0')
        g_string_append_printf (text, " %s", source->title);
      if (source->url != NULL && *source->url != '\0')
        g_string_append_printf (text, " <%s>", source->url);
      if (source->note != NULL && *source->note != '\0')
        g_string_append_printf (text, " — %s", source->note);
    }
  return g_string_free (text, FALSE);
}

static char *
comments_cell (GPtrArray *comments)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < comments->len; i++)
    {
      QcComment *comment = g_ptr_array_index (comments, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s: %s", comment->annotator_name ? comment->annotator_name : "?",
                              comment->text);
    }
  return g_string_free (text, FALSE);
}

static gboolean
write_csv (QcExporter             *exporter,
           QcReport               *report,
           const QcExportOptions  *options,
           GByteArray             *out,
           GError                **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  Row row = { text, 0 };

  if (options->csv_bom)
    g_string_append (text, "\xEF\xBB\xBF");
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    cell (&row, columns[i]);
  end_row (&row);

  for (guint i = 0; i < report->articles->len; i++)
    {
      QcReportArticle *article = g_ptr_array_index (report->articles, i);

      for (guint k = 0; k < article->claims->len; k++)
        {
          QcReportClaim *item = g_ptr_array_index (article->claims, k);
          QcClaim *claim = item->claim;
          char confidence[G_ASCII_DTOSTR_BUF_SIZE];

          g_ascii_formatd (confidence, sizeof confidence, "%.2f", qc_claim_get_confidence (claim));
          cell_take (&row, g_strdup_printf ("%u", item->number));
          cell (&row, qc_article_get_uuid (article->article));
          cell (&row, _qc_export_article_title (article->article));
          cell (&row, qc_article_get_url (article->article));
          cell (&row, qc_claim_get_uuid (claim));
          cell (&row, qc_claim_kind_to_string (qc_claim_get_kind (claim)));
          cell (&row, item->speaker ? qc_speaker_get_name (item->speaker) : qc_claim_get_speaker_name (claim));
          cell (&row, item->speaker ? qc_speaker_get_role (item->speaker) : NULL);
          cell (&row, item->speaker ? qc_speaker_kind_to_string (qc_speaker_get_kind (item->speaker)) : NULL);
          cell (&row, item->text);
          cell_take (&row, g_strdup_printf ("%" G_GSIZE_FORMAT, qc_claim_get_start (claim)));
          cell_take (&row, g_strdup_printf ("%" G_GSIZE_FORMAT, qc_claim_get_end (claim)));
          cell (&row, qc_evidence_to_string (qc_claim_get_evidence (claim)));
          cell (&row, qc_claim_get_rating (claim));
          cell (&row, qc_claim_get_note (claim));
          cell (&row, qc_review_state_to_string (qc_claim_get_review_state (claim)));
          cell (&row, qc_claim_origin_to_string (qc_claim_get_origin (claim)));
          cell (&row, confidence);
          cell (&row, item->annotator->name);
          cell_take (&row, sources_cell (item->sources));
          cell_take (&row, comments_cell (item->comments));
          cell (&row, qc_claim_get_orphaned (claim) ? "yes" : "no");
          cell (&row, qc_claim_get_created_at (claim));
          cell (&row, qc_claim_get_updated_at (claim));
          end_row (&row);
        }
    }

  g_byte_array_append (out, (const guint8 *) text->str, (guint) text->len);
  return TRUE;
}

QC_DEFINE_EXPORTER (QcCsvExporter, _qc_csv_exporter, QC_EXPORT_FORMAT_CSV, write_csv)
