/* qc-export-markdown.c: a Markdown report (CommonMark with GFM tables)
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * User text is escaped so that it renders as the same text: Markdown and
 * HTML syntax in a note or a quote stays visible, never becomes markup.
 */

#define G_LOG_DOMAIN "qc-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qc-export-private.h"

/* Characters with a meaning anywhere in a line; "$" for renderers with
 * TeX math. */
#define INLINE_SPECIALS "\\`*_[]<>#|~&$"

/* Appends @text (one line, no newline) escaped; @line_start: the text
 * begins a line, where "-", "+", "=" and "1." start blocks. */
static void
escape_line (GString    *out,
             const char *text,
             gsize       length,
             gboolean    line_start)
{
  const char *end = text + length;
  const char *p = text;

  if (line_start)
    {
      const char *digits;

      while (p < end && (*p == ' ' || *p == '\t'))
        p++;
      if (p < end && (*p == '-' || *p == '+' || *p == '='))
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p++);
        }
      digits = p;
      while (p < end && g_ascii_isdigit (*p))
        p++;
      g_string_append_len (out, digits, p - digits);
      if (p > digits && p < end && (*p == '.' || *p == ')'))
        {
          g_string_append_c (out, '\\');
          g_string_append_c (out, *p++);
        }
    }
  for (; p < end; p++)
    {
      if (*p == '\r' || *p == '\n')
        {
          g_string_append_c (out, ' ');
          continue;
        }
      if (strchr (INLINE_SPECIALS, *p) != NULL && *p != '\0')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

static void
escape (GString    *out,
        const char *text)
{
  if (text != NULL)
    escape_line (out, text, strlen (text), FALSE);
}

/* A block of text, possibly several lines, each prefixed by @prefix ("> "
 * for a quotation); blank lines kept as paragraph breaks. */
static void
escape_block (GString    *out,
              const char *text,
              const char *prefix)
{
  const char *p = text;

  while (TRUE)
    {
      const char *newline = strchr (p, '\n');
      gsize length = newline ? (gsize) (newline - p) : strlen (p);

      g_string_append (out, prefix);
      escape_line (out, p, length, TRUE);
      /* A hard line break inside a paragraph: two spaces. */
      if (newline != NULL && newline[1] != '\n' && length > 0)
        g_string_append (out, "  ");
      g_string_append_c (out, '\n');
      if (newline == NULL)
        break;
      p = newline + 1;
    }
}

/* A link when the URL is http(s) or mailto; the text alone otherwise. */
static void
append_link (GString    *out,
             const char *label,
             const char *url)
{
  if (!_qc_export_is_safe_url (url))
    {
      escape (out, label && *label ? label : url);
      return;
    }
  g_string_append_c (out, '[');
  escape (out, label && *label ? label : url);
  g_string_append (out, "](<");
  for (const char *p = url; *p; p++)
    {
      if (*p == '<' || *p == '>' || *p == '\\')
        g_string_append_printf (out, "%%%02X", (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append (out, ">)");
}

/* Most claims first, then by name */
static int
compare_by_total (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  const char *x = *(const char **) a;
  const char *y = *(const char **) b;
  guint *cx = g_hash_table_lookup (user_data, x);
  guint *cy = g_hash_table_lookup (user_data, y);

  if (cx[0] != cy[0])
    return cx[0] > cy[0] ? -1 : 1;
  return g_utf8_collate (x, y);
}

static void
append_summary (GString  *out,
                QcReport *report)
{
  static const QcEvidence order[] = {
    QC_EVIDENCE_SUPPORTED, QC_EVIDENCE_UNSUPPORTED, QC_EVIDENCE_DISPUTED, QC_EVIDENCE_UNASSESSED,
  };
  g_autoptr(GHashTable) per_speaker = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_string_append_printf (out, "## %s\n\n", _("Summary"));
  g_string_append_printf (out, "| %s | %s |\n|---|---:|\n", _("Evidence"), _("Claims"));
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_string_append_printf (out, "| %s | %u |\n", _qc_export_evidence_label (order[i]),
                            report->n_by_evidence[order[i]]);
  g_string_append_printf (out, "| **%s** | **%u** |\n\n", _("Total"), report->n_claims);

  /* Claims per speaker, in order of first appearance */
  for (guint i = 0; i < report->articles->len; i++)
    {
      QcReportArticle *article = g_ptr_array_index (report->articles, i);

      for (guint k = 0; k < article->claims->len; k++)
        {
          QcReportClaim *item = g_ptr_array_index (article->claims, k);
          char *name = item->speaker ? g_strdup (qc_speaker_get_name (item->speaker))
                                     : g_strdup (qc_claim_get_speaker_name (item->claim)
                                                 ? qc_claim_get_speaker_name (item->claim) : _("Unattributed"));
          guint *counts = g_hash_table_lookup (per_speaker, name);

          if (counts == NULL)
            {
              counts = g_new0 (guint, QC_EVIDENCE_DISPUTED + 2);
              g_hash_table_insert (per_speaker, name, counts);
              g_ptr_array_add (names, name);
            }
          else
            g_free (name);
          counts[0]++;
          counts[1 + qc_claim_get_evidence (item->claim)]++;
        }
    }
  if (names->len == 0)
    return;
  g_ptr_array_sort_with_data (names, compare_by_total, per_speaker);
  g_string_append_printf (out, "| %s | %s | %s | %s | %s | %s |\n|---|---:|---:|---:|---:|---:|\n",
                          _("Speaker"), _("Claims"), _qc_export_evidence_label (QC_EVIDENCE_SUPPORTED),
                          _qc_export_evidence_label (QC_EVIDENCE_UNSUPPORTED),
                          _qc_export_evidence_label (QC_EVIDENCE_DISPUTED),
                          _qc_export_evidence_label (QC_EVIDENCE_UNASSESSED));
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      guint *counts = g_hash_table_lookup (per_speaker, name);

      g_string_append (out, "| ");
      escape (out, name);
      g_string_append_printf (out, " | %u | %u | %u | %u | %u |\n", counts[0],
                              counts[1 + QC_EVIDENCE_SUPPORTED], counts[1 + QC_EVIDENCE_UNSUPPORTED],
                              counts[1 + QC_EVIDENCE_DISPUTED], counts[1 + QC_EVIDENCE_UNASSESSED]);
    }
  g_string_append_c (out, '\n');
}

typedef struct
{
  gsize at;       /* byte offset into the body */
  guint number;
} Marker;

static int
compare_markers (gconstpointer a,
                 gconstpointer b)
{
  const Marker *x = a;
  const Marker *y = b;

  if (x->at != y->at)
    return x->at < y->at ? -1 : 1;
  return x->number < y->number ? -1 : x->number > y->number;
}

/* The body with a bold [n] where each claim starts. */
static void
append_text (GString         *out,
             QcReportArticle *article)
{
  QcText *text = article->text;
  const char *data = qc_text_get_data (text);
  guint n_paragraphs = 0;
  const QcRange *paragraphs = qc_text_get_paragraphs (text, &n_paragraphs);
  g_autoptr(GArray) markers = g_array_new (FALSE, FALSE, sizeof (Marker));
  guint next = 0;

  for (guint k = 0; k < article->claims->len; k++)
    {
      QcReportClaim *item = g_ptr_array_index (article->claims, k);
      gsize start = qc_claim_get_start (item->claim);
      Marker marker;

      if (qc_claim_get_orphaned (item->claim) || start >= qc_text_get_n_chars (text))
        continue;
      marker.at = qc_text_char_to_byte (text, start);
      marker.number = item->number;
      g_array_append_val (markers, marker);
    }
  g_array_sort (markers, compare_markers);

  for (guint i = 0; i < n_paragraphs; i++)
    {
      gsize at = paragraphs[i].start;
      gboolean line_start = TRUE;
      const char *title = qc_article_get_title (article->article);

      /* A text file's first line is often the headline, shown above. */
      if (i == 0 && title != NULL && strlen (title) == paragraphs[i].end - at
          && memcmp (title, data + at, paragraphs[i].end - at) == 0
          && (markers->len == 0 || g_array_index (markers, Marker, 0).at >= paragraphs[i].end))
        continue;

      while (next < markers->len && g_array_index (markers, Marker, next).at < at)
        next++;
      while (at < paragraphs[i].end)
        {
          gsize stop = paragraphs[i].end;
          const char *newline;

          while (next < markers->len && g_array_index (markers, Marker, next).at == at)
            {
              g_string_append_printf (out, "**\\[%u\\]** ", g_array_index (markers, Marker, next).number);
              next++;
              line_start = FALSE;
            }
          if (next < markers->len)
            stop = MIN (stop, g_array_index (markers, Marker, next).at);
          newline = memchr (data + at, '\n', stop - at);
          if (newline != NULL)
            stop = (gsize) (newline - data);
          escape_line (out, data + at, stop - at, line_start);
          line_start = FALSE;
          at = stop;
          if (newline != NULL)
            {
              g_string_append (out, "  \n");
              at++;
              line_start = TRUE;
            }
        }
      g_string_append (out, "\n\n");
    }
}

static void
append_claim (GString       *out,
              QcReportClaim *item,
              const char    *heading)
{
  QcClaim *claim = item->claim;
  g_autofree char *speaker = _qc_export_speaker_label (item);
  const char *rating = qc_claim_get_rating (claim);
  const char *note = qc_claim_get_note (claim);

  g_string_append_printf (out, "%s %u\\. ", heading, item->number);
  escape (out, speaker);
  g_string_append_printf (out, " — %s\n\n", _qc_export_kind_label (qc_claim_get_kind (claim)));
  escape_block (out, item->text, "> ");
  g_string_append_c (out, '\n');

  g_string_append_printf (out, "- **%s:** %s\n", _("Evidence"),
                          _qc_export_evidence_label (qc_claim_get_evidence (claim)));
  if (rating != NULL && *rating != '\0')
    {
      g_string_append_printf (out, "- **%s:** ", _("Rating"));
      escape (out, rating);
      g_string_append_c (out, '\n');
    }
  if (note != NULL && *note != '\0')
    {
      g_string_append_printf (out, "- **%s:** ", _("Note"));
      escape (out, note);
      g_string_append_c (out, '\n');
    }
  if (qc_claim_get_review_state (claim) != QC_REVIEW_STATE_DRAFT)
    g_string_append_printf (out, "- **%s:** %s\n", _("Review"),
                            _qc_export_review_state_label (qc_claim_get_review_state (claim)));
  if (qc_claim_get_orphaned (claim))
    g_string_append_printf (out, "- **%s**\n", _("Not found in the current text of the article"));
  if (item->sources->len > 0)
    {
      g_string_append_printf (out, "- **%s:**\n", _("Sources"));
      for (guint i = 0; i < item->sources->len; i++)
        {
          QcEvidenceSource *source = g_ptr_array_index (item->sources, i);

          g_string_append (out, "  - ");
          append_link (out, source->title && *source->title ? source->title : source->url, source->url);
          g_string_append_printf (out, " (%s)", _qc_export_stance_label (source->stance));
          if (source->note != NULL && *source->note != '\0')
            {
              g_string_append (out, " — ");
              escape (out, source->note);
            }
          g_string_append_c (out, '\n');
        }
    }
  if (item->comments->len > 0)
    {
      g_string_append_printf (out, "- **%s:**\n", _("Comments"));
      for (guint i = 0; i < item->comments->len; i++)
        {
          QcComment *comment = g_ptr_array_index (item->comments, i);

          g_string_append (out, "  - *");
          escape (out, comment->annotator_name);
          g_string_append (out, ":* ");
          escape (out, comment->text);
          g_string_append_c (out, '\n');
        }
    }
  g_string_append_c (out, '\n');
}

static void
append_article_header (GString         *out,
                       QcReportArticle *article,
                       const char      *heading)
{
  g_autofree char *byline = _qc_export_byline (article->article);
  const char *url = qc_article_get_url (article->article);

  if (heading != NULL)
    {
      g_string_append_printf (out, "%s ", heading);
      escape (out, _qc_export_article_title (article->article));
      g_string_append (out, "\n\n");
    }
  if (byline != NULL)
    {
      g_string_append_c (out, '*');
      escape (out, byline);
      g_string_append (out, "*\n\n");
    }
  if (url != NULL && *url != '\0')
    {
      append_link (out, url, url);
      g_string_append (out, "\n\n");
    }
}

static gboolean
write_markdown (QcExporter             *exporter,
                QcReport               *report,
                const QcExportOptions  *options,
                GByteArray             *out,
                GError                 **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *when = _qc_export_format_time (report->generated_at);
  gboolean single = report->scope == QC_EXPORT_SCOPE_ARTICLE;

  g_string_append (text, "# ");
  escape (text, report->title);
  g_string_append (text, "\n\n");
  if (single)
    append_article_header (text, g_ptr_array_index (report->articles, 0), NULL);
  g_string_append (text, "*");
  {
    g_autofree char *prepared = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "Fact-check report by %s, %s. %u claim.",
                                                             "Fact-check report by %s, %s. %u claims.",
                                                             report->n_claims),
                                                 _qc_export_organisation (report, options), when,
                                                 report->n_claims);

    escape (text, prepared);
  }
  g_string_append (text, "*\n\n");

  append_summary (text, report);

  for (guint i = 0; i < report->articles->len; i++)
    {
      QcReportArticle *article = g_ptr_array_index (report->articles, i);

      if (!single)
        append_article_header (text, article, "##");
      if (report->include_text)
        {
          g_string_append_printf (text, "%s %s\n\n", single ? "##" : "###", _("Article"));
          append_text (text, article);
        }
      g_string_append_printf (text, "%s %s\n\n", single ? "##" : "###", _("Claims"));
      if (article->claims->len == 0)
        g_string_append_printf (text, "%s\n\n", _("No claims."));
      for (guint k = 0; k < article->claims->len; k++)
        append_claim (text, g_ptr_array_index (article->claims, k), single ? "###" : "####");
    }

  g_byte_array_append (out, (const guint8 *) text->str, (guint) text->len);
  return TRUE;
}

QC_DEFINE_EXPORTER (QcMarkdownExporter, _qc_markdown_exporter, QC_EXPORT_FORMAT_MARKDOWN, write_markdown)
