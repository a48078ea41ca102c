/* qc-export-html.c: a self-contained HTML report
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One file, inline CSS, no scripts, no external resources (a Content
 * Security Policy says so too, in case a mail client or browser is
 * lenient). Every piece of user text goes through escape_text() or
 * escape_attribute(); links are made only of http, https and mailto URLs.
 */

#define G_LOG_DOMAIN "qc-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qc-export-private.h"

static const char stylesheet[] =
  ":root{--ink:#1d2330;--muted:#5b6473;--line:#dde1e7;--paper:#fff;--wash:#f5f6f8;"
  "--sup:#1f7a3a;--sup-bg:rgba(46,160,67,.20);--uns:#b3261e;--uns-bg:rgba(229,72,77,.18);"
  "--dis:#9a5b00;--dis-bg:rgba(245,159,0,.26);--una:#4a5a78;--una-bg:rgba(98,120,170,.16);"
  "--serif:Charter,'Bitstream Charter','Sitka Text',Cambria,'Noto Serif','DejaVu Serif',Georgia,serif;"
  "--sans:system-ui,-apple-system,'Segoe UI',Cantarell,'Noto Sans','DejaVu Sans',Roboto,Helvetica,Arial,sans-serif}"
  "*{box-sizing:border-box}"
  "html{-webkit-text-size-adjust:100%;print-color-adjust:exact;-webkit-print-color-adjust:exact}"
  "body{margin:0;background:var(--wash);color:var(--ink);font:15px/1.5 var(--sans)}"
  ".page{max-width:980px;margin:0 auto;padding:40px 48px 56px;background:var(--paper);"
  "box-shadow:0 1px 3px rgba(0,0,0,.08)}"
  "a{color:#1a5fb4}"
  "header.report{border-bottom:3px solid var(--ink);padding-bottom:18px;margin-bottom:28px}"
  ".kicker{margin:0 0 6px;font-size:12px;font-weight:700;letter-spacing:.12em;text-transform:uppercase;color:var(--muted)}"
  "h1{margin:0 0 10px;font:700 32px/1.2 var(--serif);overflow-wrap:anywhere}"
  "h2{margin:36px 0 14px;font-size:13px;font-weight:700;letter-spacing:.1em;text-transform:uppercase;"
  "color:var(--muted);border-bottom:1px solid var(--line);padding-bottom:6px}"
  "h2.article-title{font:700 24px/1.25 var(--serif);letter-spacing:0;text-transform:none;color:var(--ink);"
  "border:0;margin-top:44px;overflow-wrap:anywhere}"
  "h3{margin:28px 0 12px;font-size:12px;font-weight:700;letter-spacing:.1em;text-transform:uppercase;color:var(--muted)}"
  ".meta{margin:2px 0;color:var(--muted);overflow-wrap:anywhere}"
  ".meta.prepared{margin-top:10px;font-size:13px}"
  ".cards{display:grid;grid-template-columns:repeat(5,1fr);gap:10px;margin:0 0 14px}"
  ".card{border:1px solid var(--line);border-left-width:5px;border-radius:6px;padding:10px 12px}"
  ".card b{display:block;font-size:26px;line-height:1.1}"
  ".card span{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}"
  ".card.total{border-left-color:var(--ink)}"
  ".card.ev-supported{border-left-color:var(--sup)}.card.ev-unsupported{border-left-color:var(--uns)}"
  ".card.ev-disputed{border-left-color:var(--dis)}.card.ev-unassessed{border-left-color:var(--una)}"
  ".bar{display:flex;height:10px;border-radius:5px;overflow:hidden;background:var(--line);margin:0 0 22px}"
  ".bar i{display:block}.bar .ev-supported{background:var(--sup)}.bar .ev-unsupported{background:var(--uns)}"
  ".bar .ev-disputed{background:var(--dis)}.bar .ev-unassessed{background:#9aa7c0}"
  "table{width:100%;border-collapse:collapse;font-size:14px}"
  "th{text-align:left;font-size:11px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;"
  "color:var(--muted);border-bottom:2px solid var(--line);padding:8px 10px}"
  "td{border-bottom:1px solid var(--line);padding:10px;vertical-align:top;overflow-wrap:anywhere}"
  "td.n,th.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}"
  "table.claims{table-layout:fixed}table.claims td.num{overflow-wrap:normal;white-space:nowrap;text-align:center}"
  "col.c-num{width:3.6em}col.c-claim{width:39%}col.c-speaker{width:17%}col.c-evidence{width:14%}"
  "td.zero{color:#b8bec8}"
  ".role{display:block;color:var(--muted);font-size:13px}"
  ".legend{display:flex;flex-wrap:wrap;gap:14px;margin:0 0 14px;font-size:13px;color:var(--muted)}"
  ".legend span::before{content:'';display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:6px;vertical-align:-1px}"
  ".legend .ev-supported::before{background:var(--sup-bg);box-shadow:inset 0 -2px var(--sup)}"
  ".legend .ev-unsupported::before{background:var(--uns-bg);box-shadow:inset 0 -2px var(--uns)}"
  ".legend .ev-disputed::before{background:var(--dis-bg);box-shadow:inset 0 -2px var(--dis)}"
  ".legend .ev-unassessed::before{background:var(--una-bg);box-shadow:inset 0 -2px var(--una)}"
  ".text{font:17px/1.7 var(--serif);max-width:44em}"
  ".text p{margin:0 0 1em;white-space:pre-line;overflow-wrap:anywhere}"
  "mark{color:inherit;background:none;border-radius:2px;padding:1px 0;-webkit-box-decoration-break:clone;"
  "box-decoration-break:clone}"
  "mark.ev-supported{background:var(--sup-bg);box-shadow:inset 0 -2px var(--sup)}"
  "mark.ev-unsupported{background:var(--uns-bg);box-shadow:inset 0 -2px var(--uns)}"
  "mark.ev-disputed{background:var(--dis-bg);box-shadow:inset 0 -2px var(--dis)}"
  "mark.ev-unassessed{background:var(--una-bg);box-shadow:inset 0 -2px var(--una)}"
  "a.ref{display:inline-block;min-width:1.5em;margin:0 3px 0 1px;padding:0 4px;border-radius:8px;"
  "background:var(--ink);color:#fff;font:700 10px/1.6 var(--sans);text-align:center;text-decoration:none;"
  "vertical-align:2px}"
  "table.claims td.num a{display:inline-block;min-width:1.8em;padding:1px 5px;border-radius:9px;background:var(--ink);"
  "color:#fff;font-weight:700;font-size:12px;text-align:center;text-decoration:none}"
  "blockquote{margin:0 0 6px;font:16px/1.5 var(--serif);white-space:pre-line}"
  ".kind{font-size:12px;color:var(--muted)}"
  ".badge{display:inline-block;padding:2px 9px;border-radius:10px;font-size:12px;font-weight:700;white-space:nowrap}"
  ".badge.ev-supported{background:var(--sup-bg);color:var(--sup)}"
  ".badge.ev-unsupported{background:var(--uns-bg);color:var(--uns)}"
  ".badge.ev-disputed{background:var(--dis-bg);color:var(--dis)}"
  ".badge.ev-unassessed{background:var(--una-bg);color:var(--una)}"
  ".rating{margin-top:6px;font-weight:600}"
  ".review{margin-top:4px;font-size:12px;color:var(--muted)}"
  ".note{white-space:pre-line;margin:0 0 6px}"
  ".orphan{margin-top:6px;font-size:12px;color:var(--uns)}"
  "ul.sources,ul.comments{margin:4px 0 0;padding-left:18px;font-size:13px}"
  "ul.sources li,ul.comments li{margin:2px 0}"
  ".stance{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}"
  ".stance.supports{color:var(--sup)}.stance.refutes{color:var(--uns)}"
  ".comments .who{font-weight:600}"
  ".empty{color:var(--muted);font-style:italic}"
  "footer{margin-top:40px;padding-top:12px;border-top:1px solid var(--line);font-size:12px;color:var(--muted)}"
  "@media (max-width:720px){.page{padding:20px}.cards{grid-template-columns:repeat(2,1fr)}h1{font-size:26px}}"
  "@media print{@page{size:A4;margin:16mm 14mm 18mm}"
  "body{background:none;font-size:10.5pt}.page{max-width:none;margin:0;padding:0;box-shadow:none}"
  "h1{font-size:22pt}h2{break-after:avoid}h2.article-title{font-size:16pt}"
  ".text{font-size:11.5pt;max-width:none}.text p{orphans:3;widows:3}"
  ".cards,.bar,table.speakers tr,.legend{break-inside:avoid}"
  "thead{display:table-header-group}tr{break-inside:avoid}"
  "a{color:inherit;text-decoration:none}"
  "ul.sources a[href]::after{content:' <' attr(href) '>';font-size:8.5pt;color:var(--muted);overflow-wrap:anywhere}"
  "a.ref{background:none;color:var(--ink);border:1px solid var(--ink);vertical-align:1px}"
  "col.c-num{width:2.8em}col.c-claim{width:37%}col.c-speaker{width:16%}col.c-evidence{width:16%}"
  ".badge{font-size:8pt;padding:1px 6px}table{font-size:9.5pt}blockquote{font-size:10.5pt}}";

/* Text: & < > " ' escaped; C0 controls (except tab and newline) and
 * invalid UTF-8 become U+FFFD, which the HTML parser would otherwise
 * treat as errors. */
static void
escape_len (GString    *out,
            const char *text,
            gsize       length)
{
  const char *end = text + length;
  const char *p = text;

  while (p < end)
    {
      const char *next;
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append (out, "\xEF\xBF\xBD");
          p++;
          continue;
        }
      next = g_utf8_next_char (p);
      switch (c)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&#39;");
          break;
        default:
          if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0))
            g_string_append (out, "\xEF\xBF\xBD");
          else
            g_string_append_len (out, p, next - p);
        }
      p = next;
    }
}

static void
escape (GString    *out,
        const char *text)
{
  if (text != NULL)
    escape_len (out, text, strlen (text));
}

static const char *
evidence_class (QcEvidence evidence)
{
  switch (evidence)
    {
    case QC_EVIDENCE_SUPPORTED:
      return "ev-supported";
    case QC_EVIDENCE_UNSUPPORTED:
      return "ev-unsupported";
    case QC_EVIDENCE_DISPUTED:
      return "ev-disputed";
    case QC_EVIDENCE_UNASSESSED:
    default:
      return "ev-unassessed";
    }
}

static void
append_link (GString    *out,
             const char *url,
             const char *label,
             const char *klass)
{
  if (!_qc_export_is_safe_url (url))
    {
      escape (out, label && *label ? label : url);
      return;
    }
  g_string_append (out, "<a");
  if (klass != NULL)
    g_string_append_printf (out, " class=\"%s\"", klass);
  g_string_append (out, " href=\"");
  escape (out, url);
  g_string_append (out, "\" rel=\"noopener noreferrer\">");
  escape (out, label && *label ? label : url);
  g_string_append (out, "</a>");
}

/* Header and summary */

static void
append_header (GString                *out,
               QcReport               *report,
               const QcExportOptions  *options)
{
  g_autofree char *when = _qc_export_format_time (report->generated_at);

  g_string_append (out, "<header class=\"report\">\n<p class=\"kicker\">");
  escape (out, _("Fact-check report"));
  g_string_append (out, "</p>\n<h1>");
  escape (out, report->title);
  g_string_append (out, "</h1>\n");

  if (report->scope == QC_EXPORT_SCOPE_ARTICLE)
    {
      QcReportArticle *article = g_ptr_array_index (report->articles, 0);
      g_autofree char *byline = _qc_export_byline (article->article);
      const char *url = qc_article_get_url (article->article);

      if (byline != NULL)
        {
          g_string_append (out, "<p class=\"meta\">");
          escape (out, byline);
          g_string_append (out, "</p>\n");
        }
      if (url != NULL && *url != '\0')
        {
          g_string_append (out, "<p class=\"meta\">");
          append_link (out, url, url, NULL);
          g_string_append (out, "</p>\n");
        }
    }
  else if (report->scope == QC_EXPORT_SCOPE_SPEAKER && report->subject != NULL)
    {
      const char *role = qc_speaker_get_role (report->subject);

      if (role != NULL && *role != '\0')
        {
          g_string_append (out, "<p class=\"meta\">");
          escape (out, role);
          g_string_append (out, "</p>\n");
        }
    }

  g_string_append (out, "<p class=\"meta prepared\">");
  {
    g_autofree char *prepared = g_strdup_printf (_("Prepared by %s · %s"),
                                                 _qc_export_organisation (report, options), when);

    escape (out, prepared);
  }
  g_string_append (out, "</p>\n</header>\n");
}

typedef struct
{
  char        *name;
  const char  *role;
  guint        counts[QC_EVIDENCE_DISPUTED + 1];
  guint        total;
} SpeakerRow;

static void
speaker_row_free (gpointer data)
{
  SpeakerRow *row = data;

  g_free (row->name);
  g_free (row);
}

static int
compare_speaker_rows (gconstpointer a,
                      gconstpointer b)
{
  const SpeakerRow *x = *(SpeakerRow **) a;
  const SpeakerRow *y = *(SpeakerRow **) b;

  if (x->total != y->total)
    return x->total > y->total ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

static const QcEvidence evidence_order[] = {
  QC_EVIDENCE_SUPPORTED, QC_EVIDENCE_UNSUPPORTED, QC_EVIDENCE_DISPUTED, QC_EVIDENCE_UNASSESSED,
};

static void
append_summary (GString  *out,
                QcReport *report)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (speaker_row_free);
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);

  g_string_append (out, "<section class=\"summary\">\n<h2>");
  escape (out, _("Summary"));
  g_string_append (out, "</h2>\n<div class=\"cards\">\n");
  g_string_append_printf (out, "<div class=\"card total\"><b>%u</b><span>", report->n_claims);
  escape (out, _("Claims"));
  g_string_append (out, "</span></div>\n");
  for (guint i = 0; i < G_N_ELEMENTS (evidence_order); i++)
    {
      g_string_append_printf (out, "<div class=\"card %s\"><b>%u</b><span>", evidence_class (evidence_order[i]),
                              report->n_by_evidence[evidence_order[i]]);
      escape (out, _qc_export_evidence_label (evidence_order[i]));
      g_string_append (out, "</span></div>\n");
    }
  g_string_append (out, "</div>\n");

  if (report->n_claims > 0)
    {
      g_string_append (out, "<div class=\"bar\" aria-hidden=\"true\">");
      for (guint i = 0; i < G_N_ELEMENTS (evidence_order); i++)
        {
          guint n = report->n_by_evidence[evidence_order[i]];
          char width[G_ASCII_DTOSTR_BUF_SIZE];

          if (n == 0)
            continue;
          g_ascii_formatd (width, sizeof width, "%.3f", 100.0 * n / report->n_claims);
          g_string_append_printf (out, "<i class=\"%s\" style=\"width:%s%%\"></i>",
                                  evidence_class (evidence_order[i]), width);
        }
      g_string_append (out, "</div>\n");
    }

  for (guint i = 0; i < report->articles->len; i++)
    {
      QcReportArticle *article = g_ptr_array_index (report->articles, i);

      for (guint k = 0; k < article->claims->len; k++)
        {
          QcReportClaim *item = g_ptr_array_index (article->claims, k);
          const char *name = item->speaker ? qc_speaker_get_name (item->speaker)
                                           : qc_claim_get_speaker_name (item->claim);
          SpeakerRow *row;

          if (name == NULL)
            name = _("Unattributed");
          row = g_hash_table_lookup (by_name, name);
          if (row == NULL)
            {
              row = g_new0 (SpeakerRow, 1);
              row->name = g_strdup (name);
              row->role = item->speaker ? qc_speaker_get_role (item->speaker) : NULL;
              g_ptr_array_add (rows, row);
              g_hash_table_insert (by_name, row->name, row);
            }
          row->total++;
          row->counts[qc_claim_get_evidence (item->claim)]++;
        }
    }
  g_ptr_array_sort (rows, compare_speaker_rows);

  if (rows->len > 0)
    {
      g_string_append (out, "<table class=\"speakers\">\n<thead><tr><th>");
      escape (out, _("Speaker"));
      g_string_append (out, "</th><th class=\"n\">");
      escape (out, _("Claims"));
      g_string_append (out, "</th>");
      for (guint i = 0; i < G_N_ELEMENTS (evidence_order); i++)
        {
          g_string_append (out, "<th class=\"n\">");
          escape (out, _qc_export_evidence_label (evidence_order[i]));
          g_string_append (out, "</th>");
        }
      g_string_append (out, "</tr></thead>\n<tbody>\n");
      for (guint r = 0; r < rows->len; r++)
        {
          SpeakerRow *row = g_ptr_array_index (rows, r);

          g_string_append (out, "<tr><td>");
          escape (out, row->name);
          if (row->role != NULL && *row->role != '\0')
            {
              g_string_append (out, "<span class=\"role\">");
              escape (out, row->role);
              g_string_append (out, "</span>");
            }
          g_string_append_printf (out, "</td><td class=\"n\">%u</td>", row->total);
          for (guint i = 0; i < G_N_ELEMENTS (evidence_order); i++)
            {
              guint n = row->counts[evidence_order[i]];

              if (n == 0)
                g_string_append (out, "<td class=\"n zero\">–</td>");
              else
                g_string_append_printf (out, "<td class=\"n\">%u</td>", n);
            }
          g_string_append (out, "</tr>\n");
        }
      g_string_append (out, "</tbody>\n</table>\n");
    }
  g_string_append (out, "</section>\n");
}

/* The article with its claims highlighted.
 *
 * Claims may overlap (a partial quote inside a reported claim), so the
 * text is cut at every segment boundary; each piece is wrapped in one
 * <mark> per segment covering it, outermost first, so the tags always
 * nest and overlapping highlights darken. */

typedef QcReportSpan Span;

static void
open_mark (GString  *out,
           Span     *span,
           gboolean  at_start)
{
  QcReportClaim *item = span->claim;
  g_autofree char *speaker = _qc_export_speaker_label (item);
  g_autofree char *title = g_strdup_printf ("%u · %s · %s", item->number, speaker,
                                            _qc_export_evidence_label (qc_claim_get_evidence (item->claim)));

  g_string_append_printf (out, "<mark class=\"%s\" title=\"", evidence_class (qc_claim_get_evidence (item->claim)));
  escape (out, title);
  g_string_append (out, "\">");
  if (at_start && span->first)
    g_string_append_printf (out, "<a class=\"ref\" id=\"t%u\" href=\"#c%u\">%u</a>",
                            item->number, item->number, item->number);
}

static void
append_text (GString         *out,
             QcReportArticle *article)
{
  QcText *text = article->text;
  const char *data = qc_text_get_data (text);
  guint n_paragraphs = 0;
  const QcRange *paragraphs = qc_text_get_paragraphs (text, &n_paragraphs);
  g_autoptr(GPtrArray) spans = _qc_report_article_dup_spans (article);
  const char *language = qc_article_get_language (article->article);
  guint first_open = 0;


  g_string_append (out, "<div class=\"legend\">");
  for (guint i = 0; i < G_N_ELEMENTS (evidence_order); i++)
    {
      g_string_append_printf (out, "<span class=\"%s\">", evidence_class (evidence_order[i]));
      escape (out, _qc_export_evidence_label (evidence_order[i]));
      g_string_append (out, "</span>");
    }
  g_string_append (out, "</div>\n<div class=\"text\"");
  if (language != NULL && *language != '\0')
    {
      g_string_append (out, " lang=\"");
      escape (out, language);
      g_string_append (out, "\"");
    }
  g_string_append (out, ">\n");

  for (guint i = 0; i < n_paragraphs; i++)
    {
      gsize p_start = paragraphs[i].start;
      gsize p_end = paragraphs[i].end;
      g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
      g_autoptr(GPtrArray) here = g_ptr_array_new ();

      /* The spans that touch this paragraph (a span running over several
       * paragraphs is cut at each). */
      while (first_open < spans->len && ((Span *) g_ptr_array_index (spans, first_open))->end <= p_start)
        first_open++;
      for (guint k = first_open; k < spans->len; k++)
        {
          Span *span = g_ptr_array_index (spans, k);

          if (span->start >= p_end)
            break;
          if (span->end <= p_start)
            continue;
          g_ptr_array_add (here, span);
          g_array_append_val (cuts, span->start);
          g_array_append_val (cuts, span->end);
        }
      /* A text file's first line is often the headline, shown above. */
      if (i == 0 && here->len == 0 && qc_article_get_title (article->article) != NULL
          && strlen (qc_article_get_title (article->article)) == p_end - p_start
          && memcmp (qc_article_get_title (article->article), data + p_start, p_end - p_start) == 0)
        continue;
      g_array_append_val (cuts, p_start);
      g_array_append_val (cuts, p_end);
      g_array_sort (cuts, _qc_report_compare_offsets);

      g_string_append (out, "<p>");
      for (guint c = 0; c + 1 < cuts->len; c++)
        {
          gsize a = MAX (g_array_index (cuts, gsize, c), p_start);
          gsize b = MIN (g_array_index (cuts, gsize, c + 1), p_end);
          guint n_open = 0;

          if (a >= b)
            continue;
          for (guint k = 0; k < here->len; k++)
            {
              Span *span = g_ptr_array_index (here, k);

              if (span->start <= a && span->end >= b)
                {
                  open_mark (out, span, span->start == a);
                  n_open++;
                }
            }
          escape_len (out, data + a, b - a);
          while (n_open-- > 0)
            g_string_append (out, "</mark>");
        }
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</div>\n");
}

/* The table of claims */

static void
append_claim_row (GString       *out,
                  QcReportClaim *item,
                  gboolean       linked)
{
  QcClaim *claim = item->claim;
  QcEvidence evidence = qc_claim_get_evidence (claim);
  const char *rating = qc_claim_get_rating (claim);
  const char *note = qc_claim_get_note (claim);

  g_string_append_printf (out, "<tr id=\"c%u\"><td class=\"num\">", item->number);
  if (linked && !qc_claim_get_orphaned (claim))
    g_string_append_printf (out, "<a href=\"#t%u\">%u</a>", item->number, item->number);
  else
    g_string_append_printf (out, "<a>%u</a>", item->number);
  g_string_append (out, "</td>\n<td><blockquote>");
  escape (out, item->text);
  g_string_append (out, "</blockquote><span class=\"kind\">");
  escape (out, _qc_export_kind_label (qc_claim_get_kind (claim)));
  g_string_append (out, "</span>");
  if (qc_claim_get_orphaned (claim))
    {
      g_string_append (out, "<div class=\"orphan\">");
      escape (out, _("Not found in the current text of the article"));
      g_string_append (out, "</div>");
    }
  g_string_append (out, "</td>\n<td>");

  if (item->speaker != NULL)
    {
      const char *role = qc_speaker_get_role (item->speaker);

      escape (out, qc_speaker_get_name (item->speaker));
      if (role != NULL && *role != '\0')
        {
          g_string_append (out, "<span class=\"role\">");
          escape (out, role);
          g_string_append (out, "</span>");
        }
    }
  else if (qc_claim_get_speaker_name (claim) != NULL)
    escape (out, qc_claim_get_speaker_name (claim));
  else
    {
      g_string_append (out, "<span class=\"empty\">");
      escape (out, _("Unattributed"));
      g_string_append (out, "</span>");
    }

  g_string_append_printf (out, "</td>\n<td><span class=\"badge %s\">", evidence_class (evidence));
  escape (out, _qc_export_evidence_label (evidence));
  g_string_append (out, "</span>");
  if (rating != NULL && *rating != '\0')
    {
      g_string_append (out, "<div class=\"rating\">");
      escape (out, rating);
      g_string_append (out, "</div>");
    }
  if (qc_claim_get_review_state (claim) != QC_REVIEW_STATE_DRAFT)
    {
      g_string_append (out, "<div class=\"review\">");
      escape (out, _qc_export_review_state_label (qc_claim_get_review_state (claim)));
      g_string_append (out, "</div>");
    }
  g_string_append (out, "</td>\n<td>");

  if (note != NULL && *note != '\0')
    {
      g_string_append (out, "<p class=\"note\">");
      escape (out, note);
      g_string_append (out, "</p>");
    }
  if (item->sources->len > 0)
    {
      g_string_append (out, "<ul class=\"sources\">");
      for (guint i = 0; i < item->sources->len; i++)
        {
          QcEvidenceSource *source = g_ptr_array_index (item->sources, i);
          const char *stance = qc_stance_to_string (source->stance);

          g_string_append (out, "<li>");
          append_link (out, source->url, source->title && *source->title ? source->title : source->url, NULL);
          if ((source->url == NULL || *source->url == '\0') && (source->title == NULL || *source->title == '\0'))
            escape (out, _("Source"));
          g_string_append_printf (out, " <span class=\"stance %s\">", stance);
          escape (out, _qc_export_stance_label (source->stance));
          g_string_append (out, "</span>");
          if (source->note != NULL && *source->note != '\0')
            {
              g_string_append (out, " — ");
              escape (out, source->note);
            }
          g_string_append (out, "</li>");
        }
      g_string_append (out, "</ul>");
    }
  if (item->comments->len > 0)
    {
      g_string_append (out, "<ul class=\"comments\">");
      for (guint i = 0; i < item->comments->len; i++)
        {
          QcComment *comment = g_ptr_array_index (item->comments, i);

          g_string_append (out, "<li><span class=\"who\">");
          escape (out, comment->annotator_name);
          g_string_append (out, ":</span> ");
          escape (out, comment->text);
          g_string_append (out, "</li>");
        }
      g_string_append (out, "</ul>");
    }
  if ((note == NULL || *note == '\0') && item->sources->len == 0 && item->comments->len == 0)
    g_string_append (out, "<span class=\"empty\">–</span>");
  g_string_append (out, "</td></tr>\n");
}

static void
append_claims (GString         *out,
               QcReportArticle *article,
               gboolean         linked)
{
  if (article->claims->len == 0)
    {
      g_string_append (out, "<p class=\"empty\">");
      escape (out, _("No claims."));
      g_string_append (out, "</p>\n");
      return;
    }
  g_string_append (out, "<table class=\"claims\">\n<colgroup><col class=\"c-num\"><col class=\"c-claim\">"
                        "<col class=\"c-speaker\"><col class=\"c-evidence\"><col></colgroup>\n"
                        "<thead><tr><th class=\"n\">#</th><th>");
  escape (out, _("Claim"));
  g_string_append (out, "</th><th>");
  escape (out, _("Speaker"));
  g_string_append (out, "</th><th>");
  escape (out, _("Evidence"));
  g_string_append (out, "</th><th>");
  escape (out, _("Notes and sources"));
  g_string_append (out, "</th></tr></thead>\n<tbody>\n");
  for (guint k = 0; k < article->claims->len; k++)
    append_claim_row (out, g_ptr_array_index (article->claims, k), linked);
  g_string_append (out, "</tbody>\n</table>\n");
}

static gboolean
write_html (QcExporter             *exporter,
            QcReport               *report,
            const QcExportOptions  *options,
            GByteArray             *out,
            GError                **error)
{
  g_autoptr(GString) html = g_string_new (NULL);
  gboolean single = report->scope == QC_EXPORT_SCOPE_ARTICLE;

  g_string_append (html, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                         "style-src 'unsafe-inline'; img-src data:\">\n"
                         "<meta name=\"generator\" content=\"");
  escape (html, report->generator);
  g_string_append (html, "\">\n<title>");
  escape (html, report->title);
  g_string_append (html, " — ");
  escape (html, _("Fact-check report"));
  g_string_append (html, "</title>\n<style>");
  g_string_append (html, stylesheet);
  g_string_append (html, "</style>\n</head>\n<body>\n<div class=\"page\">\n");

  append_header (html, report, options);
  append_summary (html, report);

  for (guint i = 0; i < report->articles->len; i++)
    {
      QcReportArticle *article = g_ptr_array_index (report->articles, i);

      g_string_append (html, "<section class=\"article\">\n");
      if (!single)
        {
          g_autofree char *byline = _qc_export_byline (article->article);
          const char *url = qc_article_get_url (article->article);

          g_string_append (html, "<h2 class=\"article-title\">");
          escape (html, _qc_export_article_title (article->article));
          g_string_append (html, "</h2>\n");
          if (byline != NULL)
            {
              g_string_append (html, "<p class=\"meta\">");
              escape (html, byline);
              g_string_append (html, "</p>\n");
            }
          if (url != NULL && *url != '\0')
            {
              g_string_append (html, "<p class=\"meta\">");
              append_link (html, url, url, NULL);
              g_string_append (html, "</p>\n");
            }
        }
      if (report->include_text)
        {
          g_string_append (html, single ? "<h2>" : "<h3>");
          escape (html, _("Article"));
          g_string_append (html, single ? "</h2>\n" : "</h3>\n");
          append_text (html, article);
        }
      g_string_append (html, single ? "<h2>" : "<h3>");
      escape (html, _("Claims"));
      g_string_append (html, single ? "</h2>\n" : "</h3>\n");
      append_claims (html, article, report->include_text);
      g_string_append (html, "</section>\n");
    }

  g_string_append (html, "<footer>");
  {
    g_autofree char *footer = report->include_text
                               ? g_strdup_printf (_("Generated by %s. Claim numbers in the text match the "
                                                    "table; highlight colours show the evidence assessment."),
                                                  report->generator)
                               : g_strdup_printf (_("Generated by %s."), report->generator);

    escape (html, footer);
  }
  g_string_append (html, "</footer>\n</div>\n</body>\n</html>\n");

  g_byte_array_append (out, (const guint8 *) html->str, (guint) html->len);
  return TRUE;
}

QC_DEFINE_EXPORTER (QcHtmlExporter, _qc_html_exporter, QC_EXPORT_FORMAT_HTML, write_html)
