/* qc-export-pdf.c: a paginated PDF report, laid out with pango and cairo
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same content as the HTML report: header, summary, the article with
 * its claims highlighted and numbered, the table of claims. Everything
 * is laid out line by line: a paragraph, a long quote or a table row
 * that does not fit continues on the next page (the table header is
 * repeated), so nothing is ever clipped. Pages are A4 or Letter, with
 * "Page N of M" in the footer; the layout runs twice, the first time to
 * count the pages.
 *
 * User text reaches pango only as plain text with attributes, or through
 * markup_escape(): never as markup of its own.
 */

#define G_LOG_DOMAIN "qc-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "qc-export-private.h"

#define SERIF "Charter, Source Serif Pro, Noto Serif, DejaVu Serif, Liberation Serif, serif"
#define SANS  "Cantarell, Noto Sans, DejaVu Sans, Liberation Sans, sans-serif"

#define MARGIN_X       54.0
#define MARGIN_TOP     54.0
#define MARGIN_BOTTOM  62.0
#define CELL_PAD_X      5.0
#define CELL_PAD_Y      6.0
#define MAX_COLUMNS     8

typedef struct
{
  double r, g, b;
} Rgb;

static const Rgb ink = { 0x1d / 255.0, 0x23 / 255.0, 0x30 / 255.0 };
static const Rgb muted = { 0x5b / 255.0, 0x64 / 255.0, 0x73 / 255.0 };
static const Rgb rule = { 0xdd / 255.0, 0xe1 / 255.0, 0xe7 / 255.0 };

/* Per evidence state: the strong colour and the highlight's */
static const Rgb evidence_colour[] = {
  [QC_EVIDENCE_UNASSESSED] = { 0x4a / 255.0, 0x5a / 255.0, 0x78 / 255.0 },
  [QC_EVIDENCE_SUPPORTED] = { 0x1f / 255.0, 0x7a / 255.0, 0x3a / 255.0 },
  [QC_EVIDENCE_UNSUPPORTED] = { 0xb3 / 255.0, 0x26 / 255.0, 0x1e / 255.0 },
  [QC_EVIDENCE_DISPUTED] = { 0x9a / 255.0, 0x5b / 255.0, 0x00 / 255.0 },
};
static const Rgb evidence_wash[] = {
  [QC_EVIDENCE_UNASSESSED] = { 0x62 / 255.0, 0x78 / 255.0, 0xaa / 255.0 },
  [QC_EVIDENCE_SUPPORTED] = { 0x2e / 255.0, 0xa0 / 255.0, 0x43 / 255.0 },
  [QC_EVIDENCE_UNSUPPORTED] = { 0xe5 / 255.0, 0x48 / 255.0, 0x4d / 255.0 },
  [QC_EVIDENCE_DISPUTED] = { 0xf5 / 255.0, 0x9f / 255.0, 0x00 / 255.0 },
};
static const char *evidence_badge_bg[] = {
  [QC_EVIDENCE_UNASSESSED] = "#e4e8f1",
  [QC_EVIDENCE_SUPPORTED] = "#d6efdc",
  [QC_EVIDENCE_UNSUPPORTED] = "#fadadb",
  [QC_EVIDENCE_DISPUTED] = "#fdebc4",
};
static const char *evidence_badge_fg[] = {
  [QC_EVIDENCE_UNASSESSED] = "#4a5a78",
  [QC_EVIDENCE_SUPPORTED] = "#1f7a3a",
  [QC_EVIDENCE_UNSUPPORTED] = "#b3261e",
  [QC_EVIDENCE_DISPUTED] = "#9a5b00",
};

static const QcEvidence evidence_order[] = {
  QC_EVIDENCE_SUPPORTED, QC_EVIDENCE_UNSUPPORTED, QC_EVIDENCE_DISPUTED, QC_EVIDENCE_UNASSESSED,
};

/* A table's columns; the header is repeated on every page it spans. */
typedef struct
{
  guint           n_columns;
  double          widths[MAX_COLUMNS];
  PangoAlignment  align[MAX_COLUMNS];
  const char     *headers[MAX_COLUMNS];
} Table;

typedef struct
{
  cairo_t       *cr;
  PangoContext  *context;
  double         width;
  double         height;
  double         y;
  guint          page;          /* 1-based */
  guint          n_pages;       /* 0 in the counting pass */
  const char    *footer;
  const Table   *table;         /* the table being drawn, for its header */
} Pdf;

/* Text */

/* Escapes @text for pango markup; control characters (which GMarkup
 * refuses even as references) and invalid UTF-8 become U+FFFD. */
static void
markup_escape (GString    *out,
               const char *text)
{
  const char *end;

  if (text == NULL)
    return;
  end = text + strlen (text);
  for (const char *p = text; p < end;)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);
      const char *next;

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
          if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0)
              || c == 0xfffe || c == 0xffff)
            g_string_append (out, "\xEF\xBF\xBD");
          else
            g_string_append_len (out, p, next - p);
        }
      p = next;
    }
}

static PangoLayout *
new_layout (Pdf         *pdf,
            const char  *family,
            double       size,
            double       width)
{
  PangoLayout *layout = pango_layout_new (pdf->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (family);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  /* No inserted hyphens and no ligatures: the text copied or extracted
   * from the PDF is the text of the article. */
  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("liga=0, clig=0, dlig=0"));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

/* Our own markup around escaped user text; never fails with a warning. */
static void
set_markup (PangoLayout *layout,
            const char  *markup)
{
  g_autoptr(GError) error = NULL;
  PangoAttrList *parsed = NULL;
  PangoAttrList *base = pango_layout_get_attributes (layout);
  g_autofree char *text = NULL;

  if (!pango_parse_markup (markup, -1, 0, &parsed, &text, NULL, &error))
    {
      g_debug ("Bad report markup: %s", error->message);
      pango_layout_set_text (layout, markup, -1);
      return;
    }
  if (base != NULL)
    {
      PangoAttrList *merged = pango_attr_list_copy (base);
      GSList *list = pango_attr_list_get_attributes (parsed);

      for (GSList *l = list; l != NULL; l = l->next)
        pango_attr_list_change (merged, l->data);
      g_slist_free (list);
      pango_attr_list_unref (parsed);
      parsed = merged;
    }
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_attributes (layout, parsed);
  pango_attr_list_unref (parsed);
}

/* Lines of a layout: top and height of each line's slot, in points from
 * the layout's top, and its baseline. */
typedef struct
{
  PangoLayoutLine *line;
  double           x;
  double           top;
  double           height;
  double           baseline;
} Line;

static GArray *
layout_lines (PangoLayout *layout)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int total_height;

  do
    {
      PangoRectangle logical;
      Line line;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.line = pango_layout_iter_get_line_readonly (iter);
      line.x = (double) logical.x / PANGO_SCALE;
      line.top = (double) logical.y / PANGO_SCALE;
      line.height = (double) logical.height / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      g_array_append_val (lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  /* A line's slot reaches to the next line's top (line spacing). */
  pango_layout_get_size (layout, NULL, &total_height);
  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      double next = i + 1 < lines->len ? g_array_index (lines, Line, i + 1).top
                                       : MAX ((double) total_height / PANGO_SCALE, line->top + line->height);

      line->height = MAX (line->height, next - line->top);
    }
  return lines;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

/* Pages */

static double
bottom (Pdf *pdf)
{
  return pdf->height - MARGIN_BOTTOM;
}

static double
content_width (Pdf *pdf)
{
  return pdf->width - 2 * MARGIN_X;
}

static void
set_colour (cairo_t   *cr,
            const Rgb *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

static void
draw_line_at (Pdf        *pdf,
              const Line *line,
              double      x,
              double      y_top)
{
  cairo_move_to (pdf->cr, x + line->x, y_top + (line->baseline - line->top));
  pango_cairo_show_layout_line (pdf->cr, line->line);
}

static void
draw_footer (Pdf *pdf)
{
  g_autoptr(PangoLayout) left = new_layout (pdf, SANS, 7.5, content_width (pdf) * 0.7);
  g_autoptr(PangoLayout) right = new_layout (pdf, SANS, 7.5, content_width (pdf) * 0.3);
  g_autofree char *page = NULL;
  double y = pdf->height - MARGIN_BOTTOM + 22;

  if (pdf->n_pages > 0)
    page = g_strdup_printf (_("Page %u of %u"), pdf->page, pdf->n_pages);
  else
    page = g_strdup_printf (_("Page %u of %u"), pdf->page, 999u);

  cairo_save (pdf->cr);
  set_colour (pdf->cr, &rule);
  cairo_set_line_width (pdf->cr, 0.6);
  cairo_move_to (pdf->cr, MARGIN_X, y - 6);
  cairo_line_to (pdf->cr, pdf->width - MARGIN_X, y - 6);
  cairo_stroke (pdf->cr);

  set_colour (pdf->cr, &muted);
  pango_layout_set_text (left, pdf->footer, -1);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  cairo_move_to (pdf->cr, MARGIN_X, y);
  pango_cairo_show_layout (pdf->cr, left);
  pango_layout_set_text (right, page, -1);
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  cairo_move_to (pdf->cr, pdf->width - MARGIN_X - content_width (pdf) * 0.3, y);
  pango_cairo_show_layout (pdf->cr, right);
  cairo_restore (pdf->cr);
}

static void draw_table_header (Pdf *pdf);

static void
new_page (Pdf *pdf)
{
  draw_footer (pdf);
  cairo_show_page (pdf->cr);
  pdf->page++;
  pdf->y = MARGIN_TOP;
  if (pdf->table != NULL)
    draw_table_header (pdf);
}

/* Starts a new page unless @height fits below the cursor. */
static void
need (Pdf    *pdf,
      double  height)
{
  if (pdf->y + height > bottom (pdf) && pdf->y > MARGIN_TOP + 0.5)
    new_page (pdf);
}

/* Draws @layout at the left margin (plus @indent) line by line, breaking
 * to a new page between lines. Returns the height used on the last page. */
static void
flow_layout (Pdf         *pdf,
             PangoLayout *layout,
             double       indent)
{
  g_autoptr(GArray) lines = layout_lines (layout);

  for (guint i = 0; i < lines->len; i++)
    {
      const Line *line = &g_array_index (lines, Line, i);

      need (pdf, line->height);
      draw_line_at (pdf, line, MARGIN_X + indent, pdf->y);
      pdf->y += line->height;
    }
}

static void
flow_markup (Pdf        *pdf,
             const char *family,
             double      size,
             const Rgb  *colour,
             const char *markup,
             double      space_after)
{
  g_autoptr(PangoLayout) layout = new_layout (pdf, family, size, content_width (pdf));

  set_markup (layout, markup);
  cairo_save (pdf->cr);
  set_colour (pdf->cr, colour);
  flow_layout (pdf, layout, 0);
  cairo_restore (pdf->cr);
  pdf->y += space_after;
}

static void
flow_text (Pdf        *pdf,
           const char *family,
           double      size,
           const Rgb  *colour,
           const char *text,
           double      space_after)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  markup_escape (markup, text);
  flow_markup (pdf, family, size, colour, markup->str, space_after);
}

static void
hrule (Pdf       *pdf,
       double     width,
       const Rgb *colour)
{
  cairo_save (pdf->cr);
  set_colour (pdf->cr, colour);
  cairo_set_line_width (pdf->cr, width);
  cairo_move_to (pdf->cr, MARGIN_X, pdf->y + width / 2);
  cairo_line_to (pdf->cr, pdf->width - MARGIN_X, pdf->y + width / 2);
  cairo_stroke (pdf->cr);
  cairo_restore (pdf->cr);
  pdf->y += width;
}

/* A small-caps section heading with a rule, kept with what follows. */
static void
section_heading (Pdf        *pdf,
                 const char *title)
{
  g_autofree char *upper = g_utf8_strup (title, -1);
  g_autoptr(GString) markup = g_string_new ("<span weight=\"bold\">");

  markup_escape (markup, upper);
  g_string_append (markup, "</span>");
  pdf->y += 14;
  need (pdf, 90);
  flow_markup (pdf, SANS, 8, &muted, markup->str, 4);
  hrule (pdf, 0.6, &rule);
  pdf->y += 10;
}

/* Tables */

static PangoLayout *
cell_layout (Pdf         *pdf,
             const Table *table,
             guint        column,
             const char  *markup,
             double       size)
{
  PangoLayout *layout = new_layout (pdf, SANS, size, table->widths[column] - 2 * CELL_PAD_X);

  pango_layout_set_alignment (layout, table->align[column]);
  set_markup (layout, markup);
  return layout;
}

static void
draw_table_header (Pdf *pdf)
{
  const Table *table = pdf->table;
  double x = MARGIN_X;
  double height = 0;
  PangoLayout *layouts[MAX_COLUMNS];

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *upper = g_utf8_strup (table->headers[c], -1);
      g_autoptr(GString) markup = g_string_new ("<span weight=\"bold\">");

      markup_escape (markup, upper);
      g_string_append (markup, "</span>");
      layouts[c] = cell_layout (pdf, table, c, markup->str, 6.2);
      height = MAX (height, layout_height (layouts[c]));
    }
  cairo_save (pdf->cr);
  set_colour (pdf->cr, &muted);
  for (guint c = 0; c < table->n_columns; c++)
    {
      cairo_move_to (pdf->cr, x + CELL_PAD_X, pdf->y + 4);
      pango_cairo_show_layout (pdf->cr, layouts[c]);
      x += table->widths[c];
      g_object_unref (layouts[c]);
    }
  cairo_restore (pdf->cr);
  pdf->y += height + 8;
  hrule (pdf, 1.2, &rule);
}

static void
table_begin (Pdf         *pdf,
             const Table *table)
{
  need (pdf, 70);
  pdf->table = table;
  draw_table_header (pdf);
}

static void
table_end (Pdf *pdf)
{
  pdf->table = NULL;
  pdf->y += 8;
}

/* One row; the cells are markup. A row taller than what is left of the
 * page is split between lines: each cell draws the lines that fit, the
 * rest continue under the repeated header on the next page. */
static void
table_row (Pdf          *pdf,
           const Table  *table,
           const char  **cells,
           const double *sizes)
{
  PangoLayout *layouts[MAX_COLUMNS] = { NULL };
  GArray *lines[MAX_COLUMNS] = { NULL };
  guint next[MAX_COLUMNS] = { 0 };
  double row_height = 0;
  gboolean done = FALSE;

  for (guint c = 0; c < table->n_columns; c++)
    {
      layouts[c] = cell_layout (pdf, table, c, cells[c] ? cells[c] : "", sizes ? sizes[c] : 9);
      lines[c] = layout_lines (layouts[c]);
      row_height = MAX (row_height, layout_height (layouts[c]));
    }

  /* Short rows are kept whole; a long one starts here if a few lines fit. */
  if (row_height + 2 * CELL_PAD_Y < (bottom (pdf) - MARGIN_TOP) / 3)
    need (pdf, row_height + 2 * CELL_PAD_Y);
  else
    need (pdf, 3 * 12 + 2 * CELL_PAD_Y);

  for (gboolean continued = FALSE; !done; continued = TRUE)
    {
      double available = bottom (pdf) - pdf->y - 2 * CELL_PAD_Y;
      double used = 0;
      double x = MARGIN_X;

      done = TRUE;
      cairo_save (pdf->cr);
      set_colour (pdf->cr, &ink);
      for (guint c = 0; c < table->n_columns; c++)
        {
          double offset = next[c] < lines[c]->len ? g_array_index (lines[c], Line, next[c]).top : 0;

          while (next[c] < lines[c]->len)
            {
              const Line *line = &g_array_index (lines[c], Line, next[c]);
              double top = line->top - offset;
              gboolean fits = top + line->height <= available;

              /* On a fresh page the first line goes in whatever its
               * height: the row always moves on. */
              if (!fits && !(continued && top == 0))
                break;
              draw_line_at (pdf, line, x + CELL_PAD_X, pdf->y + CELL_PAD_Y + top);
              used = MAX (used, top + line->height);
              next[c]++;
            }
          if (next[c] < lines[c]->len)
            done = FALSE;
          x += table->widths[c];
        }
      cairo_restore (pdf->cr);
      pdf->y += used + 2 * CELL_PAD_Y;
      if (!done)
        new_page (pdf);
    }
  hrule (pdf, 0.5, &rule);

  for (guint c = 0; c < table->n_columns; c++)
    {
      g_object_unref (layouts[c]);
      g_array_unref (lines[c]);
    }
}

/* The header and the summary */

static void
draw_header (Pdf                    *pdf,
             QcReport               *report,
             const QcExportOptions  *options)
{
  g_autofree char *kicker = g_utf8_strup (_("Fact-check report"), -1);
  g_autoptr(GString) markup = g_string_new ("<span weight=\"bold\">");
  g_autofree char *when = _qc_export_format_time (report->generated_at);
  g_autofree char *prepared = g_strdup_printf (_("Prepared by %s · %s"),
                                               _qc_export_organisation (report, options), when);

  markup_escape (markup, kicker);
  g_string_append (markup, "</span>");
  flow_markup (pdf, SANS, 7.5, &muted, markup->str, 6);

  g_string_assign (markup, "<span weight=\"bold\">");
  markup_escape (markup, report->title);
  g_string_append (markup, "</span>");
  flow_markup (pdf, SERIF, 21, &ink, markup->str, 6);

  if (report->scope == QC_EXPORT_SCOPE_ARTICLE)
    {
      QcReportArticle *article = g_ptr_array_index (report->articles, 0);
      g_autofree char *byline = _qc_export_byline (article->article);
      const char *url = qc_article_get_url (article->article);

      if (byline != NULL)
        flow_text (pdf, SANS, 9, &muted, byline, 2);
      if (url != NULL && *url != '\0')
        flow_text (pdf, SANS, 9, &muted, url, 2);
    }
  else if (report->scope == QC_EXPORT_SCOPE_SPEAKER && report->subject != NULL
           && qc_speaker_get_role (report->subject) != NULL)
    flow_text (pdf, SANS, 9, &muted, qc_speaker_get_role (report->subject), 2);

  pdf->y += 4;
  flow_text (pdf, SANS, 8, &muted, prepared, 10);
  hrule (pdf, 2.2, &ink);
  pdf->y += 6;
}

static void
draw_cards (Pdf      *pdf,
            QcReport *report)
{
  const double gap = 8;
  const double height = 42;
  double width = (content_width (pdf) - 4 * gap) / 5;
  double x = MARGIN_X;
  cairo_t *cr = pdf->cr;

  need (pdf, height + 30);
  for (guint i = 0; i < 5; i++)
    {
      const Rgb *bar = i == 0 ? &ink : &evidence_colour[evidence_order[i - 1]];
      guint count = i == 0 ? report->n_claims : report->n_by_evidence[evidence_order[i - 1]];
      const char *label = i == 0 ? _("Claims") : _qc_export_evidence_label (evidence_order[i - 1]);
      g_autoptr(PangoLayout) number = new_layout (pdf, SANS, 16, width - 14);
      g_autoptr(PangoLayout) caption = new_layout (pdf, SANS, 6.5, width - 14);
      g_autofree char *digits = g_strdup_printf ("<span weight=\"bold\">%u</span>", count);
      g_autofree char *upper = g_utf8_strup (label, -1);
      g_autoptr(GString) markup = g_string_new ("<span>");

      markup_escape (markup, upper);
      g_string_append (markup, "</span>");
      set_markup (number, digits);
      set_markup (caption, markup->str);

      cairo_save (cr);
      set_colour (cr, &rule);
      cairo_set_line_width (cr, 0.7);
      cairo_rectangle (cr, x + 0.35, pdf->y + 0.35, width - 0.7, height - 0.7);
      cairo_stroke (cr);
      set_colour (cr, bar);
      cairo_rectangle (cr, x, pdf->y, 3.5, height);
      cairo_fill (cr);
      set_colour (cr, &ink);
      cairo_move_to (cr, x + 10, pdf->y + 5);
      pango_cairo_show_layout (cr, number);
      set_colour (cr, &muted);
      cairo_move_to (cr, x + 10, pdf->y + height - 14);
      pango_cairo_show_layout (cr, caption);
      cairo_restore (cr);
      x += width + gap;
    }
  pdf->y += height + 10;

  /* The stacked bar */
  if (report->n_claims > 0)
    {
      double bx = MARGIN_X;

      cairo_save (cr);
      for (guint i = 0; i < G_N_ELEMENTS (evidence_order); i++)
        {
          double w = content_width (pdf) * report->n_by_evidence[evidence_order[i]] / report->n_claims;

          if (evidence_order[i] == QC_EVIDENCE_UNASSESSED)
            cairo_set_source_rgb (cr, 0x9a / 255.0, 0xa7 / 255.0, 0xc0 / 255.0);
          else
            set_colour (cr, &evidence_colour[evidence_order[i]]);
          cairo_rectangle (cr, bx, pdf->y, w, 6);
          cairo_fill (cr);
          bx += w;
        }
      cairo_restore (cr);
      pdf->y += 18;
    }
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

static void
draw_speaker_table (Pdf      *pdf,
                    QcReport *report)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (speaker_row_free);
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);
  double w = content_width (pdf);
  Table table = { 6, { w * 0.30, w * 0.14, w * 0.14, w * 0.14, w * 0.14, w * 0.14 },
                  { PANGO_ALIGN_LEFT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT,
                    PANGO_ALIGN_RIGHT, PANGO_ALIGN_RIGHT },
                  { _("Speaker"), _("Claims"), NULL, NULL, NULL, NULL } };

  for (guint i = 0; i < G_N_ELEMENTS (evidence_order); i++)
    table.headers[2 + i] = _qc_export_evidence_label (evidence_order[i]);

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
  if (rows->len == 0)
    return;
  g_ptr_array_sort (rows, compare_speaker_rows);

  table_begin (pdf, &table);
  for (guint r = 0; r < rows->len; r++)
    {
      SpeakerRow *row = g_ptr_array_index (rows, r);
      g_autoptr(GString) name = g_string_new (NULL);
      char *cells[6];
      double sizes[6] = { 8.5, 8.5, 8.5, 8.5, 8.5, 8.5 };

      markup_escape (name, row->name);
      if (row->role != NULL && *row->role != '\0')
        {
          g_string_append (name, "\n<span size=\"7168\" foreground=\"#5b6473\">");
          markup_escape (name, row->role);
          g_string_append (name, "</span>");
        }
      cells[0] = name->str;
      cells[1] = g_strdup_printf ("%u", row->total);
      for (guint i = 0; i < G_N_ELEMENTS (evidence_order); i++)
        {
          guint n = row->counts[evidence_order[i]];

          cells[2 + i] = n ? g_strdup_printf ("%u", n) : g_strdup ("<span foreground=\"#b8bec8\">–</span>");
        }
      table_row (pdf, &table, (const char **) cells, sizes);
      for (guint i = 1; i < 6; i++)
        g_free (cells[i]);
    }
  table_end (pdf);
}

/* The article with highlights */

typedef QcReportSpan Span;

static void
insert_attr (PangoAttrList  *attrs,
             PangoAttribute *attr,
             gsize           start,
             gsize           end)
{
  attr->start_index = (guint) start;
  attr->end_index = (guint) end;
  pango_attr_list_insert (attrs, attr);
}

static guint16
c16 (double v)
{
  return (guint16) CLAMP (v * 65535.0, 0, 65535);
}

static void
draw_legend (Pdf *pdf)
{
  double x = MARGIN_X;
  cairo_t *cr = pdf->cr;

  need (pdf, 40);
  for (guint i = 0; i < G_N_ELEMENTS (evidence_order); i++)
    {
      QcEvidence e = evidence_order[i];
      g_autoptr(PangoLayout) label = new_layout (pdf, SANS, 7.5, -1);
      int w;

      pango_layout_set_text (label, _qc_export_evidence_label (e), -1);
      pango_layout_get_size (label, &w, NULL);
      cairo_save (cr);
      cairo_set_source_rgba (cr, evidence_wash[e].r, evidence_wash[e].g, evidence_wash[e].b, 0.25);
      cairo_rectangle (cr, x, pdf->y + 1.5, 9, 9);
      cairo_fill (cr);
      set_colour (cr, &evidence_colour[e]);
      cairo_rectangle (cr, x, pdf->y + 9, 9, 1.5);
      cairo_fill (cr);
      set_colour (cr, &muted);
      cairo_move_to (cr, x + 13, pdf->y);
      pango_cairo_show_layout (cr, label);
      cairo_restore (cr);
      x += 13 + (double) w / PANGO_SCALE + 14;
    }
  pdf->y += 20;
}

static void
draw_article_text (Pdf             *pdf,
                   QcReportArticle *article)
{
  QcText *text = article->text;
  const char *data = qc_text_get_data (text);
  guint n_paragraphs = 0;
  const QcRange *paragraphs = qc_text_get_paragraphs (text, &n_paragraphs);
  g_autoptr(GPtrArray) spans = _qc_report_article_dup_spans (article);
  const char *title = qc_article_get_title (article->article);
  guint first_open = 0;


  draw_legend (pdf);

  for (guint i = 0; i < n_paragraphs; i++)
    {
      gsize p_start = paragraphs[i].start;
      gsize p_end = paragraphs[i].end;
      g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
      g_autoptr(GPtrArray) here = g_ptr_array_new ();
      g_autoptr(GString) para = g_string_new (NULL);
      g_autoptr(PangoLayout) layout = new_layout (pdf, SERIF, 10.5, content_width (pdf));
      PangoAttrList *attrs = pango_attr_list_copy (pango_layout_get_attributes (layout));

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
      if (i == 0 && here->len == 0 && title != NULL && strlen (title) == p_end - p_start
          && memcmp (title, data + p_start, p_end - p_start) == 0)
        {
          pango_attr_list_unref (attrs);
          continue;
        }
      g_array_append_val (cuts, p_start);
      g_array_append_val (cuts, p_end);
      g_array_sort (cuts, _qc_report_compare_offsets);

      for (guint c = 0; c + 1 < cuts->len; c++)
        {
          gsize a = MAX (g_array_index (cuts, gsize, c), p_start);
          gsize b = MIN (g_array_index (cuts, gsize, c + 1), p_end);
          Span *inner = NULL;
          guint depth = 0;
          gsize at;

          if (a >= b)
            continue;
          for (guint k = 0; k < here->len; k++)
            {
              Span *span = g_ptr_array_index (here, k);

              if (span->start > a || span->end < b)
                continue;
              depth++;
              inner = span;
              if (span->start == a && span->first)
                {
                  g_autofree char *number = g_strdup_printf ("\u2009%u\u2009", span->claim->number);
                  gsize n_start = para->len;

                  g_string_append (para, number);
                  insert_attr (attrs, pango_attr_background_new (c16 (ink.r), c16 (ink.g), c16 (ink.b)),
                               n_start, para->len);
                  insert_attr (attrs, pango_attr_foreground_new (65535, 65535, 65535), n_start, para->len);
                  insert_attr (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), n_start, para->len);
                  insert_attr (attrs, pango_attr_size_new ((int) (6.5 * PANGO_SCALE)), n_start, para->len);
                  insert_attr (attrs, pango_attr_family_new (SANS), n_start, para->len);
                  insert_attr (attrs, pango_attr_rise_new (2 * PANGO_SCALE), n_start, para->len);
                  g_string_append (para, "\u2009");
                }
            }
          at = para->len;
          g_string_append_len (para, data + a, b - a);
          if (inner != NULL)
            {
              QcEvidence e = qc_claim_get_evidence (inner->claim->claim);
              const Rgb *wash = &evidence_wash[e];
              const Rgb *strong = &evidence_colour[e];

              insert_attr (attrs, pango_attr_background_new (c16 (wash->r), c16 (wash->g), c16 (wash->b)),
                           at, para->len);
              insert_attr (attrs, pango_attr_background_alpha_new (c16 (MIN (0.22 + 0.14 * (depth - 1), 0.6))),
                           at, para->len);
              insert_attr (attrs, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE), at, para->len);
              insert_attr (attrs, pango_attr_underline_color_new (c16 (strong->r), c16 (strong->g), c16 (strong->b)),
                           at, para->len);
            }
        }

      pango_layout_set_text (layout, para->str, (int) para->len);
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      pango_layout_set_line_spacing (layout, 1.45);
      cairo_save (pdf->cr);
      set_colour (pdf->cr, &ink);
      flow_layout (pdf, layout, 0);
      cairo_restore (pdf->cr);
      pdf->y += 9;
    }
}

/* The claims */

static char *
claim_cell (QcReportClaim *item)
{
  GString *markup = g_string_new ("<span font_family=\"" SERIF "\" size=\"9728\">");

  markup_escape (markup, item->text);
  g_string_append (markup, "</span>\n<span size=\"7168\" foreground=\"#5b6473\">");
  markup_escape (markup, _qc_export_kind_label (qc_claim_get_kind (item->claim)));
  g_string_append (markup, "</span>");
  if (qc_claim_get_orphaned (item->claim))
    {
      g_string_append (markup, "\n<span size=\"7168\" foreground=\"#b3261e\">");
      markup_escape (markup, _("Not found in the current text of the article"));
      g_string_append (markup, "</span>");
    }
  return g_string_free (markup, FALSE);
}

static char *
speaker_cell (QcReportClaim *item)
{
  GString *markup = g_string_new (NULL);

  if (item->speaker != NULL)
    {
      const char *role = qc_speaker_get_role (item->speaker);

      markup_escape (markup, qc_speaker_get_name (item->speaker));
      if (role != NULL && *role != '\0')
        {
          g_string_append (markup, "\n<span size=\"7168\" foreground=\"#5b6473\">");
          markup_escape (markup, role);
          g_string_append (markup, "</span>");
        }
    }
  else if (qc_claim_get_speaker_name (item->claim) != NULL)
    markup_escape (markup, qc_claim_get_speaker_name (item->claim));
  else
    {
      g_string_append (markup, "<span style=\"italic\" foreground=\"#5b6473\">");
      markup_escape (markup, _("Unattributed"));
      g_string_append (markup, "</span>");
    }
  return g_string_free (markup, FALSE);
}

static char *
evidence_cell (QcReportClaim *item)
{
  QcClaim *claim = item->claim;
  QcEvidence e = qc_claim_get_evidence (claim);
  const char *rating = qc_claim_get_rating (claim);
  GString *markup = g_string_new (NULL);

  g_string_append_printf (markup, "<span weight=\"bold\" size=\"7680\" background=\"%s\" foreground=\"%s\">\u2002",
                          evidence_badge_bg[e], evidence_badge_fg[e]);
  markup_escape (markup, _qc_export_evidence_label (e));
  g_string_append (markup, "\u2002</span>");
  if (rating != NULL && *rating != '\0')
    {
      g_string_append (markup, "\n<span weight=\"bold\">");
      markup_escape (markup, rating);
      g_string_append (markup, "</span>");
    }
  if (qc_claim_get_review_state (claim) != QC_REVIEW_STATE_DRAFT)
    {
      g_string_append (markup, "\n<span size=\"7168\" foreground=\"#5b6473\">");
      markup_escape (markup, _qc_export_review_state_label (qc_claim_get_review_state (claim)));
      g_string_append (markup, "</span>");
    }
  return g_string_free (markup, FALSE);
}

static char *
notes_cell (QcReportClaim *item)
{
  const char *note = qc_claim_get_note (item->claim);
  GString *markup = g_string_new (NULL);

  if (note != NULL && *note != '\0')
    markup_escape (markup, note);
  for (guint i = 0; i < item->sources->len; i++)
    {
      QcEvidenceSource *source = g_ptr_array_index (item->sources, i);
      const char *colour = source->stance == QC_STANCE_SUPPORTS ? "#1f7a3a"
                           : source->stance == QC_STANCE_REFUTES ? "#b3261e" : "#5b6473";

      if (markup->len > 0)
        g_string_append_c (markup, '\n');
      g_string_append (markup, "<span size=\"7936\">• ");
      if (source->title != NULL && *source->title != '\0')
        markup_escape (markup, source->title);
      else if (source->url == NULL || *source->url == '\0')
        markup_escape (markup, _("Source"));
      g_string_append_printf (markup, " <span weight=\"bold\" size=\"6656\" foreground=\"%s\">", colour);
      {
        g_autofree char *stance = g_utf8_strup (_qc_export_stance_label (source->stance), -1);

        markup_escape (markup, stance);
      }
      g_string_append (markup, "</span>");
      if (source->note != NULL && *source->note != '\0')
        {
          g_string_append (markup, " — ");
          markup_escape (markup, source->note);
        }
      if (source->url != NULL && *source->url != '\0')
        {
          g_string_append (markup, "\n<span size=\"6656\" foreground=\"#1a5fb4\">");
          markup_escape (markup, source->url);
          g_string_append (markup, "</span>");
        }
      g_string_append (markup, "</span>");
    }
  for (guint i = 0; i < item->comments->len; i++)
    {
      QcComment *comment = g_ptr_array_index (item->comments, i);

      if (markup->len > 0)
        g_string_append_c (markup, '\n');
      g_string_append (markup, "<span size=\"7936\"><span weight=\"bold\">");
      markup_escape (markup, comment->annotator_name);
      g_string_append (markup, ":</span> ");
      markup_escape (markup, comment->text);
      g_string_append (markup, "</span>");
    }
  if (markup->len == 0)
    g_string_append (markup, "<span foreground=\"#b8bec8\">–</span>");
  return g_string_free (markup, FALSE);
}

static void
draw_claims (Pdf             *pdf,
             QcReportArticle *article)
{
  double w = content_width (pdf);
  Table table = { 5, { 24, (w - 24) * 0.38, (w - 24) * 0.18, (w - 24) * 0.16, (w - 24) * 0.28 },
                  { PANGO_ALIGN_CENTER, PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT, PANGO_ALIGN_LEFT },
                  { "#", _("Claim"), _("Speaker"), _("Evidence"), _("Notes and sources") } };
  double sizes[5] = { 7, 9, 8.5, 8.5, 8.5 };

  if (article->claims->len == 0)
    {
      flow_text (pdf, SANS, 9, &muted, _("No claims."), 6);
      return;
    }
  table_begin (pdf, &table);
  for (guint k = 0; k < article->claims->len; k++)
    {
      QcReportClaim *item = g_ptr_array_index (article->claims, k);
      g_autofree char *number = g_strdup_printf ("<span weight=\"bold\" background=\"#1d2330\" "
                                                 "foreground=\"#ffffff\">\u2002%u\u2002</span>", item->number);
      g_autofree char *claim = claim_cell (item);
      g_autofree char *speaker = speaker_cell (item);
      g_autofree char *evidence = evidence_cell (item);
      g_autofree char *notes = notes_cell (item);
      const char *cells[5] = { number, claim, speaker, evidence, notes };

      table_row (pdf, &table, cells, sizes);
    }
  table_end (pdf);
}

/* The whole report */

static void
draw_report (Pdf                    *pdf,
             QcReport               *report,
             const QcExportOptions  *options)
{
  gboolean single = report->scope == QC_EXPORT_SCOPE_ARTICLE;

  pdf->page = 1;
  pdf->y = MARGIN_TOP;
  draw_header (pdf, report, options);
  section_heading (pdf, _("Summary"));
  draw_cards (pdf, report);
  draw_speaker_table (pdf, report);

  for (guint i = 0; i < report->articles->len; i++)
    {
      QcReportArticle *article = g_ptr_array_index (report->articles, i);

      if (!single)
        {
          g_autofree char *byline = _qc_export_byline (article->article);
          g_autoptr(GString) markup = g_string_new ("<span weight=\"bold\">");
          const char *url = qc_article_get_url (article->article);

          pdf->y += 16;
          need (pdf, 140);
          markup_escape (markup, _qc_export_article_title (article->article));
          g_string_append (markup, "</span>");
          flow_markup (pdf, SERIF, 15, &ink, markup->str, 4);
          if (byline != NULL)
            flow_text (pdf, SANS, 8.5, &muted, byline, 2);
          if (url != NULL && *url != '\0')
            flow_text (pdf, SANS, 8.5, &muted, url, 2);
        }
      if (report->include_text)
        {
          section_heading (pdf, _("Article"));
          draw_article_text (pdf, article);
        }
      section_heading (pdf, _("Claims"));
      draw_claims (pdf, article);
    }

  {
    g_autofree char *footer = report->include_text
                               ? g_strdup_printf (_("Generated by %s. Claim numbers in the text match the "
                                                    "table; highlight colours show the evidence assessment."),
                                                  report->generator)
                               : g_strdup_printf (_("Generated by %s."), report->generator);

    pdf->y += 12;
    flow_text (pdf, SANS, 7.5, &muted, footer, 0);
  }
  draw_footer (pdf);
  cairo_show_page (pdf->cr);
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

static PangoContext *
create_context (PangoFontMap *font_map)
{
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *font_options = cairo_font_options_create ();

  /* Unhinted metrics: the same layout on any surface, in both passes. */
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, font_options);
  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_destroy (font_options);
  return context;
}

static gboolean
render_pass (QcReport               *report,
             const QcExportOptions  *options,
             PangoContext           *context,
             GByteArray             *out,
             guint                   n_pages,
             guint                  *pages_used,
             GError                **error)
{
  double width = options->paper == QC_PAPER_LETTER ? 612.0 : 595.276;
  double height = options->paper == QC_PAPER_LETTER ? 792.0 : 841.89;
  cairo_surface_t *surface;
  cairo_status_t status;
  g_autofree char *footer = g_strdup_printf ("%s — %s", report->title, _("Fact-check report"));
  Pdf pdf = { 0 };

  surface = cairo_pdf_surface_create_for_stream (out ? append_to_array : discard, out, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, report->generator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, _qc_export_organisation (report, options));

  pdf.cr = cairo_create (surface);
  pdf.context = context;
  pdf.width = width;
  pdf.height = height;
  pdf.n_pages = n_pages;
  pdf.footer = footer;
  draw_report (&pdf, report, options);
  *pages_used = pdf.page;

  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, QC_EXPORT_ERROR, QC_EXPORT_ERROR_FAILED,
                   _("Could not lay out the PDF report: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_pdf (QcExporter             *exporter,
           QcReport               *report,
           const QcExportOptions  *options,
           GByteArray             *out,
           GError                **error)
{
  PangoFontMap *font_map = pango_cairo_font_map_new ();
  PangoContext *context = create_context (font_map);
  guint n_pages = 0;
  guint used = 0;
  gboolean ok;

  ok = render_pass (report, options, context, NULL, 0, &n_pages, error)
       && render_pass (report, options, context, out, n_pages, &used, error);
  g_object_unref (context);
  g_object_unref (font_map);
  return ok;
}

QC_DEFINE_EXPORTER (QcPdfExporter, _qc_pdf_exporter, QC_EXPORT_FORMAT_PDF, write_pdf)
