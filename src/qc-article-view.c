/* qc-article-view.c: a stored article with its claims highlighted
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-article-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "qc-article-view.h"
#include "qc-store-review.h"

/* Lines of about 70 characters read best; wider windows get wider margins. */
#define MAX_TEXT_WIDTH 720
#define MIN_MARGIN     24
#define NARROW_MARGIN  12
#define NARROW_WIDTH   480

/* A first line this short, followed by a blank line and without a full
 * stop, is the headline. */
#define MAX_TITLE_CHARS 200

/* Articles kept laid out, so switching back to one is instant */
#define MAX_CACHED_PAGES 3

#define N_EVIDENCE (QC_EVIDENCE_DISPUTED + 1)

/* More changed spans than this after an edit: lay all tags on again */
#define MAX_DIRTY_RANGES 256

typedef struct
{
  gsize start;
  gsize end;
  guint claim : 31;   /* index into Page.claims */
  guint is_cue : 1;   /* the speaker cue, not a quoted span */
} Segment;

/* One article as shown: its buffer with every tag applied, its claims in
 * text order and their segments sorted by start, for lookups by offset. */
typedef struct
{
  gint64           article_id;
  QcArticle       *article;
  GListModel      *model;
  GPtrArray       *claims;       /* borrowed from model, text order */
  GArray          *ids;          /* gint64, the keys of by_id */
  GHashTable      *by_id;        /* claim id -> index + 1 */
  GArray          *segments;     /* Segment, by start */
  GArray          *max_ends;     /* gsize: largest end of segments[0..i] */
  GtkTextBuffer   *buffer;
  gsize            n_chars;
  QcHighlightMode  mode;         /* the colour tags applied */
  gint64           selected;     /* the claim the selected tag marks */
  gboolean         stale;        /* the store changed since it was read */
  guint            counts[N_EVIDENCE];
} Page;

struct _QcArticleView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkBox            *box;
  GtkScrolledWindow *scrolled_window;
  GtkTextView       *text_view;
  GtkActionBar      *legend_bar;
  GtkBox            *evidence_legend;
  GtkLabel          *speaker_legend;
  GtkLabel          *legend_labels[N_EVIDENCE];

  /* Owned references */
  QcStore           *store;
  GtkTextTagTable   *tag_table;
  GtkTextTag        *title_tag;
  GtkTextTag        *evidence_tags[N_EVIDENCE];
  GtkTextTag        *speaker_tags[QC_ARTICLE_VIEW_N_SPEAKER_COLOURS];
  GtkTextTag        *no_speaker_tag;
  GtkTextTag        *cue_tag;
  GtkTextTag        *selected_tag;
  GtkTextTag        *emphasis_tags[N_EVIDENCE];
  GtkTextBuffer     *empty_buffer;
  GQueue             pages;        /* Page, most recent first */

  /* State */
  Page              *page;         /* shown, the head of pages, or NULL */
  gint64             selected_claim_id;
  QcHighlightMode    highlight_mode;

  /* The review layer, at the end of this file */
  GListModel        *review_pairs;
  GtkTextTag        *review_tags[QC_REVIEW_MARK_SELECTED + 1];
  GtkGesture        *review_click;
};

G_DEFINE_FINAL_TYPE (QcArticleView, qc_article_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ARTICLE_ID,
  PROP_SELECTED_CLAIM_ID,
  PROP_HIGHLIGHT_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REVIEW_PAIR_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  const char *evidence[N_EVIDENCE];
  const char *speakers[QC_ARTICLE_VIEW_N_SPEAKER_COLOURS];
  const char *no_speaker;
  const char *selected;
  const char *emphasis[N_EVIDENCE];
} Palette;

/* Adwaita palette colours (GNOME HIG). Unassessed is the yellow of a
 * highlighter pen; the others read as their meaning: green holds, red
 * lacks evidence, purple is contested. The dark style needs stronger
 * tints to be seen on a dark page; the text stays light on all of them. */
static const Palette light_palette = {
  {
    "rgba(246,211,45,0.42)",   /* yellow 3 */
    "rgba(51,209,122,0.32)",   /* green 3 */
    "rgba(237,51,59,0.22)",    /* red 2 */
    "rgba(145,65,172,0.22)",   /* purple 3 */
  },
  {
    "rgba(53,132,228,0.24)",   /* blue 3 */
    "rgba(51,209,122,0.28)",   /* green 3 */
    "rgba(246,211,45,0.40)",   /* yellow 3 */
    "rgba(255,120,0,0.24)",    /* orange 3 */
    "rgba(192,97,203,0.26)",   /* purple 2 */
    "rgba(237,51,59,0.20)",    /* red 2 */
    "rgba(152,106,68,0.26)",   /* brown 3 */
    "rgba(33,144,164,0.24)",   /* teal */
    "rgba(230,97,148,0.24)",   /* pink */
    "rgba(119,118,123,0.24)",  /* dark 1 */
  },
  "rgba(154,153,150,0.22)",
  "#1c71d8",
  {
    "rgba(246,211,45,0.80)",
    "rgba(51,209,122,0.62)",
    "rgba(237,51,59,0.45)",
    "rgba(145,65,172,0.42)",
  },
};

static const Palette dark_palette = {
  {
    "rgba(245,194,17,0.34)",   /* yellow 4 */
    "rgba(38,162,105,0.48)",   /* green 4 */
    "rgba(224,27,36,0.42)",    /* red 3 */
    "rgba(145,65,172,0.55)",   /* purple 3 */
  },
  {
    "rgba(53,132,228,0.45)",
    "rgba(38,162,105,0.45)",
    "rgba(245,194,17,0.34)",
    "rgba(255,120,0,0.36)",
    "rgba(192,97,203,0.42)",
    "rgba(224,27,36,0.40)",
    "rgba(152,106,68,0.50)",
    "rgba(33,144,164,0.48)",
    "rgba(230,97,148,0.40)",
    "rgba(154,153,150,0.36)",
  },
  "rgba(154,153,150,0.28)",
  "#78aeed",
  {
    "rgba(245,194,17,0.62)",
    "rgba(38,162,105,0.80)",
    "rgba(224,27,36,0.72)",
    "rgba(145,65,172,0.85)",
  },
};

/* Helpers */

static void
page_free (Page *page)
{
  g_clear_object (&page->article);
  g_clear_pointer (&page->claims, g_ptr_array_unref);
  g_clear_object (&page->model);
  g_clear_pointer (&page->by_id, g_hash_table_unref);
  g_clear_pointer (&page->ids, g_array_unref);
  g_clear_pointer (&page->segments, g_array_unref);
  g_clear_pointer (&page->max_ends, g_array_unref);
  g_clear_object (&page->buffer);
  g_free (page);
}

static void
set_tag_colour (GtkTextTag *tag,
                const char *property,
                const char *colour)
{
  GdkRGBA rgba;

  if (!gdk_rgba_parse (&rgba, colour))
    g_assert_not_reached ();
  g_object_set (tag, property, &rgba, NULL);
}

static void
update_tag_colours (QcArticleView *self)
{
  const Palette *palette = &light_palette;

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    palette = &dark_palette;

  for (guint i = 0; i < N_EVIDENCE; i++)
    set_tag_colour (self->evidence_tags[i], "background-rgba", palette->evidence[i]);
  for (guint i = 0; i < QC_ARTICLE_VIEW_N_SPEAKER_COLOURS; i++)
    set_tag_colour (self->speaker_tags[i], "background-rgba", palette->speakers[i]);
  set_tag_colour (self->no_speaker_tag, "background-rgba", palette->no_speaker);
  set_tag_colour (self->selected_tag, "underline-rgba", palette->selected);
  for (guint i = 0; i < N_EVIDENCE; i++)
    set_tag_colour (self->emphasis_tags[i], "background-rgba", palette->emphasis[i]);
}

/* Tags added later win where ranges overlap: the evidence colour over the
 * speaker colour (only one set is applied at a time), the cue over both,
 * and the selected claim's frame over everything. */
static void
create_tags (QcArticleView *self)
{
  static const char *evidence_names[N_EVIDENCE] = {
    "evidence-unassessed", "evidence-supported", "evidence-unsupported", "evidence-disputed",
  };

  self->tag_table = gtk_text_tag_table_new ();

  self->title_tag = gtk_text_tag_new ("title");
  g_object_set (self->title_tag,
                "scale", PANGO_SCALE_X_LARGE,
                "weight", PANGO_WEIGHT_BOLD,
                "pixels-below-lines", 6,
                NULL);
  gtk_text_tag_table_add (self->tag_table, self->title_tag);

  self->no_speaker_tag = gtk_text_tag_new ("speaker-none");
  gtk_text_tag_table_add (self->tag_table, self->no_speaker_tag);
  for (guint i = 0; i < QC_ARTICLE_VIEW_N_SPEAKER_COLOURS; i++)
    {
      g_autofree char *name = g_strdup_printf ("speaker-%u", i);

      self->speaker_tags[i] = gtk_text_tag_new (name);
      gtk_text_tag_table_add (self->tag_table, self->speaker_tags[i]);
    }

  for (guint i = 0; i < N_EVIDENCE; i++)
    {
      self->evidence_tags[i] = gtk_text_tag_new (evidence_names[i]);
      gtk_text_tag_table_add (self->tag_table, self->evidence_tags[i]);
    }

  /* The selected claim in its evidence colour, stronger */
  for (guint i = 0; i < N_EVIDENCE; i++)
    {
      g_autofree char *name = g_strdup_printf ("selected-%s", evidence_names[i]);

      self->emphasis_tags[i] = gtk_text_tag_new (name);
      gtk_text_tag_table_add (self->tag_table, self->emphasis_tags[i]);
    }

  self->cue_tag = gtk_text_tag_new ("speaker-cue");
  g_object_set (self->cue_tag,
                "underline", PANGO_UNDERLINE_SINGLE,
                "weight", PANGO_WEIGHT_SEMIBOLD,
                NULL);
  gtk_text_tag_table_add (self->tag_table, self->cue_tag);

  /* Lines above and below keep the evidence colour visible underneath.
   * No overline-rgba: GTK 4.8 frees it twice when it copies attributes. */
  self->selected_tag = gtk_text_tag_new ("selected-claim");
  g_object_set (self->selected_tag,
                "underline", PANGO_UNDERLINE_SINGLE_LINE,
                "overline", PANGO_OVERLINE_SINGLE,
                NULL);
  gtk_text_tag_table_add (self->tag_table, self->selected_tag);

  update_tag_colours (self);
}

static guint
speaker_colour (gint64 speaker_id)
{
  /* A multiplicative hash spreads consecutive ids over the palette */
  return (guint) (((guint64) speaker_id * 2654435761u) % QC_ARTICLE_VIEW_N_SPEAKER_COLOURS);
}

static GtkTextTag *
colour_tag (QcArticleView   *self,
            QcHighlightMode  mode,
            QcClaim         *claim)
{
  if (mode == QC_HIGHLIGHT_MODE_SPEAKER)
    {
      gint64 speaker_id = qc_claim_get_speaker_id (claim);

      if (speaker_id <= 0)
        return self->no_speaker_tag;
      return self->speaker_tags[speaker_colour (speaker_id)];
    }

  return self->evidence_tags[MIN ((guint) qc_claim_get_evidence (claim), N_EVIDENCE - 1)];
}

static void
apply_tag (GtkTextBuffer *buffer,
           GtkTextTag    *tag,
           gsize          start,
           gsize          end,
           gsize          n_chars)
{
  GtkTextIter start_iter;
  GtkTextIter end_iter;

  end = MIN (end, n_chars);
  if (start >= end)
    return;

  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, (int) end);
  gtk_text_buffer_apply_tag (buffer, tag, &start_iter, &end_iter);
}

static void
remove_tag (GtkTextBuffer *buffer,
            GtkTextTag    *tag)
{
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
}

static void
tag_title (QcArticleView *self,
           Page          *page,
           const char    *body)
{
  const char *newline = strchr (body, '\n');
  glong n_chars;

  if (newline == NULL || newline[1] != '\n' || newline == body || newline[-1] == '.')
    return;
  n_chars = g_utf8_strlen (body, newline - body);
  if (n_chars > MAX_TITLE_CHARS)
    return;

  apply_tag (page->buffer, self->title_tag, 0, (gsize) n_chars, page->n_chars);
}

static int
compare_segments (gconstpointer a,
                  gconstpointer b)
{
  const Segment *x = a;
  const Segment *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return 0;
}

/* Reads the claims into the page's index. The store lists them in text
 * order; segments of split quotes are sorted here. */
static void
index_claims (Page       *page,
              GListModel *model)
{
  guint n_items = g_list_model_get_n_items (model);
  gsize max_end = 0;

  g_set_object (&page->model, model);
  g_clear_pointer (&page->claims, g_ptr_array_unref);
  g_clear_pointer (&page->by_id, g_hash_table_unref);
  g_clear_pointer (&page->ids, g_array_unref);
  g_clear_pointer (&page->segments, g_array_unref);
  g_clear_pointer (&page->max_ends, g_array_unref);

  page->claims = g_ptr_array_sized_new (n_items);
  /* Sized once, so the keys of by_id never move */
  page->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_items);
  page->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  page->segments = g_array_sized_new (FALSE, FALSE, sizeof (Segment), n_items);
  memset (page->counts, 0, sizeof page->counts);

  for (guint i = 0; i < n_items; i++)
    {
      /* The model holds the reference; the page holds the model */
      g_autoptr(QcClaim) claim = g_list_model_get_item (model, i);
      guint n_segments = qc_claim_get_n_segments (claim);

      gint64 id = qc_claim_get_id (claim);

      g_ptr_array_add (page->claims, claim);
      g_array_append_val (page->ids, id);
      g_hash_table_insert (page->by_id, &g_array_index (page->ids, gint64, i), GUINT_TO_POINTER (i + 1));

      if (qc_claim_get_orphaned (claim))
        continue;

      page->counts[MIN ((guint) qc_claim_get_evidence (claim), N_EVIDENCE - 1)]++;

      for (guint j = 0; j < n_segments; j++)
        {
          const QcClaimSegment *segment = qc_claim_get_segment (claim, j);
          Segment entry = { MIN (segment->start, page->n_chars),
                            MIN (segment->end, page->n_chars), i, FALSE };

          if (entry.start < entry.end)
            g_array_append_val (page->segments, entry);
        }

      {
        Segment cue = { 0, 0, i, TRUE };

        if (qc_claim_get_cue (claim, &cue.start, &cue.end))
          {
            cue.end = MIN (cue.end, page->n_chars);
            if (cue.start < cue.end)
              g_array_append_val (page->segments, cue);
          }
      }
    }

  g_array_sort (page->segments, compare_segments);

  page->max_ends = g_array_sized_new (FALSE, FALSE, sizeof (gsize), page->segments->len);
  for (guint i = 0; i < page->segments->len; i++)
    {
      max_end = MAX (max_end, g_array_index (page->segments, Segment, i).end);
      g_array_append_val (page->max_ends, max_end);
    }
}

/* One pass over the segments, in text order: the colour of @mode on every
 * quoted span, the underline on every cue. */
static void
tag_claims (QcArticleView   *self,
            Page            *page,
            QcHighlightMode  mode)
{
  for (guint i = 0; i < page->segments->len; i++)
    {
      const Segment *segment = &g_array_index (page->segments, Segment, i);
      QcClaim *claim = g_ptr_array_index (page->claims, segment->claim);
      GtkTextTag *tag = segment->is_cue ? self->cue_tag : colour_tag (self, mode, claim);

      apply_tag (page->buffer, tag, segment->start, segment->end, page->n_chars);
    }

  page->mode = mode;
}

static void
untag_colours (QcArticleView   *self,
               Page            *page,
               QcHighlightMode  mode)
{
  if (mode == QC_HIGHLIGHT_MODE_SPEAKER)
    {
      remove_tag (page->buffer, self->no_speaker_tag);
      for (guint i = 0; i < QC_ARTICLE_VIEW_N_SPEAKER_COLOURS; i++)
        remove_tag (page->buffer, self->speaker_tags[i]);
    }
  else
    {
      for (guint i = 0; i < N_EVIDENCE; i++)
        remove_tag (page->buffer, self->evidence_tags[i]);
    }
}

static void
unmark_selected (QcArticleView *self,
                 Page          *page)
{
  if (page->selected == 0)
    return;

  remove_tag (page->buffer, self->selected_tag);
  for (guint i = 0; i < N_EVIDENCE; i++)
    remove_tag (page->buffer, self->emphasis_tags[i]);
  page->selected = 0;
}

static void
retag_colours (QcArticleView   *self,
               Page            *page,
               QcHighlightMode  mode)
{
  if (page->mode == mode)
    return;

  /* mark_selected() lays the emphasis of the new mode on again */
  unmark_selected (self, page);

  untag_colours (self, page, page->mode);
  for (guint i = 0; i < page->segments->len; i++)
    {
      const Segment *segment = &g_array_index (page->segments, Segment, i);

      if (!segment->is_cue)
        apply_tag (page->buffer, colour_tag (self, mode, g_ptr_array_index (page->claims, segment->claim)),
                   segment->start, segment->end, page->n_chars);
    }
  page->mode = mode;
}

static int
find_claim (Page   *page,
            gint64  claim_id)
{
  gpointer value;

  if (page == NULL || claim_id <= 0)
    return -1;
  value = g_hash_table_lookup (page->by_id, &claim_id);
  return value != NULL ? (int) GPOINTER_TO_UINT (value) - 1 : -1;
}

/* The selected claim is underlined and overlined; coloured by evidence,
 * its colour is also stronger. */
static void
mark_selected (QcArticleView *self,
               Page          *page,
               gint64         claim_id)
{
  GtkTextTag *emphasis = NULL;
  QcClaim *claim;
  int index;

  if (page->selected == claim_id)
    return;

  unmark_selected (self, page);

  index = find_claim (page, claim_id);
  if (index < 0)
    return;

  claim = g_ptr_array_index (page->claims, index);
  if (page->mode == QC_HIGHLIGHT_MODE_EVIDENCE)
    emphasis = self->emphasis_tags[MIN ((guint) qc_claim_get_evidence (claim), N_EVIDENCE - 1)];

  for (guint i = 0; i < qc_claim_get_n_segments (claim); i++)
    {
      const QcClaimSegment *segment = qc_claim_get_segment (claim, i);

      if (emphasis != NULL)
        apply_tag (page->buffer, emphasis, segment->start, segment->end, page->n_chars);
      apply_tag (page->buffer, self->selected_tag, segment->start, segment->end, page->n_chars);
    }
  page->selected = claim_id;
}

static void
scroll_to_claim (QcArticleView *self,
                 gint64         claim_id)
{
  GtkTextBuffer *buffer;
  GtkTextMark *mark;
  GtkTextIter iter;
  QcClaim *claim;
  int index;

  index = find_claim (self->page, claim_id);
  if (index < 0)
    return;

  claim = g_ptr_array_index (self->page->claims, index);
  buffer = self->page->buffer;
  gtk_text_buffer_get_iter_at_offset (buffer, &iter,
                                      (int) MIN (qc_claim_get_start (claim), self->page->n_chars));

  /* A mark, not an iter: a long article may not be laid out that far yet */
  mark = gtk_text_buffer_get_mark (buffer, "selected-claim");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (buffer, "selected-claim", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (buffer, mark, &iter);

  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.15, FALSE, 0.0, 0.0);
}

static void
update_legend (QcArticleView *self)
{
  static const char *names[N_EVIDENCE] = {
    N_("Unassessed"), N_("Supported"), N_("Unsupported"), N_("Disputed"),
  };
  gboolean by_speaker = self->highlight_mode == QC_HIGHLIGHT_MODE_SPEAKER;

  gtk_widget_set_visible (GTK_WIDGET (self->legend_bar), self->page != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_legend), !by_speaker);
  gtk_widget_set_visible (GTK_WIDGET (self->speaker_legend), by_speaker);

  for (guint i = 0; i < N_EVIDENCE; i++)
    {
      guint count = self->page != NULL ? self->page->counts[i] : 0;
      /* Translators: a legend entry, "Unassessed 12" */
      g_autofree char *text = g_strdup_printf (C_("legend", "%s %u"), _(names[i]), count);

      gtk_label_set_text (self->legend_labels[i], text);
    }
}

static gboolean
claims_look_alike (QcClaim *a,
                   QcClaim *b)
{
  gsize a_start = 0;
  gsize a_end = 0;
  gsize b_start = 0;
  gsize b_end = 0;
  guint n_segments = qc_claim_get_n_segments (a);

  if (qc_claim_get_evidence (a) != qc_claim_get_evidence (b)
      || qc_claim_get_speaker_id (a) != qc_claim_get_speaker_id (b)
      || qc_claim_get_orphaned (a) != qc_claim_get_orphaned (b)
      || qc_claim_get_n_segments (b) != n_segments)
    return FALSE;

  qc_claim_get_cue (a, &a_start, &a_end);
  qc_claim_get_cue (b, &b_start, &b_end);
  if (a_start != b_start || a_end != b_end)
    return FALSE;

  for (guint i = 0; i < n_segments; i++)
    {
      const QcClaimSegment *x = qc_claim_get_segment (a, i);
      const QcClaimSegment *y = qc_claim_get_segment (b, i);

      if (x->start != y->start || x->end != y->end)
        return FALSE;
    }

  return TRUE;
}

static void
add_claim_ranges (GArray  *ranges,
                  QcClaim *claim)
{
  QcRange cue;

  for (guint i = 0; i < qc_claim_get_n_segments (claim); i++)
    {
      const QcClaimSegment *segment = qc_claim_get_segment (claim, i);
      QcRange range = { segment->start, segment->end };

      g_array_append_val (ranges, range);
    }
  if (qc_claim_get_cue (claim, &cue.start, &cue.end))
    g_array_append_val (ranges, cue);
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const QcRange *x = a;
  const QcRange *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return 0;
}

/* Where claims differ between @old_model and @new_model: the old and the
 * new spans of every claim added, removed or changed, sorted and merged.
 * %NULL when too much changed to be worth it. */
static GArray *
find_dirty_ranges (GListModel *old_model,
                   GListModel *new_model)
{
  g_autoptr(GHashTable) old_claims = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) old_ids = NULL;
  g_autoptr(GArray) ranges = g_array_new (FALSE, FALSE, sizeof (QcRange));
  GArray *merged;
  guint n_old = g_list_model_get_n_items (old_model);
  guint n_new = g_list_model_get_n_items (new_model);
  GHashTableIter iter;
  gpointer value;

  old_ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_old);
  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (old_model, i);
      gint64 id = qc_claim_get_id (claim);

      g_array_append_val (old_ids, id);
      /* old_model holds the claim */
      g_hash_table_insert (old_claims, &g_array_index (old_ids, gint64, i), claim);
    }

  for (guint i = 0; i < n_new && ranges->len <= MAX_DIRTY_RANGES; i++)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (new_model, i);
      gint64 id = qc_claim_get_id (claim);
      QcClaim *old = g_hash_table_lookup (old_claims, &id);

      if (old == NULL)
        add_claim_ranges (ranges, claim);
      else
        {
          if (!claims_look_alike (old, claim))
            {
              add_claim_ranges (ranges, old);
              add_claim_ranges (ranges, claim);
            }
          g_hash_table_remove (old_claims, &id);
        }
    }

  g_hash_table_iter_init (&iter, old_claims);
  while (ranges->len <= MAX_DIRTY_RANGES && g_hash_table_iter_next (&iter, NULL, &value))
    add_claim_ranges (ranges, value);

  if (ranges->len > MAX_DIRTY_RANGES)
    return NULL;

  g_array_sort (ranges, compare_ranges);
  merged = g_array_new (FALSE, FALSE, sizeof (QcRange));
  for (guint i = 0; i < ranges->len; i++)
    {
      QcRange range = g_array_index (ranges, QcRange, i);
      QcRange *last = merged->len > 0 ? &g_array_index (merged, QcRange, merged->len - 1) : NULL;

      if (range.start >= range.end)
        continue;
      if (last != NULL && range.start <= last->end)
        last->end = MAX (last->end, range.end);
      else
        g_array_append_val (merged, range);
    }

  return merged;
}

/* Lays the tags of every segment overlapping [start, end) on again, after
 * they were removed there. */
static void
retag_range (QcArticleView *self,
             Page          *page,
             gsize          start,
             gsize          end)
{
  const Segment *segments = (const Segment *) (gpointer) page->segments->data;
  const gsize *max_ends = (const gsize *) (gpointer) page->max_ends->data;
  GtkTextIter start_iter;
  GtkTextIter end_iter;
  guint lo = 0;
  guint hi = page->segments->len;

  end = MIN (end, page->n_chars);
  if (start >= end)
    return;

  gtk_text_buffer_get_iter_at_offset (page->buffer, &start_iter, (int) start);
  gtk_text_buffer_get_iter_at_offset (page->buffer, &end_iter, (int) end);
  if (page->mode == QC_HIGHLIGHT_MODE_SPEAKER)
    {
      gtk_text_buffer_remove_tag (page->buffer, self->no_speaker_tag, &start_iter, &end_iter);
      for (guint i = 0; i < QC_ARTICLE_VIEW_N_SPEAKER_COLOURS; i++)
        gtk_text_buffer_remove_tag (page->buffer, self->speaker_tags[i], &start_iter, &end_iter);
    }
  else
    {
      for (guint i = 0; i < N_EVIDENCE; i++)
        gtk_text_buffer_remove_tag (page->buffer, self->evidence_tags[i], &start_iter, &end_iter);
    }
  gtk_text_buffer_remove_tag (page->buffer, self->cue_tag, &start_iter, &end_iter);

  /* The first segment starting at or after the end */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (segments[mid].start < end)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (guint i = lo; i-- > 0 && max_ends[i] > start;)
    {
      const Segment *segment = &segments[i];
      GtkTextTag *tag;

      if (segment->end <= start)
        continue;
      tag = segment->is_cue ? self->cue_tag
                            : colour_tag (self, page->mode, g_ptr_array_index (page->claims, segment->claim));
      apply_tag (page->buffer, tag, segment->start, segment->end, page->n_chars);
    }
}

/* Reads the page's claims again; only what changed is tagged again. */
static void
update_page (QcArticleView *self,
             Page          *page,
             GListModel    *claims)
{
  g_autoptr(GListModel) old_model = page->model != NULL ? g_object_ref (page->model) : NULL;
  g_autoptr(GArray) dirty = NULL;

  if (old_model != NULL)
    dirty = find_dirty_ranges (old_model, claims);

  unmark_selected (self, page);
  page->stale = FALSE;

  if (dirty == NULL)
    {
      /* Tags are shared by all claims: drop them all and lay them on again */
      untag_colours (self, page, page->mode);
      remove_tag (page->buffer, self->cue_tag);
      index_claims (page, claims);
      tag_claims (self, page, page->mode);
      return;
    }

  index_claims (page, claims);
  for (guint i = 0; i < dirty->len; i++)
    retag_range (self, page, g_array_index (dirty, QcRange, i).start, g_array_index (dirty, QcRange, i).end);
}

/* The store's order */
static int
compare_claim_order (gconstpointer a,
                     gconstpointer b)
{
  return qc_claim_compare_position (*(QcClaim **) a, *(QcClaim **) b);
}

/* The page's claims with those in @ids read again: each one dropped,
 * replaced or added where the store puts it. %NULL when one cannot be read
 * or belongs to another article. */
static GPtrArray *
merge_changed_claims (QcArticleView *self,
                      Page          *page,
                      GArray        *ids,
                      GArray        *dirty)
{
  g_autoptr(GPtrArray) claims = g_ptr_array_new_full (page->claims->len + ids->len, g_object_unref);
  g_autoptr(GHashTable) changed = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 local = qc_store_get_local_annotator (self->store);

  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (changed, &g_array_index (ids, gint64, i));

  for (guint i = 0; i < page->claims->len; i++)
    {
      QcClaim *claim = g_ptr_array_index (page->claims, i);
      gint64 id = qc_claim_get_id (claim);

      if (g_hash_table_contains (changed, &id))
        add_claim_ranges (dirty, claim);
      else
        g_ptr_array_add (claims, g_object_ref (claim));
    }

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(GError) error = NULL;
      QcClaim *fresh = qc_store_get_claim (self->store, g_array_index (ids, gint64, i), &error);

      if (fresh == NULL)
        {
          /* Deleted: it just goes (one of another article: reload all) */
          if (g_error_matches (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND)
              && find_claim (page, g_array_index (ids, gint64, i)) >= 0)
            continue;
          return NULL;
        }
      if (qc_claim_get_article_id (fresh) != page->article_id)
        {
          g_object_unref (fresh);
          return NULL;
        }
      /* A colleague's layer is not shown */
      if (qc_claim_get_annotator_id (fresh) != local)
        {
          g_object_unref (fresh);
          continue;
        }
      add_claim_ranges (dirty, fresh);
      g_ptr_array_add (claims, fresh);
    }

  g_ptr_array_sort (claims, compare_claim_order);
  return g_steal_pointer (&claims);
}

/* Puts @claims into the page's model with one splice over the part that
 * differs, so that lists showing the model keep their other rows. */
static void
splice_claims (GListStore *model,
               GPtrArray  *claims)
{
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (model));
  guint n_new = claims->len;
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (G_LIST_MODEL (model), prefix);

      if (claim != g_ptr_array_index (claims, prefix))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(QcClaim) claim = g_list_model_get_item (G_LIST_MODEL (model), n_old - 1 - suffix);

      if (claim != g_ptr_array_index (claims, n_new - 1 - suffix))
        break;
      suffix++;
    }

  if (prefix == n_old && prefix == n_new)
    return;
  g_list_store_splice (model, prefix, n_old - prefix - suffix,
                       claims->pdata + prefix, n_new - prefix - suffix);
}

static Page *
build_page (QcArticleView  *self,
            gint64          article_id,
            GError        **error)
{
  g_autoptr(QcArticle) article = NULL;
  g_autoptr(GListModel) claims = NULL;
  const char *body;
  GtkTextIter start;
  Page *page;

  article = qc_store_get_article (self->store, article_id, error);
  if (article == NULL)
    return NULL;
  claims = qc_store_list_claims (self->store, article_id,
                                 qc_store_get_local_annotator (self->store), error);
  if (claims == NULL)
    return NULL;

  page = g_new0 (Page, 1);
  page->article_id = article_id;
  page->article = g_steal_pointer (&article);
  page->buffer = gtk_text_buffer_new (self->tag_table);
  /* Nobody types into an article: no undo history to keep */
  gtk_text_buffer_set_enable_undo (page->buffer, FALSE);

  body = qc_article_get_body (page->article);
  if (body == NULL)
    body = "";
  gtk_text_buffer_set_text (page->buffer, body, -1);
  gtk_text_buffer_get_start_iter (page->buffer, &start);
  gtk_text_buffer_place_cursor (page->buffer, &start);
  page->n_chars = (gsize) gtk_text_buffer_get_char_count (page->buffer);

  tag_title (self, page, body);
  index_claims (page, claims);
  tag_claims (self, page, self->highlight_mode);

  return page;
}

/* A page kept from before the store changed: its claims read again, or
 * %FALSE when its body changed or it is gone */
static gboolean
refresh_page (QcArticleView *self,
              Page          *page)
{
  g_autoptr(QcArticle) article = qc_store_reload_article (self->store, page->article, NULL);
  g_autoptr(GListModel) claims = NULL;

  if (article == NULL
      || g_strcmp0 (qc_article_get_body_sha256 (article), qc_article_get_body_sha256 (page->article)) != 0)
    return FALSE;

  claims = qc_store_list_claims (self->store, page->article_id,
                                 qc_store_get_local_annotator (self->store), NULL);
  if (claims == NULL)
    return FALSE;

  g_set_object (&page->article, article);
  update_page (self, page, claims);
  return TRUE;
}

static void
show_page (QcArticleView *self,
           Page          *page)
{
  self->page = page;

  if (page != NULL)
    {
      retag_colours (self, page, self->highlight_mode);
      mark_selected (self, page, self->selected_claim_id);
      gtk_text_view_set_buffer (self->text_view, page->buffer);
    }
  else
    gtk_text_view_set_buffer (self->text_view, self->empty_buffer);

  update_legend (self);
}

static Page *
take_cached_page (QcArticleView *self,
                  gint64         article_id)
{
  for (GList *l = self->pages.head; l != NULL; l = l->next)
    {
      Page *page = l->data;

      if (page->article_id == article_id)
        {
          g_queue_delete_link (&self->pages, l);
          return page;
        }
    }

  return NULL;
}

static void
drop_cached_pages (QcArticleView *self,
                   gboolean       keep_shown)
{
  GList *l = self->pages.head;

  while (l != NULL)
    {
      GList *next = l->next;

      if (!keep_shown || l->data != self->page)
        {
          page_free (l->data);
          g_queue_delete_link (&self->pages, l);
        }
      l = next;
    }
}

static void
set_selected_claim_id (QcArticleView *self,
                       gint64         claim_id,
                       gboolean       scroll)
{
  if (self->selected_claim_id == claim_id)
    return;

  self->selected_claim_id = claim_id;
  if (self->page != NULL)
    {
      mark_selected (self, self->page, claim_id);
      if (scroll)
        scroll_to_claim (self, claim_id);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_CLAIM_ID]);
}

static const char *
describe_kind (QcClaimKind kind)
{
  switch (kind)
    {
    case QC_CLAIM_KIND_DIRECT:
      return _("Direct quote");
    case QC_CLAIM_KIND_PARTIAL:
      return _("Partial quote");
    case QC_CLAIM_KIND_INDIRECT:
      return _("Reported claim");
    default:
      return _("Claim");
    }
}

static const char *
describe_evidence (QcEvidence evidence)
{
  switch (evidence)
    {
    case QC_EVIDENCE_SUPPORTED:
      return _("Supported");
    case QC_EVIDENCE_UNSUPPORTED:
      return _("Unsupported");
    case QC_EVIDENCE_DISPUTED:
      return _("Disputed");
    case QC_EVIDENCE_UNASSESSED:
    default:
      return _("Unassessed");
    }
}

/* Signal callbacks */

static gboolean
on_text_view_query_tooltip_cb (GtkTextView   *text_view,
                               int            x,
                               int            y,
                               gboolean       keyboard_mode,
                               GtkTooltip    *tooltip,
                               QcArticleView *self)
{
  g_autofree char *markup = NULL;
  GtkTextIter iter;
  gint64 claim_id;

  g_assert (GTK_IS_TEXT_VIEW (text_view));
  g_assert (QC_IS_ARTICLE_VIEW (self));

  if (self->page == NULL)
    return FALSE;

  if (keyboard_mode)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);

      gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
    }
  else
    {
      int buffer_x;
      int buffer_y;

      gtk_text_view_window_to_buffer_coords (text_view, GTK_TEXT_WINDOW_WIDGET,
                                             x, y, &buffer_x, &buffer_y);
      if (!gtk_text_view_get_iter_at_location (text_view, &iter, buffer_x, buffer_y))
        return FALSE;
    }

  claim_id = qc_article_view_get_claim_at (self, gtk_text_iter_get_offset (&iter));
  if (claim_id <= 0)
    return FALSE;

  markup = qc_article_view_dup_claim_tooltip (self, claim_id);
  gtk_tooltip_set_markup (tooltip, markup);

  return TRUE;
}

/* A click (not the end of a drag that selected text) on a highlight
 * selects its claim; a click elsewhere clears the selection. */
static void
on_click_released_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      QcArticleView   *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;
  int buffer_x;
  int buffer_y;

  g_assert (QC_IS_ARTICLE_VIEW (self));

  if (self->page == NULL || n_press != 1)
    return;

  buffer = gtk_text_view_get_buffer (self->text_view);
  if (gtk_text_buffer_get_has_selection (buffer))
    return;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &buffer_x, &buffer_y);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, buffer_x, buffer_y))
    return;

  set_selected_claim_id (self, qc_article_view_get_claim_at (self, gtk_text_iter_get_offset (&iter)),
                         FALSE);
}

static void
on_style_manager_notify_dark_cb (QcArticleView   *self,
                                 GParamSpec      *pspec,
                                 AdwStyleManager *style_manager)
{
  g_assert (QC_IS_ARTICLE_VIEW (self));

  update_tag_colours (self);
}

/* GtkWidget overrides */

static void
qc_article_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  QcArticleView *self = QC_ARTICLE_VIEW (widget);

  gtk_widget_measure (GTK_WIDGET (self->box), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

/* The margins grow with the width so the lines keep a readable length;
 * the scrolled window does not ask for the text's width (see the .ui), so
 * wide margins never stop the window from getting narrower again. */
static void
qc_article_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  QcArticleView *self = QC_ARTICLE_VIEW (widget);
  int margin = width < NARROW_WIDTH ? NARROW_MARGIN : MIN_MARGIN;

  margin = MAX (margin, (width - MAX_TEXT_WIDTH) / 2);
  if (gtk_text_view_get_left_margin (self->text_view) != margin)
    {
      gtk_text_view_set_left_margin (self->text_view, margin);
      gtk_text_view_set_right_margin (self->text_view, margin);
    }

  gtk_widget_allocate (GTK_WIDGET (self->box), width, height, baseline, NULL);
}

static gboolean
qc_article_view_grab_focus (GtkWidget *widget)
{
  QcArticleView *self = QC_ARTICLE_VIEW (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* GObject overrides */

static void
qc_article_view_dispose (GObject *object)
{
  QcArticleView *self = QC_ARTICLE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_ARTICLE_VIEW);

  self->page = NULL;
  g_queue_clear_full (&self->pages, (GDestroyNotify) page_free);
  g_clear_object (&self->store);
  g_clear_object (&self->review_pairs);

  G_OBJECT_CLASS (qc_article_view_parent_class)->dispose (object);
}

static void
qc_article_view_finalize (GObject *object)
{
  QcArticleView *self = QC_ARTICLE_VIEW (object);

  g_clear_object (&self->empty_buffer);
  g_clear_object (&self->tag_table);

  G_OBJECT_CLASS (qc_article_view_parent_class)->finalize (object);
}

static void
qc_article_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  QcArticleView *self = QC_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ARTICLE_ID:
      g_value_set_int64 (value, qc_article_view_get_article_id (self));
      break;

    case PROP_SELECTED_CLAIM_ID:
      g_value_set_int64 (value, self->selected_claim_id);
      break;

    case PROP_HIGHLIGHT_MODE:
      g_value_set_enum (value, self->highlight_mode);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_article_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  QcArticleView *self = QC_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      qc_article_view_set_store (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_CLAIM_ID:
      qc_article_view_set_selected_claim_id (self, g_value_get_int64 (value));
      break;

    case PROP_HIGHLIGHT_MODE:
      qc_article_view_set_highlight_mode (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qc_article_view_class_init (QcArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qc_article_view_dispose;
  object_class->finalize = qc_article_view_finalize;
  object_class->get_property = qc_article_view_get_property;
  object_class->set_property = qc_article_view_set_property;

  widget_class->measure = qc_article_view_measure;
  widget_class->size_allocate = qc_article_view_size_allocate;
  widget_class->grab_focus = qc_article_view_grab_focus;

  /**
   * QcArticleView:store: (nullable)
   *
   * The database the article comes from; set once.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         QC_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS |
                          G_PARAM_EXPLICIT_NOTIFY));

  /**
   * QcArticleView:article-id:
   *
   * The article shown, 0 for none; see qc_article_view_load_article().
   */
  properties[PROP_ARTICLE_ID] =
    g_param_spec_int64 ("article-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * QcArticleView:selected-claim-id:
   *
   * The claim drawn with a frame and scrolled into view, 0 for none.
   */
  properties[PROP_SELECTED_CLAIM_ID] =
    g_param_spec_int64 ("selected-claim-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * QcArticleView:highlight-mode:
   *
   * What the colour of a claim shows.
   */
  properties[PROP_HIGHLIGHT_MODE] =
    g_param_spec_enum ("highlight-mode", NULL, NULL,
                       QC_TYPE_HIGHLIGHT_MODE, QC_HIGHLIGHT_MODE_EVIDENCE,
                       (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QcArticleView::review-pair-activated:
   * @position: the pair in the review pairs
   *
   * A claim only the colleague has was clicked (the review layer).
   */
  signals[REVIEW_PAIR_ACTIVATED] =
    g_signal_new ("review-pair-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quotecheck/Quotecheck/ui/qc-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QcArticleView, box);
  gtk_widget_class_bind_template_child (widget_class, QcArticleView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, QcArticleView, text_view);
  gtk_widget_class_bind_template_child (widget_class, QcArticleView, legend_bar);
  gtk_widget_class_bind_template_child (widget_class, QcArticleView, evidence_legend);
  gtk_widget_class_bind_template_child (widget_class, QcArticleView, speaker_legend);
  gtk_widget_class_bind_template_child_full (widget_class, "unassessed_label", FALSE,
                                             G_STRUCT_OFFSET (QcArticleView, legend_labels[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "supported_label", FALSE,
                                             G_STRUCT_OFFSET (QcArticleView, legend_labels[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "unsupported_label", FALSE,
                                             G_STRUCT_OFFSET (QcArticleView, legend_labels[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "disputed_label", FALSE,
                                             G_STRUCT_OFFSET (QcArticleView, legend_labels[3]));
  gtk_widget_class_bind_template_callback (widget_class, on_text_view_query_tooltip_cb);

  gtk_widget_class_set_css_name (widget_class, "articleview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
qc_article_view_init (QcArticleView *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  create_tags (self);
  self->empty_buffer = gtk_text_buffer_new (self->tag_table);
  gtk_text_view_set_buffer (self->text_view, self->empty_buffer);

  /* Capture: see the release before the text view's own gesture ends it */
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "released", G_CALLBACK (on_click_released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_object (adw_style_manager_get_default (),
                           "notify::dark",
                           G_CALLBACK (on_style_manager_notify_dark_cb),
                           self,
                           G_CONNECT_SWAPPED);

  update_legend (self);
}

/* Public API */

/**
 * qc_article_view_new:
 * @store: (nullable): the database to show articles from
 *
 * Returns: (transfer floating): a new, empty #QcArticleView
 */
GtkWidget *
qc_article_view_new (QcStore *store)
{
  g_return_val_if_fail (store == NULL || QC_IS_STORE (store), NULL);

  return g_object_new (QC_TYPE_ARTICLE_VIEW, "store", store, NULL);
}

/**
 * qc_article_view_get_store:
 *
 * Returns: (transfer none) (nullable): the database
 */
QcStore *
qc_article_view_get_store (QcArticleView *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);

  return self->store;
}

/**
 * qc_article_view_set_store:
 * @store: (nullable): the database
 *
 * Sets the database; what was shown from another one is dropped.
 */
void
qc_article_view_set_store (QcArticleView *self,
                           QcStore       *store)
{
  g_return_if_fail (QC_IS_ARTICLE_VIEW (self));
  g_return_if_fail (store == NULL || QC_IS_STORE (store));

  if (self->store == store)
    return;

  if (self->page != NULL)
    {
      show_page (self, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_ID]);
    }
  drop_cached_pages (self, FALSE);
  g_set_object (&self->store, store);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * qc_article_view_get_article_id:
 *
 * Returns: the article shown, or 0
 */
gint64
qc_article_view_get_article_id (QcArticleView *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), 0);

  return self->page != NULL ? self->page->article_id : 0;
}

/**
 * qc_article_view_load_article:
 * @article_id: an article in the store, or 0 to show nothing
 * @error: return location for a #GError
 *
 * Shows the article's body with each of the local annotator's claims
 * highlighted, scrolled to the top. The last few articles shown stay laid
 * out, so going back to one costs nothing. On failure what was shown
 * stays.
 *
 * Returns: %FALSE with @error set on failure
 */
gboolean
qc_article_view_load_article (QcArticleView  *self,
                              gint64          article_id,
                              GError        **error)
{
  Page *page = NULL;

  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), FALSE);
  g_return_val_if_fail (article_id >= 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (article_id == qc_article_view_get_article_id (self))
    return TRUE;

  if (article_id != 0)
    {
      g_return_val_if_fail (self->store != NULL, FALSE);

      page = take_cached_page (self, article_id);
      if (page != NULL && page->stale && !refresh_page (self, page))
        g_clear_pointer (&page, page_free);
      if (page == NULL && (page = build_page (self, article_id, error)) == NULL)
        return FALSE;

      g_queue_push_head (&self->pages, page);
      while (self->pages.length > MAX_CACHED_PAGES)
        page_free (g_queue_pop_tail (&self->pages));
    }

  /* A claim of another article cannot stay selected */
  if (find_claim (page, self->selected_claim_id) < 0)
    set_selected_claim_id (self, 0, FALSE);

  show_page (self, page);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_ID]);

  return TRUE;
}

/**
 * qc_article_view_reload:
 *
 * Reads the shown article's claims again after the store changed, keeping
 * the scroll position. Other articles laid out earlier are dropped. When
 * the article is gone (an import undone) the view empties.
 */
void
qc_article_view_reload (QcArticleView *self)
{
  g_autoptr(QcArticle) article = NULL;
  g_autoptr(GListModel) claims = NULL;
  g_autoptr(GError) error = NULL;
  Page *page;

  g_return_if_fail (QC_IS_ARTICLE_VIEW (self));

  /* The others are read again when they are shown */
  for (GList *l = self->pages.head; l != NULL; l = l->next)
    ((Page *) l->data)->stale = TRUE;

  page = self->page;
  if (page == NULL)
    return;

  article = qc_store_reload_article (self->store, page->article, &error);
  if (article != NULL)
    claims = qc_store_list_claims (self->store, page->article_id,
                                   qc_store_get_local_annotator (self->store), &error);

  if (claims == NULL
      || g_strcmp0 (qc_article_get_body_sha256 (article), qc_article_get_body_sha256 (page->article)) != 0)
    {
      gint64 article_id = page->article_id;

      if (error != NULL && !g_error_matches (error, QC_STORE_ERROR, QC_STORE_ERROR_NOT_FOUND))
        g_warning ("Could not reload article %" G_GINT64_FORMAT ": %s", article_id, error->message);

      self->page = NULL;
      drop_cached_pages (self, FALSE);
      if (claims != NULL)
        qc_article_view_load_article (self, article_id, NULL);
      else
        {
          set_selected_claim_id (self, 0, FALSE);
          show_page (self, NULL);
        }
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE_ID]);
      return;
    }

  g_set_object (&page->article, article);
  update_page (self, page, claims);

  if (find_claim (page, self->selected_claim_id) < 0)
    set_selected_claim_id (self, 0, FALSE);
  else
    mark_selected (self, page, self->selected_claim_id);

  update_legend (self);
}

/**
 * qc_article_view_update_claims:
 * @claim_ids: (element-type gint64): claims the store changed (edited,
 *   added or deleted), as #QcStoreChanges lists them
 *
 * Reads just these claims of the article shown again and lays their
 * highlights on again, after an edit that touched nothing else: much
 * cheaper than qc_article_view_reload() on an article with thousands of
 * claims. The model from qc_article_view_get_claims() is changed in place,
 * and the article (its counts) read again. Other articles laid out
 * earlier are read again when shown.
 *
 * Returns: %FALSE when a claim could not be read or is not of the article
 *   shown: then call qc_article_view_reload()
 */
gboolean
qc_article_view_update_claims (QcArticleView *self,
                               GArray        *claim_ids)
{
  g_autoptr(QcArticle) article = NULL;
  g_autoptr(GArray) dirty = NULL;
  g_autoptr(GPtrArray) claims = NULL;
  Page *page;

  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), FALSE);
  g_return_val_if_fail (claim_ids != NULL, FALSE);

  for (GList *l = self->pages.head; l != NULL; l = l->next)
    if (l->data != self->page)
      ((Page *) l->data)->stale = TRUE;

  page = self->page;
  if (page == NULL)
    return TRUE;
  if (!G_IS_LIST_STORE (page->model))
    return FALSE;

  /* Its counts of claims changed with them */
  article = qc_store_reload_article (self->store, page->article, NULL);
  if (article == NULL
      || g_strcmp0 (qc_article_get_body_sha256 (article), qc_article_get_body_sha256 (page->article)) != 0)
    return FALSE;
  g_set_object (&page->article, article);

  dirty = g_array_new (FALSE, FALSE, sizeof (QcRange));
  claims = merge_changed_claims (self, page, claim_ids, dirty);
  if (claims == NULL)
    return FALSE;

  unmark_selected (self, page);
  splice_claims (G_LIST_STORE (page->model), claims);
  index_claims (page, page->model);

  g_array_sort (dirty, compare_ranges);
  for (guint i = 0; i < dirty->len; i++)
    {
      const QcRange *range = &g_array_index (dirty, QcRange, i);

      retag_range (self, page, range->start, range->end);
    }

  if (find_claim (page, self->selected_claim_id) < 0)
    set_selected_claim_id (self, 0, FALSE);
  else
    mark_selected (self, page, self->selected_claim_id);

  update_legend (self);
  return TRUE;
}

/**
 * qc_article_view_get_article:
 *
 * Returns: (transfer none) (nullable): the article shown, with its body
 */
QcArticle *
qc_article_view_get_article (QcArticleView *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);

  return self->page != NULL ? self->page->article : NULL;
}

/**
 * qc_article_view_get_claims:
 *
 * Returns: (transfer none) (nullable): the #QcClaim highlighted, in text order
 */
GListModel *
qc_article_view_get_claims (QcArticleView *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);

  return self->page != NULL ? self->page->model : NULL;
}

/**
 * qc_article_view_get_claim:
 *
 * Returns: (transfer none) (nullable): the claim of the article shown
 *   with @claim_id
 */
QcClaim *
qc_article_view_get_claim (QcArticleView *self,
                           gint64         claim_id)
{
  int index;

  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);

  index = find_claim (self->page, claim_id);
  return index >= 0 ? g_ptr_array_index (self->page->claims, index) : NULL;
}

gint64
qc_article_view_get_selected_claim_id (QcArticleView *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), 0);

  return self->selected_claim_id;
}

/**
 * qc_article_view_set_selected_claim_id:
 * @claim_id: a claim of the article shown, or 0
 *
 * Frames the claim and scrolls it into view.
 */
void
qc_article_view_set_selected_claim_id (QcArticleView *self,
                                       gint64         claim_id)
{
  g_return_if_fail (QC_IS_ARTICLE_VIEW (self));
  g_return_if_fail (claim_id >= 0);

  set_selected_claim_id (self, claim_id, TRUE);
}

QcHighlightMode
qc_article_view_get_highlight_mode (QcArticleView *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), QC_HIGHLIGHT_MODE_EVIDENCE);

  return self->highlight_mode;
}

void
qc_article_view_set_highlight_mode (QcArticleView   *self,
                                    QcHighlightMode  mode)
{
  g_return_if_fail (QC_IS_ARTICLE_VIEW (self));
  g_return_if_fail (mode <= QC_HIGHLIGHT_MODE_SPEAKER);

  if (self->highlight_mode == mode)
    return;

  self->highlight_mode = mode;
  if (self->page != NULL)
    {
      retag_colours (self, self->page, mode);
      mark_selected (self, self->page, self->selected_claim_id);
    }
  update_legend (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_MODE]);
}

/**
 * qc_article_view_get_text_view:
 *
 * Returns: (transfer none): the text view showing the article
 */
GtkTextView *
qc_article_view_get_text_view (QcArticleView *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);

  return self->text_view;
}

/**
 * qc_article_view_get_evidence_tag:
 *
 * Returns: (transfer none): the tag colouring claims of @evidence
 */
GtkTextTag *
qc_article_view_get_evidence_tag (QcArticleView *self,
                                  QcEvidence     evidence)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);
  g_return_val_if_fail ((guint) evidence < N_EVIDENCE, NULL);

  return self->evidence_tags[evidence];
}

/**
 * qc_article_view_get_speaker_tag:
 * @speaker_id: a speaker, or 0 for claims without one
 *
 * Returns: (transfer none): the tag colouring the speaker's claims (shared
 *   with other speakers: the palette is small)
 */
GtkTextTag *
qc_article_view_get_speaker_tag (QcArticleView *self,
                                 gint64         speaker_id)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);

  if (speaker_id <= 0)
    return self->no_speaker_tag;
  return self->speaker_tags[speaker_colour (speaker_id)];
}

/**
 * qc_article_view_get_cue_tag:
 *
 * Returns: (transfer none): the tag that underlines speaker cues
 */
GtkTextTag *
qc_article_view_get_cue_tag (QcArticleView *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);

  return self->cue_tag;
}

/**
 * qc_article_view_get_selected_tag:
 *
 * Returns: (transfer none): the tag that frames the selected claim
 */
GtkTextTag *
qc_article_view_get_selected_tag (QcArticleView *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);

  return self->selected_tag;
}

/**
 * qc_article_view_get_claim_at:
 * @char_offset: a Unicode character offset into the body
 *
 * Finds the claim with a segment or speaker cue covering @char_offset.
 * Where claims nest (a quote inside a reported clause) the innermost
 * wins. A binary search: fast on any article.
 *
 * Returns: the claim's id, or 0
 */
gint64
qc_article_view_get_claim_at (QcArticleView *self,
                              gsize          char_offset)
{
  const Segment *segments;
  const gsize *max_ends;
  gsize best_length = G_MAXSIZE;
  int best = -1;
  guint lo = 0;
  guint hi;

  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), 0);

  if (self->page == NULL)
    return 0;

  segments = (const Segment *) (gpointer) self->page->segments->data;
  max_ends = (const gsize *) (gpointer) self->page->max_ends->data;
  hi = self->page->segments->len;

  /* The first segment starting after the offset */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (segments[mid].start <= char_offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  /* Back through those that may still reach it */
  for (guint i = lo; i-- > 0 && max_ends[i] > char_offset;)
    {
      if (segments[i].end > char_offset && segments[i].end - segments[i].start < best_length)
        {
          best_length = segments[i].end - segments[i].start;
          best = (int) segments[i].claim;
        }
    }

  if (best < 0)
    return 0;
  return qc_claim_get_id (g_ptr_array_index (self->page->claims, best));
}

/**
 * qc_article_view_get_adjacent_claim:
 * @claim_id: a claim of the article shown, or 0
 * @forward: %TRUE for the next claim in the text, %FALSE for the previous
 *
 * Returns: the next (previous) claim, the first (last) when @claim_id is
 *   0, or 0 at the end (start) of the text
 */
gint64
qc_article_view_get_adjacent_claim (QcArticleView *self,
                                    gint64         claim_id,
                                    gboolean       forward)
{
  GPtrArray *claims;
  int index;

  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), 0);

  if (self->page == NULL || self->page->claims->len == 0)
    return 0;

  claims = self->page->claims;
  index = find_claim (self->page, claim_id);
  if (index < 0)
    index = forward ? 0 : (int) claims->len - 1;
  else if (forward)
    index++;
  else
    index--;

  /* Orphaned claims are not in the text */
  while (index >= 0 && index < (int) claims->len && qc_claim_get_orphaned (claims->pdata[index]))
    index += forward ? 1 : -1;

  if (index < 0 || index >= (int) claims->len)
    return 0;
  return qc_claim_get_id (claims->pdata[index]);
}

/**
 * qc_article_view_dup_claim_tooltip:
 * @claim_id: a claim of the article shown
 *
 * Returns: (transfer full) (nullable): Pango markup naming the speaker,
 *   the kind and the evidence state
 */
char *
qc_article_view_dup_claim_tooltip (QcArticleView *self,
                                   gint64         claim_id)
{
  const char *speaker;
  QcClaim *claim;

  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);

  claim = qc_article_view_get_claim (self, claim_id);
  if (claim == NULL)
    return NULL;

  speaker = qc_claim_get_speaker_name (claim);
  if (speaker == NULL || *speaker == '\0')
    speaker = _("Unknown speaker");

  /* Translators: a tooltip: the speaker in bold, then "Direct quote · Supported" */
  return g_markup_printf_escaped (_("<b>%s</b>\n%s · %s"),
                                  speaker,
                                  describe_kind (qc_claim_get_kind (claim)),
                                  describe_evidence (qc_claim_get_evidence (claim)));
}

/**
 * qc_article_view_get_selection:
 * @start: (out) (optional): character offset of the selection
 * @end: (out) (optional): one past its end
 *
 * Returns: %TRUE when text is selected
 */
gboolean
qc_article_view_get_selection (QcArticleView *self,
                               gsize         *start,
                               gsize         *end)
{
  GtkTextBuffer *buffer;
  GtkTextIter start_iter;
  GtkTextIter end_iter;
  gboolean selected;

  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  selected = self->page != NULL
             && gtk_text_buffer_get_selection_bounds (buffer, &start_iter, &end_iter);
  if (start)
    *start = selected ? (gsize) gtk_text_iter_get_offset (&start_iter) : 0;
  if (end)
    *end = selected ? (gsize) gtk_text_iter_get_offset (&end_iter) : 0;

  return selected;
}

/**
 * qc_article_view_select_range:
 * @start: character offset
 * @end: one past the last character
 *
 * Selects text in the article shown, as a drag with the mouse would.
 */
void
qc_article_view_select_range (QcArticleView *self,
                              gsize          start,
                              gsize          end)
{
  GtkTextBuffer *buffer;
  GtkTextIter start_iter;
  GtkTextIter end_iter;

  g_return_if_fail (QC_IS_ARTICLE_VIEW (self));

  if (self->page == NULL)
    return;

  buffer = self->page->buffer;
  gtk_text_buffer_get_iter_at_offset (buffer, &start_iter, (int) MIN (start, self->page->n_chars));
  gtk_text_buffer_get_iter_at_offset (buffer, &end_iter, (int) MIN (end, self->page->n_chars));
  gtk_text_buffer_select_range (buffer, &end_iter, &start_iter);
}

/* The review layer
 *
 * In review mode a colleague's claims are drawn over mine with tags of
 * their own, laid on after (so above) the normal ones and never touched
 * by the normal highlighting: mine keep their colours, theirs are
 * underlined, what only they have is tinted, and unresolved disagreements
 * get a wavy line. Leaving review mode removes these tags only, so the
 * normal view is exactly what it was. */

typedef struct
{
  const char *theirs;
  const char *only_theirs;
  const char *disagreement;
  const char *selected;
} ReviewPalette;

/* Blue for the colleague (Adwaita blue 3 / the dark accent), orange for
 * what needs attention (the warning colour of each style) */
static const ReviewPalette review_light_palette = {
  "#1c71d8", "rgba(53,132,228,0.16)", "#e66100", "#1c71d8",
};

static const ReviewPalette review_dark_palette = {
  "#78aeed", "rgba(120,174,237,0.24)", "#ffa348", "#78aeed",
};

static void
update_review_colours (QcArticleView *self)
{
  const ReviewPalette *palette = &review_light_palette;

  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    palette = &review_dark_palette;

  set_tag_colour (self->review_tags[QC_REVIEW_MARK_THEIRS], "underline-rgba", palette->theirs);
  set_tag_colour (self->review_tags[QC_REVIEW_MARK_ONLY_THEIRS], "underline-rgba", palette->theirs);
  set_tag_colour (self->review_tags[QC_REVIEW_MARK_ONLY_THEIRS], "background-rgba", palette->only_theirs);
  set_tag_colour (self->review_tags[QC_REVIEW_MARK_DISAGREEMENT], "underline-rgba", palette->disagreement);
  set_tag_colour (self->review_tags[QC_REVIEW_MARK_SELECTED], "underline-rgba", palette->selected);
}

static void
on_review_style_notify_dark_cb (QcArticleView   *self,
                                GParamSpec      *pspec,
                                AdwStyleManager *style_manager)
{
  update_review_colours (self);
}

static gboolean
claim_covers (QcClaim *claim,
              gsize    offset,
              gsize   *length)
{
  if (claim == NULL || qc_claim_get_orphaned (claim))
    return FALSE;

  for (guint i = 0; i < qc_claim_get_n_segments (claim); i++)
    {
      const QcClaimSegment *segment = qc_claim_get_segment (claim, i);

      if (segment->start <= offset && offset < segment->end)
        {
          *length = segment->end - segment->start;
          return TRUE;
        }
    }
  return FALSE;
}

static void
tag_review_claim (QcArticleView *self,
                  Page          *page,
                  QcReviewMark   mark,
                  QcClaim       *claim)
{
  if (claim == NULL || qc_claim_get_orphaned (claim))
    return;

  for (guint i = 0; i < qc_claim_get_n_segments (claim); i++)
    {
      const QcClaimSegment *segment = qc_claim_get_segment (claim, i);

      apply_tag (page->buffer, self->review_tags[mark], segment->start, segment->end, page->n_chars);
    }
}

static void
untag_review (QcArticleView *self,
              Page          *page)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->review_tags); i++)
    remove_tag (page->buffer, self->review_tags[i]);
}

static void
tag_review_pairs (QcArticleView *self,
                  Page          *page,
                  GListModel    *pairs)
{
  guint n_pairs = g_list_model_get_n_items (pairs);

  for (guint i = 0; i < n_pairs; i++)
    {
      g_autoptr(QcReviewPair) pair = g_list_model_get_item (pairs, i);
      gboolean open = qc_review_pair_has_differences (pair) && !qc_review_pair_is_resolved (pair);
      QcClaim *mine = qc_review_pair_get_mine (pair);
      QcClaim *theirs = qc_review_pair_get_theirs (pair);

      switch (qc_review_pair_get_kind (pair))
        {
        case QC_REVIEW_PAIR_BOTH:
          if (open)
            {
              tag_review_claim (self, page, QC_REVIEW_MARK_DISAGREEMENT, mine);
              tag_review_claim (self, page, QC_REVIEW_MARK_DISAGREEMENT, theirs);
            }
          else
            tag_review_claim (self, page, QC_REVIEW_MARK_THEIRS, theirs);
          break;

        case QC_REVIEW_PAIR_ONLY_MINE:
          if (open)
            tag_review_claim (self, page, QC_REVIEW_MARK_DISAGREEMENT, mine);
          break;

        case QC_REVIEW_PAIR_ONLY_THEIRS:
          tag_review_claim (self, page, QC_REVIEW_MARK_ONLY_THEIRS, theirs);
          if (open)
            tag_review_claim (self, page, QC_REVIEW_MARK_DISAGREEMENT, theirs);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

/* A click on a claim only they have selects its pair; a claim of mine
 * there is the normal path's (on_click_released_cb). */
static void
on_review_click_released_cb (GtkGestureClick *gesture,
                             int              n_press,
                             double           x,
                             double           y,
                             QcArticleView   *self)
{
  g_autoptr(QcReviewPair) pair = NULL;
  GtkTextIter iter;
  guint position;
  gsize offset;
  int buffer_x;
  int buffer_y;

  g_assert (QC_IS_ARTICLE_VIEW (self));

  if (self->page == NULL || self->review_pairs == NULL || n_press != 1
      || gtk_text_buffer_get_has_selection (gtk_text_view_get_buffer (self->text_view)))
    return;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &buffer_x, &buffer_y);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, buffer_x, buffer_y))
    return;

  offset = (gsize) gtk_text_iter_get_offset (&iter);
  if (qc_article_view_get_claim_at (self, offset) != 0)
    return;

  position = qc_article_view_get_review_pair_at (self, offset);
  if (position == G_MAXUINT)
    return;
  pair = g_list_model_get_item (self->review_pairs, position);
  if (qc_review_pair_get_kind (pair) != QC_REVIEW_PAIR_ONLY_THEIRS)
    return;

  /* Whichever click handler runs first, no claim of mine stays selected */
  set_selected_claim_id (self, 0, FALSE);
  g_signal_emit (self, signals[REVIEW_PAIR_ACTIVATED], 0, position);
}

/* The normal tooltip names my claims; over a claim only they have, this
 * one says so (it runs after the normal one, which found nothing). */
static gboolean
on_review_query_tooltip_cb (GtkTextView   *text_view,
                            int            x,
                            int            y,
                            gboolean       keyboard_mode,
                            GtkTooltip    *tooltip,
                            QcArticleView *self)
{
  g_autoptr(QcReviewPair) pair = NULL;
  g_autofree char *markup = NULL;
  const char *speaker;
  GtkTextIter iter;
  QcClaim *theirs;
  guint position;
  int buffer_x;
  int buffer_y;

  if (self->page == NULL || self->review_pairs == NULL || keyboard_mode)
    return FALSE;

  gtk_text_view_window_to_buffer_coords (text_view, GTK_TEXT_WINDOW_WIDGET, x, y, &buffer_x, &buffer_y);
  if (!gtk_text_view_get_iter_at_location (text_view, &iter, buffer_x, buffer_y)
      || qc_article_view_get_claim_at (self, gtk_text_iter_get_offset (&iter)) != 0)
    return FALSE;

  position = qc_article_view_get_review_pair_at (self, gtk_text_iter_get_offset (&iter));
  if (position == G_MAXUINT)
    return FALSE;
  pair = g_list_model_get_item (self->review_pairs, position);
  theirs = qc_review_pair_get_theirs (pair);
  if (qc_review_pair_get_kind (pair) != QC_REVIEW_PAIR_ONLY_THEIRS || theirs == NULL)
    return FALSE;

  speaker = qc_claim_get_speaker_name (theirs);
  if (speaker == NULL || *speaker == '\0')
    speaker = _("Unknown speaker");
  /* Translators: a tooltip over a colleague's claim: "Only theirs: Lena Voss", then "Reported claim · Unassessed" */
  markup = g_markup_printf_escaped (_("<b>Only theirs: %s</b>\n%s · %s"),
                                    speaker,
                                    describe_kind (qc_claim_get_kind (theirs)),
                                    describe_evidence (qc_claim_get_evidence (theirs)));
  gtk_tooltip_set_markup (tooltip, markup);
  return TRUE;
}

static void
ensure_review_tags (QcArticleView *self)
{
  if (self->review_tags[0] != NULL)
    return;

  self->review_tags[QC_REVIEW_MARK_THEIRS] = gtk_text_tag_new ("review-theirs");
  g_object_set (self->review_tags[QC_REVIEW_MARK_THEIRS],
                "underline", PANGO_UNDERLINE_DOUBLE,
                NULL);
  self->review_tags[QC_REVIEW_MARK_ONLY_THEIRS] = gtk_text_tag_new ("review-only-theirs");
  g_object_set (self->review_tags[QC_REVIEW_MARK_ONLY_THEIRS],
                "underline", PANGO_UNDERLINE_DOUBLE,
                NULL);
  self->review_tags[QC_REVIEW_MARK_DISAGREEMENT] = gtk_text_tag_new ("review-disagreement");
  g_object_set (self->review_tags[QC_REVIEW_MARK_DISAGREEMENT],
                "underline", PANGO_UNDERLINE_ERROR,
                NULL);
  /* As the selected-claim tag: no overline-rgba (GTK 4.8) */
  self->review_tags[QC_REVIEW_MARK_SELECTED] = gtk_text_tag_new ("review-selected");
  g_object_set (self->review_tags[QC_REVIEW_MARK_SELECTED],
                "underline", PANGO_UNDERLINE_SINGLE_LINE,
                "overline", PANGO_OVERLINE_SINGLE,
                NULL);

  /* The table keeps them */
  for (guint i = 0; i < G_N_ELEMENTS (self->review_tags); i++)
    {
      gtk_text_tag_table_add (self->tag_table, self->review_tags[i]);
      g_object_unref (self->review_tags[i]);
    }
  /* The tint of theirs goes under everything: my colours stay visible */
  gtk_text_tag_set_priority (self->review_tags[QC_REVIEW_MARK_ONLY_THEIRS], 0);
  update_review_colours (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_review_style_notify_dark_cb), self, G_CONNECT_SWAPPED);

  self->review_click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->review_click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (self->review_click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (self->review_click, "released",
                           G_CALLBACK (on_review_click_released_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), GTK_EVENT_CONTROLLER (self->review_click));
  g_signal_connect_object (self->text_view, "query-tooltip",
                           G_CALLBACK (on_review_query_tooltip_cb), self, G_CONNECT_AFTER);
}

/**
 * qc_article_view_set_review_pairs:
 * @pairs: (nullable): a #GListModel of #QcReviewPair for the article
 *   shown (qc_store_list_review_pairs()), or %NULL to leave review mode
 *
 * Draws a colleague's claims over mine: a claim of theirs paired with
 * mine is double-underlined, a claim only they have is tinted, and an
 * unresolved disagreement (a pair that differs in any field, a claim only
 * one side has) has a wavy underline in the warning colour. Orphaned
 * claims (not in the text) are not drawn. The normal highlighting is not
 * changed; %NULL removes the layer. Set the pairs again after the store
 * changed or another article was shown.
 */
void
qc_article_view_set_review_pairs (QcArticleView *self,
                                  GListModel    *pairs)
{
  g_return_if_fail (QC_IS_ARTICLE_VIEW (self));
  g_return_if_fail (pairs == NULL || G_IS_LIST_MODEL (pairs));

  if (pairs == NULL && self->review_pairs == NULL)
    return;

  ensure_review_tags (self);
  g_set_object (&self->review_pairs, pairs);

  /* Pages laid out before keep no marks of another article or colleague */
  for (GList *l = self->pages.head; l != NULL; l = l->next)
    untag_review (self, l->data);

  if (self->page != NULL && pairs != NULL)
    tag_review_pairs (self, self->page, pairs);
}

/**
 * qc_article_view_get_review_pairs:
 *
 * Returns: (transfer none) (nullable): the pairs drawn, %NULL outside
 *   review mode
 */
GListModel *
qc_article_view_get_review_pairs (QcArticleView *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);

  return self->review_pairs;
}

/**
 * qc_article_view_select_review_pair:
 * @position: a pair of the review pairs, or %G_MAXUINT for none
 *
 * Scrolls the pair into view; a claim only they have is framed as a
 * selected claim of mine would be (mine are framed through
 * #QcArticleView:selected-claim-id).
 */
void
qc_article_view_select_review_pair (QcArticleView *self,
                                    guint          position)
{
  g_autoptr(QcReviewPair) pair = NULL;
  GtkTextMark *mark;
  GtkTextIter iter;

  g_return_if_fail (QC_IS_ARTICLE_VIEW (self));

  if (self->page == NULL || self->review_pairs == NULL)
    return;

  remove_tag (self->page->buffer, self->review_tags[QC_REVIEW_MARK_SELECTED]);
  if (position >= g_list_model_get_n_items (self->review_pairs))
    return;

  pair = g_list_model_get_item (self->review_pairs, position);
  if (qc_review_pair_get_kind (pair) == QC_REVIEW_PAIR_ONLY_THEIRS)
    tag_review_claim (self, self->page, QC_REVIEW_MARK_SELECTED, qc_review_pair_get_theirs (pair));

  gtk_text_buffer_get_iter_at_offset (self->page->buffer, &iter,
                                      (int) MIN (qc_review_pair_get_start (pair), self->page->n_chars));
  mark = gtk_text_buffer_get_mark (self->page->buffer, "review-pair");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (self->page->buffer, "review-pair", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (self->page->buffer, mark, &iter);
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.15, FALSE, 0.0, 0.0);
}

/**
 * qc_article_view_get_review_pair_at:
 * @char_offset: a Unicode character offset into the body
 *
 * Finds the pair with a claim (mine or theirs) covering @char_offset;
 * where claims nest the innermost wins.
 *
 * Returns: its position in the review pairs, or %G_MAXUINT
 */
guint
qc_article_view_get_review_pair_at (QcArticleView *self,
                                    gsize          char_offset)
{
  gsize best_length = G_MAXSIZE;
  guint best = G_MAXUINT;
  guint n_pairs;

  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), G_MAXUINT);

  if (self->review_pairs == NULL)
    return G_MAXUINT;

  n_pairs = g_list_model_get_n_items (self->review_pairs);
  for (guint i = 0; i < n_pairs; i++)
    {
      g_autoptr(QcReviewPair) pair = g_list_model_get_item (self->review_pairs, i);
      gsize length = 0;

      if (claim_covers (qc_review_pair_get_mine (pair), char_offset, &length) && length < best_length)
        {
          best_length = length;
          best = i;
        }
      if (claim_covers (qc_review_pair_get_theirs (pair), char_offset, &length) && length < best_length)
        {
          best_length = length;
          best = i;
        }
    }

  return best;
}

/**
 * qc_article_view_get_review_tag:
 * @mark: which mark
 *
 * Returns: (transfer none): the tag drawing @mark
 */
GtkTextTag *
qc_article_view_get_review_tag (QcArticleView *self,
                                QcReviewMark   mark)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);
  g_return_val_if_fail (mark <= QC_REVIEW_MARK_SELECTED, NULL);

  ensure_review_tags (self);
  return self->review_tags[mark];
}
