/* qc-article-view.c: an article with its detected claims highlighted
 *
 * Copyright 2026 The Quotecheck developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "qc-article-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "qc-article-view.h"

/* Lines of about 70 characters read best; wider windows get wider margins. */
#define MAX_TEXT_WIDTH 720
#define MIN_MARGIN     24
#define NARROW_MARGIN  12
#define NARROW_WIDTH   480

/* A first paragraph this short, without a full stop, is the headline. */
#define MAX_TITLE_CHARS 160

struct _QcArticleView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scrolled_window;
  GtkTextView       *text_view;

  /* Owned references */
  QcDetection       *detection;
  GtkTextTagTable   *tag_table;
  GtkTextTag        *claim_tags[QC_CLAIM_KIND_INDIRECT + 1];
  GtkTextTag        *cue_tag;
  GtkTextTag        *title_tag;
};

G_DEFINE_FINAL_TYPE (QcArticleView, qc_article_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DETECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *direct_background;
  const char *partial_background;
  const char *indirect_background;
  const char *indirect_underline;
} Palette;

/* Adwaita palette colours: blue 3, purple 2 and green. The dark style needs
 * stronger tints to be seen at all, and a lighter green line. */
static const Palette light_palette = {
  "rgba(53,132,228,0.22)",
  "rgba(192,97,203,0.18)",
  "rgba(46,194,126,0.10)",
  "#26a269",
};

static const Palette dark_palette = {
  "rgba(53,132,228,0.42)",
  "rgba(192,97,203,0.34)",
  "rgba(46,194,126,0.14)",
  "#57e389",
};

/* Helpers */

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

  set_tag_colour (self->claim_tags[QC_CLAIM_KIND_DIRECT], "background-rgba",
                  palette->direct_background);
  set_tag_colour (self->claim_tags[QC_CLAIM_KIND_PARTIAL], "background-rgba",
                  palette->partial_background);
  set_tag_colour (self->claim_tags[QC_CLAIM_KIND_INDIRECT], "background-rgba",
                  palette->indirect_background);
  set_tag_colour (self->claim_tags[QC_CLAIM_KIND_INDIRECT], "underline-rgba",
                  palette->indirect_underline);
}

/* Tags added later win where ranges overlap: a quote inside a reported
 * clause shows as a quote, and the cue stays visible over both. */
static void
create_tags (QcArticleView *self)
{
  self->tag_table = gtk_text_tag_table_new ();

  self->title_tag = gtk_text_tag_new ("title");
  g_object_set (self->title_tag,
                "scale", PANGO_SCALE_X_LARGE,
                "weight", PANGO_WEIGHT_BOLD,
                "pixels-below-lines", 6,
                NULL);

  self->claim_tags[QC_CLAIM_KIND_INDIRECT] = gtk_text_tag_new ("claim-indirect");
  g_object_set (self->claim_tags[QC_CLAIM_KIND_INDIRECT],
                "underline", PANGO_UNDERLINE_DOUBLE,
                NULL);

  self->claim_tags[QC_CLAIM_KIND_PARTIAL] = gtk_text_tag_new ("claim-partial");
  self->claim_tags[QC_CLAIM_KIND_DIRECT] = gtk_text_tag_new ("claim-direct");

  self->cue_tag = gtk_text_tag_new ("speaker-cue");
  g_object_set (self->cue_tag,
                "underline", PANGO_UNDERLINE_SINGLE,
                "weight", PANGO_WEIGHT_SEMIBOLD,
                NULL);

  gtk_text_tag_table_add (self->tag_table, self->title_tag);
  gtk_text_tag_table_add (self->tag_table, self->claim_tags[QC_CLAIM_KIND_INDIRECT]);
  gtk_text_tag_table_add (self->tag_table, self->claim_tags[QC_CLAIM_KIND_PARTIAL]);
  gtk_text_tag_table_add (self->tag_table, self->claim_tags[QC_CLAIM_KIND_DIRECT]);
  gtk_text_tag_table_add (self->tag_table, self->cue_tag);

  update_tag_colours (self);
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
tag_title (QcArticleView *self,
           GtkTextBuffer *buffer,
           QcText        *text)
{
  const QcRange *paragraphs;
  const char *data = qc_text_get_data (text);
  guint n_paragraphs = 0;
  gsize start;
  gsize end;

  paragraphs = qc_text_get_paragraphs (text, &n_paragraphs);
  if (n_paragraphs < 2 || paragraphs[0].end <= paragraphs[0].start)
    return;
  if (data[paragraphs[0].end - 1] == '.')
    return;

  start = qc_text_byte_to_char (text, paragraphs[0].start);
  end = qc_text_byte_to_char (text, paragraphs[0].end);
  if (end - start > MAX_TITLE_CHARS)
    return;

  apply_tag (buffer, self->title_tag, start, end, qc_text_get_n_chars (text));
}

/* The whole buffer is filled and tagged before the view sees it, so the
 * view lays the text out once instead of once per tag. */
static GtkTextBuffer *
create_buffer (QcArticleView *self,
               QcDetection   *detection)
{
  g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (self->tag_table);
  QcText *text;
  gsize n_chars;
  guint n_claims;

  if (detection == NULL)
    return g_steal_pointer (&buffer);

  text = qc_detection_get_text (detection);
  n_chars = qc_text_get_n_chars (text);
  gtk_text_buffer_set_text (buffer, qc_text_get_data (text), (int) qc_text_get_length (text));

  tag_title (self, buffer, text);

  n_claims = qc_detection_get_n_claims (detection);
  for (guint i = 0; i < n_claims; i++)
    {
      const QcDetectedClaim *claim = qc_detection_get_claim (detection, i);

      if ((guint) claim->kind >= G_N_ELEMENTS (self->claim_tags))
        continue;

      apply_tag (buffer, self->claim_tags[claim->kind], claim->start, claim->end, n_chars);
      apply_tag (buffer, self->cue_tag, claim->cue_start, claim->cue_end, n_chars);
    }

  return g_steal_pointer (&buffer);
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
describe_speaker_kind (QcSpeakerKind kind)
{
  switch (kind)
    {
    case QC_SPEAKER_KIND_PERSON:
      return _("Person");
    case QC_SPEAKER_KIND_ORGANISATION:
      return _("Organisation");
    case QC_SPEAKER_KIND_UNKNOWN:
    default:
      return NULL;
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
  int index;

  g_assert (GTK_IS_TEXT_VIEW (text_view));
  g_assert (QC_IS_ARTICLE_VIEW (self));

  if (self->detection == NULL)
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

  index = qc_article_view_get_claim_at (self, gtk_text_iter_get_offset (&iter));
  if (index < 0)
    return FALSE;

  markup = qc_article_view_dup_claim_tooltip (self, index);
  gtk_tooltip_set_markup (tooltip, markup);

  return TRUE;
}

static void
on_style_manager_notify_dark_cb (QcArticleView  *self,
                                 GParamSpec     *pspec,
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

  gtk_widget_measure (GTK_WIDGET (self->scrolled_window), orientation, for_size,
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

  gtk_widget_allocate (GTK_WIDGET (self->scrolled_window), width, height, baseline, NULL);
}

/* GObject overrides */

static void
qc_article_view_dispose (GObject *object)
{
  QcArticleView *self = QC_ARTICLE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), QC_TYPE_ARTICLE_VIEW);

  g_clear_pointer (&self->detection, qc_detection_unref);

  G_OBJECT_CLASS (qc_article_view_parent_class)->dispose (object);
}

static void
qc_article_view_finalize (GObject *object)
{
  QcArticleView *self = QC_ARTICLE_VIEW (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->claim_tags); i++)
    g_clear_object (&self->claim_tags[i]);
  g_clear_object (&self->cue_tag);
  g_clear_object (&self->title_tag);
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
    case PROP_DETECTION:
      g_value_set_boxed (value, self->detection);
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
    case PROP_DETECTION:
      qc_article_view_set_detection (self, g_value_get_boxed (value));
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

  /**
   * QcArticleView:detection: (nullable)
   *
   * The article and its claims; %NULL shows nothing.
   */
  properties[PROP_DETECTION] =
    g_param_spec_boxed ("detection", NULL, NULL,
                        QC_TYPE_DETECTION,
                        (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quotecheck/Quotecheck/ui/qc-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QcArticleView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, QcArticleView, text_view);
  gtk_widget_class_bind_template_callback (widget_class, on_text_view_query_tooltip_cb);

  gtk_widget_class_set_css_name (widget_class, "articleview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
qc_article_view_init (QcArticleView *self)
{
  g_autoptr(GtkTextBuffer) buffer = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  create_tags (self);
  buffer = create_buffer (self, NULL);
  gtk_text_view_set_buffer (self->text_view, buffer);

  g_signal_connect_object (adw_style_manager_get_default (),
                           "notify::dark",
                           G_CALLBACK (on_style_manager_notify_dark_cb),
                           self,
                           G_CONNECT_SWAPPED);
}

/* Public API */

/**
 * qc_article_view_new:
 *
 * Returns: (transfer floating): a new, empty #QcArticleView
 */
GtkWidget *
qc_article_view_new (void)
{
  return g_object_new (QC_TYPE_ARTICLE_VIEW, NULL);
}

/**
 * qc_article_view_get_detection:
 * @self: a #QcArticleView
 *
 * Returns: (transfer none) (nullable): the article shown
 */
QcDetection *
qc_article_view_get_detection (QcArticleView *self)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);

  return self->detection;
}

/**
 * qc_article_view_set_detection:
 * @self: a #QcArticleView
 * @detection: (nullable): an article and its claims
 *
 * Shows the text of @detection with every claim highlighted by kind and
 * every speaker cue underlined, scrolled to the top.
 */
void
qc_article_view_set_detection (QcArticleView *self,
                               QcDetection   *detection)
{
  g_autoptr(GtkTextBuffer) buffer = NULL;
  GtkAdjustment *vadjustment;

  g_return_if_fail (QC_IS_ARTICLE_VIEW (self));

  if (self->detection == detection)
    return;

  g_clear_pointer (&self->detection, qc_detection_unref);
  if (detection != NULL)
    self->detection = qc_detection_ref (detection);

  buffer = create_buffer (self, detection);
  gtk_text_view_set_buffer (self->text_view, buffer);

  vadjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_lower (vadjustment));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETECTION]);
}

/**
 * qc_article_view_get_text_view:
 * @self: a #QcArticleView
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
 * qc_article_view_get_claim_tag:
 * @self: a #QcArticleView
 * @kind: a claim kind
 *
 * Returns: (transfer none): the tag that marks every claim of @kind
 */
GtkTextTag *
qc_article_view_get_claim_tag (QcArticleView *self,
                               QcClaimKind    kind)
{
  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (self->claim_tags), NULL);

  return self->claim_tags[kind];
}

/**
 * qc_article_view_get_cue_tag:
 * @self: a #QcArticleView
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
 * qc_article_view_get_claim_at:
 * @self: a #QcArticleView
 * @char_offset: a Unicode character offset into the text
 *
 * Finds the claim covering @char_offset, or whose speaker cue covers it.
 * Where claims nest (a quote inside a reported clause) the innermost wins.
 *
 * Returns: the claim's index in the detection, or -1
 */
int
qc_article_view_get_claim_at (QcArticleView *self,
                              gsize          char_offset)
{
  gsize best_length = G_MAXSIZE;
  int best = -1;
  guint n_claims;

  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), -1);

  if (self->detection == NULL)
    return -1;

  n_claims = qc_detection_get_n_claims (self->detection);
  for (guint i = 0; i < n_claims; i++)
    {
      const QcDetectedClaim *claim = qc_detection_get_claim (self->detection, i);
      gsize start = claim->start;
      gsize end = claim->end;

      if (!(char_offset >= start && char_offset < end))
        {
          start = claim->cue_start;
          end = claim->cue_end;
          if (!(char_offset >= start && char_offset < end))
            continue;
        }

      if (end - start < best_length)
        {
          best_length = end - start;
          best = (int) i;
        }
    }

  return best;
}

/**
 * qc_article_view_dup_claim_tooltip:
 * @self: a #QcArticleView
 * @index: a claim index in the detection shown
 *
 * Describes claim @index for a tooltip: its kind, its speaker with kind
 * and role, and the confidence of the attribution.
 *
 * Returns: (transfer full): Pango markup
 */
char *
qc_article_view_dup_claim_tooltip (QcArticleView *self,
                                   guint          index)
{
  const QcDetectedClaim *claim;
  const QcDetectedSpeaker *speaker = NULL;
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *heading = NULL;
  g_autofree char *line = NULL;
  const char *speaker_kind;

  g_return_val_if_fail (QC_IS_ARTICLE_VIEW (self), NULL);
  g_return_val_if_fail (self->detection != NULL, NULL);
  g_return_val_if_fail (index < qc_detection_get_n_claims (self->detection), NULL);

  claim = qc_detection_get_claim (self->detection, index);
  if (claim->speaker >= 0 && (guint) claim->speaker < qc_detection_get_n_speakers (self->detection))
    speaker = qc_detection_get_speaker (self->detection, claim->speaker);

  heading = g_markup_printf_escaped ("<b>%s</b>", describe_kind (claim->kind));
  g_string_append (markup, heading);

  if (speaker == NULL)
    {
      g_string_append_c (markup, '\n');
      g_string_append (markup, _("Speaker unknown"));
      return g_string_free (g_steal_pointer (&markup), FALSE);
    }

  speaker_kind = describe_speaker_kind (speaker->kind);
  if (speaker_kind != NULL)
    /* Translators: a speaker and what kind of speaker it is, e.g. "Jane Doe (Person)" */
    line = g_markup_printf_escaped (_("%s (%s)"), speaker->name, speaker_kind);
  else
    line = g_markup_escape_text (speaker->name, -1);
  g_string_append_printf (markup, "\n%s", line);

  if (speaker->role != NULL && speaker->role[0] != '\0')
    {
      g_autofree char *role = g_markup_printf_escaped ("\n<i>%s</i>", speaker->role);

      g_string_append (markup, role);
    }

  g_string_append_c (markup, '\n');
  /* Translators: how sure the engine is of the speaker; %d is a percentage */
  g_string_append_printf (markup, _("Confidence: %d%%"),
                          (int) (CLAMP (claim->confidence, 0.0, 1.0) * 100.0 + 0.5));

  return g_string_free (g_steal_pointer (&markup), FALSE);
}
